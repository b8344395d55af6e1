import type { Coverage, RateEntry, TariffLine, TariffPack } from '../../../domain/schemas/index.js';

/** The year of data an entry belongs to: the first 4-digit year of its as-of date ("2025", "2026-07-09"). */
export function dataYear(e: RateEntry): string {
  return /\d{4}/.exec(e.asOf)?.[0] ?? e.asOf;
}

const inc = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);
const years = (entries: RateEntry[]) => new Set(entries.map(dataYear));

/**
 * Coverage of a destination pack, per year of data:
 * - withMfn[y]: lines with an MFN entry for y
 * - withRcepForChina[y]: lines with an RCEP-for-China entry for y that is a rate (not `notConceded`)
 * - withRcepStatus[y]: lines whose RCEP-for-China status for y is known: a rate, not conceded, or a
 *   quarantined line (reason given) that has an MFN entry for y (only where the sources hold a China column)
 * - quarantined: rows in the pack's quarantine list
 */
export function coverageOf(pack: Pick<TariffPack, 'lines' | 'quarantine' | 'chinaColumn'>): Coverage {
  const chinaRate = pack.chinaColumn === 'common' || pack.chinaColumn === 'china-specific';
  const c: Coverage = {
    lines: pack.lines.length,
    withMfn: {},
    withRcepForChina: {},
    withRcepStatus: {},
    withPath: 0,
    withPsr: 0,
    quarantined: pack.quarantine.length,
  };
  for (const l of pack.lines) {
    for (const y of years(l.mfn)) inc(c.withMfn, y);
    for (const y of years(l.rcep.filter((e) => e.rate.kind !== 'notConceded'))) inc(c.withRcepForChina, y);
    const status = years(l.rcep);
    if (chinaRate && l.quarantined?.length) for (const y of years(l.mfn)) status.add(y);
    for (const y of status) inc(c.withRcepStatus, y);
    if (l.path) c.withPath++;
    if (l.psr) c.withPsr++;
  }
  return c;
}

/** Lines that carry a `quarantined` flag (kept, with a reason) */
export const flaggedLines = (lines: TariffLine[]) => lines.filter((l) => l.quarantined?.length).length;

/** Lines with entries of each other agreement / reference-only column, per year of data (e.g. acfta, rcep-korea). */
export function groupCoverage(
  lines: TariffLine[],
  field: 'other' | 'referenceOnly',
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const l of lines) {
    for (const [name, entries] of Object.entries(l[field] ?? {})) {
      for (const y of years(entries)) inc((out[name] ??= {}), y);
    }
  }
  return out;
}

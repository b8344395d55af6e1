import type { RateEntry } from '../../../domain/schemas/index.js';
import type { JapanImport } from './import-japan.js';

const tally = (m: Record<string, number>, k: string) => {
  m[k] = (m[k] ?? 0) + 1;
};

/** Coverage of a Japan import per RCEP year (5 = KCS 2025, 6 = customs 2026) and the quarantine by reason. */
export function japanCounts(r: JapanImport) {
  const byYear = (list: RateEntry[], y: number) => list.find((e) => e.rcepYear === y);
  const years: Record<string, Record<string, number>> = {};
  for (const y of [5, 6]) {
    const c: Record<string, number> = { withMfn: 0, rcepRate: 0, rcepNotConceded: 0, rcepQuarantined: 0, noStatus: 0 };
    for (const l of r.lines) {
      if (byYear(l.mfn, y)) c.withMfn!++;
      const e = byYear(l.rcep, y);
      if (e) tally(c, e.rate.kind === 'notConceded' ? 'rcepNotConceded' : 'rcepRate');
      else if (l.quarantined?.length) c.rcepQuarantined!++;
      else c.noStatus!++;
    }
    years[`year${y}`] = c;
  }
  const reasons: Record<string, number> = {};
  for (const q of r.quarantine) tally(reasons, q.reason);
  return {
    lines: r.lines.length,
    linesQuarantined: r.lines.filter((l) => l.quarantined?.length).length,
    years,
    quarantine: r.quarantine.length,
    reasons: Object.fromEntries(Object.entries(reasons).sort((a, b) => b[1] - a[1])),
    sources: r.sources.length,
  };
}

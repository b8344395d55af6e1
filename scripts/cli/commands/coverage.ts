import { DESTINATIONS, type Party, type TariffPack } from '../../../domain/schemas/index.js';
import type { ParsedArgs } from '../args.js';
import type { CliContext } from '../context.js';
import { loadPacks, readManifest } from '../load-packs.js';

/** Counts by source year ('2025', '2026'), as the manifest reports them. */
type ByYear = Record<string, number>;

export interface DestCoverage {
  dest: Party;
  loaded: boolean;
  chinaColumn: TariffPack['chinaColumn'] | null;
  lines: number;
  withMfn: ByYear;
  withRcepForChina: ByYear;
  withPath: number;
  withPsr: number;
  quarantined: number;
  /** Annex I schedule lines (HS 2012 extracts) for this party */
  annex1Lines: number;
  /** lines with a rate of another agreement open to goods of China (VN: acfta, KR: ckfta), per source year */
  withOther: Record<string, ByYear>;
}

interface ManifestDest {
  annex1Lines?: number;
  withOther?: Record<string, ByYear>;
  chinaColumn?: TariffPack['chinaColumn'];
  coverage?: {
    lines: number;
    quarantined: number;
    withMfn: ByYear;
    withPath: number;
    withPsr: number;
    withRcepForChina: ByYear;
  };
}

function sourceYear(asOf: string): string {
  return asOf.slice(0, 4);
}

/** Per destination, computed from the packs (used when data/manifest.json is absent). */
export function computeCoverage(
  tariffs: Partial<Record<Party, TariffPack>>,
  annex1Count: Map<string, number>,
): DestCoverage[] {
  return DESTINATIONS.map((dest) => {
    const p = tariffs[dest];
    const withMfn: ByYear = {};
    const withRcep: ByYear = {};
    const withOther: Record<string, ByYear> = {};
    for (const l of p?.lines ?? []) {
      for (const [k, entries] of Object.entries(l.other ?? {}))
        for (const y of new Set(entries.map((e) => sourceYear(e.asOf))))
          (withOther[k] ??= {})[y] = (withOther[k]![y] ?? 0) + 1;
      for (const y of new Set(l.mfn.map((e) => sourceYear(e.asOf)))) withMfn[y] = (withMfn[y] ?? 0) + 1;
      const rated = l.rcep.filter((e) => e.rate.kind !== 'notConceded');
      for (const y of new Set(rated.map((e) => sourceYear(e.asOf)))) withRcep[y] = (withRcep[y] ?? 0) + 1;
    }
    return {
      dest,
      loaded: !!p,
      chinaColumn: p?.chinaColumn ?? null,
      lines: p?.lines.length ?? 0,
      withMfn,
      withRcepForChina: withRcep,
      withPath: p?.lines.filter((l) => l.path).length ?? 0,
      withPsr: p?.lines.filter((l) => l.psr).length ?? 0,
      quarantined: p?.quarantine.length ?? 0,
      annex1Lines: annex1Count.get(dest) ?? 0,
      withOther,
    };
  });
}

function fromManifest(m: { destinations?: Record<string, ManifestDest> }): DestCoverage[] {
  return DESTINATIONS.map((dest) => {
    const d = m.destinations?.[dest];
    const c = d?.coverage;
    return {
      dest,
      loaded: !!c,
      chinaColumn: d?.chinaColumn ?? null,
      lines: c?.lines ?? 0,
      withMfn: c?.withMfn ?? {},
      withRcepForChina: c?.withRcepForChina ?? {},
      withPath: c?.withPath ?? 0,
      withPsr: c?.withPsr ?? 0,
      quarantined: c?.quarantined ?? 0,
      annex1Lines: d?.annex1Lines ?? 0,
      withOther: d?.withOther ?? {},
    };
  });
}

const fmtOther = (o: Record<string, ByYear>) =>
  Object.entries(o)
    .sort()
    .map(([k, y]) => `${k} ${fmtYears(y)}`)
    .join('; ') || '-';

const fmtYears = (y: ByYear): string =>
  Object.entries(y)
    .sort()
    .map(([k, v]) => `${k}:${v}`)
    .join(' ') || '-';

/** rcep coverage [--json]: the manifest's figures (data/manifest.json), else computed from the packs. */
export function coverageCommand(_args: ParsedArgs, ctx: CliContext): number {
  const manifest = readManifest(ctx.packsDir) as { destinations?: Record<string, ManifestDest> } | null;
  let cov: DestCoverage[];
  let source: string;
  if (manifest?.destinations) {
    cov = fromManifest(manifest);
    source = 'data/manifest.json';
  } else {
    const { packs } = loadPacks({ dir: ctx.packsDir, psr: false, hs: false });
    const a1 = new Map<string, number>();
    for (const l of packs.annex1.lines) a1.set(l.party, (a1.get(l.party) ?? 0) + 1);
    cov = computeCoverage(packs.tariffs, a1);
    source = 'packs';
  }
  if (ctx.json) {
    ctx.out(JSON.stringify({ source, destinations: cov }, null, 2));
    return 0;
  }
  const head = `${'dest'.padEnd(5)}${'lines'.padEnd(7)}${'mfn (by year)'.padEnd(24)}${'rcep for CN (by year)'.padEnd(24)}${'path'.padEnd(6)}${'psr'.padEnd(7)}${'quar'.padEnd(6)}${'annex1'.padEnd(7)}${'column'.padEnd(16)}other agreements (by year)`;
  const rows = cov.map(
    (c) =>
      `${c.dest.padEnd(5)}${String(c.lines).padEnd(7)}${fmtYears(c.withMfn).padEnd(24)}${fmtYears(c.withRcepForChina).padEnd(24)}${String(c.withPath).padEnd(6)}${String(c.withPsr).padEnd(7)}${String(c.quarantined).padEnd(6)}${String(c.annex1Lines).padEnd(7)}${(c.chinaColumn ?? 'not loaded').padEnd(16)}${fmtOther(c.withOther)}`,
  );
  ctx.out([`source: ${source}`, head, ...rows].join('\n'));
  return 0;
}

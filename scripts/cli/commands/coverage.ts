import { DESTINATIONS, type Party, type TariffPack } from '../../../domain/schemas/index.js';
import type { ParsedArgs } from '../args.js';
import type { CliContext } from '../context.js';
import { loadPacks } from '../load-packs.js';

export interface DestCoverage {
  dest: Party;
  loaded: boolean;
  chinaColumn: TariffPack['chinaColumn'] | null;
  lines: number;
  withMfn: number;
  withRcepForChina: number;
  withPath: number;
  withPsr: number;
  quarantined: number;
  /** Annex I schedule lines (HS 2012 extracts) for this party */
  annex1Lines: number;
}

/** Per destination, computed from the packs themselves (the same figures data/manifest.json reports). */
export function computeCoverage(
  tariffs: Partial<Record<Party, TariffPack>>,
  annex1Count: Map<string, number>,
): DestCoverage[] {
  return DESTINATIONS.map((dest) => {
    const p = tariffs[dest];
    const lines = p?.lines ?? [];
    return {
      dest,
      loaded: !!p,
      chinaColumn: p?.chinaColumn ?? null,
      lines: lines.length,
      withMfn: lines.filter((l) => l.mfn.length > 0).length,
      withRcepForChina: lines.filter((l) => l.rcep.some((e) => e.rate.kind !== 'notConceded')).length,
      withPath: lines.filter((l) => l.path).length,
      withPsr: lines.filter((l) => l.psr).length,
      quarantined: p?.quarantine.length ?? 0,
      annex1Lines: annex1Count.get(dest) ?? 0,
    };
  });
}

/** rcep coverage [--json] */
export function coverageCommand(_args: ParsedArgs, ctx: CliContext): number {
  const { packs } = loadPacks({ dir: ctx.packsDir, psr: false, hs: false });
  const a1 = new Map<string, number>();
  for (const l of packs.annex1.lines) a1.set(l.party, (a1.get(l.party) ?? 0) + 1);
  const cov = computeCoverage(packs.tariffs, a1);
  if (ctx.json) ctx.out(JSON.stringify({ source: 'data/packs', destinations: cov }, null, 2));
  else {
    const head = 'dest  lines   mfn     rcepCN  path   psr     quar   annex1  column';
    const rows = cov.map((c) =>
      [
        c.dest.padEnd(4),
        String(c.lines).padEnd(7),
        String(c.withMfn).padEnd(7),
        String(c.withRcepForChina).padEnd(7),
        String(c.withPath).padEnd(6),
        String(c.withPsr).padEnd(7),
        String(c.quarantined).padEnd(6),
        String(c.annex1Lines).padEnd(7),
        c.chinaColumn ?? 'not loaded',
      ].join(' '),
    );
    ctx.out([head, ...rows].join('\n'));
  }
  return 0;
}

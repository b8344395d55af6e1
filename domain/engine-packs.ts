import type {
  Annex1Line,
  Annex1Pack,
  CorrelationRow,
  HsNode,
  HsPack,
  Party,
  PsrPack,
  PsrRow,
  SourceInfo,
  TariffLine,
  TariffPack,
} from './schemas/index.js';
import { indexPsrRows, quarantinedPsrUnits } from './origin/find-rule.js';

/** Packs in memory (data/packs/*.json). Offline clients may hold only some destinations. */
export interface EnginePacks {
  hs: HsPack;
  psr: PsrPack;
  annex1: Annex1Pack;
  tariffs: Partial<Record<Party, TariffPack>>;
}

/** Packs indexed once for fast lookups (built by indexPacks; treat as read-only). */
export interface EngineIndex {
  packs: EnginePacks;
  /** national lines by destination, then by code (digits) */
  lines: Map<Party, Map<string, TariffLine>>;
  /** national lines sorted by code, per destination (for prefix walks) */
  sortedCodes: Map<Party, string[]>;
  /** HS 2022 nodes by code (2, 4 and 6 digits) */
  hs2022: Map<string, HsNode>;
  hs2012: Map<string, HsNode>;
  /** HS 2022 subheading -> its UNSD correlation rows to HS 2012 */
  corr2022to2012: Map<string, CorrelationRow[]>;
  /** PSR rows by unit (digits: '85', '8509', '850980') */
  psr: Map<string, PsrRow>;
  /** units of Annex 3A whose row was set aside, with the reason (PsrPack.quarantine) */
  psrQuarantined: Map<string, string>;
  /** Annex I lines by importing party */
  annex1: Map<Party, Annex1Line[]>;
  /** every SourceInfo of every pack, by id */
  sources: Map<string, SourceInfo>;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/**
 * Index the packs (pure; O(lines)): the one EnginePacks -> EngineIndex builder. With `previous`, the
 * parts built from a pack object that did not change (same reference) are reused, so swapping the
 * Annex I or PSR pack after a publish does not re-index every tariff. The result is a new object:
 * a server swaps the reference, it never edits an index in place.
 */
export function indexPacks(packs: EnginePacks, previous?: EngineIndex): EngineIndex {
  const prev = previous?.packs;
  const sources = new Map<string, SourceInfo>();
  const addSources = (list: SourceInfo[] | undefined) => list?.forEach((s) => sources.set(s.id, s));
  addSources(packs.hs?.sources);
  addSources(packs.psr?.sources);
  addSources(packs.annex1?.sources);
  for (const pack of Object.values(packs.tariffs)) addSources(pack?.sources);
  const sameTariffs = !!prev && prev.tariffs === packs.tariffs;
  const lines = sameTariffs ? previous!.lines : new Map<Party, Map<string, TariffLine>>();
  const sortedCodes = sameTariffs ? previous!.sortedCodes : new Map<Party, string[]>();
  if (!sameTariffs)
    for (const [dest, pack] of Object.entries(packs.tariffs) as [Party, TariffPack][]) {
      if (!pack) continue;
      // one destination's pack added or replaced: the others' lines are reused as they are
      const before = prev?.tariffs[dest] === pack && previous!.lines.get(dest);
      if (before) {
        lines.set(dest, before);
        sortedCodes.set(dest, previous!.sortedCodes.get(dest)!);
        continue;
      }
      const m = new Map<string, TariffLine>();
      for (const l of pack.lines) m.set(l.code, l);
      lines.set(dest, m);
      sortedCodes.set(dest, [...m.keys()].sort());
    }
  const byCode = (nodes: HsNode[] | undefined) => new Map((nodes ?? []).map((n) => [n.code, n] as const));
  const sameHs = !!prev && prev.hs === packs.hs;
  let corr2022to2012 = sameHs ? previous!.corr2022to2012 : undefined;
  if (!corr2022to2012) {
    corr2022to2012 = new Map<string, CorrelationRow[]>();
    for (const r of packs.hs?.correlation?.['2022-2012'] ?? []) push(corr2022to2012, r.from, r);
  }
  const psr = prev && prev.psr === packs.psr ? previous!.psr : indexPsrRows(packs.psr?.rows ?? []);
  let annex1 = prev && prev.annex1 === packs.annex1 ? previous!.annex1 : undefined;
  if (!annex1) {
    annex1 = new Map<Party, Annex1Line[]>();
    for (const l of packs.annex1?.lines ?? []) push(annex1, l.party, l);
  }
  return {
    packs,
    lines,
    sortedCodes,
    hs2022: sameHs ? previous!.hs2022 : byCode(packs.hs?.versions?.['2022']),
    hs2012: sameHs ? previous!.hs2012 : byCode(packs.hs?.versions?.['2012']),
    corr2022to2012,
    psr,
    psrQuarantined: quarantinedPsrUnits(packs.psr?.quarantine ?? []),
    annex1,
    sources,
  };
}

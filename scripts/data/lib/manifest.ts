import { createHash } from 'node:crypto';
import type {
  Annex1Pack,
  Coverage,
  HsPack,
  Party,
  PsrPack,
  Quarantine,
  SourceInfo,
  TariffPack,
} from '../../../domain/schemas/index.js';
import { coverageOf, flaggedLines, groupCoverage } from './coverage.js';
import { annex1Citations, hsCitations, psrCitations, tariffCitations } from './pack-citations.js';

export interface BuiltPacks {
  hs: HsPack;
  psr: PsrPack;
  annex1: Annex1Pack;
  tariffs: Partial<Record<Party, TariffPack>>;
}

export type ChinaColumn = TariffPack['chinaColumn'];

export interface DestinationInfo {
  pack: string | null;
  chinaColumn: ChinaColumn;
  coverage: Coverage;
  linesFlaggedQuarantined: number;
  /** lines with rates of other agreements open to goods of China (VN: ACFTA), per name and year */
  withOther: Record<string, Record<string, number>>;
  /** lines with rates that must never be shown as China's (TH, ID, PH: the rate for Korea), per name and year */
  withReferenceOnly: Record<string, Record<string, number>>;
  annex1Lines: number;
  /** the destination pack's quarantined rows, counted by reason */
  quarantineByReason: Record<string, number>;
  /** kebab-case codes of what the loaded sources do not give for this destination */
  notInData: string[];
}

export const packFile = (dest: Party) => `tariff-${dest.toLowerCase()}.json`;
export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const countBy = (list: Quarantine[]) => {
  const m: Record<string, number> = {};
  for (const q of list) m[q.reason] = (m[q.reason] ?? 0) + 1;
  return m;
};
const sortedCounts = (list: Quarantine[]) =>
  Object.fromEntries(Object.entries(countBy(list)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const EMPTY: Coverage = {
  lines: 0,
  withMfn: {},
  withRcepForChina: {},
  withRcepStatus: {},
  withPath: 0,
  withPsr: 0,
  quarantined: 0,
};

/** data/manifest.json: sources (file, sha256, as-of, records, quarantine), packs (bytes, sha256, records), coverage. */
export function buildManifest(
  packs: BuiltPacks,
  texts: Record<string, string>,
  extra: {
    hs: unknown;
    destinations: Record<string, { chinaColumn: ChinaColumn; notInData: string[] }>;
    warnings: string[];
  },
  banner: string,
) {
  const sources = new Map<
    string,
    SourceInfo & { packs: string[]; records: number; quarantined: number; quarantineByReason: Record<string, number> }
  >();
  const addPack = (name: string, list: SourceInfo[], cites: Map<string, number>, quarantine: Quarantine[]) => {
    for (const s of list) {
      const prev = sources.get(s.id);
      if (prev && prev.sha256 !== s.sha256) throw new Error(`source ${s.id} has two different sha256 values`);
      const entry = prev ?? { ...s, packs: [], records: 0, quarantined: 0, quarantineByReason: {} };
      entry.packs.push(name);
      entry.records += cites.get(s.id) ?? 0;
      const own = quarantine.filter((q) => q.src === s.id);
      entry.quarantined += own.length;
      for (const [r, n] of Object.entries(countBy(own)))
        entry.quarantineByReason[r] = (entry.quarantineByReason[r] ?? 0) + n;
      sources.set(s.id, entry);
    }
  };
  addPack('hs.json', packs.hs.sources, hsCitations(packs.hs), packs.hs.quarantine);
  addPack('annex1.json', packs.annex1.sources, annex1Citations(packs.annex1), packs.annex1.quarantine);
  addPack('psr.json', packs.psr.sources, psrCitations(packs.psr), packs.psr.quarantine);
  const destinations: Record<string, DestinationInfo> = {};
  for (const [dest, info] of Object.entries(extra.destinations).sort()) {
    const pack = packs.tariffs[dest as Party];
    if (pack) addPack(packFile(dest as Party), pack.sources, tariffCitations(pack), pack.quarantine);
    destinations[dest] = {
      pack: pack ? packFile(dest as Party) : null,
      chinaColumn: pack?.chinaColumn ?? info.chinaColumn,
      coverage: pack ? coverageOf(pack) : EMPTY,
      linesFlaggedQuarantined: pack ? flaggedLines(pack.lines) : 0,
      withOther: pack ? groupCoverage(pack.lines, 'other') : {},
      withReferenceOnly: pack ? groupCoverage(pack.lines, 'referenceOnly') : {},
      annex1Lines: packs.annex1.lines.filter((l) => l.party === dest).length,
      quarantineByReason: pack ? sortedCounts(pack.quarantine) : {},
      notInData: info.notInData,
    };
  }
  const packInfo: Record<string, { bytes: number; sha256: string; records: number; quarantined: number }> = {};
  const records: Record<string, [number, number]> = {
    'hs.json': [
      packs.hs.versions['2022'].length + packs.hs.versions['2017'].length + packs.hs.versions['2012'].length,
      packs.hs.quarantine.length,
    ],
    'annex1.json': [packs.annex1.lines.length, packs.annex1.quarantine.length],
    'psr.json': [packs.psr.rows.length, packs.psr.quarantine.length],
  };
  for (const [d, p] of Object.entries(packs.tariffs))
    if (p) records[packFile(d as Party)] = [p.lines.length, p.quarantine.length];
  for (const [name, text] of Object.entries(texts).sort()) {
    const [n, q] = records[name];
    packInfo[name] = { bytes: Buffer.byteLength(text), sha256: sha256(text), records: n, quarantined: q };
  }
  const all = [...sources.values()];
  return {
    _generated: banner,
    sources: all.sort((a, b) => (a.id < b.id ? -1 : 1)),
    packs: packInfo,
    hs: extra.hs,
    annex1: {
      lines: packs.annex1.lines.length,
      parties: [...new Set(packs.annex1.lines.map((l) => l.party))].sort(),
      quarantined: packs.annex1.quarantine.length,
    },
    psr: {
      rows: packs.psr.rows.length,
      byVersion: countBy(packs.psr.rows.map((r) => ({ reason: r.hsVersion }) as Quarantine)),
      quarantined: packs.psr.quarantine.length,
    },
    destinations,
    quarantine: {
      total: all.reduce((n, s) => n + s.quarantined, 0),
      bySource: Object.fromEntries(all.map((s) => [s.id, s.quarantined])),
    },
    warnings: extra.warnings,
  };
}

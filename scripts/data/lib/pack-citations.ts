import type { Annex1Pack, HsPack, PsrPack, TariffLine, TariffPack } from '../../../domain/schemas/index.js';

const inc = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

/** Source ids a tariff line cites (MFN, RCEP, path, other agreements, reference-only rates). */
export function lineSources(l: TariffLine): Set<string> {
  const s = new Set<string>();
  if (l.src) s.add(l.src);
  for (const e of [...l.mfn, ...l.rcep]) s.add(e.src);
  if (l.path) s.add(l.path.src);
  for (const group of [l.other, l.referenceOnly])
    for (const list of Object.values(group ?? {})) for (const e of list) s.add(e.src);
  for (const q of l.quarantined ?? []) s.add(q.src);
  return s;
}

/** How many records of a pack cite each source id (a tariff line citing two sources counts for both). */
export function tariffCitations(pack: TariffPack): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of pack.lines) for (const s of lineSources(l)) inc(m, s);
  return m;
}

export function annex1Citations(pack: Annex1Pack): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of pack.lines) inc(m, l.src);
  return m;
}

export function psrCitations(pack: PsrPack): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of pack.rows) inc(m, r.src);
  return m;
}

/** HS nodes carry no src: each version list, correlation table and curated list belongs to one known source. */
export function hsCitations(pack: HsPack): Map<string, number> {
  const m = new Map<string, number>();
  const ids = new Set(pack.sources.map((s) => s.id));
  const add = (id: string, n: number) => ids.has(id) && inc(m, id, n);
  add('hs-2022-nomenclature', pack.versions['2022'].length);
  add('hs-2022-sections', pack.sections.length);
  add('hs-2022-uncomtrade', pack.versions['2022'].length);
  add('hs-2017-uncomtrade', pack.versions['2017'].length);
  add('hs-2012-uncomtrade', pack.versions['2012'].length);
  add('unsd-hs2022-hs2012', pack.correlation['2022-2012'].length);
  add('unsd-hs2022-hs2017', pack.correlation['2022-2017'].length);
  const named = pack.versions['2022'].filter((n) => n.zh);
  add('curated-hs-zh', named.filter((n) => n.code.length <= 4).length);
  // A subheading's name comes from the file whose chapter range (in its source id) holds it; the importer quarantines any other.
  for (const s of pack.sources) {
    const m = /^curated-hs-zh-subheadings-(\d{2})-(\d{2})$/.exec(s.id);
    if (m)
      add(
        s.id,
        named.filter((n) => n.code.length === 6 && n.code.slice(0, 2) >= m[1] && n.code.slice(0, 2) <= m[2]).length,
      );
  }
  add('curated-synonyms', pack.synonyms.length);
  return m;
}

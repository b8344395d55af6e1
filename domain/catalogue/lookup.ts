import type { Annex1Line, Annex1Pack, Party, RateEntry, RatePath, TariffPack } from '../schemas/index.js';

/**
 * What the catalogue needs to know about one national line of a destination: the RCEP rates for
 * goods of China as loaded (one entry per year of data), the year-by-year path when a schedule gives
 * it, and whether the schedule excludes the line for China.
 */
export interface CatalogueLine {
  code: string;
  /** RCEP rates for goods of China, as loaded (TariffLine.rcep): each with its RCEP year and source */
  rcep: RateEntry[];
  /** year-by-year RCEP path (TariffLine.path, or an Annex I line with its base rate) */
  path?: RatePath;
  /** the schedule marks the line excluded for China ("Unbound for China", Annex I excludedFor) */
  excludedForChina?: boolean;
}

/**
 * For a destination and an HS prefix (2, 4 or 6 digits), the national lines under it.
 * `undefined` = nothing loaded for that destination (no tariff pack, no Annex I line).
 */
export type CatalogueLookup = (dest: Party, prefix: string) => CatalogueLine[] | undefined;

function annex1Path(l: Annex1Line): RatePath {
  return { src: l.src, row: l.row, base: l.base, years: l.years };
}

function appliesToChina(l: Annex1Line): boolean {
  return l.forParties === 'all' || l.forParties.includes('CN');
}

/**
 * A lookup over the loaded packs. Annex I lines (HS 2012 national codes, annex1.json) give the path
 * of the tariff line with the same code, or of the tariff line they are a prefix of; Annex I lines
 * that match no tariff line are returned as lines of their own. Only leaves are returned (a row whose
 * code is the prefix of another row is a grouping row). Headings that changed between HS 2012
 * and HS 2022 (e.g. 8524) will find no Annex I line: the correlation is not applied here.
 */
export function lookupFromPacks(tariffs: Partial<Record<Party, TariffPack>>, annex1?: Annex1Pack): CatalogueLookup {
  return (dest, prefix) => {
    const pack = tariffs[dest];
    const a1 = (annex1?.lines ?? []).filter((l) => l.party === dest && l.code.startsWith(prefix) && appliesToChina(l));
    if (!pack && a1.length === 0) return undefined;
    const used = new Set<Annex1Line>();
    const out: CatalogueLine[] = [];
    for (const t of pack?.lines ?? []) {
      if (!t.code.startsWith(prefix)) continue;
      const hit = a1.find((l) => t.code.startsWith(l.code));
      if (hit) used.add(hit);
      const line: CatalogueLine = { code: t.code, rcep: t.rcep };
      const path = t.path ?? (hit ? annex1Path(hit) : undefined);
      if (path) line.path = path;
      if (hit?.excludedFor?.includes('CN')) line.excludedForChina = true;
      out.push(line);
    }
    for (const l of a1) {
      if (used.has(l)) continue;
      const line: CatalogueLine = { code: l.code, rcep: [], path: annex1Path(l) };
      if (l.excludedFor?.includes('CN')) line.excludedForChina = true;
      out.push(line);
    }
    // national lines are the leaves: a row whose code heads other rows (e.g. AU 84672100 over 8467210021) is dropped
    // (sorted, a parent comes right before its first child)
    out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return out.filter((l, i) => {
      const next = out[i + 1];
      return !(next && next.code !== l.code && next.code.startsWith(l.code));
    });
  };
}

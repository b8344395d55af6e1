import { DESTINATIONS } from '../schemas/index.js';
import type { CatalogueEntry, Party, RateExpr, RatePath } from '../schemas/index.js';
import type { CatalogueLine, CatalogueLookup } from './lookup.js';

/**
 * Flags of the Chongqing RCEP export catalogue (渝府办发〔2022〕83号 第1条: products whose duty is zero
 * in year 1 or falls sharply within 5 years), computed per product x destination from the loaded data.
 * Year 1 / Year 5 come only from year-by-year paths (TariffLine.path, Annex I lines). A rate for one
 * later year (KCS 2025, VN 2026, JP 2026) shows what is free now, not what was free in year 1.
 */
export type CatalogueFlag = 'zero-in-year-1' | 'cut-by-half-within-5-years' | 'excluded' | 'not-in-data';
export type YearFlag = 'zero-in-year-1' | 'cut-by-half-within-5-years';
export type LineFact = 'free-now' | 'free-at-base' | 'has-path' | 'halved-vs-year-1';

export interface LineFlags {
  code: string;
  /** flags that the data proves for this line ('not-in-data' = no RCEP data at all) */
  flags: CatalogueFlag[];
  /** year flags the data cannot settle (no path, a path starting late, a non ad valorem rate) */
  undetermined: YearFlag[];
  facts: LineFact[];
  base?: RateExpr;
  year1?: RateExpr;
  year5?: RateExpr;
  /** latest loaded RCEP rate for goods of China and its RCEP year */
  current?: { rate: RateExpr; rcepYear?: number; src: string; row?: string };
  path?: { src: string; row?: string };
}

export interface PairFlags {
  entry: string;
  dest: Party;
  /** national lines found under the entry's codes (0 = none loaded) */
  lines: number;
  coverage: { withRcep: number; withPath: number };
  counts: Record<CatalogueFlag, number>;
  undetermined: Record<YearFlag, number>;
  freeNow: number;
  /** pair-level flags: each flag some line proves; 'not-in-data' when no flag can be proved and data is missing */
  flags: CatalogueFlag[];
  lineFlags: LineFlags[];
}

/** Percent for comparisons: free = 0, ad valorem = pct; anything else (specific, compound, ...) = undefined. */
export function simplePct(r: RateExpr | undefined): number | undefined {
  if (!r) return undefined;
  if (r.kind === 'free') return 0;
  if (r.kind === 'adValorem') return r.pct;
  return undefined;
}

/** The rate in force in `year`: the last step starting at or before it. */
export function pathRate(path: RatePath, year: number): RateExpr | undefined {
  let hit: RateExpr | undefined;
  for (const y of [...path.years].sort((a, b) => a.rcepYear - b.rcepYear)) if (y.rcepYear <= year) hit = y.rate;
  return hit;
}

function allNotConceded(rates: RateExpr[]): boolean {
  return rates.length > 0 && rates.every((r) => r.kind === 'notConceded');
}

/** Flags of one national line. */
export function lineFlags(line: CatalogueLine): LineFlags {
  const out: LineFlags = { code: line.code, flags: [], undetermined: [], facts: [] };
  const latest = [...line.rcep].sort((a, b) => (a.rcepYear ?? 0) - (b.rcepYear ?? 0)).pop();
  if (latest) {
    out.current = { rate: latest.rate, src: latest.src };
    if (latest.rcepYear !== undefined) out.current.rcepYear = latest.rcepYear;
    if (latest.row !== undefined) out.current.row = latest.row;
    if (simplePct(latest.rate) === 0) out.facts.push('free-now');
  }
  const path = line.path;
  const pathRates = path ? path.years.map((y) => y.rate) : [];
  if (line.excludedForChina || allNotConceded(line.rcep.map((e) => e.rate)) || allNotConceded(pathRates)) {
    out.flags.push('excluded');
    return out;
  }
  if (!path) {
    if (!latest) out.flags.push('not-in-data');
    out.undetermined.push('zero-in-year-1', 'cut-by-half-within-5-years');
    return out;
  }
  out.facts.push('has-path');
  out.path = { src: path.src, ...(path.row !== undefined ? { row: path.row } : {}) };
  if (path.base) out.base = path.base;
  const y1 = pathRate(path, 1);
  const y5 = pathRate(path, 5);
  if (y1) out.year1 = y1;
  if (y5) out.year5 = y5;
  const p1 = simplePct(y1);
  const p5 = simplePct(y5);
  const pb = simplePct(path.base);
  if (pb === 0) out.facts.push('free-at-base');
  // zero in year 1
  if (p1 === undefined) out.undetermined.push('zero-in-year-1');
  else if (p1 === 0) out.flags.push('zero-in-year-1');
  // cut by at least half within 5 years (rate in force in Year 5 <= half the base rate)
  if (p5 === undefined) out.undetermined.push('cut-by-half-within-5-years');
  else if (pb !== undefined) {
    if (pb > 0 && p5 <= pb / 2) out.flags.push('cut-by-half-within-5-years');
  } else if (p1 !== undefined && p1 > 0 && p5 <= p1 / 2) {
    // no base in the data: the base is never below the Year 1 rate, so halving against Year 1 proves it
    out.flags.push('cut-by-half-within-5-years');
    out.facts.push('halved-vs-year-1');
  } else out.undetermined.push('cut-by-half-within-5-years');
  return out;
}

/** The destinations of an entry ('all' = the 14 parties other than China). */
export function entryDestinations(entry: CatalogueEntry): Party[] {
  return entry.dest === 'all' ? [...DESTINATIONS] : entry.dest;
}

/** Flags of one product x destination pair, over all national lines under the entry's HS codes. */
export function catalogueFlags(entry: CatalogueEntry, dest: Party, lookup: CatalogueLookup): PairFlags {
  const seen = new Map<string, CatalogueLine>();
  for (const code of entry.headings) for (const l of lookup(dest, code) ?? []) seen.set(l.code, l);
  const lineFlagList = [...seen.values()].map(lineFlags);
  const counts: Record<CatalogueFlag, number> = {
    'zero-in-year-1': 0,
    'cut-by-half-within-5-years': 0,
    excluded: 0,
    'not-in-data': 0,
  };
  const undetermined: Record<YearFlag, number> = { 'zero-in-year-1': 0, 'cut-by-half-within-5-years': 0 };
  let freeNow = 0;
  let withRcep = 0;
  let withPath = 0;
  for (const lf of lineFlagList) {
    for (const f of lf.flags) counts[f] += 1;
    for (const u of lf.undetermined) undetermined[u] += 1;
    if (lf.facts.includes('free-now')) freeNow += 1;
    if (lf.facts.includes('has-path')) withPath += 1;
    if (lf.current || lf.facts.includes('has-path') || lf.flags.includes('excluded')) withRcep += 1;
  }
  const proved = (['zero-in-year-1', 'cut-by-half-within-5-years', 'excluded'] as const).filter((f) => counts[f] > 0);
  const missing =
    lineFlagList.length === 0 ||
    counts['not-in-data'] > 0 ||
    undetermined['zero-in-year-1'] > 0 ||
    undetermined['cut-by-half-within-5-years'] > 0;
  const flags: CatalogueFlag[] = proved.length > 0 ? [...proved] : missing ? ['not-in-data'] : [];
  return {
    entry: entry.id,
    dest,
    lines: lineFlagList.length,
    coverage: { withRcep, withPath },
    counts,
    undetermined,
    freeNow,
    flags,
    lineFlags: lineFlagList,
  };
}

/** Every pair of the catalogue, in catalogue order then destination order. */
export function catalogueTable(entries: readonly CatalogueEntry[], lookup: CatalogueLookup): PairFlags[] {
  return entries.flatMap((e) => entryDestinations(e).map((d) => catalogueFlags(e, d, lookup)));
}

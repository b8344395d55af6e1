import type { Annex1Line, Party, RateEntry, RatePath, TariffLine } from '../schemas/index.js';
import { adValoremOf } from './evaluate-rate.js';
import { PARTIES } from '../parties.js';
import { rcepYear, rcepYearPeriod } from './rcep-year.js';
import type { PathStep, RateView } from './types.js';

/**
 * RCEP year an entry's figures apply to: its `rcepYear`, else derived from its `asOf` (a date, a
 * month, or, for the 1 January parties, a bare calendar year); undefined when it cannot be told.
 */
export function entryYear(e: RateEntry, dest?: Party): number | undefined {
  if (e.rcepYear !== undefined) return e.rcepYear;
  if (!dest) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(e.asOf ?? '');
  if (!m) return undefined;
  if (!m[2] && PARTIES[dest].yearStart === 'apr') return undefined; // a bare year straddles two 1 April years
  const y = rcepYear(dest, `${m[1]}-${m[2] ?? '12'}-${m[3] ?? (m[2] ? '01' : '31')}`);
  return y ?? undefined;
}

/**
 * The entry for the query's RCEP year; when no entry has that year, the nearest one (latest
 * earlier year first, else the earliest later year) with `shownYear` set so the answer can say
 * 'rate-is-for-year-N' instead of presenting it as the rate on that date.
 */
export function selectEntry(
  entries: RateEntry[] | undefined,
  year: number | null,
  dest?: Party,
): { entry: RateEntry; shownYear?: number; exact: boolean } | null {
  if (!entries || entries.length === 0) return null;
  const withYear = entries.map((entry) => ({ entry, y: entryYear(entry, dest) })).filter((x) => x.y !== undefined) as {
    entry: RateEntry;
    y: number;
  }[];
  if (year !== null) {
    const exact = withYear.filter((x) => x.y === year);
    // several sources for the same year: prefer the one that states its RCEP year, then the latest asOf
    exact.sort(
      (a, b) =>
        Number(b.entry.rcepYear !== undefined) - Number(a.entry.rcepYear !== undefined) ||
        (b.entry.asOf > a.entry.asOf ? 1 : -1),
    );
    if (exact.length) return { entry: exact[0].entry, shownYear: year, exact: true };
  }
  if (withYear.length === 0) return { entry: entries[entries.length - 1], exact: false };
  const sorted = [...withYear].sort((a, b) => a.y - b.y);
  const earlier = year === null ? sorted : sorted.filter((x) => x.y < year);
  const chosen = earlier.length ? earlier[earlier.length - 1] : sorted[0];
  return { entry: chosen.entry, shownYear: chosen.y, exact: false };
}

/** View of a selected entry; `shownYear` = the RCEP year the figure belongs to. */
export function viewOfSelected(sel: { entry: RateEntry; shownYear?: number }): RateView {
  const v = viewOf(sel.entry);
  if (sel.shownYear !== undefined) v.shownYear = sel.shownYear;
  return v;
}

export function viewOf(entry: RateEntry): RateView {
  const v: RateView = { expr: entry.rate, adValorem: adValoremOf(entry.rate), asOf: entry.asOf, src: entry.src };
  if (entry.rcepYear !== undefined) v.shownYear = entry.rcepYear;
  if (entry.row !== undefined) v.row = entry.row;
  if (entry.printed !== undefined) v.printed = entry.printed;
  return v;
}

export function pathSteps(dest: Party, path: RatePath['years'], year: number | null): PathStep[] {
  return [...path]
    .sort((a, b) => a.rcepYear - b.rcepYear)
    .map((y) => ({
      rcepYear: y.rcepYear,
      from: rcepYearPeriod(dest, y.rcepYear).from,
      rate: y.rate,
      adValorem: adValoremOf(y.rate),
      current: y.rcepYear === year,
    }));
}

/** Annex I lines of `dest` that apply to goods of China for a national line or code. */
export function annex1For(lines: Annex1Line[] | undefined, code: string): Annex1Line[] {
  if (!lines) return [];
  const exact = lines.filter((l) => l.code === code);
  if (exact.length) return exact;
  // HS 2012 schedule codes and national codes differ in length: match by prefix either way
  const byPrefix = lines.filter((l) => code.startsWith(l.code) || (l.code.startsWith(code) && code.length >= 8));
  return byPrefix;
}

export type Annex1ForChina = { line: Annex1Line; status: 'applies' | 'excluded' } | null;

/** Which of the candidate Annex I lines apply to goods of China (forParties 'all' or 'CN'; excludedFor CN). */
export function annex1ForChina(candidates: Annex1Line[]): Annex1ForChina {
  for (const l of candidates) {
    const open = l.forParties === 'all' || l.forParties.includes('CN');
    if (!open) continue;
    return { line: l, status: l.excludedFor?.includes('CN') ? 'excluded' : 'applies' };
  }
  return null;
}

export function lineSummary(l: TariffLine) {
  const s: { code: string; printed?: string; desc: string; hsVersion: string; unit?: string; psr?: string } = {
    code: l.code,
    desc: l.desc,
    hsVersion: l.hsVersion,
  };
  if (l.printed) s.printed = l.printed;
  if (l.unit) s.unit = l.unit;
  if (l.psr) s.psr = l.psr;
  return s;
}

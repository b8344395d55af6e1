import type { Annex1Line, RateExpr, TariffLine, TariffPack } from '../schemas/index.js';
import { adValoremOf } from './evaluate-rate.js';
import { compareRates } from './compare-rate.js';
import { annex1ForChina, selectEntry, viewOfSelected } from './select-entry.js';
import type { RateView, RcepView } from './types.js';

export interface RcepPick {
  rcep: RcepView;
  notes: string[];
  /** Annex I line used for the rate or the path, if any */
  annex1?: Annex1Line;
}

function annexView(l: Annex1Line, year: number | null): { view: RateView; exact: boolean } | null {
  if (!l.years.length) return null;
  const sorted = [...l.years].sort((a, b) => a.rcepYear - b.rcepYear);
  let y = year === null ? undefined : sorted.find((s) => s.rcepYear === year);
  const exact = y !== undefined;
  if (!y) {
    const earlier = year === null ? sorted : sorted.filter((s) => s.rcepYear < year);
    y = earlier.length ? earlier[earlier.length - 1] : sorted[0];
  }
  const view: RateView = {
    expr: y.rate,
    adValorem: adValoremOf(y.rate),
    shownYear: y.rcepYear,
    asOf: 'annex-i',
    src: l.src,
    row: l.row,
  };
  return { view, exact };
}

/**
 * The RCEP rate for goods of China on the query's RCEP year: the pack's entry for that year, else
 * the line's year-by-year path, else the Annex I schedule line that applies to China (forParties
 * 'all' or 'CN'; excluded when excludedFor has CN, e.g. TH 8509.90.10 "Unbound for China"), else the
 * nearest year the data has (flagged 'rate-is-for-year-N'), else not in data.
 */
export function pickRcep(
  line: TariffLine | null,
  pack: TariffPack | undefined,
  annexCandidates: Annex1Line[],
  year: number | null,
  mfn: RateView | null,
): RcepPick {
  const notes: string[] = [];
  const a1 = annex1ForChina(annexCandidates);
  let view: RateView | null = null;
  let annex1: Annex1Line | undefined;

  const sel = line ? selectEntry(line.rcep, year, pack?.dest) : null;
  const pathYear = year !== null ? line?.path?.years.find((y) => y.rcepYear === year) : undefined;
  const annex = a1 && a1.status === 'applies' ? annexView(a1.line, year) : null;

  if (sel?.exact) view = viewOfSelected(sel);
  else if (pathYear && line?.path) {
    view = {
      expr: pathYear.rate,
      adValorem: adValoremOf(pathYear.rate),
      shownYear: pathYear.rcepYear,
      asOf: 'schedule-path',
      src: line.path.src,
    };
    if (line.path.row) view.row = line.path.row;
    notes.push('rate-from-schedule-path');
  } else if (a1?.status === 'excluded') {
    annex1 = a1.line;
    notes.push('excluded-for-china');
    return { rcep: { status: 'excluded', rate: null, adValorem: null }, notes, annex1 };
  } else if (annex?.exact) {
    view = annex.view;
    annex1 = a1!.line;
    notes.push('rate-from-annex1-schedule', 'schedule-is-hs2012');
  } else if (sel) view = viewOfSelected(sel);
  else if (annex) {
    view = annex.view;
    annex1 = a1!.line;
    notes.push('rate-from-annex1-schedule', 'schedule-is-hs2012');
  }
  if (a1 && !annex1) annex1 = a1.line;

  if (!view) {
    if (pack?.chinaColumn === 'korea-only') notes.push('rcep-for-china-not-in-data');
    if (pack?.chinaColumn === 'none') notes.push('no-rcep-column-in-source');
    return { rcep: { status: 'not-in-data', rate: null, adValorem: null }, notes, annex1 };
  }
  if (year === null || view.shownYear === undefined || view.shownYear !== year) {
    if (view.shownYear !== undefined) notes.push(`rate-is-for-year-${view.shownYear}`);
  }
  const rcep: RcepView = { status: 'reduced', rate: view, adValorem: view.adValorem };
  const expr = view.expr;
  if (expr.kind === 'conditional') {
    rcep.conditions = expr.cases.map((c) => ({ when: c.when, rate: c.rate, adValorem: adValoremOf(c.rate) }));
  }
  rcep.status = statusOf(expr, mfn?.expr ?? annex1?.base ?? null, notes, !mfn && !!annex1);
  return { rcep, notes, annex1 };
}

function statusOf(expr: RateExpr, against: RateExpr | null, notes: string[], againstBase: boolean): RcepView['status'] {
  if (expr.kind === 'notConceded') {
    notes.push('not-conceded', 'mfn-applies');
    return 'excluded';
  }
  const isFree = expr.kind === 'free' || (expr.kind === 'adValorem' && expr.pct === 0);
  if (againstBase) notes.push('compared-with-base-rate');
  if (!against) {
    notes.push('mfn-not-in-data');
    return isFree ? 'free' : 'reduced';
  }
  const cmp = compareRates(expr, against);
  if (isFree) {
    if (cmp === 0) notes.push('mfn-already-free', 'rcep-no-advantage');
    return 'free';
  }
  if (cmp === 0 || cmp === 1) {
    notes.push('rcep-no-advantage');
    if (cmp === 1) notes.push('mfn-lower-applies'); // Art. 2.4.2
    return 'no-reduction';
  }
  if (cmp === null) notes.push('rcep-advantage-depends-on-shipment');
  return 'reduced';
}

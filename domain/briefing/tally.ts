import type { TariffAnswer } from '../tariff/types.js';
import type { LineCut, StatusCounts } from './types.js';

export const emptyCounts = (): StatusCounts => ({
  lines: 0,
  free: 0,
  reduced: 0,
  noReduction: 0,
  excluded: 0,
  notInData: 0,
  mfnFree: 0,
  rateForOtherYear: 0,
  cutNotComparable: 0,
});

const STATUS_KEY = {
  free: 'free',
  reduced: 'reduced',
  'no-reduction': 'noReduction',
  excluded: 'excluded',
  'not-in-data': 'notInData',
} as const;

/**
 * The cut of one line as the tariff lookup answered it: MFN % − RCEP %, only when RCEP is free or
 * reduced and both rates are ad valorem (a specific or conditional rate has no figure in points).
 */
export function cutOf(a: TariffAnswer): LineCut | 'not-comparable' | null {
  const s = a.rcep.status;
  if (s !== 'free' && s !== 'reduced') return null;
  const mfn = a.mfn?.adValorem;
  const rcep = a.rcep.adValorem;
  if (mfn === null || mfn === undefined || rcep === null || !a.mfn || !a.rcep.rate) return 'not-comparable';
  const cut: LineCut = {
    code: a.code,
    desc: a.line?.desc ?? '',
    status: s,
    mfn,
    rcep,
    cut: Math.round((mfn - rcep) * 1e6) / 1e6,
    mfnSrc: a.mfn.src,
    rcepSrc: a.rcep.rate.src,
  };
  if (a.line?.printed) cut.printed = a.line.printed;
  if (a.rcep.rate.shownYear !== undefined) cut.rcepShownYear = a.rcep.rate.shownYear;
  if (a.rcep.rate.row !== undefined) cut.rcepRow = a.rcep.rate.row;
  return cut;
}

/** Add one answer to the counts; returns its cut when it has one worth listing (> 0 points). */
export function tally(c: StatusCounts, a: TariffAnswer): LineCut | null {
  c.lines++;
  c[STATUS_KEY[a.rcep.status]]++;
  if (a.mfn && (a.mfn.adValorem === 0 || a.mfn.expr.kind === 'free')) c.mfnFree++;
  const shown = a.rcep.rate?.shownYear;
  if (a.rcep.rate && (a.rcepYear === null || (shown !== undefined && shown !== a.rcepYear))) c.rateForOtherYear++;
  const cut = cutOf(a);
  if (cut === 'not-comparable') {
    c.cutNotComparable++;
    return null;
  }
  return cut && cut.cut > 0 ? cut : null;
}

/** Keep the `n` largest cuts, largest first (ties: lower code first), in place of `list`. */
export function keepTop(list: LineCut[], cut: LineCut, n: number): void {
  if (n <= 0) return;
  const before = (x: LineCut, y: LineCut) => x.cut > y.cut || (x.cut === y.cut && x.code < y.code);
  let i = list.length;
  while (i > 0 && before(cut, list[i - 1])) i--;
  if (i >= n) return;
  list.splice(i, 0, cut);
  if (list.length > n) list.length = n;
}

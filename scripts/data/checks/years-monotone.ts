import type { RateExpr } from '../../../domain/schemas/index.js';
import { pctOf } from './rate-order.js';
import type { DataCheck, Report } from './types.js';

type Years = { rcepYear: number; rate: RateExpr }[];

/** Year numbers rise; ad valorem rates never rise from one printed year to the next (a staged reduction). */
export function checkPath(years: Years, where: string, report: Report): void {
  for (let i = 1; i < years.length; i++) {
    const [a, b] = [years[i - 1], years[i]];
    if (b.rcepYear <= a.rcepYear)
      report.error('path-years-not-increasing', { where, actual: b.rcepYear, expected: `> ${a.rcepYear}` });
    const [pa, pb] = [pctOf(a.rate), pctOf(b.rate)];
    if (pa !== undefined && pb !== undefined && pb > pa) {
      report.error('path-rate-rises', { where: `${where} year ${b.rcepYear}`, actual: pb, expected: `<= ${pa}` });
    }
  }
}

/** Annex I lines and the year paths of national lines (AU phase-down text) are non-increasing. */
export const yearsMonotone: DataCheck = {
  name: 'years-monotone',
  description: 'Annex I years and national year paths (AU) never rise from one year to the next',
  check(input, report) {
    for (const l of input.annex1?.lines ?? [])
      checkPath(l.years, `annex1.json ${l.party} ${l.code} (${l.row})`, report);
    for (const [dest, pack] of Object.entries(input.tariffs)) {
      for (const l of pack?.lines ?? [])
        if (l.path) checkPath(l.path.years, `tariff-${dest.toLowerCase()}.json ${l.code}`, report);
    }
  },
};

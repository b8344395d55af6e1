import { pctOf } from './rate-order.js';
import type { DataCheck } from './types.js';

/** An Annex I year rate is never above the base rate unless the source says so in the line's note. */
export const notAboveBase: DataCheck = {
  name: 'not-above-base',
  description: 'Annex I year rates and national path rates never exceed the base rate unless the source says so',
  check(input, report) {
    for (const l of input.annex1?.lines ?? []) {
      const base = pctOf(l.base);
      if (base === undefined) continue;
      for (const y of l.years) {
        const p = pctOf(y.rate);
        if (p !== undefined && p > base && !/above base/i.test(l.note ?? '')) {
          report.error('rate-above-base', {
            where: `annex1.json ${l.party} ${l.code} year ${y.rcepYear}`,
            actual: p,
            expected: `<= ${base}`,
          });
        }
      }
    }
    for (const [dest, pack] of Object.entries(input.tariffs)) {
      for (const l of pack?.lines ?? []) {
        const base = l.path?.base && pctOf(l.path.base);
        if (base === undefined || !l.path) continue;
        for (const y of l.path.years) {
          const p = pctOf(y.rate);
          if (p !== undefined && p > base) {
            report.error('rate-above-base', {
              where: `tariff-${dest.toLowerCase()}.json ${l.code} year ${y.rcepYear}`,
              actual: p,
              expected: `<= ${base}`,
            });
          }
        }
      }
    }
  },
};

import type { DataCheck } from './types.js';

/** A destination whose sources give no China column (TH, ID, PH: Korea's rate only; MM, SG: none) has no RCEP-for-China rate. */
export const chinaColumn: DataCheck = {
  name: 'china-column',
  description: "no RCEP rate is presented as China's where the sources give only Korea's rate or none",
  check(input, report) {
    for (const [dest, pack] of Object.entries(input.tariffs)) {
      if (!pack || pack.chinaColumn === 'common' || pack.chinaColumn === 'china-specific') continue;
      const n = pack.lines.filter((l) => l.rcep.length > 0).length;
      if (n)
        report.error('rcep-for-china-without-china-column', {
          where: `tariff-${dest.toLowerCase()}.json (${pack.chinaColumn})`,
          actual: n,
          expected: 0,
        });
    }
  },
};

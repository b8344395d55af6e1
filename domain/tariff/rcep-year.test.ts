import { rcepYear, rcepYearOf, rcepYearPeriod } from './rcep-year';

// Annex I General Notes (docs/rcep-primer.md): Year 1 = EIF..31 Dec (..31 March for ID, JP, PH),
// then calendar years (1 April years for ID, JP, PH); staging deemed to start 2022-01-01.
describe('rcepYear', () => {
  it.each([
    ['JP', '2022-01-01', 1],
    ['JP', '2022-03-31', 1],
    ['JP', '2022-04-01', 2],
    ['JP', '2026-03-31', 5],
    ['JP', '2026-04-01', 6],
    ['JP', '2026-07-09', 6], // team brief: JP customs tariff 2026-07-09 = JP Year 6
    ['JP', '2025-04-01', 5], // KCS JP April 2025 edition = Year 5
    ['VN', '2022-01-01', 1],
    ['VN', '2025-12-31', 4],
    ['VN', '2026-01-01', 5],
    ['AU', '2025-06-30', 4],
    ['KR', '2022-02-01', 1],
    ['MY', '2022-03-18', 1],
    ['ID', '2023-01-02', 2], // joined late: staging counted from 2022-01-01, 1 April years
    ['ID', '2023-04-01', 3],
    ['PH', '2023-06-02', 3],
  ] as const)('%s %s -> Year %i', (dest, date, n) => {
    expect(rcepYear(dest, date)).toBe(n);
  });

  it.each([
    ['KR', '2022-01-31'],
    ['MY', '2022-03-17'],
    ['ID', '2023-01-01'],
    ['PH', '2023-06-01'],
    ['JP', '2021-12-31'],
  ] as const)('%s %s is before entry into force', (dest, date) => {
    expect(rcepYearOf(dest, date)).toEqual({ rcepYear: null, notes: ['before-entry-into-force'] });
  });

  it('flags Myanmar, whose EIF date is unverified', () => {
    expect(rcepYearOf('MM', '2026-01-01')).toEqual({ rcepYear: 5, notes: ['eif-unverified'] });
  });

  it('rejects bad dates', () => {
    expect(rcepYearOf('JP', '2026-02-30').notes).toEqual(['bad-date']);
    expect(rcepYearOf('JP', '20260101').notes).toEqual(['bad-date']);
  });

  it('inverse gives the period of a year', () => {
    expect(rcepYearPeriod('JP', 1)).toEqual({ rcepYear: 1, from: '2022-01-01', to: '2022-03-31' });
    expect(rcepYearPeriod('JP', 6)).toEqual({ rcepYear: 6, from: '2026-04-01', to: '2027-03-31' });
    expect(rcepYearPeriod('VN', 5)).toEqual({ rcepYear: 5, from: '2026-01-01', to: '2026-12-31' });
    expect(rcepYearPeriod('ID', 2)).toEqual({
      rcepYear: 2,
      from: '2022-04-01',
      to: '2023-03-31',
      inForceFrom: '2023-01-02',
    });
    for (const d of ['JP', 'VN', 'ID', 'KR'] as const) {
      for (let n = 1; n < 10; n++) {
        const p = rcepYearPeriod(d, n);
        if (d === 'ID' && n < 2) continue; // ID's Year 1 ended before its EIF (2023-01-02)
        const probe = p.inForceFrom ?? p.from;
        expect(rcepYear(d, probe)).toBe(n);
        expect(rcepYear(d, p.to)).toBe(n);
      }
    }
  });
});

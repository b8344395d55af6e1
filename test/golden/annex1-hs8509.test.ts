/**
 * Golden: every row of the official RCEP Annex I extracts for HS 8509
 * (raw mirror rcep-extracts/rcep-annex1-hs8509-extracts.csv; "row N" = line N of that file, header = line 1).
 * Expected values typed by hand from the column values_as_printed_first_is_base_then_year1_onward
 * (its header states: first value = base rate, then Year 1 onward). A zero rate is `free`.
 */
import { existsSync } from 'node:fs';
import { importAnnex1, type Annex1Import } from '../../scripts/data/annex1/import-annex1.js';
import type { Annex1Line, RateExpr } from '../../domain/schemas/index.js';

const FROM = process.env.RCEP_RAW ?? '../shared/data';
const have = existsSync(`${FROM}/rcep-extracts/rcep-annex1-hs8509-extracts.csv`);
const d = have ? describe : describe.skip;

const F: RateExpr = { kind: 'free' };
const av = (pct: number): RateExpr => (pct === 0 ? F : { kind: 'adValorem', pct });
const same = (r: RateExpr, n: number) => Array.from({ length: n }, () => r);

interface Expected {
  row: number;
  party: string;
  code: string;
  forParties: 'all' | string[];
  excludedFor?: string[];
  base: RateExpr;
  years: RateExpr[]; // Year 1.. as printed (elided years absent)
  quarantine: string[];
}

const EXPECTED: Expected[] = [
  // row 2: AU 8509.80.10 "5%|0%|0%|0%|0%|0%|0%|0%|0%|0%|0%|0%|0%|0%|0%|0%|0%|0%|0%|0%|0%" (21 values)
  { row: 2, party: 'AU', code: '85098010', forParties: 'all', base: av(5), years: same(F, 20), quarantine: [] },
  // row 3: AU 8509.90.00 "5%|0%|0%|...|0%" : Years 1-2 printed, then elided; the final 0% has no year
  {
    row: 3,
    party: 'AU',
    code: '85099000',
    forParties: 'all',
    base: av(5),
    years: [F, F],
    quarantine: ['annex1-years-elided', 'annex1-value-year-unknown'],
  },
  // row 4: KH 8509.80.10 "35%|35%|32%|29%|26%|23%|20%|17%|14%|11%|8%|5%|3%|0%|0%|0%|0%|0%|0%|0%|0%"
  {
    row: 4,
    party: 'KH',
    code: '85098010',
    forParties: 'all',
    base: av(35),
    years: [35, 32, 29, 26, 23, 20, 17, 14, 11, 8, 5, 3, 0, 0, 0, 0, 0, 0, 0, 0].map(av),
    quarantine: [],
  },
  // row 5: KH 8509.80.90 "35% in every column" (page 161 has 21 columns, see row 4)
  { row: 5, party: 'KH', code: '85098090', forParties: 'all', base: av(35), years: same(av(35), 20), quarantine: [] },
  // row 6: ID (for CN) 8509.80.90.00 "10.0%|0.0%|0.0%|...(24 values)"
  {
    row: 6,
    party: 'ID',
    code: '8509809000',
    forParties: ['CN'],
    base: av(10),
    years: [F, F],
    quarantine: ['annex1-years-elided'],
  },
  // row 7: JP 850980.000 "Free in every column": no column count in the extract
  {
    row: 7,
    party: 'JP',
    code: '850980000',
    forParties: 'all',
    base: F,
    years: [],
    quarantine: ['annex1-column-count-unknown'],
  },
  // row 8: KR (for CN) 8509.80.10.00 "8.0%|7.2%|6.4%|5.6%|4.8%|4.0%|3.2%|2.4%|1.6%|0.8%|0.0%|... (36 values)"
  {
    row: 8,
    party: 'KR',
    code: '8509801000',
    forParties: ['CN'],
    base: av(8),
    years: [7.2, 6.4, 5.6, 4.8, 4, 3.2, 2.4, 1.6, 0.8, 0].map(av),
    quarantine: ['annex1-years-elided'],
  },
  // row 9: KR (for CN) 8509.80.90.00 "8.0%|0.0%|0.0%|... (36 values)"
  {
    row: 9,
    party: 'KR',
    code: '8509809000',
    forParties: ['CN'],
    base: av(8),
    years: [F, F],
    quarantine: ['annex1-years-elided'],
  },
  // row 10: LA 8509.80.90 "10%|9%|8%|8%|8%|6%|6%|6%|4%|4%|4%|2%|2%|2%|2%|0%|0%|0%|0%|0%|0%"
  {
    row: 10,
    party: 'LA',
    code: '85098090',
    forParties: 'all',
    base: av(10),
    years: [9, 8, 8, 8, 6, 6, 6, 4, 4, 4, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0].map(av),
    quarantine: [],
  },
  // row 11: MY 8509.80 100 "20.0%|20.0%|20.0%|20.0%|20.0%|18.2%|16.4%|14.5%|12.7%|10.9%|9.1%|7.3%|5.5%|3.6%|1.8%|0.0%|... (24 values)"
  {
    row: 11,
    party: 'MY',
    code: '850980100',
    forParties: 'all',
    base: av(20),
    years: [20, 20, 20, 20, 18.2, 16.4, 14.5, 12.7, 10.9, 9.1, 7.3, 5.5, 3.6, 1.8, 0].map(av),
    quarantine: ['annex1-years-elided'],
  },
  // row 12: MY 8509.80 900 "20.0% in every column" (page 208 has 24 values, see row 11)
  { row: 12, party: 'MY', code: '850980900', forParties: 'all', base: av(20), years: same(av(20), 23), quarantine: [] },
  // row 13: MM 8509.80.90.00 "7.5%|6.6%|6.6%|5.7%|5.7%|4.8%|4.8%|3.9%|3.9%|3.0%|3.0%|2.1%|2.1%|1.2%|1.2%|0%|0%|0%|0%|0%|0%"
  {
    row: 13,
    party: 'MM',
    code: '8509809000',
    forParties: 'all',
    base: av(7.5),
    years: [6.6, 6.6, 5.7, 5.7, 4.8, 4.8, 3.9, 3.9, 3, 3, 2.1, 2.1, 1.2, 1.2, 0, 0, 0, 0, 0, 0].map(av),
    quarantine: [],
  },
  // row 14: NZ 8509.80.19 "5.0%|4.5%|4.0%|3.5%|3.0%|2.5%|2.0%|1.5%|1.0%|0.5%|0.0%|..."
  {
    row: 14,
    party: 'NZ',
    code: '85098019',
    forParties: 'all',
    base: av(5),
    years: [4.5, 4, 3.5, 3, 2.5, 2, 1.5, 1, 0.5, 0].map(av),
    quarantine: ['annex1-years-elided'],
  },
  // row 15: PH (common) 8509.80.90 "5%|0%|0%|...|0%"
  {
    row: 15,
    party: 'PH',
    code: '85098090',
    forParties: 'all',
    base: av(5),
    years: [F, F],
    quarantine: ['annex1-years-elided', 'annex1-value-year-unknown'],
  },
  // row 16: TH 8509.80.90 "30%|27%|24%|21%|18%|15%|12%|9%|6%|3%|0%|0%|..."
  {
    row: 16,
    party: 'TH',
    code: '85098090',
    forParties: 'all',
    base: av(30),
    years: [27, 24, 21, 18, 15, 12, 9, 6, 3, 0, 0].map(av),
    quarantine: ['annex1-years-elided'],
  },
  // row 17: TH 8509.90.10 "30%|28%|26%|...|2%|0% + remark 'Unbound for China'"
  {
    row: 17,
    party: 'TH',
    code: '85099010',
    forParties: 'all',
    excludedFor: ['CN'],
    base: av(30),
    years: [28, 26].map(av),
    quarantine: ['annex1-years-elided', 'annex1-value-year-unknown'],
  },
  // row 18: VN (for CN) 8509.80.90 "25 in every column (26 values)"
  { row: 18, party: 'VN', code: '85098090', forParties: ['CN'], base: av(25), years: same(av(25), 25), quarantine: [] },
  // row 19: VN (for CN) 8509.90.90 "7|6.3|5.6|4.9|4.2|3.5|2.8|2.1|1.4|0.7|0|..."
  {
    row: 19,
    party: 'VN',
    code: '85099090',
    forParties: ['CN'],
    base: av(7),
    years: [6.3, 5.6, 4.9, 4.2, 3.5, 2.8, 2.1, 1.4, 0.7, 0].map(av),
    quarantine: ['annex1-years-elided'],
  },
];

d('golden: RCEP Annex I extracts, HS 8509 (every row, every printed year)', () => {
  let result: Annex1Import;
  beforeAll(async () => {
    result = await importAnnex1(FROM);
  });
  const lineOf = (row: number): Annex1Line | undefined => result.lines.find((l) => l.row.startsWith(`${row}:`));

  it('reads all 18 rows into 18 lines of 12 parties (the file holds no BN, SG row)', () => {
    expect(result.rows).toBe(18);
    expect(result.lines).toHaveLength(18);
    expect(new Set(result.lines.map((l) => l.party)).size).toBe(12);
  });

  it.each(EXPECTED.map((e) => [e.row, e] as const))('row %i', (_row, e) => {
    const l = lineOf(e.row)!;
    expect(l).toBeDefined();
    expect(l.party).toBe(e.party);
    expect(l.code).toBe(e.code);
    expect(l.forParties).toEqual(e.forParties);
    expect(l.excludedFor).toEqual(e.excludedFor);
    expect(l.base).toEqual(e.base);
    expect(l.years).toEqual(e.years.map((rate, i) => ({ rcepYear: i + 1, rate })));
    const reasons = result.quarantine.filter((q) => q.row === String(e.row)).map((q) => q.reason);
    expect(reasons).toEqual(e.quarantine);
  });
});

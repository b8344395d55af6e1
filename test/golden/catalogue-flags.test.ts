import { catalogueFlags, lineFlags } from '../../domain/catalogue/flags.js';
import { lookupFromPacks } from '../../domain/catalogue/lookup.js';
import { catalogueCsv, catalogueRows } from '../../domain/catalogue/rows.js';
import type {
  Annex1Line,
  Annex1Pack,
  CatalogueEntry,
  RateExpr,
  TariffLine,
  TariffPack,
} from '../../domain/schemas/index.js';

// Small packs built from real rows of the raw mirror (../shared/data); each row is cited where it is used.
const pct = (n: number): RateExpr => (n === 0 ? { kind: 'free' } : { kind: 'adValorem', pct: n });
const entry = (headings: string[]): CatalogueEntry => ({
  id: 't',
  product: { zh: '测试', en: 'test' },
  dest: 'all',
  destOpenEnded: false,
  headings,
  mappingNote: 'test',
  citation: { doc: '渝府办发〔2022〕83号', item: '第1条', file: '000_57f3ed91d7a6effa.txt' },
});
const line = (code: string, extra: Partial<TariffLine> = {}): TariffLine => ({
  code,
  hsVersion: '2022',
  desc: code,
  mfn: [],
  rcep: [],
  ...extra,
});
const pack = (dest: TariffPack['dest'], lines: TariffLine[]): TariffPack => ({
  _generated: 'test',
  dest,
  chinaColumn: 'common',
  sources: [],
  lines,
  quarantine: [],
});
const a1 = (
  party: Annex1Line['party'],
  code: string,
  values: number[],
  extra: Partial<Annex1Line> = {},
): Annex1Line => ({
  party,
  code,
  printed: code,
  desc: code,
  base: pct(values[0]),
  years: values.slice(1).map((v, i) => ({ rcepYear: i + 1, rate: pct(v) })),
  forParties: 'all',
  src: 'rcep-annex1-hs8509-extracts',
  row: party,
  ...extra,
});
const annex1 = (lines: Annex1Line[]): Annex1Pack => ({ _generated: 'test', sources: [], lines, quarantine: [] });

// kcs/kcs-2025-au.csv row 순번 10574, 8703100001: MFN "5%  CA:Free"; RCEP
// "4% From 1 January 2024: 3% From 1 January 2026: 2% From 1 January 2028: 1% From 1 January 2031: Free"
// -> Year 1 4%, Year 3 3%, Year 5 2%, Year 7 1%, Year 10 free (AU years are calendar years from 2022).
const au8703 = line('8703100001', {
  mfn: [{ rate: pct(5), asOf: '2025', src: 'kcs-2025-au' }],
  rcep: [{ rate: pct(3), rcepYear: 4, asOf: '2025', src: 'kcs-2025-au', row: '10574' }],
  path: {
    src: 'kcs-2025-au',
    row: '10574',
    years: [
      { rcepYear: 1, rate: pct(4) },
      { rcepYear: 3, rate: pct(3) },
      { rcepYear: 5, rate: pct(2) },
      { rcepYear: 7, rate: pct(1) },
      { rcepYear: 10, rate: pct(0) },
    ],
  },
});
// kcs/kcs-2025-au.csv 순번 9319-9327: 84672100 "Drills of all kinds" MFN 5%, RCEP cell empty; its
// statistical lines 8467210021..8467210025 have an empty RCEP cell too (not confirmed: not in data).
const auDrills = ['84672100', '8467210021', '8467210022', '8467210023', '8467210024', '8467210025'].map((c) =>
  line(c, c === '84672100' ? { mfn: [{ rate: pct(5), asOf: '2025', src: 'kcs-2025-au' }] } : {}),
);
// vn/vn_tariff_2026_mfn_acfta_rcep.csv rows 7026, 7030, 7032 (2026 = VN RCEP Year 5):
// 76041090 MFN 10.0 RCEP 5.0; 76042910 MFN 5.0 RCEP 0.0; 76042990 MFN 10.0 RCEP 0.0
const vn = (code: string, mfn: number, rcep: number, row: string) =>
  line(code, {
    mfn: [{ rate: pct(mfn), asOf: '2026', src: 'vn-2026', row }],
    rcep: [{ rate: pct(rcep), rcepYear: 5, asOf: '2026', src: 'vn-2026', row }],
  });
// jp/j_02_tariff_data.json 0201.10-000 (beef carcasses): rates printed, EPA_RCEP_中国 blank = not conceded
// to goods of China (mirror README, jp/ known defects).
const jpBeef = line('020110000', {
  rcep: [{ rate: { kind: 'notConceded' }, rcepYear: 6, asOf: '2026-07-09', src: 'jp-customs-2026' }],
});
// rcep-extracts/rcep-annex1-hs8509-extracts.csv: AU 8509.80.10 "5%|0%|…"; KH 8509.80.10
// "35%|35%|32%|29%|26%|23%|…"; TH 8509.90.10 "30%|28%|26%|…" with remark 'Unbound for China'.
const extracts = annex1([
  a1('AU', '85098010', [5, 0, 0, 0, 0, 0, 0]),
  a1('KH', '85098010', [35, 35, 32, 29, 26, 23, 20]),
  a1('TH', '85099010', [30, 28, 26], { excludedFor: ['CN'] }),
]);

const lookup = lookupFromPacks(
  {
    AU: pack('AU', [au8703, ...auDrills]),
    VN: pack('VN', [vn('76041090', 10, 5, '7026'), vn('76042910', 5, 0, '7030'), vn('76042990', 10, 0, '7032')]),
    JP: pack('JP', [jpBeef]),
  },
  extracts,
);

describe('catalogueFlags from loaded data', () => {
  test('AU cars: year 1 is 4% (not zero); year 5 is 2%, at most half of year 1, so at most half of the base', () => {
    const r = catalogueFlags(entry(['8703']), 'AU', lookup);
    expect(r.flags).toEqual(['cut-by-half-within-5-years']);
    expect(r.lines).toBe(1);
    expect(r.coverage).toEqual({ withRcep: 1, withPath: 1 });
    expect(r.lineFlags[0]).toEqual(
      expect.objectContaining({ year1: pct(4), year5: pct(2), facts: ['has-path', 'halved-vs-year-1'] }),
    );
  });

  test('AU hand-held drills: empty RCEP cells -> not in data, 5 leaf lines, no coverage', () => {
    const r = catalogueFlags(entry(['846721']), 'AU', lookup);
    expect(r.lines).toBe(5);
    expect(r.counts['not-in-data']).toBe(5);
    expect(r.coverage).toEqual({ withRcep: 0, withPath: 0 });
    expect(r.flags).toEqual(['not-in-data']);
  });

  test('VN aluminium alloy bars: free now in Year 5, but year 1 and the 5-year cut cannot be concluded', () => {
    const r = catalogueFlags(entry(['760429']), 'VN', lookup);
    expect(r.lines).toBe(2); // 76041090 is non-alloy (7604.10), outside 7604.29
    expect(r.freeNow).toBe(2);
    expect(r.undetermined).toEqual({ 'zero-in-year-1': 2, 'cut-by-half-within-5-years': 2 });
    expect(r.counts['zero-in-year-1']).toBe(0);
    expect(r.flags).toEqual(['not-in-data']);
    expect(r.coverage).toEqual({ withRcep: 2, withPath: 0 });
  });

  test('Annex I paths: AU free from year 1; KH 35% -> 23% in year 5 is not halved; TH excluded for China', () => {
    const au = catalogueFlags(entry(['8509']), 'AU', lookup);
    expect(au.flags).toEqual(['zero-in-year-1', 'cut-by-half-within-5-years']);
    const kh = catalogueFlags(entry(['8509']), 'KH', lookup);
    expect(kh.flags).toEqual([]); // the data settles both questions: neither holds
    expect(kh.lineFlags[0]).toEqual(expect.objectContaining({ base: pct(35), year1: pct(35), year5: pct(23) }));
    expect(catalogueFlags(entry(['8509']), 'TH', lookup).flags).toEqual(['excluded']);
  });

  test('JP beef not conceded to China -> excluded', () => {
    expect(catalogueFlags(entry(['0201']), 'JP', lookup).flags).toEqual(['excluded']);
  });

  test('a destination with nothing loaded (KR beyond 8509) -> not in data, 0 lines', () => {
    const r = catalogueFlags(entry(['8524', '901380']), 'KR', lookup);
    expect(r).toEqual(expect.objectContaining({ lines: 0, flags: ['not-in-data'] }));
  });

  test('a line with a path but no base: year-5 rate above half of year 1 cannot be settled', () => {
    // AU 0511991021 (kcs-2025-au.csv 순번 523): "From 1 January 2022: 4% From 1 January 2024: 3% From 1 January 2026: 2% …"
    const lf = lineFlags({
      code: '0511991021',
      rcep: [],
      path: {
        src: 'kcs-2025-au',
        row: '523',
        years: [
          { rcepYear: 1, rate: pct(4) },
          { rcepYear: 3, rate: pct(3) },
          { rcepYear: 5, rate: pct(2) },
        ],
      },
    });
    // 2% is exactly half of 4%: proved
    expect(lf.flags).toEqual(['cut-by-half-within-5-years']);
    const lf2 = lineFlags({
      code: 'x',
      rcep: [],
      path: {
        src: 'kcs-2025-au',
        years: [
          { rcepYear: 1, rate: pct(4) },
          { rcepYear: 3, rate: pct(3) },
        ],
      },
    });
    expect(lf2.flags).toEqual([]);
    expect(lf2.undetermined).toEqual(['cut-by-half-within-5-years']);
  });
});

describe('catalogue rows and CSV', () => {
  test('one row per pair with counts; CSV quotes and guards formulas', () => {
    const e = { ...entry(['8703']), id: 'used-cars', product: { zh: '二手车', en: 'Used cars, "any"' } };
    const table = [catalogueFlags(e, 'AU', lookup)];
    const rows = catalogueRows([e], table);
    expect(rows[0]).toEqual(
      expect.objectContaining({
        entry: 'used-cars',
        dest: 'AU',
        lines: 1,
        cutByHalfWithin5Years: 1,
        flags: 'cut-by-half-within-5-years',
      }),
    );
    const csv = catalogueCsv(rows);
    expect(csv.split('\r\n')[0]).toBe(
      'entry,productZh,productEn,dest,headings,lines,withRcep,withPath,zeroInYear1,cutByHalfWithin5Years,excluded,notInData,freeNow,flags,citation',
    );
    expect(csv).toContain('"Used cars, ""any"""');
    expect(catalogueCsv([{ ...rows[0], productEn: '=1+1' }])).toContain(",'=1+1,");
  });
});

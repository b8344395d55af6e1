/**
 * lookupTariff on small in-memory packs built from real rows of the raw mirror (/work/shared/data).
 * Every figure below is typed from the cited file and row, not from the code's output.
 */
import { indexPacks, type EnginePacks } from '../../domain/engine-packs';
import type { Annex1Line, RateEntry, TariffLine, TariffPack } from '../../domain/schemas';
import { isTariffError, lookupTariff } from '../../domain/tariff/lookup-tariff';
import type { TariffAnswer, TariffQuery } from '../../domain/tariff/types';

const adv = (pct: number) => (pct === 0 ? ({ kind: 'free' } as const) : ({ kind: 'adValorem', pct } as const));
const e = (pct: number, rcepYear: number, src: string, row: string): RateEntry => ({
  rate: adv(pct),
  rcepYear,
  asOf: src,
  src,
  row,
});
const src = (id: string) => ({ id, title: id, file: id, sha256: '0'.repeat(64), asOf: '2026', publisher: 'test' });
const pack = (
  dest: TariffPack['dest'],
  chinaColumn: TariffPack['chinaColumn'],
  lines: TariffLine[],
  ids: string[],
): TariffPack => ({
  _generated: 'test',
  dest,
  chinaColumn,
  sources: ids.map(src),
  lines,
  quarantine: [],
});

// jp/j_61_tariff_data.json 6109.10-010 / -020 (Year 6) and kcs/kcs-2025-jp.csv rows 10271-10272 (Year 5)
const jpLines: TariffLine[] = [
  {
    code: '610910010',
    printed: '6109.10-010',
    hsVersion: '2022',
    desc: 'Of yarns of different colours or printed',
    mfn: [e(10.9, 5, 'kcs-2025-jp', '10271'), e(10.9, 6, 'jp-2026', 'j_61 6109.10-010')],
    rcep: [e(7.5, 5, 'kcs-2025-jp', '10271'), e(6.8, 6, 'jp-2026', 'j_61 6109.10-010')],
  },
  {
    code: '610910020',
    printed: '6109.10-020',
    hsVersion: '2022',
    desc: 'Other',
    mfn: [e(7.4, 5, 'kcs-2025-jp', '10272'), e(7.4, 6, 'jp-2026', 'j_61 6109.10-020')],
    rcep: [e(5.1, 5, 'kcs-2025-jp', '10272'), e(4.6, 6, 'jp-2026', 'j_61 6109.10-020')],
  },
];
// vn/vn_tariff_2026_mfn_acfta_rcep.csv rows 8872-8874 (hs8, mfn, acfta, rcep), 2026 = VN Year 5
const vnLine = (code: string, row: string, mfn: number, acfta: number, rcep: number | null): TariffLine => ({
  code,
  hsVersion: '2022',
  desc: 'x',
  mfn: [e(mfn, 5, 'vn-2026', row)],
  rcep: rcep === null ? [] : [e(rcep, 5, 'vn-2026', row)],
  other: { ACFTA: [e(acfta, 5, 'vn-2026', row)] },
});
const vnLines = [
  vnLine('85098090', '8872', 25, 5, 25),
  vnLine('85099010', '8873', 3, 0, 0),
  vnLine('85099090', '8874', 7, 0, null),
];
// kcs/kcs-2025-th.csv row 15093: 85099010 base 10%, RECP (rate for Korean goods) 24%
const thLines: TariffLine[] = [
  {
    code: '85099010',
    hsVersion: '2022',
    desc: 'Of goods of subheading 8509.80.10',
    mfn: [e(10, 4, 'kcs-2025-th', '15093')],
    rcep: [],
    referenceOnly: { KR: [e(24, 4, 'kcs-2025-th', '15093')] },
  },
];
// rcep-extracts/rcep-annex1-hs8509-extracts.csv: VN (for CN) 8509.90.90 "7|6.3|5.6|4.9|4.2|3.5|…";
// TH 8509.90.10 "30%|28%|26%|…" with remark 'Unbound for China'
const annex: Annex1Line[] = [
  {
    party: 'VN',
    code: '85099090',
    printed: '8509.90.90',
    desc: 'Other',
    base: adv(7),
    years: [6.3, 5.6, 4.9, 4.2, 3.5, 2.8, 2.1, 1.4, 0.7, 0].map((p, i) => ({ rcepYear: i + 1, rate: adv(p) })),
    forParties: ['CN'],
    src: 'annex1-extracts',
    row: 'VN 8509.90.90',
  },
  {
    party: 'TH',
    code: '85099010',
    printed: '8509.90.10',
    desc: 'Parts of 8509.80.10',
    base: adv(30),
    years: [28, 26].map((p, i) => ({ rcepYear: i + 1, rate: adv(p) })),
    forParties: 'all',
    excludedFor: ['CN'],
    src: 'annex1-extracts',
    row: 'TH 8509.90.10',
  },
];
const packs: EnginePacks = {
  hs: {
    _generated: '',
    sources: [],
    sections: [],
    versions: { '2022': [], '2017': [], '2012': [] },
    correlation: { '2022-2012': [], '2022-2017': [] },
    synonyms: [],
    quarantine: [],
  },
  psr: { _generated: '', sources: [], rows: [], quarantine: [] },
  annex1: { _generated: '', sources: [src('annex1-extracts')], lines: annex, quarantine: [] },
  tariffs: {
    JP: pack('JP', 'china-specific', jpLines, ['jp-2026', 'kcs-2025-jp']),
    VN: pack('VN', 'china-specific', vnLines, ['vn-2026']),
    TH: pack('TH', 'korea-only', thLines, ['kcs-2025-th']),
  },
};
const index = indexPacks(packs);
const look = (q: TariffQuery): TariffAnswer => {
  const r = lookupTariff(index, q);
  if (isTariffError(r)) throw new Error(r.error.reason);
  return r;
};

describe('Japan 6109.10-020 (T-shirts of cotton, other)', () => {
  it('2026-03-31 is JP Year 5: KCS April 2025 rates, 7.4% MFN vs 5.1% RCEP', () => {
    const a = look({ dest: 'JP', code: '6109.10-020', date: '2026-03-31' });
    expect(a.rcepYear).toBe(5);
    expect(a.mfn?.adValorem).toBe(7.4);
    expect(a.rcep).toMatchObject({ status: 'reduced', adValorem: 5.1 });
    expect(a.sources.map((s) => s.id)).toEqual(['kcs-2025-jp']);
  });
  it('2026-04-01 is JP Year 6: customs tariff 2026 rates, 4.6% RCEP', () => {
    const a = look({ dest: 'JP', code: '610910020', date: '2026-04-01', value: 10000, currency: 'JPY' });
    expect(a.rcepYear).toBe(6);
    expect(a.rcep.adValorem).toBe(4.6);
    // saving: 10000 x (7.4% - 4.6%) = 280
    expect(a.saving?.amount).toBe(280);
    expect(a.recommendation).toBe('RCEP');
  });
  it('a date beyond the data says which year the rate belongs to', () => {
    const a = look({ dest: 'JP', code: '6109.10-020', date: '2027-06-01' });
    expect(a.rcepYear).toBe(7);
    expect(a.rcep.rate?.shownYear).toBe(6);
    expect(a.notes).toEqual(expect.arrayContaining(['rate-is-for-year-6', 'mfn-rate-is-for-year-6']));
  });
  it('a 6-digit code lists the national lines to narrow to', () => {
    const a = look({ dest: 'JP', code: '6109.10', date: '2026-07-09' });
    expect(a.line).toBeNull();
    expect(a.candidates.map((c) => c.printed)).toEqual(['6109.10-010', '6109.10-020']);
    expect(a.notes).toContain('choose-national-line');
  });
});

describe('Viet Nam 8509 (2026 = VN Year 5)', () => {
  it('85098090: RCEP 25% = MFN 25% gives no advantage; ACFTA 5% is lower', () => {
    const a = look({ dest: 'VN', code: '8509.80.90', date: '2026-01-01', value: 1000, currency: 'USD' });
    expect(a.rcepYear).toBe(5);
    expect(a.rcep.status).toBe('no-reduction');
    expect(a.notes).toEqual(expect.arrayContaining(['rcep-no-advantage', 'acfta-lower', 'acfta-own-origin-rules']));
    expect(a.recommendation).toBe('ACFTA');
    expect(a.other[0]).toMatchObject({
      agreement: 'ACFTA',
      loaded: true,
      proof: 'form-e',
      duty: { kind: 'amount', amount: 50 },
    }); // 1000 x 5%
    expect(a.saving?.amount).toBe(0);
  });
  it('85099010: RCEP free against MFN 3%', () => {
    expect(look({ dest: 'VN', code: '85099010', date: '2026-05-01' }).rcep.status).toBe('free');
  });
  it('85099090: the csv has -1, the official schedule has Year 5 = 3.5%', () => {
    const a = look({ dest: 'VN', code: '85099090', date: '2026-05-01' });
    expect(a.rcep).toMatchObject({ status: 'reduced', adValorem: 3.5 });
    expect(a.notes).toContain('rate-from-annex1-schedule');
    expect(a.path?.map((p) => p.adValorem)).toEqual([6.3, 5.6, 4.9, 4.2, 3.5, 2.8, 2.1, 1.4, 0.7, 0]);
    expect(a.path?.find((p) => p.current)?.rcepYear).toBe(5);
  });
  it('2025-12-31 is VN Year 4 (4.2% from the schedule, shown as Year 4)', () => {
    const a = look({ dest: 'VN', code: '85099090', date: '2025-12-31' });
    expect(a.rcepYear).toBe(4);
    expect(a.rcep.adValorem).toBe(4.2);
  });
});

describe('Thailand 8509.90.10: Unbound for China', () => {
  it('is excluded for China; the Korean rate is reference only', () => {
    const a = look({ dest: 'TH', code: '85099010', date: '2025-06-01' });
    expect(a.rcep.status).toBe('excluded');
    expect(a.referenceOnly).toEqual([{ partner: 'KR', rate: expect.objectContaining({ adValorem: 24 }) }]);
    expect(a.notes).toEqual(expect.arrayContaining(['excluded-for-china', 'reference-rate-not-for-china']));
  });
});

describe('bad input', () => {
  it.each([
    [{ dest: 'XX', code: '8509', date: '2026-01-01' }, 'unknown-destination'],
    [{ dest: 'CN', code: '8509', date: '2026-01-01' }, 'unknown-destination'],
    [{ dest: 'JP', code: 'abc', date: '2026-01-01' }, 'not-a-code'],
    [{ dest: 'JP', code: '8509', date: '2026-13-01' }, 'bad-date'],
    [{ dest: 'JP', code: '8509', date: '2026-01-01', value: -1 }, 'bad-value'],
  ])('%j -> %s', (q, reason) => {
    const r = lookupTariff(index, q as TariffQuery);
    expect(isTariffError(r) && r.error.reason).toBe(reason);
  });
});

import { indexPacks, type EnginePacks } from '../engine-packs';
import type { RateExpr, TariffLine, TariffPack } from '../schemas';
import { OFFICIAL_SCHEDULES } from '../tariff/official-sources';
import { summariseBriefing } from './summarise-briefing';
import type { BriefingSummary } from './types';

// SYNTHETIC: every line, rate and name below is written by this test as input (not real tariff figures).
// JP counts RCEP years from 1 April: 2026-11-24 is RCEP Year 6 (Annex I General Notes).
const F: RateExpr = { kind: 'free' };
const av = (pct: number): RateExpr => (pct === 0 ? F : { kind: 'adValorem', pct });
const e = (rate: RateExpr, rcepYear = 6) => ({ rate, rcepYear, asOf: '2026-07-09', src: 'synthetic-jp' });
const line = (code: string, mfn: RateExpr | null, rcep: RateExpr | null, rcepYear = 6): TariffLine => ({
  code,
  hsVersion: '2022',
  desc: `synthetic ${code}`,
  mfn: mfn ? [e(mfn)] : [],
  rcep: rcep ? [e(rcep, rcepYear)] : [],
});
const LINES = [
  line('850940000', av(5), F), // free, cut 5
  line('850980000', av(10), av(4)), // reduced, cut 6
  line('850990000', F, F), // free, MFN already free, no cut
  line('851610000', av(5), av(5)), // no reduction
  line('851620000', av(5), { kind: 'notConceded' }), // excluded
  line('851630000', av(5), null), // not in data
  line('851640000', { kind: 'specific', amount: 10, currency: 'JPY', unit: 'kg' }, av(2)), // reduced, not comparable
  line('610910000', av(10.9), av(5.4), 5), // reduced, figure of Year 5 only
];
const pack = (dest: 'JP' | 'TH', chinaColumn: TariffPack['chinaColumn'], lines: TariffLine[]): TariffPack => ({
  _generated: 'synthetic',
  dest,
  chinaColumn,
  sources: [
    { id: 'synthetic-jp', title: 'SYNTHETIC', file: 'none', sha256: '0'.repeat(64), asOf: '2026', publisher: 't' },
  ],
  lines,
  quarantine: [],
});
const packs: EnginePacks = {
  hs: {
    _generated: '',
    sources: [],
    sections: [],
    versions: {
      '2022': [
        { code: '85', en: 'Electrical machinery', zh: '电机' },
        { code: '8509', en: 'Domestic appliances', zh: '家用电动器具' },
        { code: '8516', en: 'Electric heaters' },
        { code: '8517', en: 'Telephone sets' },
        { code: '61', en: 'Knitted apparel' },
        { code: '6109', en: 'T-shirts' },
      ],
      '2017': [],
      '2012': [],
    },
    correlation: { '2022-2012': [], '2022-2017': [] },
    synonyms: [],
    quarantine: [],
  },
  psr: { _generated: '', sources: [], rows: [], quarantine: [] },
  annex1: { _generated: '', sources: [], lines: [], quarantine: [] },
  tariffs: { JP: pack('JP', 'china-specific', LINES), TH: pack('TH', 'korea-only', [line('851610000', av(5), null)]) },
};
const index = indexPacks(packs);
const run = (q: Partial<Parameters<typeof summariseBriefing>[1]>) =>
  summariseBriefing(index, {
    dest: 'JP',
    chapters: { from: '85', to: '85' },
    date: '2026-11-24',
    ...q,
  } as Parameters<typeof summariseBriefing>[1]) as BriefingSummary;

describe('summariseBriefing', () => {
  it('counts each status per heading as the tariff lookup answers it', () => {
    const r = run({});
    expect(r.rcepYear).toBe(6);
    expect(r.groups.map((g) => [g.code, g.en, g.zh, g.counts.lines])).toEqual([
      ['8509', 'Domestic appliances', '家用电动器具', 3],
      ['8516', 'Electric heaters', null, 4],
      ['8517', 'Telephone sets', null, 0], // in the nomenclature, no line in the data: an honest 0
    ]);
    expect(r.groups[1].counts).toEqual({
      lines: 4,
      free: 0,
      reduced: 1,
      noReduction: 1,
      excluded: 1,
      notInData: 1,
      mfnFree: 0,
      rateForOtherYear: 0,
      cutNotComparable: 1,
    });
    expect(r.total.counts).toMatchObject({ lines: 7, free: 2, reduced: 2, mfnFree: 1, notInData: 1 });
    expect(r.total.topCuts.map((c) => [c.code, c.mfn, c.rcep, c.cut])).toEqual([
      ['850980000', 10, 4, 6],
      ['850940000', 5, 0, 5],
    ]);
    expect(r.sources.map((s) => s.id)).toEqual(['synthetic-jp']);
    // a line not in the data: the official schedule to consult
    expect(r.officialSources).toEqual(OFFICIAL_SCHEDULES.JP);
    expect(r.working.linesLookedUp).toBe(7);
  });

  it('groups by chapter over a range and says when a figure is for another RCEP year', () => {
    const r = run({ chapters: { from: '61', to: '85' }, by: 'chapter' });
    expect(r.groups.map((g) => [g.code, g.counts.lines])).toEqual([
      ['61', 1],
      ['85', 7],
    ]);
    expect(r.groups[0].counts.rateForOtherYear).toBe(1);
    expect(r.groups[0].topCuts[0]).toMatchObject({ code: '610910000', cut: 5.5, rcepShownYear: 5 });
    expect(r.notes).toContain('rate-is-for-year-5');
  });

  it('keeps only the asked number of top cuts', () => {
    const r = run({ topPerGroup: 1, topTotal: 1 });
    expect(r.groups[0].topCuts.map((c) => c.code)).toEqual(['850980000']);
    expect(r.total.topCuts).toHaveLength(1);
  });

  it('shows a destination without tariff data as a gap with the official schedule', () => {
    const r = run({ dest: 'KR' });
    expect(r.total.counts.lines).toBe(0);
    expect(r.groups).toEqual([]);
    expect(r.chinaColumn).toBeNull();
    expect(r.notes).toContain('no-tariff-data-for-destination');
    expect(r.officialSources).toEqual(OFFICIAL_SCHEDULES.KR);
  });

  it('says when the data has no RCEP column for China', () => {
    const r = run({ dest: 'TH' });
    expect(r.chinaColumn).toBe('korea-only');
    expect(r.total.counts).toMatchObject({ lines: 1, notInData: 1 });
    expect(r.notes).toContain('rcep-for-china-not-in-data');
    expect(r.officialSources).toEqual(OFFICIAL_SCHEDULES.TH);
  });

  it('before entry into force there is no RCEP year', () => {
    expect(run({ date: '2021-06-01' }).rcepYear).toBeNull();
    expect(run({ date: '2021-06-01' }).notes).toContain('before-entry-into-force');
  });

  it.each([
    [{ dest: 'CN' }, 'unknown-destination'],
    [{ dest: 'XX' }, 'unknown-destination'],
    [{ date: '2026-02-30' }, 'bad-date'],
    [{ chapters: { from: '85', to: '84' } }, 'chapters-reversed'],
    [{ chapters: { from: '98', to: '99' } }, 'chapters-not-hs'],
  ])('refuses %j with %s', (q, reason) => {
    expect(run(q as never)).toMatchObject({ error: { reason } });
  });
});

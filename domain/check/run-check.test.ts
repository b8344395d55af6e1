import { indexPacks, type EnginePacks } from '../engine-packs';
import type { TariffPack } from '../schemas';
import { runCheck } from './run-check';
import type { CheckInput, CheckResult } from './types';

// vn/vn_tariff_2026_mfn_acfta_rcep.csv row 8872: 85098090 MFN 25, ACFTA 5, RCEP 25 (2026 = VN Year 5);
// psr/rcep-psr-hs2022-ko-with-en-codes.csv row 1841: 8509.80 "CTSH or RVC40".
const e = (pct: number) => ({
  rate: { kind: 'adValorem', pct } as const,
  rcepYear: 5,
  asOf: '2026',
  src: 'vn-2026',
  row: '8872',
});
const vn: TariffPack = {
  _generated: 't',
  dest: 'VN',
  chinaColumn: 'china-specific',
  sources: [],
  quarantine: [],
  lines: [
    { code: '85098090', hsVersion: '2022', desc: 'Other', mfn: [e(25)], rcep: [e(25)], other: { ACFTA: [e(5)] } },
    // row 8873: 85099010 MFN 3, ACFTA 0, RCEP 0
    {
      code: '85099010',
      hsVersion: '2022',
      desc: 'Of goods of subheading 8509.80.10',
      mfn: [e(3)],
      rcep: [e(0)],
      other: { ACFTA: [e(0)] },
    },
  ],
};
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
  psr: {
    _generated: '',
    sources: [],
    quarantine: [],
    rows: [
      {
        unit: '850980',
        hsVersion: '2022',
        rule: { kind: 'or', rules: [{ kind: 'CTSH' }, { kind: 'RVC', threshold: 40 }] },
        src: 'psr',
        row: '1841',
      },
    ],
  },
  annex1: { _generated: '', sources: [], lines: [], quarantine: [] },
  tariffs: { VN: vn },
};
const index = indexPacks(packs);
const base: CheckInput = {
  code: '8509.80.90',
  dest: 'VN',
  date: '2026-03-01',
  value: 1000,
  currency: 'USD',
  origin: { mode: 'quick', share: 60, wholly: false },
};

describe('runCheck', () => {
  it('combines tariff, origin and proof', () => {
    const r = runCheck(index, base) as CheckResult;
    expect(r.tariff.rcep.status).toBe('no-reduction');
    expect(r.origin?.verdict).toBe('originating');
    expect(r.origin?.rule?.unit).toBe('850980');
    expect(r.proof.options.length).toBeGreaterThan(0);
  });
  it('a bill of materials: 40 of non-originating materials on FOB 100 gives build-down 60%', () => {
    const bom = {
      hs: '8509.80',
      fob: 100,
      materials: [
        { hs: '8501.40', origin: 'US', value: 30 },
        { hs: '8509.90', origin: 'DE', value: 10 },
      ],
    };
    const r = runCheck(index, { ...base, origin: { mode: 'bom', bom } }) as CheckResult;
    expect(r.origin?.rvc?.buildDown).toBe(60);
    expect(r.origin?.verdict).toBe('originating');
  });
  it('returns typed errors', () => {
    expect(runCheck(index, { ...base, dest: 'XX' as never })).toEqual({
      error: { reason: 'unknown-destination', field: 'dest' },
    });
    expect(runCheck(index, { ...base, origin: { mode: 'quick', share: 120, wholly: false } })).toMatchObject({
      error: { reason: 'share-out-of-range' },
    });
    expect(runCheck(index, { ...base, origin: { mode: 'x' } as never })).toMatchObject({
      error: { reason: 'bad-origin-mode' },
    });
  });
  it('a heading with several national lines cannot be checked for origin', () => {
    const r = runCheck(index, { ...base, code: '8509' }) as CheckResult;
    expect(r.origin).toBeNull();
    expect(r.notes).toContain('origin-needs-subheading');
  });
});

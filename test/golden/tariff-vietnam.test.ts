/**
 * Viet Nam, read from the real packs (data/packs/tariff-vn.json). Expected values typed from the raw mirror:
 * vn/vn_tariff_2026_mfn_acfta_rcep.csv (columns hs8, mfn, acfta, rcep; 2026 = VN RCEP Year 5),
 * kcs/kcs-2025-vn.csv (2025 = Year 4) and rcep-extracts/rcep-annex1-hs8509-extracts.csv.
 * VN years are calendar years: 2025-12-31 is Year 4, 2026-01-01 is Year 5.
 */
import { indexPacks } from '../../domain/engine-packs';
import { isTariffError, lookupTariff } from '../../domain/tariff/lookup-tariff';
import type { TariffAnswer, TariffQuery } from '../../domain/tariff/types';
import { loadPacks } from '../../scripts/cli/load-packs';

const { packs } = loadPacks({ dests: ['VN', 'TH'], psr: false });
const index = indexPacks(packs);
const look = (q: TariffQuery): TariffAnswer => {
  const r = lookupTariff(index, q);
  if (isTariffError(r)) throw new Error(r.error.reason);
  return r;
};

describe('VN 2026 (Year 5)', () => {
  // vn csv row 8872: 85098090 mfn 25.0, acfta 5.0, rcep 25.0
  it('85098090: RCEP 25% = MFN 25%: no advantage; ACFTA 5% is lower', () => {
    const a = look({ dest: 'VN', code: '8509.80.90', date: '2026-01-01', value: 1000, currency: 'USD' });
    expect(a.rcepYear).toBe(5);
    expect(a.mfn?.adValorem).toBe(25);
    expect(a.rcep).toMatchObject({ status: 'no-reduction', adValorem: 25 });
    expect(a.other).toEqual([
      expect.objectContaining({
        agreement: 'ACFTA',
        rate: expect.objectContaining({ adValorem: 5 }),
        duty: expect.objectContaining({ amount: 50 }),
      }),
    ]);
    expect(a.recommendation).toBe('ACFTA');
    expect(a.notes).toEqual(expect.arrayContaining(['rcep-no-advantage', 'acfta-own-origin-rules']));
  });
  // vn csv row 8873: 85099010 mfn 3.0, rcep 0.0
  it('85099010: RCEP free against MFN 3%', () => {
    expect(look({ dest: 'VN', code: '85099010', date: '2026-06-01' }).rcep.status).toBe('free');
  });
  // vn csv row 9689: 87032141 go-karts mfn 70.0, acfta 0.0, rcep 35.0; kcs-2025-vn row 14974 RCEP_CHN 42%
  it('87032141: 35% in 2026 (Year 5), 42% on 2025-12-31 (Year 4)', () => {
    const y5 = look({ dest: 'VN', code: '87032141', date: '2026-01-01', value: 10000, currency: 'USD' });
    expect(y5.rcep).toMatchObject({ status: 'reduced', adValorem: 35 });
    expect(y5.saving?.amount).toBe(3500); // 10000 x (70% - 35%)
    expect(y5.recommendation).toBe('ACFTA'); // ACFTA 0.0
    const y4 = look({ dest: 'VN', code: '87032141', date: '2025-12-31' });
    expect(y4.rcepYear).toBe(4);
    expect(y4.rcep.adValorem).toBe(42);
  });
  // vn csv row 8874: 85099090 rcep -1 (missing); Annex I VN-for-CN 8509.90.90 "7|6.3|5.6|4.9|4.2|3.5|..." -> Year 5 = 3.5
  it('85099090: the 2026 csv has no RCEP value; the official schedule gives Year 5 = 3.5%', () => {
    const a = look({ dest: 'VN', code: '85099090', date: '2026-06-01' });
    expect(a.rcep).toMatchObject({ status: 'reduced', adValorem: 3.5 });
    expect(a.notes).toContain('rate-from-annex1-schedule');
    expect(a.path?.slice(0, 5).map((p) => p.adValorem)).toEqual([6.3, 5.6, 4.9, 4.2, 3.5]);
  });
  // vn csv row 9691: 87032143 ambulances mfn 15, acfta 50, rcep 15
  it('87032143: RCEP = MFN 15%, ACFTA 50% is higher: MFN recommended', () => {
    const a = look({ dest: 'VN', code: '87032143', date: '2026-03-01' });
    expect(a.rcep.status).toBe('no-reduction');
    expect(a.recommendation).toBe('MFN');
  });
});

describe('TH 8509.90.10 (Unbound for China)', () => {
  // kcs-2025-th.csv row 15093: 85099010 base 10%, RECP (rate for Korean goods) 24%;
  // Annex I TH 8509.90.10 remark 'Unbound for China'
  it('is excluded for China; the Korean rate is reference only', () => {
    const a = look({ dest: 'TH', code: '8509.90.10', date: '2025-06-01' });
    expect(a.rcep.status).toBe('excluded');
    expect(a.mfn?.adValorem).toBe(10);
    expect(a.referenceOnly.map((r) => r.rate.adValorem)).toEqual([24]);
  });
});

describe('KR when its tariff pack is not loaded (this index holds VN and TH only): answered from Annex I where the extracts cover the code', () => {
  // extracts: KR (for CN) 8509.80.10.00 "8.0%|7.2%|6.4%|5.6%|4.8%|4.0%|..." -> 2026 = KR Year 5 = 4.0%
  it('8509.80.10 in 2026 = 4.0%; other codes are not in data with the official schedule to consult', () => {
    const a = look({ dest: 'KR', code: '8509.80.10', date: '2026-06-01' });
    expect(a.rcepYear).toBe(5);
    expect(a.rcep.adValorem).toBe(4);
    expect(a.mfn).toBeNull();
    const b = look({ dest: 'KR', code: '6109.10', date: '2026-06-01' });
    expect(b.rcep.status).toBe('not-in-data');
    expect(b.officialSources[0].url).toMatch(/16 Schedules - KR for CN\.pdf$/);
  });
});

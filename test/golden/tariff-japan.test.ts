/**
 * Japan, read from the real packs (data/packs/tariff-jp.json). Expected values are typed from the raw mirror:
 * jp/j_NN_tariff_data.json (Japan Customs tariff of 2026-07-09 = JP RCEP Year 6) and kcs/kcs-2025-jp.csv
 * (April 2025 edition = JP Year 5). JP years run 1 April - 31 March (Annex I General Notes), so
 * 2026-03-31 is Year 5 and 2026-04-01 is Year 6.
 */
import { indexPacks } from '../../domain/engine-packs';
import { isTariffError, lookupTariff } from '../../domain/tariff/lookup-tariff';
import type { TariffAnswer, TariffQuery } from '../../domain/tariff/types';
import { loadPacks } from '../../scripts/cli/load-packs';

const { packs } = loadPacks({ dests: ['JP'], psr: false });
const index = indexPacks(packs);
const look = (q: Omit<TariffQuery, 'dest'>): TariffAnswer => {
  const r = lookupTariff(index, { dest: 'JP', ...q });
  if (isTariffError(r)) throw new Error(r.error.reason);
  return r;
};

describe('JP 6109.10-020 T-shirts of cotton, other', () => {
  // j_61: 基本 11.2%, WTO協定 7.4% (applied: lower than the general rate), EPA_RCEP_中国 4.6%
  it('2026-04-01 = Year 6: MFN 7.4%, RCEP 4.6%', () => {
    const a = look({ code: '6109.10-020', date: '2026-04-01' });
    expect(a.rcepYear).toBe(6);
    expect(a.mfn?.adValorem).toBe(7.4);
    expect(a.rcep).toMatchObject({ status: 'reduced', adValorem: 4.6 });
    expect(a.sources.map((s) => s.id)).toContain('jp-customs-2026-61');
  });
  // kcs-2025-jp.csv row 10272: WTO협정 7.4%, RCEP중국 5.1%
  it('2026-03-31 = Year 5: RCEP 5.1% from the KCS April 2025 table', () => {
    const a = look({ code: '610910020', date: '2026-03-31' });
    expect(a.rcepYear).toBe(5);
    expect(a.rcep.adValorem).toBe(5.1);
    expect([a.mfn?.src, a.rcep.rate?.src]).toEqual(['kcs-2025-jp', 'kcs-2025-jp']);
  });
  it('saving on 100,000 JPY in Year 6: 100000 x (7.4% - 4.6%) = 2,800 JPY', () => {
    expect(look({ code: '6109.10-020', date: '2026-07-09', value: 100000, currency: 'JPY' }).saving?.amount).toBe(2800);
  });
  it('2028-01-01 (Year 7) is beyond the data: shows Year 6 and says so', () => {
    const a = look({ code: '6109.10-020', date: '2028-01-01' });
    expect(a.rcepYear).toBe(7);
    expect(a.rcep.rate?.shownYear).toBe(6);
    expect(a.notes).toContain('rate-is-for-year-6');
  });
  it('6109.10 lists its national lines', () => {
    expect(look({ code: '6109.10', date: '2026-07-09' }).candidates.map((c) => c.printed)).toEqual([
      '6109.10-010',
      '6109.10-020',
    ]);
  });
});

describe('JP special rate forms', () => {
  // j_64 6402.91-000: WTO "トーキャップを有するもの 6.7% / その他 8%", RCEP 中国 "トーキャップ 4.8% / その他 5.7%"
  it('6402.91-000 toe caps: conditional, both cases shown', () => {
    const a = look({ code: '6402.91-000', date: '2026-07-09' });
    expect(a.rcep.status).toBe('reduced');
    expect(a.rcep.conditions?.map((c) => c.adValorem)).toEqual([4.8, 5.7]);
  });
  // j_64 6403.12-090: 基本 30%, WTO (30%), EPA_RCEP_中国 blank = not conceded
  it('6403.12-090: not conceded for China, MFN 30% applies', () => {
    const a = look({ code: '6403.12-090', date: '2026-07-09' });
    expect(a.rcep.status).toBe('excluded');
    expect(a.mfn?.adValorem).toBe(30);
  });
  // j_64 6403.20-012: WTO "30%又は4,300円/足のうちいずれか高い税率", RCEP 中国 17.1%
  it('6403.20-012: whichever-higher MFN; 10 pairs worth 100,000 JPY: MFN max(30000, 43000) = 43000, RCEP 17100', () => {
    const a = look({ code: '6403.20-012', date: '2026-07-09', value: 100000, currency: 'JPY', quantity: 10 });
    expect(a.rcep).toMatchObject({ status: 'reduced', adValorem: 17.1 });
    expect(a.saving).toMatchObject({ amount: 25900, mfnDuty: { amount: 43000 }, rcepDuty: { amount: 17100 } });
    expect(look({ code: '6403.20-012', date: '2026-07-09', value: 100000, currency: 'JPY' }).saving?.mfnDuty).toEqual({
      kind: 'needs-quantity',
      unit: 'pair',
    });
  });
  // j_08 0805.10-000 oranges: WTO 16% (1 June-30 Nov) / 32% (1 Dec-31 May), RCEP 中国 blank
  it('0805.10-000 oranges: seasonal MFN, not conceded for China', () => {
    const a = look({ code: '0805.10-000', date: '2026-07-09' });
    expect(a.mfn?.expr.kind).toBe('conditional');
    expect(a.rcep.status).toBe('excluded');
  });
  // j_85 8509.80-000: 基本 無税, RCEP 中国 無税
  it('8509.80-000: free under both; RCEP gives no advantage', () => {
    const a = look({ code: '8509.80', date: '2026-07-09' });
    expect(a.rcep.status).toBe('free');
    expect(a.notes).toEqual(expect.arrayContaining(['mfn-already-free', 'rcep-no-advantage']));
  });
});

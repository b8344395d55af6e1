/**
 * Australia, read from the real pack (data/packs/tariff-au.json). Expected values typed from the raw
 * mirror: kcs/kcs-2025-au.xlsx row 6529 (6211339004 "--- Other", 기본세율 5%, RCEP "5% From 1 January
 * 2026: 4% From 1 January 2028: 2% From 1 January 2031: Free."). AU counts RCEP years by calendar year.
 */
import { indexPacks } from '../../domain/engine-packs';
import { isTariffError, lookupTariff } from '../../domain/tariff/lookup-tariff';
import type { TariffAnswer, TariffQuery } from '../../domain/tariff/types';
import { loadPacks } from '../../scripts/cli/load-packs';

const { packs } = loadPacks({ dests: ['AU'], psr: false });
const index = indexPacks(packs);
const look = (q: Omit<TariffQuery, 'dest'>): TariffAnswer => {
  const r = lookupTariff(index, { dest: 'AU', ...q });
  if (isTariffError(r)) throw new Error(r.error.reason);
  return r;
};

describe('AU 6211.33.90.04 (phase-down text with a closing full stop)', () => {
  it('2025-06-01 (Year 4): RCEP 5 %, as the cell prints until 2026', () => {
    const a = look({ code: '6211.33.90.04', origin: 'CN', date: '2025-06-01' });
    expect(a.rcepYear).toBe(4);
    expect(a.rcep).toMatchObject({ adValorem: 5, rate: { src: 'kcs-2025-au', row: '6529' } });
    expect(a.mfn?.adValorem).toBe(5);
  });
  it('2026-06-01 (Year 5): 4 % from the path ("From 1 January 2026: 4%")', () => {
    const a = look({ code: '6211339004', date: '2026-06-01' });
    expect(a.rcep.adValorem).toBe(4);
    expect(a.notes).toContain('rate-from-schedule-path');
  });
  it('names ChAFTA, whose rates are not in the data, with the MOFCOM portal', () => {
    const a = look({ code: '6211339004', date: '2025-06-01' });
    expect(a.other).toEqual([
      expect.objectContaining({
        agreement: 'ChAFTA',
        loaded: false,
        rate: null,
        missing: 'rates-not-in-data',
        source: 'mofcom-fta-network',
      }),
    ]);
    expect(a.other[0]!.portal.url).toBe('https://fta.mofcom.gov.cn/');
    expect(a.sources.map((s) => s.id)).toContain('mofcom-fta-network');
    expect(a.notes).toContain('other-agreement-rates-not-in-data');
  });
});

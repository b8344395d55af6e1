/**
 * Every agreement China has with the destination besides RCEP (domain/tariff/agreements.ts), read from
 * the real packs. Rates typed from the raw mirror: vn/vn_tariff_2026_mfn_acfta_rcep.csv row 8872
 * (85098090 mfn 25.0, acfta 5.0, rcep 25.0).
 */
import { indexPacks } from '../../domain/engine-packs';
import { isTariffError, lookupTariff } from '../../domain/tariff/lookup-tariff';
import type { TariffAnswer, TariffQuery } from '../../domain/tariff/types';
import { loadPacks } from '../../scripts/cli/load-packs';

const { packs } = loadPacks({ dests: ['JP', 'SG', 'KH', 'VN', 'NZ', 'TH'], psr: false });
const index = indexPacks(packs);
const look = (q: TariffQuery): TariffAnswer => {
  const r = lookupTariff(index, q);
  if (isTariffError(r)) throw new Error(r.error.reason);
  return r;
};
const names = (a: TariffAnswer) => a.other.map((o) => `${o.agreement}:${o.loaded ? 'loaded' : o.missing}`);

it('Japan: no agreement with China besides RCEP, and the answer says so', () => {
  const a = look({ dest: 'JP', code: '6109.10-020', date: '2026-11-24' });
  expect(a.other).toEqual([]);
  expect(a.notes).toContain('no-other-agreement-with-china');
});

it('Viet Nam: ACFTA loaded (Form E) and recommended where it is lower', () => {
  const a = look({ dest: 'VN', code: '8509.80.90', date: '2026-01-01' });
  expect(a.other).toEqual([
    expect.objectContaining({
      agreement: 'ACFTA',
      loaded: true,
      proof: 'form-e',
      source: 'vn-tariff-2026',
      rate: expect.objectContaining({ adValorem: 5 }),
    }),
  ]);
  expect(a.recommendation).toBe('ACFTA');
  expect(a.notes).not.toContain('other-agreement-rates-not-in-data');
});

it('Singapore and Cambodia: ACFTA and the bilateral agreement, neither with rates in the data', () => {
  expect(names(look({ dest: 'SG', code: '8509.80', date: '2025-06-01' }))).toEqual([
    'ACFTA:rates-not-in-data',
    'CSFTA:rates-not-in-data',
  ]);
  expect(names(look({ dest: 'KH', code: '8509.80', date: '2025-06-01' }))).toEqual([
    'ACFTA:rates-not-in-data',
    'CCFTA:rates-not-in-data',
  ]);
});

it('New Zealand and Thailand: NZCFTA / ACFTA named with the portal; the recommendation ignores them', () => {
  const nz = look({ dest: 'NZ', code: '8509.80', date: '2025-06-01' });
  expect(names(nz)).toEqual(['NZCFTA:rates-not-in-data']);
  expect(nz.other[0]).toMatchObject({
    rate: null,
    portal: { url: 'https://fta.mofcom.gov.cn/' },
    proof: 'certificate-of-origin',
  });
  expect(['RCEP', 'MFN', null]).toContain(nz.recommendation);
  const th = look({ dest: 'TH', code: '8509.80', date: '2025-06-01' });
  expect(names(th)).toEqual(['ACFTA:rates-not-in-data']);
  expect(th.other[0]).toMatchObject({ proof: 'form-e' });
});

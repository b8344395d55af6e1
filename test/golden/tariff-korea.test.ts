/**
 * Korea, read from the real pack (data/packs/tariff-kr.json). Expected values typed from the raw mirror:
 * kr/kr-tariff-2026.tsv (no header; row = line number; columns code, A, C, FCN1, FRCCN1, u, x, e; 2026 =
 * KR RCEP Year 5, Korea counts RCEP years from 1 January) and rcep-extracts/rcep-annex1-hs8509-extracts.csv.
 */
import { indexPacks } from '../../domain/engine-packs';
import { isTariffError, lookupTariff } from '../../domain/tariff/lookup-tariff';
import type { TariffAnswer, TariffQuery } from '../../domain/tariff/types';
import { loadPacks } from '../../scripts/cli/load-packs';

const { packs } = loadPacks({ dests: ['KR'], psr: false });
const index = indexPacks(packs);
const look = (q: Omit<TariffQuery, 'dest'>): TariffAnswer => {
  const r = lookupTariff(index, { dest: 'KR', ...q });
  if (isTariffError(r)) throw new Error(r.error.reason);
  return r;
};
const kr = packs.tariffs.KR!;
const line = (code: string) => kr.lines.find((l) => l.code === code)!;

describe('KR 2026 (Year 5) against the official Annex I rows for HS 8509', () => {
  // tsv row 9444: 8509801000 A 8.0 C 16.0 FCN1 0.0 FRCCN1 4.0 "Coffee grinders"
  // extracts line 8: KR (for CN) 8509.80.10.00 "8.0%|7.2%|6.4%|5.6%|4.8%|4.0%|..." -> base 8, Year 5 = 4.0%
  it('8509.80.10.00 on 2026-06-01: RCEP 4 %, the Annex I Year 5 figure; MFN 8 % (A, lower than C 16)', () => {
    const a = look({ code: '8509.80.10.00', origin: 'CN', date: '2026-06-01' });
    expect(a.rcepYear).toBe(5);
    expect(a.line?.code).toBe('8509801000');
    expect(a.rcep).toMatchObject({
      status: 'reduced',
      adValorem: 4,
      rate: { src: 'kr-tariff-2026', row: '9444', shownYear: 5 },
    });
    expect(a.mfn).toMatchObject({ adValorem: 8, src: 'kr-tariff-2026', row: '9444' });
    // the Annex I path agrees with the national figure in Year 5
    expect(a.path?.find((p) => p.rcepYear === 5)).toMatchObject({ adValorem: 4, current: true });
    expect(a.path?.[0]).toMatchObject({ rcepYear: 1, adValorem: 7.2 });
    expect(a.notes).toContain('mfn-without-adjustment-quota-end-use-rates');
  });
  // tsv row 9448: 8509809000 A 8.0 C 16.0 FCN1 0.0 FRCCN1 0.0; extracts line 9: 8509.80.90.00 "8.0%|0.0%|..." (free from Year 1)
  it('8509.80.90.00: RCEP free, as the Annex I row from Year 1', () => {
    const a = look({ code: '8509.80.90.00', date: '2026-06-01' });
    expect(a.rcep).toMatchObject({ status: 'free', adValorem: 0 });
    expect(a.path?.every((p) => p.rcepYear === 1 || p.adValorem === 0)).toBe(true);
  });
});

describe('KR: the Korea–China FTA next to RCEP, the lower recommended', () => {
  it('8509.80.10.00: CKFTA free (FCN1 0.0) is lower than RCEP 4 % -> CKFTA, with its certificate of origin', () => {
    const a = look({ code: '8509801000', date: '2026-06-01', value: 1000, currency: 'USD' });
    expect(a.other).toEqual([
      expect.objectContaining({
        agreement: 'CKFTA',
        loaded: true,
        proof: 'certificate-of-origin',
        source: 'kr-tariff-2026',
      }),
    ]);
    expect(a.other[0]!.rate).toMatchObject({ adValorem: 0, row: '9444' });
    expect(a.recommendation).toBe('CKFTA');
    expect(a.notes).toEqual(expect.arrayContaining(['ckfta-lower', 'ckfta-own-origin-rules']));
    expect(a.sources.map((s) => s.id)).toContain('kr-tariff-2026');
  });
  // tsv row 473: 0306143090 A 20.0 C 14.0 FCN1 13.8 FRCCN1 null
  it('0306143090: MFN is the WTO rate 14 % (lower than A 20); RCEP not conceded; CKFTA 13.8 % recommended', () => {
    const a = look({ code: '0306143090', date: '2026-03-01' });
    expect(a.mfn?.adValorem).toBe(14);
    expect(a.rcep.status).toBe('excluded');
    expect(a.notes).toContain('not-conceded');
    expect(a.other[0]).toMatchObject({ agreement: 'CKFTA', loaded: true, rate: { adValorem: 13.8 } });
    expect(a.recommendation).toBe('CKFTA');
  });
  // tsv row 22: 0103910000 A 18.0 C 18.0 FCN1 18.0 FRCCN1 null -> every offer 18 %: MFN, no proof needed
  it('0103910000: CKFTA equal to MFN -> MFN (no origin proof needed)', () => {
    expect(look({ code: '0103910000', date: '2026-03-01' }).recommendation).toBe('MFN');
  });
});

describe('KR quarantine (kr/README.md known defects)', () => {
  it('counts the unsafe lines by reason in the manifest', () => {
    const byReason: Record<string, number> = {};
    for (const q of kr.quarantine) byReason[q.reason] = (byReason[q.reason] ?? 0) + 1;
    // README: agreement rate above A on 345 lines, u on 105; 58 lines have both and are counted once (as u)
    expect(byReason).toEqual({ 'kr-agreement-rate-above-base': 287, 'kr-specific-duty-unit-missing': 105 });
  });
  // tsv row 1189: 1201101000 A 3.0 C null FCN1 487.0 FRCCN1 null u 1 (soya beans: a per-unit figure)
  it('a specific duty whose unit amount is missing keeps no rate', () => {
    const l = line('1201101000');
    expect(l.mfn).toEqual([]);
    expect(l.other).toBeUndefined();
    expect(l.quarantined).toEqual([{ src: 'kr-tariff-2026', reason: 'kr-specific-duty-unit-missing' }]);
    const a = look({ code: '1201101000', date: '2026-03-01' });
    expect(a.mfn).toBeNull();
    expect(a.other[0]).toMatchObject({ agreement: 'CKFTA', loaded: false, missing: 'no-rate-for-line' });
  });
  // tsv row 10: 0102291000 A 20.0 C null FCN1 40.0 FRCCN1 null (an out-of-quota figure above the basic rate)
  it('an agreement rate above A quarantines the line instead of reporting a negative saving', () => {
    expect(line('0102291000')).toMatchObject({
      mfn: [],
      rcep: [],
      quarantined: [{ reason: 'kr-agreement-rate-above-base' }],
    });
    expect(kr.quarantine).toContainEqual(
      expect.objectContaining({ row: '10', code: '0102291000', reason: 'kr-agreement-rate-above-base' }),
    );
  });
  it('has no line at all beyond the file: coverage counts', () => {
    expect(kr.lines).toHaveLength(11265);
    expect(kr.lines.filter((l) => l.rcep.some((e) => e.rate.kind !== 'notConceded')).length).toBeGreaterThan(9000);
  });
});

describe('KR outside 2026: the only year in the file', () => {
  // tsv row 2: 0101219000 A 8.0 C 13.1 FCN1 0.0 FRCCN1 4.0
  it('2027 shows the 2026 figures flagged as Year 5, never as the 2027 rate', () => {
    const a = look({ code: '0101219000', date: '2027-02-01' });
    expect(a.rcepYear).toBe(6);
    expect(a.rcep.rate).toMatchObject({ adValorem: 4, shownYear: 5 });
    expect(a.notes).toEqual(
      expect.arrayContaining(['rate-is-for-year-5', 'mfn-rate-is-for-year-5', 'ckfta-rate-is-for-year-5']),
    );
  });
  // extracts line 8: 8509.80.10.00 "8.0%|7.2%|6.4%|5.6%|4.8%|4.0%|3.2%|..." -> Year 6 = 3.2%
  it('where the official Annex I row covers the line, 2027 takes its Year 6 figure', () => {
    const a = look({ code: '8509801000', date: '2027-02-01' });
    expect(a.rcep.rate).toMatchObject({ adValorem: 3.2, shownYear: 6, src: 'rcep-annex1-extracts-8509' });
    expect(a.notes).toContain('rate-from-annex1-schedule');
  });
});

/**
 * Proof of origin options (RCEP Art. 3.16-3.22, 3.27; Annex 3B items as listed in
 * ../shared/reference/rcep/annex-3b-minimum-information.md).
 */
import type { OriginVerdict } from '../origin/types.js';
import { proofOptions } from './proof-options.js';

const rvcVerdict = {
  verdict: 'originating',
  code: '8509.80.10',
  satisfiedBy: { criterion: 'PSR', rule: { kind: 'RVC', threshold: 40 } },
} as OriginVerdict;

describe('proofOptions', () => {
  it('certificate from customs / CCPIT; no approved-exporter declaration unless approved', () => {
    const r = proofOptions({ dest: 'MY', verdict: 'originating' });
    const co = r.options.find((o) => o.id === 'certificate-of-origin');
    expect(co).toMatchObject({ available: true, issuers: ['cn-customs', 'ccpit'], articles: ['3.16.1(a)', '3.17'] });
    expect(r.options.find((o) => o.id === 'declaration-approved-exporter')?.available).toBe(false);
    expect(r.validity).toEqual({ months: 12, article: '3.16' }); // "valid for one year"
    expect(r.recordKeeping).toEqual({ years: 3, article: '3.27.1' }); // "at least a period of three years"
    expect(r.checklist.map((c) => c.ref)).toEqual([
      '3B.1(a)',
      '3B.1(b)',
      '3B.1(c)',
      '3B.1(d)',
      '3B.1(e)',
      '3B.1(f)',
      '3B.1(g)',
      '3B.1(h)',
      '3B.1(i)',
      '3B.1(j)',
      '3B.1(l)',
    ]);
  });

  it('US$200 waiver only with a known US$ customs value <= 200 (3.22.3(a))', () => {
    expect(proofOptions({ dest: 'TH', customsValueUsd: 200 }).options[0]).toMatchObject({
      id: 'no-proof-low-value',
      articles: ['3.22.3(a)'],
    });
    expect(
      proofOptions({ dest: 'TH', customsValueUsd: 200.01 }).options.some((o) => o.id === 'no-proof-low-value'),
    ).toBe(false);
    expect(proofOptions({ dest: 'TH' }).notes).toContain('low-value-waiver-needs-usd-customs-value');
  });

  it('RVC criterion adds the FOB value; approved exporter adds the declaration list with its code', () => {
    const r = proofOptions({ dest: 'JP', verdict: rvcVerdict, approvedExporter: true });
    expect(r.checklist.find((c) => c.ref === '3B.1(k)')).toMatchObject({ id: 'co-k-fob-value' });
    expect(r.checklist.find((c) => c.ref === '3B.2(j)')).toMatchObject({ id: 'do-j-fob-value' });
    expect(r.checklist.find((c) => c.ref === '3B.2(e)')).toMatchObject({ id: 'do-e-approved-exporter-code' });
    expect(r.checklist.find((c) => c.id === 'co-d-description-and-hs6')?.prefill).toBe('850980');
    expect(r.checklist.find((c) => c.id === 'co-f-origin-criterion')?.prefill).toBe('RVC40');
    expect(r.options.find((o) => o.id === 'declaration-approved-exporter')?.available).toBe(true);
    expect(r.options.find((o) => o.id === 'declaration-importer')?.available).toBe('unconfirmed');
  });

  it('back-to-back adds item (m); a non-originating good blocks the proof', () => {
    expect(proofOptions({ dest: 'VN', backToBack: true }).checklist.some((c) => c.ref === '3B.1(m)')).toBe(true);
    expect(proofOptions({ dest: 'VN', verdict: 'not-originating' }).blockedBy).toBe('not-originating');
  });
});

import { appliedMfn } from './applied-mfn.js';
import { crossCheckRcep, notRising } from './cross-check.js';

// Cells copied from the raw tree (jp/j_NN_tariff_data.json, after inheriting parent rows) and the KCS 2025 table.
describe('appliedMfn (national = 暫定 || 基本; WTO when lower; parentheses = not applied)', () => {
  test('WTO in parentheses: the general rate applies (j_61 6109.10-010: 基本 10.9%, WTO (10.9%))', () => {
    const r = appliedMfn({ general: '10.9%', wto: '(10.9%)' });
    expect(r.ok && [r.rate, r.basis]).toEqual([{ kind: 'adValorem', pct: 10.9 }, 'general']);
  });

  test('WTO lower: the WTO rate applies (j_61 6109.10-020: 基本 11.2%, WTO 7.4%)', () => {
    const r = appliedMfn({ general: '11.2%', wto: '7.4%' });
    expect(r.ok && [r.rate, r.basis]).toEqual([{ kind: 'adValorem', pct: 7.4 }, 'wto']);
  });

  test('specific rates compared per unit (j_02 0210.20-000: 基本 190円/kg, WTO 161.50円/kg)', () => {
    const r = appliedMfn({ general: '190円/kg', wto: '161.50円/kg' });
    expect(r.ok && r.rate).toEqual({ kind: 'specific', amount: 161.5, currency: 'JPY', unit: 'kg' });
  });

  test('temporary rate replaces the general one (j_02 0203.11-040: 基本 (5%) inherited, 暫定 4.3%, WTO (4.3%))', () => {
    const r = appliedMfn({ general: '(5%)', temporary: '4.3%', wto: '(4.3%)' });
    expect(r.ok && [r.rate, r.basis]).toEqual([{ kind: 'adValorem', pct: 4.3 }, 'temporary']);
  });

  test('WTO not comparable: the schedule marking decides (j_52 5208.11-010: 基本 higher-of, WTO 5.6%)', () => {
    const r = appliedMfn({ general: '5.6%又は4.4%＋1.52円/㎡のうちいずれか高い税率', wto: '5.6%' });
    expect(r.ok && [r.rate, r.basis]).toEqual([{ kind: 'adValorem', pct: 5.6 }, 'wto']);
  });

  test('conditional WTO rate, per case (j_64 6402.91-000: 基本 20%, WTO toe-cap 6.7% / other 8%)', () => {
    const r = appliedMfn({ general: '20%', wto: '保護用の金属製トーキャップを有するもの 6.7%\n\nその他のもの 8%' });
    expect(r.ok && r.rate).toEqual({
      kind: 'conditional',
      cases: [
        { when: { ja: '保護用の金属製トーキャップを有するもの' }, rate: { kind: 'adValorem', pct: 6.7 } },
        { when: { ja: 'その他のもの' }, rate: { kind: 'adValorem', pct: 8 } },
      ],
    });
  });

  test('marked and value-dependent rates are quarantined (j_22 2207.10-121 基本 "◎無税"; j_07 0703.10-012 基本)', () => {
    expect(appliedMfn({ general: '◎無税' })).toMatchObject({ ok: false, reason: 'jp-mfn-general-marked' });
    expect(appliedMfn({ general: '(73.70円−課税価格)/kg' })).toMatchObject({
      ok: false,
      reason: 'jp-mfn-general-value-dependent',
    });
  });
});

describe('cross-check Year 5 (KCS 2025) against Year 6 (customs 2026)', () => {
  const pct = (p: number) => ({ kind: 'adValorem' as const, pct: p });
  test('a lower Year 6 rate is one year of staging (6109.10-010: KCS 7.5% -> 6.8%)', () => {
    expect(crossCheckRcep({ kind: 'rate', rate: pct(7.5) }, { kind: 'rate', rate: pct(6.8) })).toBeUndefined();
  });
  test('a rising rate, a blank on one side, a different shape: quarantine reasons', () => {
    expect(crossCheckRcep({ kind: 'rate', rate: pct(5) }, { kind: 'rate', rate: pct(6) })).toBe('jp-kcs-rcep-rises');
    expect(crossCheckRcep({ kind: 'blank' }, { kind: 'rate', rate: pct(6) })).toBe('jp-kcs-rcep-presence-disagree');
    expect(
      notRising(
        {
          kind: 'conditional',
          cases: [
            { when: {}, rate: pct(1) },
            { when: {}, rate: pct(1) },
          ],
        },
        pct(1),
      ),
    ).toBe('jp-kcs-rcep-shape-differs');
  });
  test('both blank agree; a code absent from KCS is a gap, not a disagreement', () => {
    expect(crossCheckRcep({ kind: 'blank' }, { kind: 'blank' })).toBeUndefined();
    expect(crossCheckRcep(undefined, { kind: 'rate', rate: pct(1) })).toBeUndefined();
  });
});

/**
 * Golden: regional value content (RCEP Art. 3.5) worked by hand.
 * Rules are typed from the Korean statute (raw mirror psr/rcep-psr-hs2022-ko.tsv, "line N"):
 *   line 1840  8509.80  "6단위 세번변경기준 또는 … 40퍼 센트 이상일 것"  = CTSH or RVC40
 *   line 1841  8509.90  "4단위 세번변경기준 또는 … 40퍼 센트 이상일 것"  = CTH or RVC40
 *   line 1660  84.57    "4단위 세번변경기준(소호 제8537.10호의 것은 제외한다) 또는 … 40퍼센트 이상일 것"
 *                        = CTH except from subheading 8537.10, or RVC40
 * Art. 3.5.1(a) build-down RVC = (FOB − VNM) / FOB × 100; (b) build-up RVC = (VOM + labour + overhead + profit +
 * other) / FOB × 100; 3.5.4 undetermined origin = non-originating; 3.4 materials of any Party count as originating.
 */
import { evaluateOrigin } from '../../domain/origin/evaluate.js';
import type { Bom } from '../../domain/origin/types.js';
import type { PsrRow } from '../../domain/schemas/index.js';

const SRC = 'kr-rcep-psr-hs2022';
const RVC40 = { kind: 'RVC' as const, threshold: 40 };
const row8509_80: PsrRow = {
  unit: '850980',
  hsVersion: '2022',
  src: SRC,
  row: '1840',
  rule: { kind: 'or', rules: [{ kind: 'CTSH' }, RVC40] },
};
const row8509_90: PsrRow = {
  unit: '850990',
  hsVersion: '2022',
  src: SRC,
  row: '1841',
  rule: { kind: 'or', rules: [{ kind: 'CTH' }, RVC40] },
};
const row8457: PsrRow = {
  unit: '8457',
  hsVersion: '2022',
  src: SRC,
  row: '1660',
  rule: { kind: 'or', rules: [{ kind: 'CTH', except: [{ level: 'subheading', code: '853710' }] }, RVC40] },
};

describe('RVC golden cases (Art. 3.5)', () => {
  it('8509.80 food grinder: both formulas, both alternatives met', () => {
    const bom: Bom = {
      hs: '8509.80',
      fob: 100,
      materials: [
        { hs: '8501.40', origin: 'US', value: 30 }, // non-party: non-originating
        { hs: '3926.90', origin: 'CN', value: 10 }, // originating (China)
        { hs: '8208.30', origin: 'JP', value: 5 }, // Party: originating by cumulation (3.4)
        { hs: '8544.42', origin: 'unknown', value: 15 }, // undetermined: non-originating (3.5.4)
      ],
      costs: { labour: 10, overhead: 5, profit: 5, other: 0 },
    };
    // VNM = 30 + 15 = 45; VOM = 10 + 5 = 15
    // build-down = (100 − 45) / 100 × 100 = 55
    // build-up   = (15 + 10 + 5 + 5 + 0) / 100 × 100 = 35
    // CTSH: 8501.40 -> 8509.80 and 8544.42 -> 8509.80 change subheading: met. RVC 55 >= 40: met.
    const v = evaluateOrigin({ code: '8509.80.10', rule: row8509_80, bom });
    expect(v.verdict).toBe('originating');
    expect(v.rvc).toMatchObject({
      fob: 100,
      vnm: 45,
      vom: 15,
      buildDown: 55,
      buildUp: 35,
      costs: 20,
      threshold: 40,
      met: true,
    });
    expect(v.satisfiedBy).toMatchObject({ criterion: 'PSR', rule: { kind: 'CTSH' } }); // first alternative in rule order
    expect(v.reasons).toContain('several-alternatives-met-exporter-chooses'); // Annex 3A headnote 8
    expect(v.articles).toEqual(expect.arrayContaining(['3.2', '3.4', '3.5', '3A-headnote-4', '3A-headnote-8']));
  });

  it('8509.90 part: CTH fails (same heading material) but RVC40 by build-down is met', () => {
    const bom: Bom = {
      hs: '8509.90',
      fob: 100,
      materials: [
        { hs: '8509.90', origin: 'US', value: 25 }, // same heading 8509: fails CTH
        { hs: '7601.10', origin: 'AU', value: 20 }, // Party
        { hs: '3901.10', origin: 'CN', value: 10 },
        { hs: '8544.42', origin: 'unknown', value: 5 },
      ],
    };
    // VNM = 25 + 5 = 30; build-down = (100 − 30) / 100 × 100 = 70 >= 40
    // CTH: material 0 stays in heading 8509 -> fails; de minimis 25 / 100 = 25 % > 10 % -> CTH not met
    const v = evaluateOrigin({ code: '850990', rule: row8509_90, bom });
    expect(v.verdict).toBe('originating');
    expect(v.satisfiedBy).toMatchObject({ criterion: 'PSR', rule: RVC40 });
    expect(v.rvc).toMatchObject({ vnm: 30, buildDown: 70 });
    expect(v.rvc?.buildUp).toBeUndefined(); // no costs given
    expect(v.ctc[0]).toMatchObject({
      rule: 'CTH',
      failing: [0],
      passes: false,
      deMinimis: { failingValue: 25, valuePct: 25, valueOk: false },
    });
  });

  it('8509.90 part: neither CTH nor RVC40 -> not originating, failing material listed', () => {
    const bom: Bom = {
      hs: '8509.90',
      fob: 100,
      materials: [
        { hs: '8509.90', origin: 'US', value: 65 },
        { hs: '7601.10', origin: 'AU', value: 15 },
        { hs: '3901.10', origin: 'CN', value: 10 },
        { hs: '8544.42', origin: 'unknown', value: 5 },
      ],
      costs: { labour: 3, overhead: 1, profit: 1, other: 0 },
    };
    // VNM = 65 + 5 = 70; VOM = 15 + 10 = 25
    // build-down = (100 − 70) / 100 × 100 = 30 < 40; build-up = (25 + 3 + 1 + 1 + 0) / 100 × 100 = 30 < 40
    // CTH fails for material 0 (heading 8509); de minimis 65 % > 10 %
    const v = evaluateOrigin({ code: '850990', rule: row8509_90, bom });
    expect(v.verdict).toBe('not-originating');
    expect(v.rvc).toMatchObject({ buildDown: 30, buildUp: 30, threshold: 40, met: false });
    expect(v.failingMaterials).toEqual([0]);
    expect(v.reasons).toContain('psr-not-met');
  });

  it('84.57 machining centre: excepted 8537.10 material fails CTH; build-up reaches exactly 40', () => {
    const bom: Bom = {
      hs: '8457.10',
      fob: 100,
      materials: [
        { hs: '8537.10', origin: 'US', value: 30 }, // changes heading, but excepted (headnote 6)
        { hs: '8483.40', origin: 'US', value: 35 },
        { hs: '7208.51', origin: 'CN', value: 10 },
      ],
      costs: { labour: 20, overhead: 5, profit: 5, other: 0 },
    };
    // VNM = 30 + 35 = 65 -> build-down = (100 − 65) / 100 × 100 = 35 < 40
    // VOM = 10 -> build-up = (10 + 20 + 5 + 5 + 0) / 100 × 100 = 40 >= 40 (no less than 40 %, headnote 7(a))
    const v = evaluateOrigin({ code: '8457.10', rule: row8457, bom });
    expect(v.verdict).toBe('originating');
    expect(v.rvc).toMatchObject({ buildDown: 35, buildUp: 40, best: 40, met: true });
    expect(v.satisfiedBy?.rule).toEqual(RVC40);
    expect(v.ctc[0].materials[0]).toMatchObject({ changed: true, excepted: true, passes: false });
    expect(v.articles).toContain('3A-headnote-6');
  });
});

/**
 * Golden: quick mode (origin share only), rule-not-in-data, and input validation.
 * Rules typed from the Korean statute (raw mirror psr/rcep-psr-hs2022-ko.tsv, "line N"):
 *   line 1840  8509.80  "6단위 세번변경기준 또는 … 40퍼 센트 이상일 것" = CTSH or RVC40
 *   line 1079  55.08    "4단위 세번변경기준" = CTH
 *   line 164   0901.12  "당사자에서 발생한 부가가치가 40퍼센트 이상일 것" = RVC40
 */
import { evaluateOrigin } from '../../domain/origin/evaluate.js';
import { OriginInputError, type Bom } from '../../domain/origin/types.js';
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
const row5508: PsrRow = { unit: '5508', hsVersion: '2022', src: SRC, row: '1079', rule: { kind: 'CTH' } };
const row090112: PsrRow = { unit: '090112', hsVersion: '2022', src: SRC, row: '164', rule: RVC40 };

describe('quick mode', () => {
  it('a 45 % share proves RVC40 (45 >= 40)', () => {
    const v = evaluateOrigin({ code: '8509.80', rule: row8509_80, share: 45 });
    expect(v.mode).toBe('quick');
    expect(v.verdict).toBe('originating');
    expect(v.satisfiedBy).toMatchObject({ criterion: 'PSR', rule: RVC40 });
    expect(v.rvc).toMatchObject({ share: 45, threshold: 40, met: true });
  });

  it('a 30 % share cannot prove CTSH: insufficient information, the bill of materials settles it', () => {
    const v = evaluateOrigin({ code: '8509.80', rule: row8509_80, share: 30 });
    expect(v.verdict).toBe('insufficient-information');
    expect(v.questions).toEqual(['bom']);
    expect(v.rvc).toMatchObject({ share: 30, met: false });
  });

  it('a share never proves a CTC-only rule (55.08 CTH)', () => {
    const v = evaluateOrigin({ code: '5508.10', rule: row5508, share: 80 });
    expect(v.verdict).toBe('insufficient-information');
    expect(v.questions).toEqual(['bom']);
  });

  it('a 100 % share proves PE (Art. 3.2(b)), even for a CTC-only rule', () => {
    const v = evaluateOrigin({ code: '5508.10', rule: row5508, share: 100 });
    expect(v.verdict).toBe('originating');
    expect(v.satisfiedBy).toEqual({ criterion: 'PE' });
  });

  it('a 39.99 % share fails an RVC-only rule (0901.12)', () => {
    const v = evaluateOrigin({ code: '0901.12', rule: row090112, share: 39.99 });
    expect(v.verdict).toBe('not-originating');
  });

  it('declared wholly obtained -> WO (3.2(a), 3.3)', () => {
    const v = evaluateOrigin({ code: '0901.12', rule: row090112, wholly: true });
    expect(v.verdict).toBe('originating');
    expect(v.satisfiedBy).toEqual({ criterion: 'WO' });
    expect(v.articles).toContain('3.3');
  });

  it('no rule loaded: rule-not-in-data with what a 45 % share would satisfy', () => {
    const v = evaluateOrigin({ code: '8509.80', share: 45 });
    expect(v.verdict).toBe('rule-not-in-data');
    expect(v.wouldSatisfy?.map((w) => w.rule)).toEqual([RVC40]);
  });

  it('no rule loaded, bill of materials: reports each criterion the figures meet', () => {
    const bom: Bom = { hs: '8509.80', fob: 100, materials: [{ hs: '8509.90', origin: 'US', value: 30 }] };
    // VNM 30 -> build-down 70 >= 40: RVC40; 8509.90 -> 8509.80: chapter and heading same (CC, CTH fail; 30 % > 10 %), subheading changes (CTSH)
    const v = evaluateOrigin({ code: '8509.80', bom });
    expect(v.verdict).toBe('rule-not-in-data');
    expect(v.wouldSatisfy?.map((w) => w.rule)).toEqual([RVC40, { kind: 'CTSH' }]);
  });
});

describe('input validation', () => {
  const issues = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (e instanceof OriginInputError) return e.issues;
      throw e;
    }
    return [];
  };

  it('gives typed errors with field paths', () => {
    const bad = {
      hs: '8509.80',
      fob: 100,
      materials: [
        { hs: '8501.40', origin: 'US', value: -1 },
        { hs: 'abc', origin: 'USA', value: 5 },
      ],
    } as Bom;
    expect(issues(() => evaluateOrigin({ code: '8509.80', bom: bad }))).toEqual([
      { reason: 'negative-value', field: 'bom.materials.0.value' },
      { reason: 'bad-hs-code', field: 'bom.materials.1.hs' },
      { reason: 'bad-origin-code', field: 'bom.materials.1.origin' },
    ]);
  });

  it('rejects materials worth more than the FOB value, a bad share and a mismatching code', () => {
    const bom: Bom = { hs: '8509.80', fob: 10, materials: [{ hs: '8501.40', origin: 'US', value: 11 }] };
    expect(issues(() => evaluateOrigin({ code: '8509.80', bom }))).toEqual([
      { reason: 'materials-exceed-fob', field: 'bom.materials' },
    ]);
    expect(issues(() => evaluateOrigin({ code: '8509.80', share: 120 }))).toEqual([
      { reason: 'share-out-of-range', field: 'share' },
    ]);
    expect(issues(() => evaluateOrigin({ code: '8509', share: 50 }))).toEqual([
      { reason: 'hs-code-too-short', field: 'code' },
    ]);
    const other: Bom = { hs: '8501.40', fob: 10, materials: [] };
    expect(issues(() => evaluateOrigin({ code: '8509.80', bom: other }))).toEqual([
      { reason: 'bom-hs-differs-from-code', field: 'bom.hs' },
    ]);
  });
});

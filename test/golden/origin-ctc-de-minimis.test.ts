/**
 * Golden: change in tariff classification (Annex 3A headnotes 5-7), de minimis (Art. 3.7), cumulation (Art. 3.4),
 * minimal operations (Art. 3.6), worked by hand. Rules typed from the Korean statute
 * (raw mirror psr/rcep-psr-hs2022-ko.tsv, "line N"):
 *   line 1079  55.08  "4단위 세번변경기준"  = CTH   (chapter 55: the weight test of Art. 3.7.1(b) applies)
 *   line 1143  61     "2단위 세번변경기준"  = CC    (chapter 61: weight test applies)
 */
import { evaluateOrigin } from '../../domain/origin/evaluate.js';
import type { Bom } from '../../domain/origin/types.js';
import type { PsrRow } from '../../domain/schemas/index.js';

const SRC = 'kr-rcep-psr-hs2022';
const row5508: PsrRow = { unit: '5508', hsVersion: '2022', src: SRC, row: '1079', rule: { kind: 'CTH' } };
const row61: PsrRow = { unit: '61', hsVersion: '2022', src: SRC, row: '1143', rule: { kind: 'CC' } };

describe('CTC and de minimis (Art. 3.7)', () => {
  it('5508.10 thread: same-heading material within 10 % of FOB -> CTH met by de minimis (value)', () => {
    const bom: Bom = {
      hs: '5508.10',
      fob: 100,
      materials: [
        { hs: '5503.20', origin: 'US', value: 30 }, // heading 5503 -> 5508: changes
        { hs: '5508.10', origin: 'US', value: 8 }, // same heading: fails CTH
      ],
    };
    // failing value = 8; 8 / 100 × 100 = 8 % <= 10 % -> de minimis (3.7.1(a)) -> CTH met
    const v = evaluateOrigin({ code: '5508.10', rule: row5508, bom });
    expect(v.verdict).toBe('originating');
    expect(v.satisfiedBy).toMatchObject({ criterion: 'PSR', rule: { kind: 'CTH' } });
    expect(v.ctc[0]).toMatchObject({ failing: [1], passes: true });
    expect(v.deMinimis).toMatchObject({ failingValue: 8, valuePct: 8, limitPct: 10, valueOk: true, passes: true });
    expect(v.articles).toEqual(expect.arrayContaining(['3.7', '3A-headnote-5']));
  });

  it('5508.10 thread: 15 % by value fails, but 5 % by weight passes (chapters 50-63)', () => {
    const bom: Bom = {
      hs: '5508.10',
      fob: 100,
      weightKg: 1,
      materials: [
        { hs: '5503.20', origin: 'US', value: 30, weightKg: 0.9 },
        { hs: '5508.10', origin: 'US', value: 15, weightKg: 0.05 },
      ],
    };
    // value: 15 / 100 × 100 = 15 % > 10 %; weight: 0.05 / 1 × 100 = 5 % <= 10 % -> de minimis (3.7.1(b))
    const v = evaluateOrigin({ code: '5508.10', rule: row5508, bom });
    expect(v.verdict).toBe('originating');
    expect(v.deMinimis).toMatchObject({
      valuePct: 15,
      valueOk: false,
      weight: { applicable: true, failingKg: 0.05, goodKg: 1, pct: 5, ok: true },
      passes: true,
    });
  });

  it('5508.10 thread: 15 % by value and no weights -> insufficient information, asks for weights', () => {
    const bom: Bom = {
      hs: '5508.10',
      fob: 100,
      materials: [
        { hs: '5503.20', origin: 'US', value: 30 },
        { hs: '5508.10', origin: 'US', value: 15 },
      ],
    };
    const v = evaluateOrigin({ code: '5508.10', rule: row5508, bom });
    expect(v.verdict).toBe('insufficient-information');
    expect(v.questions).toEqual(['material-weights', 'good-weight']);
  });

  it('6109.10 T-shirt: same-chapter trim from Viet Nam counts as originating (cumulation, 3.4)', () => {
    const bom: Bom = {
      hs: '6109.10',
      fob: 100,
      materials: [
        { hs: '6006.22', origin: 'IN', value: 40 }, // chapter 60 -> 61: changes chapter
        { hs: '6117.80', origin: 'VN', value: 15 }, // chapter 61, but VN is a Party: originating, CTC not applied
        { hs: '9606.21', origin: 'US', value: 2 }, // chapter 96 -> 61: changes chapter
      ],
    };
    const v = evaluateOrigin({ code: '6109.10', rule: row61, bom });
    expect(v.verdict).toBe('originating');
    expect(v.ctc[0].materials[1]).toMatchObject({ status: 'originating-party', passes: true });
    expect(v.ctc[0].failing).toEqual([]);
    expect(v.articles).toContain('3.4');
  });

  it('6109.10 T-shirt: the same trim from India (not a Party) fails CC; 15 % value and 25 % weight', () => {
    const bom: Bom = {
      hs: '6109.10',
      fob: 100,
      weightKg: 0.2,
      materials: [
        { hs: '6006.22', origin: 'IN', value: 40, weightKg: 0.14 },
        { hs: '6117.80', origin: 'IN', value: 15, weightKg: 0.05 },
        { hs: '9606.21', origin: 'US', value: 2, weightKg: 0.01 },
      ],
    };
    // failing: material 1 (chapter 61 -> 61). value 15 / 100 = 15 % > 10 %; weight 0.05 / 0.2 × 100 = 25 % > 10 %
    const v = evaluateOrigin({ code: '6109.10', rule: row61, bom });
    expect(v.verdict).toBe('not-originating');
    expect(v.failingMaterials).toEqual([1]);
    expect(v.deMinimis).toMatchObject({ valuePct: 15, weight: { pct: 25, ok: false }, passes: false });
  });

  it('all materials from Parties -> produced exclusively from originating materials (3.2(b))', () => {
    const bom: Bom = {
      hs: '6109.10',
      fob: 100,
      materials: [
        { hs: '6006.22', origin: 'CN', value: 40 },
        { hs: '6117.80', origin: 'VN', value: 15 },
        { hs: '9606.21', origin: 'JP', value: 2 },
      ],
    };
    const v = evaluateOrigin({ code: '6109.10', rule: row61, bom });
    expect(v.verdict).toBe('originating');
    expect(v.satisfiedBy).toEqual({ criterion: 'PE' });
  });

  it('minimal operations only (3.6) -> not originating whatever the rule', () => {
    const bom: Bom = {
      hs: '6109.10',
      fob: 100,
      materials: [{ hs: '6006.22', origin: 'IN', value: 40 }],
      minimalOperationsOnly: true,
    };
    const v = evaluateOrigin({ code: '6109.10', rule: row61, bom });
    expect(v.verdict).toBe('not-originating');
    expect(v.reasons).toContain('minimal-operations-only');
    expect(v.articles).toContain('3.6');
  });
});

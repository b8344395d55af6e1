/**
 * originFailure: which test of the rule failed and how short. Expected values are worked by hand below from
 * Art. 3.5.1 (RVC formulas), Art. 3.7.1 (de minimis 10 %) and Annex 3A headnote 7 (CTSH), on SYNTHETIC figures.
 * Rules typed from the Korean statute (raw mirror psr/rcep-psr-hs2022-ko.tsv, "line N" = the pack's `row`):
 *   line 1     01       "완전생산기준" = WO
 *   line 1840  8509.80  "6단위 세번변경기준 또는 당사자에서 발생한 부가가치가 40퍼 센트 이상일 것" = CTSH or RVC40
 *   line 1998  87.01    "당사자에서 발생한 부가가치가 40퍼센트 이상일 것" = RVC40
 */
import fs from 'node:fs';
import type { PsrPack, PsrRow, PsrRule } from '../schemas/index.js';
import { evaluateOrigin } from './evaluate.js';
import { originFailure } from './failure.js';
import type { Bom } from './types.js';

const SRC = 'kr-rcep-psr-hs2022';
const RVC40: PsrRule = { kind: 'RVC', threshold: 40 };
const row01: PsrRow = { unit: '01', hsVersion: '2022', src: SRC, row: '1', rule: { kind: 'WO' } };
const row850980: PsrRow = {
  unit: '850980',
  hsVersion: '2022',
  src: SRC,
  row: '1840',
  rule: { kind: 'or', rules: [{ kind: 'CTSH' }, RVC40] },
};
const row8701: PsrRow = { unit: '8701', hsVersion: '2022', src: SRC, row: '1998', rule: RVC40 };

test('the committed PSR pack carries these rows as typed from the statute', () => {
  const pack = JSON.parse(fs.readFileSync('data/packs/psr.json', 'utf8')) as PsrPack;
  for (const r of [row01, row850980, row8701])
    expect(pack.rows.find((x) => x.unit === r.unit)).toMatchObject({ row: r.row, src: SRC, rule: r.rule });
});

describe('originFailure', () => {
  it('87.01 RVC40, quick share 32.5 % (SYNTHETIC): short by 40 − 32.5 = 7.5 points', () => {
    const v = evaluateOrigin({ code: '8701.21', rule: row8701, share: 32.5, wholly: false });
    expect(v.verdict).toBe('not-originating');
    expect(originFailure(v)).toEqual({ unit: '8701', failed: [{ rule: 'RVC40', short: 7.5 }] });
  });

  it('87.01 RVC40 from a bill of materials: the better of the two formulas of Art. 3.5.1 counts', () => {
    // SYNTHETIC: FOB 1000; non-originating (US) 650; originating (CN) 200; labour 100, overhead 50, profit 30.
    // (a) build-down (1000 − 650) / 1000 × 100 = 35; (b) build-up (200 + 100 + 50 + 30) / 1000 × 100 = 38.
    // Either formula may be used: 38 < 40, short by 2 points.
    const bom: Bom = {
      hs: '8701.21',
      fob: 1000,
      materials: [
        { hs: '8407.90', origin: 'US', value: 650 },
        { hs: '8708.99', origin: 'CN', value: 200 },
      ],
      costs: { labour: 100, overhead: 50, profit: 30 },
    };
    const v = evaluateOrigin({ code: '8701.21', rule: row8701, bom });
    expect(originFailure(v)).toEqual({ unit: '8701', failed: [{ rule: 'RVC40', short: 2 }] });
  });

  it('85.09.80 CTSH or RVC40: both alternatives fail, each with its shortfall (headnote 4)', () => {
    // SYNTHETIC: FOB 1000. Material A 8509.80 (US) 150: same subheading as the good, no change (headnote 7(d));
    // de minimis 150 / 1000 = 15 % > 10 % (Art. 3.7.1(a)), so one material does not qualify.
    // Material B 8501.40 (US) 500 changes subheading. RVC build-down (1000 − 650) / 1000 × 100 = 35: short by 5.
    const bom: Bom = {
      hs: '8509.80',
      fob: 1000,
      materials: [
        { hs: '8509.80', origin: 'US', value: 150 },
        { hs: '8501.40', origin: 'US', value: 500 },
      ],
    };
    const v = evaluateOrigin({ code: '8509.80', rule: row850980, bom });
    expect(v.verdict).toBe('not-originating');
    expect(originFailure(v)).toEqual({
      unit: '850980',
      failed: [
        { rule: 'CTSH', short: 1 },
        { rule: 'RVC40', short: 5 },
      ],
    });
  });

  it('chapter 01 WO, declared not wholly obtained: WO fails, no figure', () => {
    const v = evaluateOrigin({ code: '0102.21', rule: row01, wholly: false });
    expect(v.verdict).toBe('not-originating');
    expect(originFailure(v)).toEqual({ unit: '01', failed: [{ rule: 'WO', short: null }] });
  });

  it('minimal operations only (Art. 3.6): no rule test is reached', () => {
    const bom: Bom = { hs: '8509.80', fob: 100, materials: [{ hs: '8509.80', origin: 'US', value: 10 }] };
    const v = evaluateOrigin({ code: '8509.80', rule: row850980, bom, minimalOperationsOnly: true });
    expect(originFailure(v)).toEqual({ unit: '850980', failed: [{ rule: 'minimal-operations', short: null }] });
  });

  it('cases: only the selected case counts (SYNTHETIC rule)', () => {
    const rule: PsrRule = {
      kind: 'cases',
      cases: [
        { goods: { hs: [{ level: 'subheading', code: '850980' }] }, rule: { kind: 'RVC', threshold: 45 } },
        { goods: { otherwise: true }, rule: RVC40 },
      ],
    };
    const v = evaluateOrigin({ code: '8509.80', rule: { ...row850980, rule }, share: 42 });
    expect(originFailure(v)).toEqual({ unit: '850980', failed: [{ rule: 'RVC45', short: 3 }] });
  });

  it('no failure record when the verdict is not a failure', () => {
    // 45 >= 40: originating; CTSH unknown in quick mode with 30 %: insufficient information
    expect(originFailure(evaluateOrigin({ code: '8509.80', rule: row850980, share: 45 }))).toBeNull();
    expect(originFailure(evaluateOrigin({ code: '8509.80', rule: row850980, share: 30 }))).toBeNull();
    // de minimis covers a 5 % material (Art. 3.7.1(a)): CTSH met, originating
    const bom: Bom = { hs: '8509.80', fob: 100, materials: [{ hs: '8509.80', origin: 'US', value: 5 }] };
    expect(originFailure(evaluateOrigin({ code: '8509.80', rule: row850980, bom }))).toBeNull();
  });
});

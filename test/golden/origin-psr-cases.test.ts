/**
 * Golden: Annex 3A rules with numbered cases or a proviso, evaluated by the engine and by `rcep origin`.
 * Rules are the rows of data/packs/psr.json built from the Korean statute (raw mirror psr/rcep-psr-hs2022-ko.tsv,
 * "line N"; their trees are checked against the Korean text in psr-import.test.ts):
 *   line 278  1601.00  "1. 곤충의 것: 2단위 세번변경기준 또는 … 40퍼센트 이상일 것 2. 그 밖의 모든 상품: 2단위 세번변경기준"
 *                      = 1. of insects: CC or RVC40; 2. all other goods: CC
 *   line 626  2909.60  "1. 과산화아세탈과 과산화헤미아세탈의 것: 4단위 … 또는 …40퍼센트 … 2. 기타: 4단위 … 또는 …40퍼센트 … 또는 화학 반응"
 *                      = 1. acetal and hemiacetal peroxides: CTH or RVC40; 2. other: CTH or RVC40 or CR
 *   line 867  38.08    "6단위 세번변경기준(다만, 유효성분(들)의 전 중량의 100분의 50 이상이 원산지제품인 경우로 한정한다) 또는 …40퍼센트 이상일 것"
 *                      = CTSH provided >= 50 % by weight of the active ingredients is originating, or RVC40
 * Figures: build-down RVC = (FOB − VNM) / FOB × 100 (Art. 3.5.1(a)); de minimis 10 % of FOB (Art. 3.7).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateOrigin } from '../../domain/origin/evaluate.js';
import { indexPsrRows, psrInputFor, quarantinedPsrUnits } from '../../domain/origin/find-rule.js';
import { OriginInputError, type Bom, type OriginInput } from '../../domain/origin/types.js';
import type { PsrPack } from '../../domain/schemas/index.js';
import { originCommand } from '../../scripts/cli/commands/origin.js';

const pack = JSON.parse(readFileSync('data/packs/psr.json', 'utf8')) as PsrPack;
const rows = indexPsrRows(pack.rows);
const quarantined = quarantinedPsrUnits(pack.quarantine);
const RVC40 = { kind: 'RVC', threshold: 40 };
const origin = (input: Omit<OriginInput, 'rule'>) =>
  evaluateOrigin({ ...input, ...psrInputFor(rows, quarantined, input.code) });

// 1601.00 sausages. A: the only non-originating material is chicken (chapter 02): CC met (02 -> 16), VNM 50 -> RVC 50.
const bomCcMet: Bom = { hs: '1601.00', fob: 100, materials: [{ hs: '0207.14', origin: 'US', value: 50 }] };
// B: a non-originating chapter-16 material of 30 (> 10 % de minimis): CC not met; VNM 30 -> RVC 70 >= 40.
const bomRvcOnly: Bom = { hs: '1601.00', fob: 100, materials: [{ hs: '1602.32', origin: 'US', value: 30 }] };
// C: the same material at 70: CC not met; RVC 30 < 40.
const bomNeither: Bom = { hs: '1601.00', fob: 100, materials: [{ hs: '1602.32', origin: 'US', value: 70 }] };

describe('1601.00 (line 278): which case is asked only when the bill of materials leaves it open', () => {
  it('CC met: both cases are met, so the firm is not asked (originating)', () => {
    const v = origin({ code: '1601.00', bom: bomCcMet });
    expect(v.verdict).toBe('originating');
    expect(v.questions).not.toContain('good-case');
    expect(v.steps).toContainEqual(
      expect.objectContaining({ step: 'case-selected', reason: 'same-verdict-in-every-case' }),
    );
    expect(v.cases?.map((c) => c.status)).toEqual(['pass', 'pass']);
    expect(v.articles).toEqual(expect.arrayContaining(['3.2']));
    expect(v.rule).toMatchObject({ src: 'kr-rcep-psr-hs2022', row: '278', unit: '160100' });
  });

  it('CC not met, RVC 70: insects pass (RVC40), other goods fail (CC): asks which case, insects or other goods', () => {
    const v = origin({ code: '1601.00', bom: bomRvcOnly });
    expect(v.verdict).toBe('insufficient-information');
    expect(v.questions).toEqual(['good-case']);
    expect(v.cases).toHaveLength(2);
    expect(v.cases?.[0]).toMatchObject({ n: 1, status: 'pass', goods: { text: { ko: '곤충의 것' } } });
    expect(v.cases?.[0].goods.text?.zh).toContain('昆虫');
    expect(v.cases?.[1]).toMatchObject({ n: 2, status: 'fail', goods: { otherwise: true } });
    expect(v.steps).toContainEqual(
      expect.objectContaining({ step: 'case-selected', reason: 'verdict-differs-by-case' }),
    );
  });

  it('answer "insects" (case 1): originating by RVC40; "other goods" (case 2): not originating (CC not met)', () => {
    const insects = origin({ code: '1601.00', bom: bomRvcOnly, psrCase: 1 });
    expect(insects.verdict).toBe('originating');
    expect(insects.satisfiedBy).toMatchObject({ criterion: 'PSR', rule: RVC40 });
    expect(insects.caseIndex).toBe(0);
    const other = origin({ code: '1601.00', bom: bomRvcOnly, psrCase: 2 });
    expect(other.verdict).toBe('not-originating');
    expect(other.failingMaterials).toEqual([0]);
  });

  it('neither CC nor RVC40 (RVC 30): not originating in every case, nothing asked', () => {
    const v = origin({ code: '1601.00', bom: bomNeither });
    expect(v.verdict).toBe('not-originating');
    expect(v.questions).toEqual([]);
  });

  it('a case number the rule does not have is refused (psr-case-out-of-range)', () => {
    expect(() => origin({ code: '1601.00', bom: bomRvcOnly, psrCase: 3 })).toThrow(OriginInputError);
    try {
      origin({ code: '1601.00', bom: bomRvcOnly, psrCase: 3 });
    } catch (e) {
      expect((e as OriginInputError).reason).toBe('psr-case-out-of-range');
    }
  });
});

describe('2909.60 (line 626): RVC40 is an alternative in every case', () => {
  it('a 45 % regional value content decides without asking the case', () => {
    const v = origin({ code: '2909.60', share: 45 });
    expect(v.verdict).toBe('originating');
    expect(v.satisfiedBy).toMatchObject({ criterion: 'PSR', rule: RVC40 });
    expect(v.questions).toEqual([]);
    expect(v.steps).toContainEqual(
      expect.objectContaining({ step: 'case-selected', reason: 'same-verdict-in-every-case' }),
    );
  });
});

describe('38.08 (line 867): CTSH with the active-ingredients proviso, or RVC40', () => {
  it('3808.61 with a 45 % regional value content is originating (RVC40), the proviso is not asked', () => {
    const v = origin({ code: '3808.61', share: 45 });
    expect(v.verdict).toBe('originating');
    expect(v.satisfiedBy).toMatchObject({ criterion: 'PSR', rule: RVC40 });
    expect(v.rule).toMatchObject({ unit: '3808', row: '867' });
    expect(v.questions).toEqual([]);
  });

  it('3808.61 with 30 %: the bill of materials and the proviso answer are asked', () => {
    const v = origin({ code: '3808.61', share: 30 });
    expect(v.verdict).toBe('insufficient-information');
    expect(v.questions).toEqual(expect.arrayContaining(['bom', 'active-ingredients']));
  });

  // CTSH met (2918.30 -> 3808.61); VNM 70 -> RVC 30 < 40, so only CTSH-with-proviso can make it originating
  const weighed = (usKg: number, cnKg: number): Bom => ({
    hs: '3808.61',
    fob: 100,
    materials: [
      { hs: '2918.30', origin: 'US', value: 70, weightKg: usKg, activeIngredient: true },
      { hs: '2918.30', origin: 'CN', value: 5, weightKg: cnKg, activeIngredient: true },
    ],
  });

  it('the bill of materials decides the proviso when it weighs the active ingredients: 3 of 5 kg = 60 % >= 50 %', () => {
    const v = origin({ code: '3808.61', bom: weighed(2, 3) });
    expect(v.verdict).toBe('originating');
    expect(v.satisfiedBy?.rule).toMatchObject({ kind: 'proviso', rule: { kind: 'CTSH' } });
    expect(v.steps).toContainEqual(
      expect.objectContaining({ step: 'psr-proviso', result: 'pass', figures: expect.objectContaining({ pct: 60 }) }),
    );
  });

  it('2 of 5 kg = 40 % < 50 %: not originating', () => {
    expect(origin({ code: '3808.61', bom: weighed(3, 2) }).verdict).toBe('not-originating');
  });

  it('active ingredients not marked: the proviso is a question, and the answer of the firm settles it', () => {
    const bom: Bom = { hs: '3808.61', fob: 100, materials: [{ hs: '2918.30', origin: 'US', value: 70 }] };
    const open = origin({ code: '3808.61', bom });
    expect(open.verdict).toBe('insufficient-information');
    expect(open.questions).toEqual(['active-ingredients']);
    expect(origin({ code: '3808.61', bom, activeIngredientsOriginating: true }).verdict).toBe('originating');
    expect(origin({ code: '3808.61', bom, activeIngredientsOriginating: false }).verdict).toBe('not-originating');
  });
});

describe('rcep origin (CLI) on the same rows', () => {
  const run = (argv: string[]) => originCommand(argv, { psrRows: pack.rows, psrQuarantine: pack.quarantine });

  it('rcep origin --hs 3808.61 --share 45 -> originating by RVC40', async () => {
    const r = await run(['--hs', '3808.61', '--share', '45']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^verdict: originating$/m);
    expect(r.stdout).toMatch(/^satisfiedBy: RVC40$/m);
  });

  it('1601.00 with bill B asks the case; --case 1 answers it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rcep-cases-')), 'bom.json');
    writeFileSync(file, JSON.stringify(bomRvcOnly));
    const open = await run(['--hs', '1601.00', '--bom', file]);
    expect(open.stdout).toMatch(/^verdict: insufficient-information$/m);
    expect(open.stdout).toMatch(/^questions: good-case$/m);
    expect(open.stdout).toMatch(/^cases: 1\. Made of insects = pass; 2\. all other goods = fail$/m);
    const answered = await run(['--hs', '1601.00', '--bom', file, '--case', '1']);
    expect(answered.stdout).toMatch(/^verdict: originating$/m);
    const bad = await run(['--hs', '1601.00', '--bom', file, '--case', 'x']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('psr-case-invalid');
  });
});

describe('a set-aside rule gives one reason code in every path', () => {
  it('psrInputFor reports the quarantined unit, the engine says psr-row-quarantined (CLI and API share it)', async () => {
    const q = [{ src: 'kr-rcep-psr-hs2022', file: 'x', row: '1', reason: 'psr-ko-unknown-phrase', code: '160100' }];
    const input = psrInputFor(indexPsrRows([]), quarantinedPsrUnits(q), '1601.00');
    expect(input).toEqual({ quarantinedRule: { unit: '160100', reason: 'psr-ko-unknown-phrase' } });
    const v = evaluateOrigin({ code: '1601.00', share: 45, ...input });
    expect(v.verdict).toBe('rule-not-in-data');
    expect(v.reasons).toContain('psr-row-quarantined');
    const cli = await originCommand(['--hs', '1601.00', '--share', '45'], { psrRows: [], psrQuarantine: q });
    expect(cli.stdout).toMatch(/^reasons: psr-row-quarantined$/m);
  });
});

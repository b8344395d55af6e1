/**
 * Golden: RCEP Annex 3A PSR (HS 2022) imported from the Korean statutory text
 * (raw mirror psr/rcep-psr-hs2022-ko.tsv; "line N" = line N of that file, no header).
 * Expected trees typed by hand from the Korean text quoted in each comment, using the phrase table of the
 * mirror README (psr/): 완전생산기준 = WO, 2/4/6단위 세번변경기준 = CC/CTH/CTSH,
 * 부가가치가 40퍼센트 이상 = RVC40, 화학반응 = CR, 또는 = or, (… 제외한다) = exception.
 */
import { existsSync } from 'node:fs';
import type { PsrRule } from '../../domain/schemas/index.js';
import { importPsr } from '../../scripts/data/psr/import-psr.js';
import { parseKoreanRule } from '../../scripts/data/psr/parse-korean-rule.js';

const FROM = process.env.RCEP_RAW ?? '../shared/data';
const have = existsSync(`${FROM}/psr/rcep-psr-hs2022-ko.tsv`);
const d = have ? describe : describe.skip;

const RVC40: PsrRule = { kind: 'RVC', threshold: 40 };
const h = (code: string) => ({ level: 'heading' as const, code });
const sh = (code: string) => ({ level: 'subheading' as const, code });

const EXPECTED: { line: number; unit: string; rule: PsrRule }[] = [
  // line 1: "01	완전생산기준"
  { line: 1, unit: '01', rule: { kind: 'WO' } },
  // line 2: "02	2단위 세번변경기준(제01류의 것은 제외한다)"
  { line: 2, unit: '02', rule: { kind: 'CC', except: [{ level: 'chapter', code: '01' }] } },
  // line 164: "0901.12	당사자에서 발생한 부가가치가 40퍼센트 이상일 것"
  { line: 164, unit: '090112', rule: RVC40 },
  // line 369: "2204.10	6단위 세번변경기준"
  { line: 369, unit: '220410', rule: { kind: 'CTSH' } },
  // line 370: "2204.21	6단위 세번변경기준(소호 제2204.22호와 제2204.29호의 것은 제외한다)"
  { line: 370, unit: '220421', rule: { kind: 'CTSH', except: [sh('220422'), sh('220429')] } },
  // line 549: "29.01	4단위 세번변경기준 또는 당사자에서 발생한 부가가치가 40퍼 센트 이상일 것 또는 화학반응"
  { line: 549, unit: '2901', rule: { kind: 'or', rules: [{ kind: 'CTH' }, RVC40, { kind: 'CR' }] } },
  // line 1082: "55.11	4단위 세번변경기준(제5509호 또는 제5510호의 것은 제외한 다)"
  { line: 1082, unit: '5511', rule: { kind: 'CTH', except: [h('5509'), h('5510')] } },
  // line 1143: "61	2단위 세번변경기준"
  { line: 1143, unit: '61', rule: { kind: 'CC' } },
  // line 1239: "72.16	4단위 세번변경기준(제7208호부터 제7215호까지의 것은 제외 한다) 또는 … 40퍼센트 이상일 것"
  {
    line: 1239,
    unit: '7216',
    rule: {
      kind: 'or',
      rules: [{ kind: 'CTH', except: ['7208', '7209', '7210', '7211', '7212', '7213', '7214', '7215'].map(h) }, RVC40],
    },
  },
  // line 1414: "84.07	4단위 세번변경기준 또는 당사자에서 발생한 부가가치가 40퍼 센트 이상일 것"
  { line: 1414, unit: '8407', rule: { kind: 'or', rules: [{ kind: 'CTH' }, RVC40] } },
  // line 1660: "84.57	4단위 세번변경기준(소호 제8537.10호의 것은 제외한다) 또는 … 40퍼센트 이상일 것"
  { line: 1660, unit: '8457', rule: { kind: 'or', rules: [{ kind: 'CTH', except: [sh('853710')] }, RVC40] } },
  // line 1810: "8504.31	6단위 세번변경기준(소호 제8504.32호부터 제8504.34호까지의 것은 제외한다) 또는 … 40퍼센트 이상일 것"
  {
    line: 1810,
    unit: '850431',
    rule: { kind: 'or', rules: [{ kind: 'CTSH', except: [sh('850432'), sh('850433'), sh('850434')] }, RVC40] },
  },
  // line 1840: "8509.80	6단위 세번변경기준 또는 당사자에서 발생한 부가가치가 40퍼 센트 이상일 것"
  { line: 1840, unit: '850980', rule: { kind: 'or', rules: [{ kind: 'CTSH' }, RVC40] } },
  // line 1841: "8509.90	4단위 세번변경기준 또는 당사자에서 발생한 부가가치가 40퍼 센트 이상일 것"
  { line: 1841, unit: '850990', rule: { kind: 'or', rules: [{ kind: 'CTH' }, RVC40] } },
];

// The eight rows that split goods into numbered cases described in words, or add a proviso. Goods are compared by
// their Korean wording (the zh/en beside it are the project's descriptions); rules typed from the Korean text.
const CC: PsrRule = { kind: 'CC' };
const CTH: PsrRule = { kind: 'CTH' };
const OTHER = { otherwise: true };
const CASES: { line: number; unit: string; ko: string; first: PsrRule; other: PsrRule }[] = [
  // line 9: "0304.39	1. 잉어[…]: 4 단위 세번변경기준 2. 그 밖의 모든 상품: 2단위 세번변경기준"
  { line: 9, unit: '030439', ko: '잉어[', first: CTH, other: CC },
  // line 30: "0304.69	1. 잉어[…]: 2 단위 세번변경기준 또는 당사자에서 발생한 부가가치가 40 퍼센트 이상일 것 2. 그 밖의 모든 상품: 2단위 세번변경기준"
  { line: 30, unit: '030469', ko: '잉어[', first: { kind: 'or', rules: [CC, RVC40] }, other: CC },
  // lines 278, 279, 288: "1. 곤충의 것: 2단위 세번변경기준 또는 … 40퍼센트 이상일 것 2. 그 밖의 모든 상품: 2단위 세번변경기준"
  { line: 278, unit: '160100', ko: '곤충의 것', first: { kind: 'or', rules: [CC, RVC40] }, other: CC },
  { line: 279, unit: '160210', ko: '곤충의 것', first: { kind: 'or', rules: [CC, RVC40] }, other: CC },
  { line: 288, unit: '160290', ko: '곤충의 것', first: { kind: 'or', rules: [CC, RVC40] }, other: CC },
  // line 393: "2404.19	1. 제조한 담배 대용물: 4단위 세번변경기준(제2403호의 것은 제외한다) 2. 그 밖의 모든 상품:
  //   4단위 세번변경기준(제3824호의 것은 제외한다) 또는 … 40퍼센트 이 상일 것"
  {
    line: 393,
    unit: '240419',
    ko: '제조한 담배 대용물',
    first: { kind: 'CTH', except: [h('2403')] },
    other: { kind: 'or', rules: [{ kind: 'CTH', except: [h('3824')] }, RVC40] },
  },
  // line 626: "2909.60	1. 과산화아세탈과 과산화헤미아세탈의 것: 4단위 세번변경기 준 또는 … 40퍼센트 이상일 것
  //   2. 기타: 4단위 세번변경기준 또는 … 40퍼센트 이상일 것 또는 화학 반응"
  {
    line: 626,
    unit: '290960',
    ko: '과산화아세탈과 과산화헤미아세탈의 것',
    first: { kind: 'or', rules: [CTH, RVC40] },
    other: { kind: 'or', rules: [CTH, RVC40, { kind: 'CR' }] },
  },
];

d('PSR import: numbered cases and the 38.08 proviso', () => {
  let result: Awaited<ReturnType<typeof importPsr>>;
  beforeAll(async () => {
    result = await importPsr(FROM);
  });

  it.each(CASES)(
    'line $line ($unit) keeps both cases with the Korean goods wording',
    ({ line, unit, ko, first, other }) => {
      const row = result.rows.find((r) => r.row === String(line));
      expect(row?.unit).toBe(unit);
      const rule = row?.rule;
      if (rule?.kind !== 'cases') throw new Error(`line ${line} is not a cases rule`);
      expect(rule.cases).toHaveLength(2);
      expect(rule.cases[0].goods.text?.ko?.startsWith(ko)).toBe(true);
      expect(rule.cases[0].goods.text?.zh).toBeTruthy();
      expect(rule.cases[0].goods.text?.en).toBeTruthy();
      expect(rule.cases[0].rule).toEqual(first);
      expect(rule.cases[1]).toEqual({ goods: OTHER, rule: other });
    },
  );

  it('line 867 (38.08): CTSH provided >= 50 % by weight of the active ingredients originate, or RVC40', () => {
    // "38.08	6단위 세번변경기준(다만, 유효성분(들)의 전 중량의 100분의 50 이상이 원산지제품인 경우로 한정한다) 또는
    //  당사자에서 발생한 부가가치가 40퍼센트 이상일 것"
    const row = result.rows.find((r) => r.row === '867');
    expect(row?.unit).toBe('3808');
    const rule = row?.rule;
    if (rule?.kind !== 'or') throw new Error('38.08 is not an alternative');
    expect(rule.rules[1]).toEqual(RVC40);
    const p = rule.rules[0];
    if (p.kind !== 'proviso') throw new Error('first alternative has no proviso');
    expect(p.rule).toEqual({ kind: 'CTSH' });
    expect(p.proviso.kind).toBe('active-ingredients-originating');
    expect(p.proviso.minPct).toBe(50); // "100분의 50 이상"
    expect(p.proviso.text.ko).toBe('유효성분(들)의 전 중량의 100분의 50 이상이 원산지제품인 경우로 한정한다');
  });
});

d('PSR import (Korean statute, HS 2022)', () => {
  let result: Awaited<ReturnType<typeof importPsr>>;
  beforeAll(async () => {
    result = await importPsr(FROM);
  });

  it('parses all 2,188 rows (README: 2,188 rows), none set aside', () => {
    expect(result.rows.length).toBe(2188);
    expect(result.quarantine).toEqual([]);
  });

  it.each(EXPECTED)('line $line ($unit) parses to the hand-typed tree', ({ line, unit, rule }) => {
    const row = result.rows.find((r) => r.row === String(line));
    expect(row).toBeDefined();
    expect(row?.unit).toBe(unit);
    expect(row?.rule).toEqual(rule);
    expect(row?.src).toBe('kr-rcep-psr-hs2022');
  });

  it('records both source files with their sha256', () => {
    expect(result.sources.map((s) => s.file)).toEqual([
      'psr/rcep-psr-hs2022-ko.tsv',
      'psr/rcep-psr-hs2022-ko-with-en-codes.csv',
    ]);
    for (const s of result.sources) expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('parseKoreanRule', () => {
  it('copes with irregular spacing inside phrases', () => {
    // line 1812-style spacing (8504.33): "제85 04.34호", "40퍼 센트", "이 상일 것"
    expect(
      parseKoreanRule(
        '6단위 세번변경기준(소호 제8504.31호, 제8504.32호 또는 제85 04.34호의 것 은 제외한다) 또는 당사자에서 발생한 부가가치 가 40퍼 센트 이 상일 것',
      ),
    ).toEqual({
      ok: true,
      rule: { kind: 'or', rules: [{ kind: 'CTSH', except: [sh('850431'), sh('850432'), sh('850434')] }, RVC40] },
    });
  });

  it('keeps numbered cases whose goods are HS codes, with the last case as otherwise', () => {
    expect(parseKoreanRule('1. 제0302호의 것: 4단위 세번변경기준 2. 그 밖의 모든 상품: 2단위 세번변경기준')).toEqual({
      ok: true,
      rule: {
        kind: 'cases',
        cases: [
          { goods: { hs: [h('0302')] }, rule: { kind: 'CTH' } },
          { goods: { otherwise: true }, rule: { kind: 'CC' } },
        ],
      },
    });
  });

  it.each([
    ['', 'empty-rule'],
    ['3단위 세번변경기준', 'unknown-phrase'],
    ['4단위 세번변경기준(제7208호부터 제7201호까지의 것은 제외한다)', 'bad-range'],
    ['4단위 세번변경기준(소호 제7208호의 것은 제외한다)', 'hs-level-mismatch'],
    ['4단위 세번변경기준 또는', 'unknown-phrase'],
    // goods named in words the project has not described stay out rather than be shown without a description
    ['1. 새로운 상품: 4단위 세번변경기준 2. 그 밖의 모든 상품: 2단위 세번변경기준', 'case-goods-not-described'],
    ['6단위 세번변경기준(다만, 당사자에서 제조한 경우로 한정한다)', 'condition-not-supported'],
  ])('rejects %j with %s', (text, reason) => {
    const r = parseKoreanRule(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe(reason);
  });
});

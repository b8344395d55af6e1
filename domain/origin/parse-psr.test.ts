import fc from 'fast-check';
import type { HsRef, PsrRule } from '../schemas/index.js';
import { psrRuleSchema } from '../schemas/index.js';
import { normalizePsrRule, ruleKey } from './normalize-rule.js';
import { parsePsr } from './parse-psr.js';
import { renderPsrCode, renderPsrRule } from './render-rule.js';

const ref: fc.Arbitrary<HsRef> = fc.oneof(
  fc.integer({ min: 1, max: 97 }).map((n) => ({ level: 'chapter' as const, code: String(n).padStart(2, '0') })),
  fc.integer({ min: 101, max: 9799 }).map((n) => ({ level: 'heading' as const, code: String(n).padStart(4, '0') })),
  fc
    .integer({ min: 10100, max: 979999 })
    .map((n) => ({ level: 'subheading' as const, code: String(n).padStart(6, '0') })),
);

const leaf: fc.Arbitrary<PsrRule> = fc.oneof(
  fc.constant<PsrRule>({ kind: 'WO' }),
  fc.constant<PsrRule>({ kind: 'CR' }),
  fc.integer({ min: 1, max: 100 }).map((t): PsrRule => ({ kind: 'RVC', threshold: t })),
  fc
    .tuple(fc.constantFrom('CC' as const, 'CTH' as const, 'CTSH' as const), fc.array(ref, { maxLength: 4 }))
    .map(([kind, except]): PsrRule => (except.length ? { kind, except } : { kind })),
);

const tree: fc.Arbitrary<PsrRule> = fc.letrec<{ rule: PsrRule }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('rule'), { minLength: 2, maxLength: 3 }).map((rules): PsrRule => ({ kind: 'or', rules })),
    fc.array(tie('rule'), { minLength: 2, maxLength: 3 }).map((rules): PsrRule => ({ kind: 'and', rules })),
  ),
})).rule;

const goodsText = fc
  .stringMatching(/^[A-Za-z][A-Za-z ,()-]{0,30}$/)
  .filter(
    (s) => !/^(all other goods|all other products|other|others|any other goods)$/i.test(s.trim()) && s.trim() === s,
  );

const casesTree: fc.Arbitrary<PsrRule> = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.oneof(
          goodsText.map((t) => ({ text: { en: t } })),
          fc.array(ref, { minLength: 1, maxLength: 3 }).map((hs) => ({ hs })),
        ),
        tree,
      ),
      { minLength: 1, maxLength: 3 },
    ),
    tree,
  )
  .map(([cases, other]): PsrRule => ({
    kind: 'cases',
    cases: [...cases.map(([goods, rule]) => ({ goods, rule })), { goods: { otherwise: true }, rule: other }],
  }));

describe('parsePsr', () => {
  it('never throws on arbitrary text and fails with a kebab-case reason', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[A-Za-z0-9 .,;:()+]{0,60}$/)),
        (s) => {
          const r = parsePsr(s);
          if (!r.ok) expect(r.reason).toMatch(/^[a-z]+(-[a-z]+)*$/);
          else expect(psrRuleSchema.safeParse(r.rule).success).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never throws on mutations of real codings', () => {
    const seeds = [
      'CTH except from heading 72.08 or 72.09, or RVC40',
      'CTH, RVC40 or CR',
      '1. Of insects: CC or RVC40; 2. All other goods: CC',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.nat(60), fc.nat(60), fc.string({ maxLength: 5 }), (seed, a, b, ins) => {
        const s = seed.slice(0, a % seed.length) + ins + seed.slice(b % seed.length);
        const r = parsePsr(s);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back every rendered rule tree (round trip)', () => {
    fc.assert(
      fc.property(fc.oneof(tree, casesTree), (rule) => {
        const text = renderPsrCode(rule);
        const r = parsePsr(text);
        expect(r).toEqual({ ok: true, rule: normalizePsrRule(rule) });
      }),
      { numRuns: 1000 },
    );
  });

  it('renders zh/en/code for any tree without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(tree, casesTree), (rule) => {
        const t = renderPsrRule(rule);
        expect(t.zh.length).toBeGreaterThan(0);
        expect(t.en.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['CTH', { kind: 'CTH' }],
    ['RVC 35', { kind: 'RVC', threshold: 35 }],
    ['CC + RVC40', { kind: 'and', rules: [{ kind: 'CC' }, { kind: 'RVC', threshold: 40 }] }],
    [
      'CTSH and RVC40 or WO',
      {
        kind: 'or',
        rules: [{ kind: 'and', rules: [{ kind: 'CTSH' }, { kind: 'RVC', threshold: 40 }] }, { kind: 'WO' }],
      },
    ],
    [
      'CTSH and (RVC40 or WO)',
      {
        kind: 'and',
        rules: [{ kind: 'CTSH' }, { kind: 'or', rules: [{ kind: 'RVC', threshold: 40 }, { kind: 'WO' }] }],
      },
    ],
    [
      'CTH except from Chapter 01, heading 84.07 or 84.08',
      {
        kind: 'CTH',
        except: [
          { level: 'chapter', code: '01' },
          { level: 'heading', code: '8407' },
          { level: 'heading', code: '8408' },
        ],
      },
    ],
    [
      '1. Heading 03.02: CTH; 2. Other: CC',
      {
        kind: 'cases',
        cases: [
          { goods: { hs: [{ level: 'heading', code: '0302' }] }, rule: { kind: 'CTH' } },
          { goods: { otherwise: true }, rule: { kind: 'CC' } },
        ],
      },
    ],
  ])('parses %s', (text, rule) => {
    expect(parsePsr(text)).toEqual({ ok: true, rule });
  });

  // 38.08 as coded in psr/rcep-psr-hs2022-ko-with-en-codes.csv (Korean: "6단위 세번변경기준(다만, 유효성분(들)의 전 중량의
  // 100분의 50 이상이 원산지제품인 경우로 한정한다) 또는 … 40퍼센트 이상일 것")
  const coding3808 =
    'CTSH, provided that 50 per cent or more by weight of the active ingredient(s) is originating; or RVC40';
  it('parses the 38.08 proviso into a proviso node under the first alternative', () => {
    const r = parsePsr(coding3808);
    expect(r).toMatchObject({
      ok: true,
      rule: {
        kind: 'or',
        rules: [
          { kind: 'proviso', rule: { kind: 'CTSH' }, proviso: { kind: 'active-ingredients-originating', minPct: 50 } },
          { kind: 'RVC', threshold: 40 },
        ],
      },
    });
  });

  it('reads back a rendered proviso (round trip up to the proviso wording)', () => {
    const r = parsePsr(coding3808);
    if (!r.ok) throw new Error(r.reason);
    const back = parsePsr(renderPsrCode(r.rule));
    if (!back.ok) throw new Error(back.reason);
    expect(ruleKey(back.rule)).toBe(ruleKey(r.rule));
    expect(renderPsrRule(r.rule).zh).toContain('有效成分总重量中至少50%为原产');
  });

  it.each([
    ['', 'empty-rule'],
    ['CTH or', 'rule-expected'],
    ['CTH except from', 'level-word-expected'],
    ['CTH except from heading 8407.10', 'hs-level-mismatch'],
    ['CTH except from heading 84.071', 'bad-hs-code'],
    ['RVC', 'rvc-threshold-expected'],
    ['RVC140', 'rvc-threshold-out-of-range'],
    ['(CTH or CC', 'closing-parenthesis-expected'],
    ['CTH, CC and WO', 'ambiguous-comma-list'],
    ['CTSH, provided that 50 per cent', 'condition-not-supported'],
    [
      'CTH or CTSH, provided that 50 per cent or more by weight of the active ingredients is originating',
      'ambiguous-proviso',
    ],
    [
      'CTSH, provided that 50 per cent or more by weight of the active ingredients is originating; RVC40',
      'or-expected-after-proviso',
    ],
    ['PE', 'pe-not-a-psr'],
    ['CTH except from headings 55.11 through 55.09', 'bad-range'],
    ['CTH # RVC40', 'unexpected-character'],
  ])('rejects %j with %s', (text, reason) => {
    const r = parsePsr(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe(reason);
  });
});

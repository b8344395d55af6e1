import fc from 'fast-check';
import { rateExprSchema } from '../../../domain/schemas/index.js';
import { parseJpRate } from './parse-jp-rate.js';

// Expected values are read from the raw mirror cells cited beside each case (jp/j_NN_tariff_data.json node, or
// kcs/kcs-2025-jp.csv row = the first sheet of kcs-2025-jp.xlsx). The cell text is copied verbatim.
const ok = (text: string, lang: 'ja' | 'en' = 'ja') => {
  const r = parseJpRate(text, { lang });
  if (!r.ok) throw new Error(`expected a rate for ${JSON.stringify(text)}, got ${r.reason}`);
  return r;
};
const reason = (text: string, lang: 'ja' | 'en' = 'ja') => {
  const r = parseJpRate(text, { lang });
  return r.ok ? 'ok' : r.reason;
};

describe('parseJpRate: cells of the customs.go.jp tree', () => {
  test('ad valorem and free (j_61 6109.10-020 基本 "11.2%", RCEP中国 "4.6%"; j_85 8509.80-000 RCEP中国 "無税")', () => {
    expect(ok('11.2%').rate).toEqual({ kind: 'adValorem', pct: 11.2 });
    expect(ok('4.6%').rate).toEqual({ kind: 'adValorem', pct: 4.6 });
    expect(ok('無税').rate).toEqual({ kind: 'free' });
  });

  test('parenthesised = printed but not applied (j_61 6109.10-010 WTO協定 "(10.9%)"; j_29 2903.49-030 RCEP中国 "(1.4%)")', () => {
    expect(ok('(10.9%)')).toEqual({ ok: true, rate: { kind: 'adValorem', pct: 10.9 }, parenthesized: true });
    expect(ok('(1.4%)').parenthesized).toBe(true);
  });

  test('specific duty (j_02 0210.20-000 基本 "190円/kg", WTO "161.50円/kg"; j_07 0712.90-039 RCEP中国 "5.63円/kg")', () => {
    expect(ok('190円/kg').rate).toEqual({ kind: 'specific', amount: 190, currency: 'JPY', unit: 'kg' });
    expect(ok('161.50円/kg').rate).toEqual({ kind: 'specific', amount: 161.5, currency: 'JPY', unit: 'kg' });
    expect(ok('5.63円/kg').rate).toEqual({ kind: 'specific', amount: 5.63, currency: 'JPY', unit: 'kg' });
  });

  test('compound (j_04 0401.10-110 基本 "25%＋63円/kg")', () => {
    expect(ok('25%＋63円/kg').rate).toEqual({
      kind: 'compound',
      parts: [
        { kind: 'adValorem', pct: 25 },
        { kind: 'specific', amount: 63, currency: 'JPY', unit: 'kg' },
      ],
    });
  });

  test('whichever is higher (j_15 1504.20-000 RCEP中国 "4.4%又は2.63円/kgのうちいずれか高い税率")', () => {
    expect(ok('4.4%又は2.63円/kgのうちいずれか高い税率').rate).toEqual({
      kind: 'higherOf',
      options: [
        { kind: 'adValorem', pct: 4.4 },
        { kind: 'specific', amount: 2.63, currency: 'JPY', unit: 'kg' },
      ],
    });
  });

  test('whichever is higher with a compound option, per m2 (j_52 5208.11-092 RCEP中国)', () => {
    expect(ok('2.5%又は2%＋0.69円/㎡のうちいずれか高い税率').rate).toEqual({
      kind: 'higherOf',
      options: [
        { kind: 'adValorem', pct: 2.5 },
        {
          kind: 'compound',
          parts: [
            { kind: 'adValorem', pct: 2 },
            { kind: 'specific', amount: 0.69, currency: 'JPY', unit: 'm2' },
          ],
        },
      ],
    });
  });

  test('whichever is lower (j_28 2836.20-100 RCEP中国 "2.5%又は0.76円/kgのうちいずれか低い税率")', () => {
    expect(ok('2.5%又は0.76円/kgのうちいずれか低い税率').rate.kind).toBe('lowerOf');
  });

  test('conditional toe-cap footwear (j_64 6402.91-000 RCEP中国), Japanese condition text kept in when.ja', () => {
    expect(ok('保護用の金属製トーキャップを有するもの　4.8%\nその他のもの　5.7%').rate).toEqual({
      kind: 'conditional',
      cases: [
        { when: { ja: '保護用の金属製トーキャップを有するもの' }, rate: { kind: 'adValorem', pct: 4.8 } },
        { when: { ja: 'その他のもの' }, rate: { kind: 'adValorem', pct: 5.7 } },
      ],
    });
  });

  test('three cases (j_16 1605.69-400 RCEP中国 "うに 6.3% / くらげ 4.5% / その他のもの 4.4%")', () => {
    const r = ok('うに　6.3%\nくらげ　4.5%\nその他のもの　4.4%').rate;
    expect(r.kind === 'conditional' && r.cases.map((c) => [c.when.ja, c.rate])).toEqual([
      ['うに', { kind: 'adValorem', pct: 6.3 }],
      ['くらげ', { kind: 'adValorem', pct: 4.5 }],
      ['その他のもの', { kind: 'adValorem', pct: 4.4 }],
    ]);
  });

  test('quarantine reasons, never a guess', () => {
    expect(reason('●1.6%〜2.2%')).toBe('varies-by-subcode'); // j_03 0304.69-000 RCEP中国
    expect(reason('●2.2%又は非譲許')).toBe('varies-by-subcode'); // j_03 0302.73-000 RCEP中国
    expect(reason('無税〜(2.4%)又は非譲許')).toBe('partly-not-conceded'); // j_85 8524.11-000 RCEP中国
    expect(reason('無税〜(5.5%)')).toBe('range'); // j_12 1211.90-120 RCEP中国
    expect(reason('こい　1.6%')).toBe('single-condition'); // j_03 0301.99-290 RCEP中国
    expect(reason('(73.70円−課税価格)/kg')).toBe('value-dependent'); // j_07 0703.10-012 基本
    expect(reason('◎無税')).toBe('marked'); // j_22 2207.10-121 基本
    expect(reason('*(55円/kg)')).toBe('marked'); // j_10 1001.11-090 WTO協定
    expect(reason('(一部3.5%)')).toBe('partial'); // j_03 0302.89-293 WTO協定
    expect(reason('')).toBe('empty');
  });

  test('a bare ● or 非譲許 is not conceded', () => {
    expect(ok('非譲許').rate).toEqual({ kind: 'notConceded' });
    expect(ok('●').rate).toEqual({ kind: 'notConceded' });
  });
});

describe('parseJpRate: KCS 2025 Japan cells (English wording)', () => {
  test('free, parenthesised, specific, whichever-greater (kcs-2025-jp rows 13773, 266, 2415)', () => {
    expect(ok('Free', 'en').rate).toEqual({ kind: 'free' });
    expect(ok('(Free)', 'en').parenthesized).toBe(true);
    expect(ok('161.50 yen/kg', 'en').rate).toEqual({ kind: 'specific', amount: 161.5, currency: 'JPY', unit: 'kg' });
    expect(ok('4.8% or 2.89 yen/kg, whichever is the greater', 'en').rate.kind).toBe('higherOf');
  });

  test('conditional toe-cap (kcs-2025-jp row 10889 RCEP중국), condition in when.en', () => {
    expect(ok('Incorporating a protective metal toe-cap 5.1% \nOther 6.1%', 'en').rate).toEqual({
      kind: 'conditional',
      cases: [
        { when: { en: 'Incorporating a protective metal toe-cap' }, rate: { kind: 'adValorem', pct: 5.1 } },
        { when: { en: 'Other' }, rate: { kind: 'adValorem', pct: 6.1 } },
      ],
    });
  });

  test('KCS markers (! = ●, # = ◎, ranges)', () => {
    expect(reason('! 2.5%～(4.4%)', 'en')).toBe('varies-by-subcode'); // row 4765 WTO협정
    expect(reason('#Free', 'en')).toBe('marked');
    expect(reason('Free～(2.6%)', 'en')).toBe('range'); // row 14187 RCEP중국
  });
});

describe('parseJpRate properties', () => {
  const pieces = [
    '無税',
    '%',
    '円',
    '/kg',
    '又は',
    'のうちいずれか高い税率',
    '＋',
    '+',
    '(',
    ')',
    '●',
    '非譲許',
    '〜',
    '\n',
    '　',
    ' ',
    'その他のもの',
    'Free',
    ' or ',
    'whichever is the greater',
    '1',
    '2.5',
    '10',
    '*',
  ];
  const cell = fc.oneof(
    fc.string(),
    fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((a) => a.join('')),
  );

  test('never throws; every result is a valid RateExpr or a typed failure', () => {
    fc.assert(
      fc.property(cell, fc.constantFrom('ja' as const, 'en' as const), (s, lang) => {
        const r = parseJpRate(s, { lang });
        if (r.ok) expect(rateExprSchema.safeParse(r.rate).success).toBe(true);
        else expect(r.reason).toMatch(/^[a-z]+(-[a-z]+)*$/);
      }),
      { numRuns: 500 },
    );
  });

  test('any "N%" parses to that percentage', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), (i, d) => {
        const text = `${i}.${d}%`;
        const r = parseJpRate(text);
        expect(r.ok && r.rate).toEqual({ kind: 'adValorem', pct: Number(`${i}.${d}`) });
      }),
    );
  });
});

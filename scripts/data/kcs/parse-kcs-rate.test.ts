import fc from 'fast-check';
import { rateExprSchema } from '../../../domain/schemas/index.js';
import { parseAuPhaseDown, rateInYear } from './au-path.js';
import { parseKcsRate } from './parse-kcs-rate.js';

// Cell texts below are copied from the KCS 2025 tables (kcs/kcs-2025-<xx>.xlsx); the row is cited.
describe('parseKcsRate', () => {
  it('reads percentages and free markers', () => {
    expect(parseKcsRate('5%')).toEqual({ kind: 'rate', rate: { kind: 'adValorem', pct: 5 } });
    expect(parseKcsRate('22.5%')).toEqual({ kind: 'rate', rate: { kind: 'adValorem', pct: 22.5 } });
    expect(parseKcsRate('0%')).toEqual({ kind: 'rate', rate: { kind: 'free' } });
    for (const t of ['Free', 'Exempted', 'zero', ' Free '])
      expect(parseKcsRate(t)).toEqual({ kind: 'rate', rate: { kind: 'free' } });
  });
  it('reads markers as what they say', () => {
    expect(parseKcsRate('미양허')).toEqual({ kind: 'rate', rate: { kind: 'notConceded' } });
    expect(parseKcsRate('MFN')).toEqual({ kind: 'rate', rate: { kind: 'notConceded' } });
    expect(parseKcsRate('미확인')).toEqual({ kind: 'unconfirmed' });
    expect(parseKcsRate('')).toEqual({ kind: 'empty' });
    expect(parseKcsRate('\u3000')).toEqual({ kind: 'empty' });
    expect(parseKcsRate('Prohibited')).toEqual({ kind: 'invalid', reason: 'import-prohibited' }); // LA row 1519
  });
  it('reads specific rates with the table currency', () => {
    // BN MFN "5¢/kg" style; AU "$3.27 /L of alcohol"; ID "Rp. 450,-/kg"; TH "5 baht/Litre"
    expect(parseKcsRate('25¢/kg', { dollar: 'BND' })).toEqual({
      kind: 'rate',
      rate: { kind: 'specific', amount: 0.25, currency: 'BND', unit: 'kg' },
    });
    expect(parseKcsRate('$3.27 /L of alcohol', { dollar: 'AUD' })).toEqual({
      kind: 'rate',
      rate: { kind: 'specific', amount: 3.27, currency: 'AUD', unit: 'l alc' },
    });
    expect(parseKcsRate('Rp. 7,000,-/liter')).toEqual({
      kind: 'rate',
      rate: { kind: 'specific', amount: 7000, currency: 'IDR', unit: 'l' },
    });
    expect(parseKcsRate('per l al $4.29', { dollar: 'NZD' })).toEqual({
      kind: 'rate',
      rate: { kind: 'specific', amount: 4.29, currency: 'NZD', unit: 'l alc' },
    });
    // KH prints "$" without saying which dollar: refused, not guessed (kcs-2025-kh.xlsx row 2897 "15%+0.02$/l")
    expect(parseKcsRate('15%+0.02$/l')).toEqual({ kind: 'invalid', reason: 'currency-unknown' });
  });
  it('reads compound, alternative and quota forms', () => {
    expect(parseKcsRate('5% plus $3.27/l al', { dollar: 'NZD' })).toEqual({
      kind: 'rate',
      rate: {
        kind: 'compound',
        parts: [
          { kind: 'adValorem', pct: 5 },
          { kind: 'specific', amount: 3.27, currency: 'NZD', unit: 'l alc' },
        ],
      },
    });
    // TH: "A or B" read as the higher (kcs-config.ts); without that option it is refused
    expect(parseKcsRate('30% or 25 baht/Kilogram', { orMeansHigher: true })).toEqual({
      kind: 'rate',
      rate: {
        kind: 'higherOf',
        options: [
          { kind: 'adValorem', pct: 30 },
          { kind: 'specific', amount: 25, currency: 'THB', unit: 'kg' },
        ],
      },
    });
    expect(parseKcsRate('30% or 25 baht/Kilogram')).toEqual({ kind: 'invalid', reason: 'alternative-rate-ambiguous' });
    // AU kcs-2025-au.xlsx row 1363 MFN "5%, or, if lower, $0.45/kg TSS"
    expect(parseKcsRate('5%, or, if lower, $0.45/kg TSS', { dollar: 'AUD' })).toEqual({
      kind: 'rate',
      rate: {
        kind: 'lowerOf',
        options: [
          { kind: 'adValorem', pct: 5 },
          { kind: 'specific', amount: 0.45, currency: 'AUD', unit: 'kg total soluble solids' },
        ],
      },
    });
    const quota = parseKcsRate('In: 15.00% Out: 20.00%'); // MY RCEP, kcs-2025-my.xlsx row 27
    expect(quota.kind === 'rate' && quota.rate.kind === 'conditional' && quota.rate.cases.map((c) => c.rate)).toEqual([
      { kind: 'adValorem', pct: 15 },
      { kind: 'adValorem', pct: 20 },
    ]);
  });
  it('refuses what it cannot read', () => {
    expect(parseKcsRate('4%/5.6%').kind).toBe('invalid'); // VN RCEP_CHN row 9879
    expect(
      parseKcsRate('The rate applicable to the machine or appliance for which the article has been designed'),
    ).toEqual({
      kind: 'invalid',
      reason: 'rate-by-reference',
    });
    expect(parseKcsRate('5% and RM1.30').kind).toBe('invalid'); // MY row 1175: no unit printed
  });
  it('never throws and every rate it returns is schema-valid', () => {
    const pieces = fc.constantFrom(
      '5%',
      'Free',
      ' or ',
      ' plus ',
      '$',
      '¢',
      '/kg',
      'per l ',
      'In:',
      ' Out: ',
      '미양허',
      '(NHN: 30%)',
      ', Other - ',
      '1,0',
      '.',
      ' ',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces, { maxLength: 8 }).map((a) => a.join('')),
        ),
        fc.boolean(),
        (s, higher) => {
          const r = parseKcsRate(s, { dollar: 'AUD', orMeansHigher: higher });
          if (r.kind === 'rate') expect(rateExprSchema.safeParse(r.rate).success).toBe(true);
          const p = parseAuPhaseDown(s);
          expect(['single', 'path', 'empty', 'unconfirmed', 'invalid']).toContain(p.kind);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('parseAuPhaseDown', () => {
  it('turns the phase-down text into RCEP years (1 January 2022 = Year 1)', () => {
    // kcs-2025-au.xlsx row 6740 (6402919011), RCEP cell
    const r = parseAuPhaseDown('4%\nFrom 1 January 2024: 3%\nFrom 1 January 2026: 2%\nFrom 1 January 2028: Free');
    expect(r).toEqual({
      kind: 'path',
      years: [
        { rcepYear: 1, rate: { kind: 'adValorem', pct: 4 } },
        { rcepYear: 3, rate: { kind: 'adValorem', pct: 3 } },
        { rcepYear: 5, rate: { kind: 'adValorem', pct: 2 } },
        { rcepYear: 7, rate: { kind: 'free' } },
      ],
    });
    if (r.kind === 'path') expect(rateInYear(r.years, 4)).toEqual({ rcepYear: 3, rate: { kind: 'adValorem', pct: 3 } });
  });
  it('accepts a missing colon and a path that starts with a date', () => {
    const r = parseAuPhaseDown('From 1 January 2022: 4% From 1 January 2023 3% From 1 January 2024 Free');
    expect(r.kind === 'path' && r.years.map((y) => y.rcepYear)).toEqual([1, 2, 3]);
  });
  it('refuses dates that are not 1 January and years out of order', () => {
    expect(parseAuPhaseDown('5% From 1 July 2023: 4%')).toEqual({
      kind: 'invalid',
      reason: 'path-date-not-year-start',
    });
    expect(parseAuPhaseDown('2% From 1 January 2023: 1% From 1 January 2022: Free')).toEqual({
      kind: 'invalid',
      reason: 'path-years-not-increasing',
    });
  });
});

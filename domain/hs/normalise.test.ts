import fc from 'fast-check';
import { isCodeError, normaliseCode } from './normalise';

describe('normaliseCode', () => {
  it.each([
    ['8509.80', '850980', 'subheading'],
    ['850980', '850980', 'subheading'],
    ['8509 80 10', '85098010', 'national'],
    ['6109.10-020', '610910020', 'national'],
    ['８５０９', '8509', 'heading'],
    ['８５０９．８０', '850980', 'subheading'],
    [' 85.09 ', '8509', 'heading'],
    ['85', '85', 'chapter'],
    ['8509.80.90.00', '8509809000', 'national'],
    ['8509.80 100', '850980100', 'national'],
    ['HS 8509.80', '850980', 'subheading'],
  ])('%s -> %s (%s)', (input, digits, level) => {
    const r = normaliseCode(input);
    expect(isCodeError(r)).toBe(false);
    if (!isCodeError(r)) {
      expect(r.digits).toBe(digits);
      expect(r.level).toBe(level);
    }
  });

  it('keeps a stated version', () => {
    expect(normaliseCode('HS2012 8509.80')).toMatchObject({ digits: '850980', version: '2012' });
  });

  it.each([
    ['', 'empty-code'],
    ['   ', 'empty-code'],
    ['abc', 'not-a-code'],
    ['8509x', 'not-a-code'],
    ['850', 'bad-code-length'],
    ['85098', 'bad-code-length'],
    ['8509801234567', 'bad-code-length'],
    ['0012', 'bad-chapter'],
    ['1'.repeat(50), 'code-too-long'],
  ])('%j -> %s', (input, reason) => {
    expect(normaliseCode(input)).toEqual({ error: { reason, field: 'code' } });
  });

  it('never throws; every failure is a typed error', () => {
    const reasons = new Set(['empty-code', 'not-a-code', 'bad-code-length', 'bad-chapter', 'code-too-long']);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[0-9 .-]{0,16}$/)), (s) => {
        const r = normaliseCode(s);
        if (isCodeError(r)) return reasons.has(r.error.reason);
        return /^\d{2,12}$/.test(r.digits) && r.digits.length !== 3 && r.digits.length !== 5;
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts any digits with separators of a valid length', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{5}$/), fc.constantFrom('', '.', ' ', '-'), (d, sep) => {
        const r = normaliseCode(`${d.slice(0, 4)}${sep}${d.slice(4)}`);
        return !isCodeError(r) && r.digits === d;
      }),
    );
  });

  it('survives non-string input', () => {
    expect(normaliseCode(42 as unknown)).toEqual({ error: { reason: 'not-a-code', field: 'code' } });
  });
});

import fc from 'fast-check';
import type { RateExpr } from '../schemas/index.js';
import { compareRates } from './compare-rate';
import { adValoremOf, evaluateRate } from './evaluate-rate';

const adv = (pct: number): RateExpr => ({ kind: 'adValorem', pct });
const jpyKg = (amount: number): RateExpr => ({ kind: 'specific', amount, currency: 'JPY', unit: 'kg' });

describe('evaluateRate', () => {
  it('ad valorem on a value (1000 x 7.4% = 74)', () => {
    expect(evaluateRate(adv(7.4), { value: 1000, currency: 'JPY' })).toMatchObject({
      kind: 'amount',
      amount: 74,
      currency: 'JPY',
      adValoremEquivalent: 7.4,
    });
  });
  it('free is 0 and needs nothing', () => {
    expect(evaluateRate({ kind: 'free' })).toMatchObject({ kind: 'amount', amount: 0 });
  });
  it('asks for what is missing', () => {
    expect(evaluateRate(adv(5))).toEqual({ kind: 'needs-value' });
    expect(evaluateRate(jpyKg(10), { value: 100 })).toEqual({ kind: 'needs-quantity', unit: 'kg' });
  });
  it('specific duty: 20 kg x 10 JPY/kg = 200 JPY; AVE when the value is in JPY', () => {
    expect(evaluateRate(jpyKg(10), { quantity: 20, value: 4000, currency: 'JPY' })).toMatchObject({
      amount: 200,
      currency: 'JPY',
      adValoremEquivalent: 5,
    });
  });
  it('never converts currencies', () => {
    const r = evaluateRate(
      { kind: 'compound', parts: [adv(5), jpyKg(10)] },
      { value: 100, currency: 'USD', quantity: 2 },
    );
    expect(r).toEqual({ kind: 'currency-mismatch', rateCurrency: 'JPY', valueCurrency: 'USD' });
  });
  it('compound and whichever-higher in one currency', () => {
    // 5% of 10000 = 500; 10 JPY/kg x 30 = 300
    expect(
      evaluateRate({ kind: 'compound', parts: [adv(5), jpyKg(10)] }, { value: 10000, currency: 'JPY', quantity: 30 }),
    ).toMatchObject({ amount: 800 });
    expect(
      evaluateRate({ kind: 'higherOf', options: [adv(5), jpyKg(10)] }, { value: 10000, currency: 'JPY', quantity: 30 }),
    ).toMatchObject({ amount: 500 });
    expect(
      evaluateRate({ kind: 'lowerOf', options: [adv(5), jpyKg(10)] }, { value: 10000, currency: 'JPY', quantity: 30 }),
    ).toMatchObject({ amount: 300 });
  });
  it('conditional rates give every case', () => {
    const r = evaluateRate(
      {
        kind: 'conditional',
        cases: [
          { when: { ja: 'a' }, rate: adv(4.8) },
          { when: { ja: 'b' }, rate: adv(5.7) },
        ],
      },
      { value: 1000, currency: 'CNY' },
    );
    expect(r.kind).toBe('conditional');
    if (r.kind === 'conditional')
      expect(r.cases.map((c) => (c.duty.kind === 'amount' ? c.duty.amount : null))).toEqual([48, 57]);
  });
  it('not conceded', () => {
    expect(evaluateRate({ kind: 'notConceded' }, { value: 1 })).toEqual({ kind: 'not-conceded' });
    expect(adValoremOf({ kind: 'notConceded' })).toBeNull();
  });
  it('never throws on random ad valorem rates and values', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        (pct, value) => {
          const r = evaluateRate(adv(pct), { value, currency: 'CNY' });
          return r.kind === 'amount' && r.amount >= 0;
        },
      ),
    );
  });
});

describe('compareRates', () => {
  it.each([
    [adv(4.6), adv(7.4), -1],
    [adv(25), adv(25), 0],
    [{ kind: 'free' } as RateExpr, adv(0), 0],
    [adv(12), adv(10), 1],
    [adv(5), jpyKg(10), null],
    [jpyKg(8), jpyKg(10), -1],
    [{ kind: 'higherOf', options: [adv(5), jpyKg(10)] } as RateExpr, adv(4), 1],
    [
      {
        kind: 'conditional',
        cases: [
          { when: {}, rate: adv(4.8) },
          { when: {}, rate: adv(5.7) },
        ],
      } as RateExpr,
      adv(8),
      -1,
    ],
  ])('%j vs %j -> %p', (a, b, want) => {
    expect(compareRates(a, b)).toBe(want);
  });
});

import { parseValues } from './parse-values.js';
import { parseExclusions } from '../../../domain/ingest/annex1-exclusions.js';
import { parseParty } from './import-annex1.js';

describe('parseValues (Annex I extract cells)', () => {
  it('complete list: base then years', () => {
    const p = parseValues('10%|9%|0%');
    expect(p.base).toEqual({ kind: 'adValorem', pct: 10 });
    expect(p.years).toEqual([
      { rcepYear: 1, rate: { kind: 'adValorem', pct: 9 } },
      { rcepYear: 2, rate: { kind: 'free' } },
    ]);
    expect(p.total).toBe(3);
    expect(p.elided).toBeUndefined();
  });
  it('elision with a count: never fills the gap', () => {
    const p = parseValues('10.0%|0.0%|...(5 values)');
    expect(p.years).toHaveLength(1);
    expect(p.elided).toEqual({ fromYear: 2, toYear: 4 });
  });
  it('values after an elision with a count get the last years', () => {
    const p = parseValues('8%|4%|...(5 values)|1%|0%');
    expect(p.years.map((y) => y.rcepYear)).toEqual([1, 3, 4]);
    expect(p.elided).toEqual({ fromYear: 2, toYear: 2 });
  });
  it('values after an elision without a count stay unplaced', () => {
    const p = parseValues("30%|28%|...|2%|0% + remark 'Unbound for China'");
    expect(p.unplaced).toEqual(['2%', '0%']);
    expect(p.remark).toBe('Unbound for China');
    expect(p.elided).toEqual({ fromYear: 2 });
  });
  it('in every column, with and without a count', () => {
    expect(parseValues('25 in every column (3 values)').years).toHaveLength(2);
    const p = parseValues('Free in every column');
    expect(p.everyColumn).toEqual({ kind: 'free' });
    expect(p.years).toEqual([]);
  });
  it('unparseable cells are reported, not guessed', () => {
    expect(parseValues('5%|abc').bad).toEqual(['abc']);
  });
});

describe('party labels and remarks', () => {
  it('reads the schedule a row belongs to', () => {
    expect(parseParty('AU')).toEqual({ party: 'AU', forParties: 'all' });
    expect(parseParty('KR (for CN)')).toEqual({ party: 'KR', forParties: ['CN'] });
    expect(parseParty('PH (common)')).toEqual({ party: 'PH', forParties: 'all' });
    expect(parseParty('XX')).toBeUndefined();
  });
  it('"Unbound for China" excludes CN', () => {
    expect(parseExclusions('Unbound for China')).toEqual(['CN']);
    expect(parseExclusions(undefined)).toEqual([]);
  });
});

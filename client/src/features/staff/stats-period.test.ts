import { statsPeriod } from './stats-period.js';

describe('statistics period', () => {
  test('no dates: all checks', () => {
    expect(statsPeriod('', '')).toEqual({ ok: true, query: '' });
  });
  test('"to" is inclusive: the API gets the next day (its to is exclusive), also across a month and a year end', () => {
    expect(statsPeriod('2026-11-01', '2026-11-30')).toEqual({ ok: true, query: '?from=2026-11-01&to=2026-12-01' });
    expect(statsPeriod('', '2026-12-31')).toEqual({ ok: true, query: '?to=2027-01-01' });
    expect(statsPeriod('2026-11-24', '')).toEqual({ ok: true, query: '?from=2026-11-24' });
  });
  test('a reversed period or a date that is not one is refused with a reason', () => {
    expect(statsPeriod('2026-11-30', '2026-11-01')).toEqual({ ok: false, reason: 'period-reversed' });
    expect(statsPeriod('2026-02-30x', '')).toEqual({ ok: false, reason: 'date-invalid' });
  });
});

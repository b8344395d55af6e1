import { RuleFailureTally, ruleFailureRows } from './stats-rule-failures.js';

// SYNTHETIC failure records as the server stores them in summary.failure
describe('RuleFailureTally', () => {
  it('bands include their lower bound; the median of an even count is the mean of the middle two', () => {
    const t = new RuleFailureTally();
    for (const short of [5, 10, 20, 0.5]) t.add({ unit: '8701', failed: [{ rule: 'RVC40', short }] }, '87', 'VN');
    const [r] = t.result();
    expect(Object.keys(r.shortBands)).toEqual(['0-5', '5-10', '10-20', '20+']);
    // sorted 0.5, 5, 10, 20: median (5 + 10) / 2 = 7.5
    expect(r).toEqual({
      rule: 'RVC40',
      chapter: '87',
      dest: 'VN',
      count: 4,
      measure: 'points',
      medianShort: 7.5,
      shortBands: { '0-5': 1, '5-10': 1, '10-20': 1, '20+': 1 },
    });
    expect(ruleFailureRows([r])).toContainEqual({
      dimension: 'rule-failed-median-short-points',
      key: 'RVC40/87/VN',
      count: 7.5,
    });
  });

  it('CTC shortfalls are counted in materials; WO has no figure', () => {
    const t = new RuleFailureTally();
    t.add({ unit: '8509', failed: [{ rule: 'CTH', short: 3 }] }, '85', 'JP');
    t.add({ unit: '01', failed: [{ rule: 'WO', short: null }] }, '01', 'JP');
    expect(t.result()).toEqual([
      {
        rule: 'CTH',
        chapter: '85',
        dest: 'JP',
        count: 1,
        measure: 'materials',
        medianShort: 3,
        shortBands: { '3-5': 1 },
      },
      { rule: 'WO', chapter: '01', dest: 'JP', count: 1, measure: null, medianShort: null, shortBands: {} },
    ]);
  });

  it('ignores anything that is not a rule code the engine writes (no free text reaches the statistics)', () => {
    const t = new RuleFailureTally();
    t.add(
      {
        failed: [
          { rule: 'Secret Firm Ltd', short: 1 },
          { rule: 'RVC40 13800000000', short: 2 },
        ],
      },
      '87',
      'JP',
    );
    t.add(null, '87', 'JP');
    t.add('not an object', '87', 'JP');
    t.add({ failed: [{ rule: 'RVC40', short: 1 }] }, undefined, 'JP');
    expect(t.result()).toEqual([]);
  });
});

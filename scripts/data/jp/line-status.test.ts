import { mergedMfn, mergedRcep, type SourceRow } from './line-status.js';

// Rows shaped like the two seasonal nodes of 0805.40-000 (jp/j_08_tariff_data.json, grapefruit): 基本 10% inherited
// from the 0805.40 group row, WTO (10%) and RCEP中国 6.3% on each season row.
const season = (when: string, rcep: string): SourceRow => ({
  when: { ja: when },
  mfn: { general: '10%', wto: '(10%)' },
  rcep,
});

describe('merging the rows of one code', () => {
  test('equal rates on both seasons give one rate (0805.40-000: RCEP中国 6.3% on both rows)', () => {
    const rows = [
      season('毎年6月1日から同年11月30日までに輸入されるもの', '6.3%'),
      season('毎年12月1日から翌年5月31日までに輸入されるもの', '6.3%'),
    ];
    expect(mergedRcep(rows, 'ja', 'jp-rcep-china')).toEqual({
      kind: 'rate',
      rate: { kind: 'adValorem', pct: 6.3 },
      printed: '6.3% | 6.3%',
    });
    expect(mergedMfn(rows, 'ja')).toMatchObject({ ok: true, value: { kind: 'adValorem', pct: 10 } });
  });

  test('all rows blank = blank, printed as an empty cell (0805.10-000: RCEP中国 blank on both rows)', () => {
    expect(mergedRcep([season('a', ''), season('b', '')], 'ja', 'jp-rcep-china')).toEqual({
      kind: 'blank',
      printed: '',
    });
  });

  test('one row blank, one rated: conditional with a not-conceded case; a failing row fails the code', () => {
    const r = mergedRcep([season('a', ''), season('b', '5%')], 'ja', 'jp-rcep-china');
    expect(r).toMatchObject({
      kind: 'rate',
      rate: {
        kind: 'conditional',
        cases: [{ when: { ja: 'a' }, rate: { kind: 'notConceded' } }, { when: { ja: 'b' } }],
      },
    });
    expect(mergedRcep([season('a', '●1%〜2%')], 'ja', 'jp-rcep-china')).toMatchObject({
      kind: 'failed',
      reason: 'jp-rcep-china-varies-by-subcode',
    });
  });
});

import { parseChapterRange, rangeLabel } from './chapter-range';

describe('parseChapterRange', () => {
  it.each([
    ['84-85', { from: '84', to: '85' }],
    ['84–85', { from: '84', to: '85' }], // en dash, as printed in the issue
    ['84 — 85', { from: '84', to: '85' }],
    ['84~85', { from: '84', to: '85' }],
    ['８４－８５', { from: '84', to: '85' }], // full-width digits and hyphen
    ['84至85', { from: '84', to: '85' }],
    ['61', { from: '61', to: '61' }],
    ['8', { from: '08', to: '08' }],
    ['1-97', { from: '01', to: '97' }],
    ['76-78', { from: '76', to: '78' }], // a range may span the reserved chapter 77
  ])('%s', (text, want) => expect(parseChapterRange(text)).toEqual(want));

  it.each([
    ['85-84', 'chapters-reversed'],
    ['00', 'chapters-not-hs'],
    ['98-99', 'chapters-not-hs'],
    ['97-98', 'chapters-not-hs'],
    ['77', 'chapters-reserved'],
    ['', 'chapters-invalid'],
    ['8509', 'chapters-invalid'],
    ['84-85-86', 'chapters-invalid'],
    ['abc', 'chapters-invalid'],
    ['1'.repeat(30), 'chapters-invalid'],
  ])('%s is refused: %s', (text, reason) =>
    expect(parseChapterRange(text)).toEqual({ error: { reason, field: 'chapters' } }),
  );

  it('labels a range', () => {
    expect(rangeLabel({ from: '84', to: '85' })).toBe('84–85');
    expect(rangeLabel({ from: '61', to: '61' })).toBe('61');
  });
});

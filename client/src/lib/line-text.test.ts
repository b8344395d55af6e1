import { lineOwnText } from './line-text.js';

describe('lineOwnText', () => {
  it('keeps only the words after the subheading text of a Japanese line', () => {
    // data/packs/tariff-jp.json 160100900, from jp/j_16_tariff_data.json 1601.00-900
    expect(
      lineOwnText(
        'Meat preparations; sausages and similar products, of meat, meat offal, blood or insects, and food preparations based on these products — Other',
      ),
    ).toBe('Other');
  });
  it('leaves a text without the separator as it is', () => {
    expect(lineOwnText('- - Other')).toBe('- - Other');
    expect(lineOwnText('Saddles')).toBe('Saddles');
  });
});

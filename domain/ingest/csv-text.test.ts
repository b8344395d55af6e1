import { parseCsvText } from './csv-text.js';

describe('parseCsvText', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks', () => {
    const text = '\uFEFFparty,description\r\nJP,"Vacuum cleaners, ""robot"" type"\r\nKH,"two\nlines"\r\n';
    expect(parseCsvText(text)).toEqual([
      ['party', 'description'],
      ['JP', 'Vacuum cleaners, "robot" type'],
      ['KH', 'two\nlines'],
    ]);
  });

  it('drops blank and comma-only rows and keeps a last row without a line break', () => {
    expect(parseCsvText('a,b\n\n,,\n 1 , 2 ')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps empty cells inside a row', () => {
    expect(parseCsvText('a,,c\n')).toEqual([['a', '', 'c']]);
  });
});

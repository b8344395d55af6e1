/** The zip-based sheet reader on workbooks made here (ExcelJS writer): text survives whatever the byte layout. */
import ExcelJS from 'exceljs';
import { readFirstSheet } from './read-first-sheet.js';

const book = async (fill: (wb: ExcelJS.Workbook) => void): Promise<Buffer> => {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
};

// 3-byte UTF-8 characters of every kind the KCS tables print: Chinese, Korean, Japanese, full-width Latin
const WORDS = ['中华人民共和国', '관세율표', '磁器製のもの', 'WTO (Ｆｒｅｅ)', '８５０９．８０', '咖啡研磨机'];

it('reads 30,000 cells of multi-byte text back exactly (no character split at any boundary)', async () => {
  const want: string[][] = [['code', '名称', '세율']];
  for (let i = 0; i < 10000; i++)
    want.push([`${8509800000 + i}`, `${WORDS[i % WORDS.length]}${'・'.repeat(i % 7)}${i}`, `${i % 30}%`]);
  const buf = await book((wb) => {
    const ws = wb.addWorksheet('first');
    for (const r of want) ws.addRow(r);
  });
  const rows = readFirstSheet(buf);
  expect(rows).toEqual(want);
  expect(rows.flat().some((c) => c.includes('\uFFFD'))).toBe(false);
});

it('takes the first sheet in workbook order, joins rich text, keeps gaps and trims cells', async () => {
  const buf = await book((wb) => {
    const a = wb.addWorksheet('tariff');
    a.getCell('A1').value = { richText: [{ text: '한-중 ' }, { text: 'FTA', font: { bold: true } }] };
    a.getCell('C1').value = '  5%  ';
    a.getCell('A3').value = 12.5;
    a.getCell('B3').value = true;
    a.getCell('C3').value = 'a & b < c';
    wb.addWorksheet('stray').getCell('A1').value = 'not this one';
  });
  expect(readFirstSheet(buf)).toEqual([['한-중 FTA', '', '5%'], [], ['12.5', 'true', 'a & b < c']]);
});

it('refuses what is not a workbook, with a reason', () => {
  expect(() => readFirstSheet(Buffer.from('not a zip at all, just text'))).toThrow(/not a zip archive/);
});

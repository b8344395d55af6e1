import '../../../test-utils/polyfills.js';
import ExcelJS from 'exceljs';
import { readBatchFile } from './batch-files.js';

// SYNTHETIC: a large workbook of Chinese product names written here. The batch reads XLSX with ExcelJS's
// whole-workbook reader, which decodes each sheet as one string, unlike its streaming reader (which split
// multi-byte characters at chunk boundaries, exceljs issues #2063/#2316): every name must come back whole.
const NAMES = [
  '柑橘（鲜或干）',
  '液晶显示板',
  '咖啡研磨机',
  '棉制针织T恤衫',
  '家用电动食品研磨机',
  'ＷＴＯ（Ｆｒｅｅ）',
];

test('a 20,000-row workbook of Chinese names reads back exactly, with no U+FFFD', async () => {
  const want = [['HS 编码', '品名', '目的国']];
  for (let i = 0; i < 20000; i++)
    want.push([`8509.${String(i % 100).padStart(2, '0')}`, `${NAMES[i % NAMES.length]}${i}`, 'KR']);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('批量');
  for (const r of want) ws.addRow(r);
  const buf = await wb.xlsx.writeBuffer();
  const file = new File([buf as ArrayBuffer], '批量查询.xlsx');
  if (typeof file.arrayBuffer !== 'function') Object.assign(file, { arrayBuffer: async () => buf });
  const rows = await readBatchFile(file);
  expect(rows.length).toBe(want.length);
  expect(rows.flat().filter((c) => c.includes('\uFFFD'))).toEqual([]);
  expect(rows).toEqual(want);
}, 120_000);

import Papa from 'papaparse';
import type { BatchResult } from './run-batch.js';

/** text of every cell of the first worksheet, row by row (XLSX via exceljs, loaded only when needed) */
async function readXlsx(buf: ArrayBuffer): Promise<string[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf);
  const ws = wb.worksheets[0];
  const rows: string[][] = [];
  ws?.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (c, n) => {
      cells[n - 1] = c.text ?? '';
    });
    rows.push(Array.from(cells, (c) => c ?? ''));
  });
  return rows;
}

/** an uploaded .csv or .xlsx file as rows of cell text */
export async function readBatchFile(file: File): Promise<string[][]> {
  if (/\.xlsx$/i.test(file.name)) return readXlsx(await file.arrayBuffer());
  const text = (await file.text()).replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data.map((r) => r.map((c) => (c ?? '').trim()));
}

export const RESULT_COLUMNS = [
  'row',
  'input',
  'code',
  'dest',
  'mfn',
  'mfnMax',
  'rcep',
  'rcepMax',
  'lineCount',
  'freeLines',
  'rcepStatus',
  'rcepYear',
  'saving',
  'currency',
  'verdict',
  'programmes',
  'flags',
  'error',
] as const;

const guard = (v: unknown) => {
  const s = Array.isArray(v) ? v.join(' ') : v === null || v === undefined ? '' : String(v);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
};

const table = (results: BatchResult[]) =>
  results.map((r) => RESULT_COLUMNS.map((c) => (typeof r[c] === 'number' ? r[c] : guard(r[c]))));

export function resultsCsv(results: BatchResult[]): string {
  return '\uFEFF' + Papa.unparse({ fields: [...RESULT_COLUMNS], data: table(results) });
}

export async function resultsXlsx(results: BatchResult[]): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('rcep-batch');
  ws.addRow([...RESULT_COLUMNS]);
  for (const row of table(results)) ws.addRow(row);
  // the national lines behind each row priced as a range
  const lines = wb.addWorksheet('lines');
  lines.addRow(['row', 'code', 'mfn', 'rcep', 'rcepStatus']);
  for (const r of results) for (const l of r.lines) lines.addRow([r.row, l.code, l.mfn, l.rcep, l.rcepStatus]);
  const buf = await wb.xlsx.writeBuffer();
  return new Blob([buf], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

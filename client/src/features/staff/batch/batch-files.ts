import type { TFunction } from 'i18next';
import Papa from 'papaparse';
import { MACHINE_COLUMNS, rowIds, rowWords, WORD_COLUMNS } from './batch-words.js';
import type { BatchResult } from './run-batch.js';

/** the largest XLSX accepted, checked before a byte of it is parsed (a workshop sheet of 1000 rows is ~100 KB) */
export const MAX_XLSX_BYTES = 5 * 1024 * 1024;
/** the most its parts may inflate to, read from the zip's central directory before it is unpacked */
export const MAX_XLSX_INFLATED = 50 * 1024 * 1024;
/** the largest CSV read as text */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

/** why a file is refused before it is read; the page shows it in words */
export class BatchFileError extends Error {
  constructor(readonly reason: 'file-too-large' | 'xlsx-inflates-too-much' | 'xlsx-unreadable') {
    super(reason);
  }
}

/**
 * Total uncompressed size declared by the zip's central directory (an XLSX is a zip). Read from the
 * end-of-central-directory record and each central header, without inflating anything, so a small
 * file that would inflate to hundreds of MB (a zip bomb) is refused before exceljs unpacks it.
 * ZIP64 markers (0xFFFFFFFF sizes) mean parts over 4 GB: refused as too large.
 */
export function declaredInflatedSize(buf: ArrayBuffer | ArrayBufferView): number {
  const v = ArrayBuffer.isView(buf) ? new DataView(buf.buffer, buf.byteOffset, buf.byteLength) : new DataView(buf);
  const n = v.byteLength;
  let eocd = -1;
  for (let i = n - 22; i >= Math.max(0, n - 22 - 0xffff); i--)
    if (v.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new BatchFileError('xlsx-unreadable');
  const entries = v.getUint16(eocd + 10, true);
  let at = v.getUint32(eocd + 16, true);
  if (entries === 0xffff || at === 0xffffffff) return Number.POSITIVE_INFINITY;
  let total = 0;
  for (let k = 0; k < entries; k++) {
    if (at + 46 > n || v.getUint32(at, true) !== 0x02014b50) throw new BatchFileError('xlsx-unreadable');
    const size = v.getUint32(at + 24, true);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    at += 46 + v.getUint16(at + 28, true) + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
  }
  return total;
}

/** text of every cell of the first worksheet, row by row (XLSX via exceljs, loaded only when needed) */
async function readXlsx(buf: ArrayBuffer): Promise<string[][]> {
  if (declaredInflatedSize(buf) > MAX_XLSX_INFLATED) throw new BatchFileError('xlsx-inflates-too-much');
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf).catch(() => {
    throw new BatchFileError('xlsx-unreadable');
  });
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

/** an uploaded .csv or .xlsx file as rows of cell text; a file over the declared size is refused unread */
export async function readBatchFile(file: Blob & { name: string }): Promise<string[][]> {
  if (/\.xlsx$/i.test(file.name)) {
    if (file.size > MAX_XLSX_BYTES) throw new BatchFileError('file-too-large');
    return readXlsx(await file.arrayBuffer());
  }
  if (file.size > MAX_CSV_BYTES) throw new BatchFileError('file-too-large');
  const text = (await file.text()).replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data.map((r) => r.map((c) => (c ?? '').trim()));
}

const guard = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/** the downloads' header and rows: the words columns (labels in the UI language) */
function wordTable(results: BatchResult[], t: TFunction, nameOf: (id: string) => string) {
  return {
    head: WORD_COLUMNS.map((c) => t(`batch.col.${c}`)),
    rows: results.map((r) => {
      const w = rowWords(r, t, nameOf);
      return WORD_COLUMNS.map((c) => guard(w[c]));
    }),
  };
}

/** CSV: the words columns, then the machine columns (codes and ids) at the end for a program to read */
export function resultsCsv(results: BatchResult[], t: TFunction, nameOf: (id: string) => string): string {
  const { head, rows } = wordTable(results, t, nameOf);
  return (
    '\uFEFF' +
    Papa.unparse({
      fields: [...head, ...MACHINE_COLUMNS],
      data: rows.map((row, i) => {
        const ids = rowIds(results[i]);
        return [...row, ...MACHINE_COLUMNS.map((c) => guard(ids[c]))];
      }),
    })
  );
}

/** XLSX: the results in words, and a second sheet with each national line of the rows priced as a range */
export async function resultsXlsx(results: BatchResult[], t: TFunction, nameOf: (id: string) => string): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const { head, rows } = wordTable(results, t, nameOf);
  const ws = wb.addWorksheet(t('batch.sheet.results'));
  ws.addRow(head);
  for (const row of rows) ws.addRow(row);
  const lines = wb.addWorksheet(t('batch.sheet.lines'));
  lines.addRow(['row', 'code', 'mfn', 'rcep', 'rcepStatus'].map((c) => t(`batch.lineCol.${c}`)));
  for (const r of results)
    for (const l of r.lines)
      lines.addRow([
        r.row,
        l.code,
        l.mfn === null ? '' : `${l.mfn}%`,
        l.rcep === null ? '' : `${l.rcep}%`,
        t(`batch.words.status.${l.rcepStatus}`, { defaultValue: l.rcepStatus }),
      ]);
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

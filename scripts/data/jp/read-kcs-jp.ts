import { join } from 'node:path';
import ExcelJS from 'exceljs';

export const KCS_JP_FILE = 'kcs/kcs-2025-jp.xlsx';

/** One 9-digit row of the KCS 2025 Japan table (a seasonal code has two rows). */
export interface KcsJpRow {
  row: number; // 1-based sheet row
  code: string; // '610910010'
  en: string; // 영문품명
  general: string; // 기본세율
  temporary: string; // 잠정세율
  wto: string; // WTO협정
  rcepChina: string; // RCEP중국
  rcepAseanAuNz: string; // RCEP아세안호주뉴질랜드
}

export interface KcsJpTable {
  rows: Map<string, KcsJpRow[]>;
  /** English descriptions of the 4- and 6-digit rows, by code */
  groupEn: Map<string, string>;
  /** rows that were neither a header nor a 0/4/6/9-digit code */
  odd: { row: number; code: string }[];
}

const COLS = {
  code: '세번',
  en: '영문품명',
  general: '기본세율',
  temporary: '잠정세율',
  wto: 'WTO협정',
  rcepChina: 'RCEP중국',
  rcepAseanAuNz: 'RCEP아세안호주뉴질랜드',
} as const;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
  }
  return '';
}

/**
 * First worksheet as rows of cell text. Same reading as scripts/data/lib/read-xlsx.ts readXlsxFirstSheet, but it
 * walks only the cells each row holds: the KCS JP sheet declares column styles up to XFD (16,384 columns), and
 * reading every declared column of 15,148 rows takes many minutes.
 */
export async function readFirstSheetRows(file: string): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error(`no worksheet in ${file}`);
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = cellText(cell.value).trim();
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

/** Read the KCS Japan table from the .xlsx original (first sheet). Columns are found by their Korean header. */
export async function readKcsJp(from: string): Promise<KcsJpTable> {
  const sheet = await readFirstSheetRows(join(from, KCS_JP_FILE));
  const headerAt = sheet.findIndex((r) => r.includes(COLS.code) && r.includes(COLS.rcepChina));
  if (headerAt < 0) throw new Error(`${KCS_JP_FILE}: header row with ${COLS.code} / ${COLS.rcepChina} not found`);
  const header = sheet[headerAt]!;
  const idx = Object.fromEntries(Object.entries(COLS).map(([k, h]) => [k, header.indexOf(h)])) as Record<keyof typeof COLS, number>;
  for (const [k, i] of Object.entries(idx)) if (i < 0) throw new Error(`${KCS_JP_FILE}: column ${k} not found`);
  const rows = new Map<string, KcsJpRow[]>();
  const groupEn = new Map<string, string>();
  const odd: { row: number; code: string }[] = [];
  for (let r = headerAt + 1; r < sheet.length; r++) {
    const cells = sheet[r] ?? [];
    const code = (cells[idx.code] ?? '').replace(/\D/g, '');
    const raw = (cells[idx.code] ?? '').trim();
    if (raw === '') continue;
    if (code.length === 4 || code.length === 6) {
      groupEn.set(code, (cells[idx.en] ?? '').trim());
      continue;
    }
    if (code.length !== 9) {
      odd.push({ row: r + 1, code: raw });
      continue;
    }
    const row: KcsJpRow = {
      row: r + 1,
      code,
      en: (cells[idx.en] ?? '').trim(),
      general: (cells[idx.general] ?? '').trim(),
      temporary: (cells[idx.temporary] ?? '').trim(),
      wto: (cells[idx.wto] ?? '').trim(),
      rcepChina: (cells[idx.rcepChina] ?? '').trim(),
      rcepAseanAuNz: (cells[idx.rcepAseanAuNz] ?? '').trim(),
    };
    const list = rows.get(code) ?? [];
    list.push(row);
    rows.set(code, list);
  }
  return { rows, groupEn, odd };
}

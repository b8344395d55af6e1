import { join } from 'node:path';
import { readFirstSheetFast } from '../kcs/read-first-sheet.js';

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

/** Read the KCS Japan table from the .xlsx original (first sheet). Columns are found by their Korean header. */
export async function readKcsJp(from: string): Promise<KcsJpTable> {
  const sheet = await readFirstSheetFast(join(from, KCS_JP_FILE));
  const headerAt = sheet.findIndex((r) => r.includes(COLS.code) && r.includes(COLS.rcepChina));
  if (headerAt < 0) throw new Error(`${KCS_JP_FILE}: header row with ${COLS.code} / ${COLS.rcepChina} not found`);
  const header = sheet[headerAt]!;
  const idx = Object.fromEntries(Object.entries(COLS).map(([k, h]) => [k, header.indexOf(h)])) as Record<
    keyof typeof COLS,
    number
  >;
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

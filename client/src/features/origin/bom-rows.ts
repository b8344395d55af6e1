import Papa from 'papaparse';
import { codeDigits, parseNumber } from '../wizard/errors.js';

/** A material row as typed (strings), turned into numbers only on Continue. */
export interface RowDraft {
  desc: string;
  hs: string;
  origin: string;
  value: string;
  weightKg: string;
}

export const emptyRow = (): RowDraft => ({ desc: '', hs: '', origin: '', value: '', weightKg: '' });

/** Parse rows pasted from a spreadsheet: tab or comma separated; columns desc?, HS, origin, value, weight?. */
export function parsePasted(text: string): RowDraft[] {
  const res = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true, delimiter: '' });
  const rows: RowDraft[] = [];
  for (const cells of res.data) {
    const c = cells.map((x) => String(x ?? '').trim());
    // the HS code is the first cell made of a code; a text before it is the description
    const hsAt = c.findIndex((x) => /^\d{4,12}$/.test(codeDigits(x)));
    if (hsAt < 0) continue; // a header row or junk
    rows.push({
      desc: hsAt > 0 ? c[hsAt - 1] : '',
      hs: c[hsAt],
      origin: (c[hsAt + 1] ?? '').toUpperCase(),
      value: c[hsAt + 2] ?? '',
      weightKg: c[hsAt + 3] ?? '',
    });
  }
  return rows;
}

export function toMaterial(r: RowDraft) {
  const origin = r.origin.trim();
  return {
    hs: codeDigits(r.hs),
    origin: origin.toLowerCase() === 'unknown' || origin === '?' ? 'unknown' : origin.toUpperCase(),
    value: r.value.trim() === '' ? undefined : parseNumber(r.value),
    ...(r.weightKg.trim() !== '' ? { weightKg: parseNumber(r.weightKg) } : {}),
    ...(r.desc.trim() ? { desc: r.desc.trim() } : {}),
  };
}

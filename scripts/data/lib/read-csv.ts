import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/** Rows of a CSV file as text cells (BOM stripped, CRLF tolerated, empty trailing lines dropped). */
export function readCsvRows(file: string): string[][] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return parseCsvText(text);
}

/** Parse CSV text (RFC 4180 quoting) into rows of trimmed cells. */
export function parseCsvText(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  return parsed.data.map((r) => r.map((c) => (c ?? '').trim()));
}

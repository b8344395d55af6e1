import ExcelJS from 'exceljs';

/**
 * The first worksheet of a KCS .xlsx as rows of cell text (rows[i] = worksheet row i + 1, every
 * cell trimmed), read as a stream: the first sheet in workbook order (the KCS ID workbook has a
 * stray second sheet). Used for all 13 KCS tables (JP too).
 * Why: ExcelJS's full-workbook reader takes ~75 s on the 12k-row AU table on this machine,
 * the streaming reader under 2 s.
 */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

interface SheetReader extends AsyncIterable<ExcelJS.Row> {
  name: string;
}
interface BookReader extends AsyncIterable<SheetReader> {
  model?: { sheets?: { name: string }[] };
}

export async function readFirstSheetFast(file: string): Promise<string[][]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
  }) as unknown as BookReader;
  let found: string[][] | undefined;
  for await (const sheet of reader) {
    const first = reader.model?.sheets?.[0]?.name;
    const wanted = found === undefined && (first === undefined || sheet.name === first);
    const rows: string[][] = [];
    for await (const row of sheet) {
      if (!wanted) continue; // drain other sheets
      const values = row.values as ExcelJS.CellValue[];
      const cells: string[] = [];
      for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]).trim());
      rows[row.number - 1] = cells;
    }
    if (wanted) found = rows;
  }
  if (!found) throw new Error(`no worksheet in ${file}`);
  for (let i = 0; i < found.length; i++) found[i] ??= [];
  return found;
}

/**
 * CSV text (RFC 4180: quoted cells, doubled quotes, quoted line breaks) into rows of trimmed cells.
 * A byte-order mark is dropped, CRLF and LF both end a row, and rows that are empty or only commas
 * are skipped, so a spreadsheet's trailing blank lines do not become records.
 */
export function parseCsvText(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  const endCell = () => {
    row.push(cell.trim());
    cell = '';
  };
  const endRow = () => {
    endCell();
    if (row.some((c) => c !== '')) rows.push(row);
    row = [];
  };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (s[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\n') endRow();
    else if (ch !== '\r' || s[i + 1] !== '\n') cell += ch;
  }
  if (cell !== '' || row.length) endRow();
  return rows;
}

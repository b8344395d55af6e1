/**
 * The KCS workbooks read cell for cell as the mirror's .csv conversion of their first sheet prints them
 * (kcs/kcs-2025-<xx>.csv, same line numbers; the conversion wrote line breaks inside a cell as spaces,
 * so whitespace runs are compared as one space). ExcelJS's streaming reader broke 20–80 cells per
 * workbook into U+FFFD (a multi-byte character split at a chunk boundary), e.g. JP row 11209's
 * "(Ｆｒｅｅ)"; the reader must give none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { readFirstSheetFast } from '../../scripts/data/kcs/read-first-sheet';
import { mirror } from '../../scripts/data/kcs/test-mirror';

jest.setTimeout(180000);
const from = mirror();
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(['au', 'bn', 'id', 'jp', 'kh', 'la', 'mm', 'my', 'nz', 'ph', 'sg', 'th', 'vn'])(
  'kcs-2025-%s.xlsx',
  (d) => {
    it('every cell equals the .csv conversion and none holds U+FFFD', async () => {
      const rows = await readFirstSheetFast(join(from, `kcs/kcs-2025-${d}.xlsx`));
      const text = readFileSync(join(from, `kcs/kcs-2025-${d}.csv`), 'utf8').replace(/^\uFEFF/, '');
      const csv = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
      expect(rows.length).toBe(csv.length);
      const differ: string[] = [];
      let broken = 0;
      rows.forEach((row, i) => {
        const want = csv[i]!;
        for (let j = 0; j < Math.max(row.length, want.length); j++) {
          const got = row[j] ?? '';
          if (got.includes('\uFFFD')) broken++;
          if (squash(got) !== squash(want[j] ?? '')) differ.push(`row ${i + 1} col ${j + 1}`);
        }
      });
      expect({ broken, differ: differ.slice(0, 5) }).toEqual({ broken: 0, differ: [] });
      if (d === 'jp') expect(rows[11208]![12]).toBe('(Ｆｒｅｅ)'); // csv line 11209: 690911000 "Of porcelain or china", WTO column
    });
  },
);

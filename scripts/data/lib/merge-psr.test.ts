import type { PsrRow } from '../../../domain/schemas/index.js';
import { mergePsrRows } from './merge-psr.js';

const src = (id: string) => ({
  id,
  title: id,
  file: `${id}.csv`,
  sha256: 'a'.repeat(64),
  asOf: '2026',
  publisher: 't',
});
const row = (unit: string, s: string, r: string): PsrRow => ({
  unit,
  hsVersion: '2022',
  rule: { kind: 'CTH' },
  src: s,
  row: r,
});

it('keeps the first rule of a unit and quarantines a later one with the row that stays', () => {
  const out = mergePsrRows([
    { sources: [src('mirror')], rows: [row('850980', 'mirror', '1841')], quarantine: [] },
    {
      sources: [src('operator-psr')],
      rows: [row('850980', 'operator-psr', '3'), row('02', 'operator-psr', '5')],
      quarantine: [],
    },
  ]);
  expect(out.rows.map((r) => `${r.unit} ${r.src}`)).toEqual(['02 operator-psr', '850980 mirror']);
  expect(out.quarantine).toEqual([
    expect.objectContaining({
      src: 'operator-psr',
      file: 'operator-psr.csv',
      row: '3',
      reason: 'psr-unit-already-loaded',
    }),
  ]);
});

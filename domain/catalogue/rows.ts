import type { CatalogueEntry } from '../schemas/index.js';
import type { PairFlags } from './flags.js';

/** One flat row per product x destination pair, for the catalogue table, sorting, filtering and CSV. */
export interface CatalogueRow {
  entry: string;
  productZh: string;
  productEn: string;
  dest: string;
  headings: string;
  lines: number;
  withRcep: number;
  withPath: number;
  zeroInYear1: number;
  cutByHalfWithin5Years: number;
  excluded: number;
  notInData: number;
  freeNow: number;
  /** pair-level flags joined by '|' ('' = the data settles both questions and neither holds) */
  flags: string;
  citation: string;
}

export function catalogueRows(entries: readonly CatalogueEntry[], table: readonly PairFlags[]): CatalogueRow[] {
  const byId = new Map(entries.map((e) => [e.id, e] as const));
  return table.map((p) => {
    const e = byId.get(p.entry);
    return {
      entry: p.entry,
      productZh: e?.product.zh ?? '',
      productEn: e?.product.en ?? '',
      dest: p.dest,
      headings: e?.headings.join(' ') ?? '',
      lines: p.lines,
      withRcep: p.coverage.withRcep,
      withPath: p.coverage.withPath,
      zeroInYear1: p.counts['zero-in-year-1'],
      cutByHalfWithin5Years: p.counts['cut-by-half-within-5-years'],
      excluded: p.counts.excluded,
      notInData: p.counts['not-in-data'],
      freeNow: p.freeNow,
      flags: p.flags.join('|'),
      citation: e ? `${e.citation.doc} ${e.citation.item}` : '',
    };
  });
}

const CSV_COLUMNS: (keyof CatalogueRow)[] = [
  'entry',
  'productZh',
  'productEn',
  'dest',
  'headings',
  'lines',
  'withRcep',
  'withPath',
  'zeroInYear1',
  'cutByHalfWithin5Years',
  'excluded',
  'notInData',
  'freeNow',
  'flags',
  'citation',
];

/** RFC 4180 CSV of the rows (header with the field names; quotes doubled; cells starting with = + - @ prefixed with '). */
export function catalogueCsv(rows: readonly CatalogueRow[]): string {
  const cell = (v: string | number) => {
    let s = String(v);
    if (/^[=+\-@]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => cell(r[c])).join(','))];
  return lines.join('\r\n') + '\r\n';
}

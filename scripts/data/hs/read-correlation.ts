import { join } from 'node:path';
import type { CorrelationRow, Quarantine } from '../../../domain/schemas/index.js';
import { readCsvRows } from '../lib/read-csv.js';

export const correlationFile = (to: '2012' | '2017') => `hs/hs2022-to-hs${to}-correlation.csv`;
const RELS = new Set(['1:1', '1:n', 'n:1', 'n:n']);

/**
 * UNSD correlation table HS 2022 -> older version. The file starts with a "Between," line and a header
 * ("HS 2022,HS 2012,Relationship"); each data row keeps its relationship as printed.
 */
export function readCorrelation(
  from: string,
  to: '2012' | '2017',
  src: string,
): { rows: CorrelationRow[]; quarantine: Quarantine[]; read: number } {
  const file = correlationFile(to);
  const raw = readCsvRows(join(from, file));
  const headerAt = raw.findIndex((r) => /^HS\s?2022$/.test(r[0]) && /Relationship/i.test(r[2] ?? ''));
  if (headerAt < 0) throw new Error(`no header row in ${file}`);
  const rows: CorrelationRow[] = [];
  const quarantine: Quarantine[] = [];
  const seen = new Set<string>();
  raw.slice(headerAt + 1).forEach((r, i) => {
    const row = String(headerAt + i + 2);
    const [fromCode, toCode, rel] = r;
    const q = (reason: string, detail?: string) => quarantine.push({ src, file, row, reason, detail, code: fromCode });
    if (!/^\d{6}$/.test(fromCode) || !/^\d{6}$/.test(toCode))
      return q('correlation-code-malformed', `${fromCode},${toCode}`);
    if (!RELS.has(rel)) return q('correlation-relationship-unknown', rel);
    const key = `${fromCode}>${toCode}`;
    if (seen.has(key)) return q('correlation-row-duplicate');
    seen.add(key);
    rows.push({ from: fromCode, to: toCode, rel: rel as CorrelationRow['rel'] });
  });
  rows.sort((a, b) => (a.from === b.from ? (a.to < b.to ? -1 : 1) : a.from < b.from ? -1 : 1));
  return { rows, quarantine, read: raw.length - headerAt - 1 };
}

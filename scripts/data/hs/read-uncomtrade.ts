import { join } from 'node:path';
import type { HsNode, HsVersion, Quarantine } from '../../../domain/schemas/index.js';
import { readCsvRows } from '../lib/read-csv.js';

export const uncomtradeFile = (v: HsVersion) => `hs/HS${v}_descriptions_uncomtrade.csv`;

/** UN Comtrade description file (code,text,parent; text = "<code> - <description>"): chapters, headings, subheadings. */
export function readUncomtrade(
  from: string,
  version: HsVersion,
  src: string,
): { nodes: HsNode[]; quarantine: Quarantine[]; rows: number } {
  const file = uncomtradeFile(version);
  const rows = readCsvRows(join(from, file));
  if (rows[0].join(',') !== 'code,text,parent') throw new Error(`unexpected header in ${file}: ${rows[0].join(',')}`);
  const nodes: HsNode[] = [];
  const quarantine: Quarantine[] = [];
  const seen = new Set<string>();
  rows.slice(1).forEach((r, i) => {
    const row = String(i + 2);
    const [code, text, parent] = r;
    const q = (reason: string, detail?: string) => quarantine.push({ src, file, row, reason, detail, code });
    if (!/^\d{2}(\d{2}(\d{2})?)?$/.test(code ?? '')) return q('hs-code-malformed');
    if (seen.has(code)) return q('hs-code-duplicate');
    const prefix = `${code} - `;
    if (!text?.startsWith(prefix) || text.length === prefix.length) return q('hs-description-malformed', text);
    const expectedParent = code.length === 2 ? 'TOTAL' : code.slice(0, code.length - 2);
    if (parent !== expectedParent) return q('hs-parent-mismatch', `parent ${parent}`);
    seen.add(code);
    nodes.push({ code, en: text.slice(prefix.length) });
  });
  nodes.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { nodes, quarantine, rows: rows.length - 1 };
}

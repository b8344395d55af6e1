import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Rate columns of the customs.go.jp tree the importer keeps. */
export const JP_COLUMNS = [
  '基本',
  '暫定',
  'WTO協定',
  'EPA_RCEP_中国',
  'EPA_RCEP_アセアン豪州NZ',
  'EPA_RCEP_韓国',
] as const;
export type JpColumn = (typeof JP_COLUMNS)[number];

/** One node of a chapter file (j_NN_tariff_data.json), as the mirror stores it. */
export interface JpTreeNode {
  level: number;
  stat_code: string;
  hs_code: string;
  desc: string;
  rate: Record<string, string>;
  unit: Record<string, string>;
  children: JpTreeNode[];
}

/** A cell value after inheritance: the text and the node it was printed on. */
export interface JpCell {
  text: string;
  /** node reference ('6101.20-000 @0/1') of the row that printed it */
  from: string;
}

/** A 9-digit statistical line as one node of the tree (seasonal lines have two nodes with one code). */
export interface JpLineNode {
  file: string; // path relative to the mirror root, e.g. 'jp/j_61_tariff_data.json'
  code: string; // '610910010'
  printed: string; // '6109.10-010'
  ref: string; // '6109.10-010 @12/0/1' (index path in the file)
  descJa: string;
  unit?: string;
  cells: Partial<Record<JpColumn, JpCell>>;
}

const STAT = /^(\d{4})\.(\d{2})$/;
const HS = /^\d{3}$/;

/** Chapter files present in the mirror, sorted (chapter 77 is reserved in the HS and has no file). */
export function jpChapterFiles(from: string): string[] {
  return readdirSync(join(from, 'jp'))
    .filter((f) => /^j_\d{2}_tariff_data\.json$/.test(f))
    .sort()
    .map((f) => `jp/${f}`);
}

function headingOf(statCode: string): string {
  return statCode.replace('.', '').slice(0, 4);
}

/**
 * Walk one chapter file. Rates printed once on a parent row apply to its children: each column is taken from
 * the line itself, else from the nearest ancestor of the same heading that prints it. (Inheritance stops at a
 * heading boundary: the data nests heading 96.20 under line 9619.00-000.)
 */
export function walkJpChapter(from: string, file: string): JpLineNode[] {
  const roots = JSON.parse(readFileSync(join(from, file), 'utf8')) as JpTreeNode[];
  const out: JpLineNode[] = [];
  const visit = (node: JpTreeNode, path: number[], ancestors: { node: JpTreeNode; path: number[] }[]): void => {
    const stat = STAT.exec(node.stat_code ?? '');
    const ownRef = `${node.stat_code}${node.hs_code ? `-${node.hs_code}` : ''} @${path.join('/')}`;
    if (stat && HS.test(node.hs_code ?? '')) {
      const heading = headingOf(node.stat_code);
      const cells: Partial<Record<JpColumn, JpCell>> = {};
      for (const col of JP_COLUMNS) {
        const own = (node.rate?.[col] ?? '').trim();
        if (own !== '') {
          cells[col] = { text: own, from: ownRef };
          continue;
        }
        for (let i = ancestors.length - 1; i >= 0; i--) {
          const a = ancestors[i]!;
          if (headingOf(a.node.stat_code ?? '') !== heading) break;
          const v = (a.node.rate?.[col] ?? '').trim();
          if (v !== '') {
            cells[col] = {
              text: v,
              from: `${a.node.stat_code}${a.node.hs_code ? `-${a.node.hs_code}` : ''} @${a.path.join('/')}`,
            };
            break;
          }
        }
      }
      const units = [node.unit?.I, node.unit?.II].filter((u): u is string => !!u && u.trim() !== '');
      out.push({
        file,
        code: `${stat[1]}${stat[2]}${node.hs_code}`,
        printed: `${node.stat_code}-${node.hs_code}`,
        ref: ownRef,
        descJa: node.desc ?? '',
        unit: units.length ? units.join('/') : undefined,
        cells,
      });
    }
    (node.children ?? []).forEach((c, i) => visit(c, [...path, i], [...ancestors, { node, path }]));
  };
  roots.forEach((n, i) => visit(n, [i], []));
  return out;
}

/** Strip the enumerator a sub-row starts with ('1 ', '(2)', '− ', '*〔1〕') to keep its condition text. */
export function conditionText(descJa: string): string {
  return descJa
    .replace(
      /^[\s\u3000]*(\*?〔\d+〕|\(\d+\)|（\d+）|\d+[\s\u3000]|[−\-ー－][\s\u3000]*|[A-Z][\s\u3000])[\s\u3000]*/,
      '',
    )
    .trim();
}

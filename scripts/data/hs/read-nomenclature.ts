import { join } from 'node:path';
import type { HsNode, Quarantine } from '../../../domain/schemas/index.js';
import { readCsvRows } from '../lib/read-csv.js';

export const NOMENCLATURE_FILE = 'hs/harmonized-system.csv';
export const SECTIONS_FILE = 'hs/sections.csv';

export interface Section {
  id: string;
  en: string;
  chapters: string[];
}

export interface Nomenclature {
  sections: Section[];
  nodes: HsNode[];
  quarantine: Quarantine[];
  /** rows read (header excluded) and rows skipped on purpose (the TOTAL row) */
  rows: number;
  skipped: number;
}

const LEVEL_LEN: Record<string, number> = { '2': 2, '4': 4, '6': 6 };

/** HS 2022 nomenclature (datasets/harmonized-system): columns section,hscode,description,parent,level. */
export function readNomenclature(from: string, src: string, sectionsSrc: string): Nomenclature {
  const rows = readCsvRows(join(from, NOMENCLATURE_FILE));
  const quarantine: Quarantine[] = [];
  const nodes: HsNode[] = [];
  const chaptersBySection = new Map<string, string[]>();
  let skipped = 0;
  const header = rows[0].join(',');
  if (header !== 'section,hscode,description,parent,level')
    throw new Error(`unexpected header in ${NOMENCLATURE_FILE}: ${header}`);
  rows.slice(1).forEach((r, i) => {
    const row = String(i + 2);
    const [section, code, en, parent, level] = r;
    if (code === 'TOTAL') return void skipped++;
    const q = (reason: string, detail?: string) =>
      quarantine.push({ src, file: NOMENCLATURE_FILE, row, reason, detail, code });
    if (!/^\d+$/.test(code ?? '') || LEVEL_LEN[level] !== code.length) return q('hs-code-malformed', `level ${level}`);
    if (!en) return q('hs-description-missing');
    if (code.length > 2 && parent !== code.slice(0, code.length - 2))
      return q('hs-parent-mismatch', `parent ${parent}`);
    if (code.length === 2 && section === 'TOTAL') {
      nodes.push({ code, en }); // chapter 99 sits outside the 21 sections in this file
    } else if (code.length === 2) {
      if (!/^[IVXL]+$/.test(section)) return q('hs-section-malformed', section);
      const list = chaptersBySection.get(section) ?? [];
      list.push(code);
      chaptersBySection.set(section, list);
      nodes.push({ code, en, section });
    } else nodes.push({ code, en });
  });
  const sectionRows = readCsvRows(join(from, SECTIONS_FILE));
  const sections: Section[] = [];
  sectionRows.slice(1).forEach((r, i) => {
    const [id, en] = r;
    const chapters = (chaptersBySection.get(id) ?? []).sort();
    if (!id || !en || chapters.length === 0) {
      quarantine.push({
        src: sectionsSrc,
        file: SECTIONS_FILE,
        row: String(i + 2),
        reason: 'hs-section-unused',
        code: id,
      });
      return;
    }
    sections.push({ id, en, chapters });
  });
  nodes.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { sections, nodes, quarantine, rows: rows.length - 1, skipped };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

export const HS_FILE = 'hs/harmonized-system.csv';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** HS 2022 subheading (6-digit) English descriptions from the public-domain nomenclature. */
export function readHs6(from: string): Map<string, string> {
  const text = readFileSync(join(from, HS_FILE), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const out = new Map<string, string>();
  for (const r of parsed.data)
    if (r.hscode && r.hscode.length === 6 && r.description) out.set(r.hscode, r.description.trim());
  return out;
}

/** Drop the enumerator a sub-row's text starts with ('1 ', '(2)', '- ', '*[1]'). */
export function stripEnumerator(s: string): string {
  return s
    .replace(/゜/g, '°')
    .normalize('NFKC')
    .replace(/^\s*[\u30a0-\u30ff]\s+/, '') // Japanese item letter (イ, ロ, ハ …)
    .replace(/^\s*(\*?[[〔(（]\s*\d+\s*[\]〕)）]|\d+\s|[-−–]\s*|[A-Z]\s)\s*/, '')
    .replace(/\s*:\s*$/, '')
    .trim();
}

/**
 * English description of a national line. Never the Japanese text of the tree.
 * - HS 2022 subheading text, then the KCS 2025 line text (영문품명) when it adds something ("… — Of yarns of different colours");
 * - KCS text alone when the subheading is not in the HS 2022 file; HS text alone when KCS has no row for the code;
 * - '' when neither source describes the line (reported, not invented).
 * A KCS text that still holds Japanese characters after NFKC is not used.
 */
export function englishDesc(code: string, kcsEn: string[], hs6: Map<string, string>): string {
  const hs = hs6.get(code.slice(0, 6)) ?? '';
  const kcs = [...new Set(kcsEn.map(stripEnumerator).filter((s) => s !== '' && !JAPANESE.test(s)))].join(' / ');
  if (!kcs) return hs;
  if (!hs) return kcs;
  if (hs.toLowerCase() === kcs.toLowerCase()) return hs;
  return `${hs} — ${kcs}`;
}

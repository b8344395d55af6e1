import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PsrRow, Quarantine, SourceInfo } from '../../../domain/schemas/index.js';
import { psrRowSchema } from '../../../domain/schemas/index.js';
import { parsePsr } from '../../../domain/origin/parse-psr.js';
import { ruleKey } from '../../../domain/origin/normalize-rule.js';
import { readCsvRows } from '../lib/read-csv.js';
import { sourceInfo } from '../lib/source-info.js';
import { parseKoreanRule } from './parse-korean-rule.js';

/**
 * RCEP Annex 3A product-specific rules, HS 2022 transposition (raw mirror `psr/`, README "psr/").
 * The Korean statutory text (tsv) is authoritative: each rule is parsed into a rule tree. The unofficial English
 * coding (csv, same rows) is parsed with parsePsr and compared; any row where the Korean text does not parse,
 * the English coding is missing or does not parse, or the two trees disagree, is quarantined with a reason.
 */
export const PSR_KO_FILE = 'psr/rcep-psr-hs2022-ko.tsv';
export const PSR_EN_FILE = 'psr/rcep-psr-hs2022-ko-with-en-codes.csv';
export const PSR_SRC = 'kr-rcep-psr-hs2022';
export const PSR_EN_SRC = 'kr-rcep-psr-hs2022-en-coding';

const PUBLISHER =
  'Korea, Enforcement Rule of the Act on Special Cases of the Customs Act for FTAs, RCEP annex table (law.go.kr)';
const VIA = 'https://github.com/jslee2011070102-ship-it/export-study';

/** '01' -> '01', '03.01' -> '0301', '8509.80' -> '850980'; undefined when the unit is not of those shapes. */
export function psrUnitDigits(unit: string): string | undefined {
  if (/^\d{2}$/.test(unit)) return unit;
  if (/^\d{2}\.\d{2}$/.test(unit)) return unit.replace('.', '');
  if (/^\d{4}\.\d{2}$/.test(unit)) return unit.replace('.', '');
  return undefined;
}

export async function importPsr(
  from: string,
): Promise<{ sources: SourceInfo[]; rows: PsrRow[]; quarantine: Quarantine[] }> {
  const sources: SourceInfo[] = [
    sourceInfo(from, PSR_KO_FILE, {
      id: PSR_SRC,
      title: 'RCEP Annex 3A product-specific rules, HS 2022 transposition (Korean statutory statement)',
      asOf: '2026-05-01',
      publisher: PUBLISHER,
      url: VIA,
      licence: 'statute text (not protected by copyright in Korea)',
    }),
    sourceInfo(from, PSR_EN_FILE, {
      id: PSR_EN_SRC,
      title: 'RCEP Annex 3A PSR rows with an unofficial English coding (cross-check only)',
      asOf: '2026-05-01',
      publisher: 'unofficial coding added during transcription (not the treaty text)',
      url: VIA,
    }),
  ];
  const koLines = readFileSync(join(from, PSR_KO_FILE), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const enRows = readCsvRows(join(from, PSR_EN_FILE));
  const header = enRows[0] ?? [];
  const col = (name: string) => header.indexOf(name);
  const [cUnit, cEn, cKo] = [col('applied_unit'), col('rule_en'), col('rule_ko_source')];

  const rows: PsrRow[] = [];
  const quarantine: Quarantine[] = [];
  const seen = new Set<string>();
  koLines.forEach((line, idx) => {
    if (line.trim() === '') return;
    const rowRef = String(idx + 1);
    const q = (reason: string, detail?: string, code?: string) =>
      quarantine.push({
        src: PSR_SRC,
        file: PSR_KO_FILE,
        row: rowRef,
        reason,
        ...(detail ? { detail } : {}),
        ...(code ? { code } : {}),
      });
    const cells = line.split('\t');
    if (cells.length !== 2) return q('psr-bad-row-shape', `cells=${cells.length}`);
    const [unitText, ko] = cells.map((c) => c.trim());
    const unit = psrUnitDigits(unitText);
    if (!unit) return q('psr-bad-unit', unitText);
    if (seen.has(unit)) return q('psr-duplicate-unit', unitText, unit);
    seen.add(unit);
    const koRule = parseKoreanRule(ko);
    if (!koRule.ok) return q(`psr-ko-${koRule.reason}`, koRule.detail, unit);
    // The English coding sits on the same data row (header + idx) of the csv; check it is the same row.
    const en = enRows[idx + 1];
    if (!en || en[cUnit] !== unitText || en[cKo]?.replace(/\s+/g, '') !== ko.replace(/\s+/g, '')) {
      return q('psr-en-row-missing', unitText, unit);
    }
    const enRule = parsePsr(en[cEn] ?? '');
    if (!enRule.ok) return q(`psr-en-${enRule.reason}`, en[cEn], unit);
    if (ruleKey(enRule.rule) !== ruleKey(koRule.rule))
      return q('psr-ko-en-disagree', `ko=${ruleKey(koRule.rule)} en=${en[cEn]}`, unit);
    const row: PsrRow = { unit, hsVersion: '2022', rule: koRule.rule, src: PSR_SRC, row: rowRef };
    const check = psrRowSchema.safeParse(row);
    if (!check.success) return q('psr-schema-invalid', check.error.issues[0]?.message, unit);
    rows.push(row);
  });
  rows.sort((a, b) => a.unit.localeCompare(b.unit));
  return { sources, rows, quarantine };
}

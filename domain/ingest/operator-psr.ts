import { parsePsr } from '../origin/parse-psr.js';
import type { PsrRow, Quarantine, SourceInfo } from '../schemas/index.js';
import { parseCsvText } from './csv-text.js';
import { baseName, operatorId, requireColumns, type CsvFile } from './operator-file.js';

export interface OperatorPsr {
  sources: SourceInfo[];
  rows: PsrRow[];
  quarantine: Quarantine[];
  accepted: number;
}

/** '84' / '84.07' / '8407' / '8407.10' / '840710' -> digits; anything else -> undefined */
export function psrUnit(text: string): string | undefined {
  const t = text.trim();
  if (!/^\d{2}(\.?\d{2}(\.?\d{2})?)?$/.test(t)) return undefined;
  return t.replace(/\./g, '');
}

/**
 * An operator Annex 3A CSV from its text: each rule text goes through the English PSR parser; failures
 * are quarantined. A missing required column throws `OperatorColumnsMissing`.
 */
export function parseOperatorPsr(csv: string, { file, sha256 }: CsvFile): OperatorPsr {
  const rows = parseCsvText(csv);
  const header = (rows[0] ?? []).map((h) => h.toLowerCase().replace(/\s+/g, '_'));
  const col = (name: string) => header.indexOf(name);
  requireColumns(file, header, ['hs_code', 'hs_version', 'rule_text']);
  const src = operatorId(file);
  const asOf =
    rows
      .slice(1)
      .map((r) => r[col('as_of')] ?? '')
      .find((v) => v.length >= 4) ?? 'not stated';
  const sources: SourceInfo[] = [
    {
      id: src,
      title: `Operator-supplied Annex 3A rules (${baseName(file)})`,
      asOf,
      publisher: 'operator-supplied (RCEP Annex 3A)',
      file,
      sha256,
    },
  ];
  const out: PsrRow[] = [];
  const quarantine: Quarantine[] = [];
  const seen = new Set<string>();
  rows.slice(1).forEach((r, i) => {
    const line = String(i + 2);
    const get = (c: string) => (col(c) >= 0 ? (r[col(c)] ?? '').trim() : '');
    const q = (reason: string, detail?: string) =>
      quarantine.push({ src, file, row: line, reason, detail, code: get('hs_code') });
    const unit = psrUnit(get('hs_code'));
    if (!unit) return q('psr-code-malformed', get('hs_code'));
    const version = get('hs_version').replace(/^HS\s*/i, '');
    if (version !== '2012' && version !== '2022') return q('psr-hs-version-unknown', get('hs_version'));
    if (seen.has(version + unit)) return q('psr-unit-duplicate', `${version} ${unit}`);
    const parsed = parsePsr(get('rule_text'));
    if (!parsed.ok)
      return q('psr-rule-unparsed', `${parsed.reason}${parsed.at !== undefined ? ` at ${parsed.at}` : ''}`);
    seen.add(version + unit);
    const doc = [get('source_document'), get('page') && `p.${get('page')}`].filter(Boolean).join(' ');
    out.push({ unit, hsVersion: version, rule: parsed.rule, src, row: doc ? `${line}: ${doc}` : line });
  });
  return { sources, rows: out, quarantine, accepted: out.length };
}

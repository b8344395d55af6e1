import type { Annex1Line, Party, Quarantine, SourceInfo } from '../schemas/index.js';
import { partySchema } from '../schemas/index.js';
import { parseExclusions } from './annex1-exclusions.js';
import { parseCsvText } from './csv-text.js';
import { baseName, operatorId, requireColumns, type CsvFile } from './operator-file.js';
import { parseRateCell } from './rate-cell.js';

export interface OperatorAnnex1 {
  sources: SourceInfo[];
  lines: Annex1Line[];
  quarantine: Quarantine[];
  accepted: number;
}

/**
 * An operator Annex I schedule in the CSV layout of docs/data-layouts.md (year columns year_1 .. year_N),
 * from its text: the same reading for `data:build --operator` and an admin upload. Never throws on a bad
 * row (it quarantines it); a missing required column throws `OperatorColumnsMissing`.
 */
export function parseOperatorAnnex1(csv: string, { file, sha256 }: CsvFile): OperatorAnnex1 {
  const rows = parseCsvText(csv);
  const header = (rows[0] ?? []).map((h) => h.toLowerCase().replace(/\s+/g, '_'));
  const col = (name: string) => header.indexOf(name);
  requireColumns(file, header, ['party', 'national_code', 'base_rate']);
  const yearCols = header
    .map((h, i) => ({ i, y: /^year_(\d+)$/.exec(h)?.[1] }))
    .filter((x) => x.y)
    .map((x) => ({ i: x.i, year: Number(x.y) }));
  const src = operatorId(file);
  const asOf =
    rows
      .slice(1)
      .map((r) => r[col('as_of')] ?? '')
      .find((v) => v.length >= 4) ?? 'not stated';
  const sources: SourceInfo[] = [
    {
      id: src,
      title: `Operator-supplied Annex I schedule (${baseName(file)})`,
      asOf,
      publisher: 'operator-supplied (official RCEP Annex I schedule)',
      file,
      sha256,
    },
  ];
  const lines: Annex1Line[] = [];
  const quarantine: Quarantine[] = [];
  rows.slice(1).forEach((r, i) => {
    const line = String(i + 2);
    const get = (c: string) => (col(c) >= 0 ? (r[col(c)] ?? '').trim() : '');
    const printed = get('national_code');
    const code = printed.replace(/[\s.-]/g, '');
    const q = (reason: string, detail?: string) =>
      quarantine.push({ src, file, row: line, reason, detail, code, dest: get('party') });
    const party = partySchema.safeParse(get('party'));
    if (!party.success) return q('annex1-party-unknown', get('party'));
    if (!/^\d{6,12}$/.test(code)) return q('annex1-code-malformed', printed);
    const forParties = parseForParties(get('for_parties'));
    if (!forParties) return q('annex1-for-parties-unknown', get('for_parties'));
    const base = parseRateCell(get('base_rate'));
    if (!base) return q('annex1-rate-unparsed', `base_rate ${get('base_rate')}`);
    const cells = yearCols.map((c) => ({ year: c.year, text: (r[c.i] ?? '').trim() }));
    const lastFilled = Math.max(0, ...cells.filter((c) => c.text).map((c) => c.year));
    const years: Annex1Line['years'] = [];
    const gaps: number[] = [];
    const bad: string[] = [];
    for (const c of cells.filter((c) => c.year <= lastFilled)) {
      if (!c.text || c.text.startsWith('...')) gaps.push(c.year);
      else {
        const rate = parseRateCell(c.text);
        if (rate) years.push({ rcepYear: c.year, rate });
        else bad.push(`year_${c.year} ${c.text}`);
      }
    }
    if (bad.length) return q('annex1-rate-unparsed', bad.join('; '));
    const notes = [
      get('category') && `category: ${get('category')}`,
      get('remarks') && `remark: ${get('remarks')}`,
    ].filter(Boolean) as string[];
    if (gaps.length) {
      notes.push(`elided-in-source: years ${gaps.join(' ')}`);
      q('annex1-years-elided', `years ${gaps.join(' ')} empty or elided`);
    }
    if (!years.length && !get('category')) return q('annex1-no-years', 'neither year columns nor a staging category');
    if (!years.length) q('annex1-category-not-expanded', `category ${get('category')}: years not given, not derived`);
    const excludedFor = parseExclusions(get('remarks'));
    const doc = [get('source_document'), get('page') && `p.${get('page')}`].filter(Boolean).join(' ');
    lines.push({
      party: party.data,
      code,
      printed,
      desc: get('description'),
      base,
      years: years.sort((a, b) => a.rcepYear - b.rcepYear),
      forParties,
      ...(excludedFor.length ? { excludedFor } : {}),
      ...(notes.length ? { note: notes.join('; ') } : {}),
      src,
      row: doc ? `${line}: ${doc}` : line,
    });
  });
  return { sources, lines, quarantine, accepted: lines.length };
}

/** "all" or empty -> 'all'; "CN" / "AU NZ" / "AU;NZ" -> those parties; anything else -> undefined */
export function parseForParties(text: string): 'all' | Party[] | undefined {
  if (!text || /^all$/i.test(text)) return 'all';
  const list = text
    .split(/[\s;,/]+/)
    .filter(Boolean)
    .map((p) => partySchema.safeParse(p.toUpperCase()));
  if (list.some((p) => !p.success)) return undefined;
  return list.map((p) => p.data as Party).sort();
}

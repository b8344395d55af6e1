import { join } from 'node:path';
import type { Annex1Line, Party, Quarantine, SourceInfo } from '../../../domain/schemas/index.js';
import { partySchema } from '../../../domain/schemas/index.js';
import { readCsvRows } from '../lib/read-csv.js';
import { sourceInfo } from '../lib/source-info.js';
import { parseValues, type ParsedValues } from './parse-values.js';
import { parseExclusions } from '../../../domain/ingest/annex1-exclusions.js';

export const EXTRACTS_FILE = 'rcep-extracts/rcep-annex1-hs8509-extracts.csv';
export const EXTRACTS_SRC = 'rcep-annex1-extracts-8509';
const HEADER =
  'importing_party,schedule_file_official_url,pdf_page,national_line,description,values_as_printed_first_is_base_then_year1_onward,note';

export interface Annex1Import {
  sources: SourceInfo[];
  lines: Annex1Line[];
  quarantine: Quarantine[];
  rows: number;
}

/** "AU" -> all parties; "KR (for CN)" -> the schedule for China; "PH (common)" -> the common concessions (all). */
export function parseParty(label: string): { party: Party; forParties: 'all' | Party[] } | undefined {
  const m = /^([A-Z]{2})(?:\s*\((?:for ([A-Z]{2})|(common))\))?$/.exec(label.trim());
  const party = partySchema.safeParse(m?.[1]);
  if (!m || !party.success) return undefined;
  if (m[2]) {
    const target = partySchema.safeParse(m[2]);
    return target.success ? { party: party.data, forParties: [target.data] } : undefined;
  }
  return { party: party.data, forParties: 'all' };
}

const schedulePdf = (url: string) => url.replace(/^.*\//, '').trim();

/** The official RCEP Annex I extracts for HS 8509 (base rate first, then Year 1..N as printed). */
export async function importAnnex1(from: string): Promise<Annex1Import> {
  const rows = readCsvRows(join(from, EXTRACTS_FILE));
  if (rows[0].join(',') !== HEADER) throw new Error(`unexpected header in ${EXTRACTS_FILE}`);
  const sources = [
    sourceInfo(from, EXTRACTS_FILE, {
      id: EXTRACTS_SRC,
      title: 'RCEP Annex I schedules, rows for HS 8509.80 / 8509.90 (base rate, then Year 1..N as printed)',
      asOf: 'Annex I as signed (2020-11-15)',
      publisher: 'RCEP parties (official PDFs, MOFCOM FTA portal), extracted in github.com/outsider99097780/RCEP',
      url: 'https://fta.mofcom.gov.cn/upload/agreementFiles/rcep/rceppdf/',
    }),
  ];
  const data = rows.slice(1).map((r, i) => ({ r, line: i + 2, parsed: parseValues(r[5] ?? '') }));
  const lines: Annex1Line[] = [];
  const quarantine: Quarantine[] = [];
  for (const { r, line, parsed } of data) {
    const [label, url, page, printed, desc, , srcNote] = r;
    const code = printed.replace(/\D/g, '');
    const row = `${line}: ${schedulePdf(url)} p.${page}`;
    const q = (reason: string, detail?: string) =>
      quarantine.push({
        src: EXTRACTS_SRC,
        file: EXTRACTS_FILE,
        row: String(line),
        reason,
        detail,
        code,
        dest: label.slice(0, 2),
      });
    const who = parseParty(label);
    if (!who) {
      q('annex1-party-unknown', label);
      continue;
    }
    if (!/^\d{6,12}$/.test(code)) {
      q('annex1-code-malformed', printed);
      continue;
    }
    if (parsed.bad.length || !parsed.base) {
      q('annex1-rate-unparsed', parsed.bad.join(' '));
      continue;
    }
    const notes: string[] = srcNote ? [srcNote] : [];
    if (parsed.everyColumn)
      fillEveryColumn(
        parsed,
        data.filter((d) => d.r[0] === label && d.r[2] === page && d.line !== line),
        notes,
        q,
      );
    if (parsed.elided) {
      const span = `years ${parsed.elided.fromYear}..${parsed.elided.toYear ?? '?'}`;
      notes.push(`elided-in-extract: ${span}`);
      q('annex1-years-elided', `${span} not printed in the extract; see the official schedule`);
    }
    if (parsed.unplaced.length) {
      notes.push(`unplaced-values: ${parsed.unplaced.join(' ')}`);
      q('annex1-value-year-unknown', `printed after the elision without a column count: ${parsed.unplaced.join(' ')}`);
    }
    const excludedFor = parseExclusions(parsed.remark);
    if (parsed.remark) notes.push(`remark: ${parsed.remark}`);
    lines.push({
      party: who.party,
      code,
      printed,
      desc,
      base: parsed.base,
      years: parsed.years,
      forParties: who.forParties,
      ...(excludedFor.length ? { excludedFor } : {}),
      ...(notes.length ? { note: notes.join('; ') } : {}),
      src: EXTRACTS_SRC,
      row,
    });
  }
  lines.sort((a, b) =>
    a.party === b.party ? (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) : a.party < b.party ? -1 : 1,
  );
  return { sources, lines, quarantine, rows: rows.length - 1 };
}

/**
 * "35% in every column" without a count: the number of columns is the one printed on another row of the same
 * schedule page (all rows of a page share its columns). Without such a row the years stay empty (quarantined).
 */
function fillEveryColumn(
  parsed: ParsedValues,
  siblings: { line: number; parsed: ParsedValues }[],
  notes: string[],
  q: (reason: string, detail?: string) => void,
): void {
  const rate = parsed.everyColumn!;
  const ref = siblings.find((s) => s.parsed.total !== undefined);
  if (!ref) {
    notes.push('every-column: column count not in extract');
    q('annex1-column-count-unknown', 'printed "in every column" and no other row of the page gives the column count');
    return;
  }
  parsed.total = ref.parsed.total!;
  for (let y = 1; y < parsed.total; y++) parsed.years.push({ rcepYear: y, rate });
  notes.push(`every-column: ${parsed.total - 1} year columns as on row ${ref.line} (same page)`);
}

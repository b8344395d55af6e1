import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quarantine, RateEntry, RateExpr, SourceInfo, TariffLine } from '../../../domain/schemas/index.js';
import { sourceInfo } from '../lib/source-info.js';

export const KR_FILE = 'kr/kr-tariff-2026.tsv';
export const KR_SRC = 'kr-tariff-2026';
/** Korea counts RCEP years from 1 January (Year 1 = 2022, Annex I General Notes): 2026 = Year 5. */
export const KR_2026_RCEP_YEAR = 5;
/** The key of the Korea–China FTA column in TariffLine.other. */
const CKFTA = 'ckfta';

/**
 * Pack-level caveat on every Korean MFN figure: the upstream build dropped adjustment duties,
 * tariff-quota rates, agricultural concession rates and end-use rates (kr/README.md "Known defects").
 */
export const KR_MFN_CAVEAT = 'mfn-without-adjustment-quota-end-use-rates';

export interface KoreaImport {
  sources: SourceInfo[];
  lines: TariffLine[];
  quarantine: Quarantine[];
  chinaColumn: 'china-specific';
  caveats: string[];
  stats: Record<string, number>;
}

/** "8.0" -> 8, "null" -> null; anything else undefined (the row is refused). */
export function krNumber(cell: string | undefined): number | null | undefined {
  const t = (cell ?? '').trim();
  if (t === 'null') return null;
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

const rateOf = (n: number): RateExpr => (n === 0 ? { kind: 'free' } : { kind: 'adValorem', pct: n });
const fmt = (n: number | null) => (n === null ? 'null' : n.toFixed(1));

/**
 * Korea's 2026 tariff by 10-digit HSK line (kr/kr-tariff-2026.tsv, one row per line, no header;
 * row = line number in the file). What each line gets, following kr/README.md:
 * - MFN: the lower of A (basic) and C (WTO), the rate Korea applies absent an adjustment, quota or
 *   end-use rate (those are not in the file: the pack carries the caveat KR_MFN_CAVEAT);
 * - RCEP for goods of China (FRCCN1) as RCEP Year 5; `null` = not conceded (MFN applies): in the
 *   README's 64-line check against the agriculture ministry's table every null was 미양허;
 * - the Korea–China FTA rate (FCN1) under other.ckfta; `null` = no rate row: left out, not guessed.
 * A line is kept with its code and description but without any rate (and quarantined) when its
 * figures are unsafe: an agreement rate above A (or above C where A is null: out-of-quota or
 * per-unit figures), a specific duty whose unit amount is missing (`u` = 1), or a rate cell that
 * is not a number. An `x` list naming FRCCN1 or FCN1 (rate expired before the build) drops that
 * column only.
 */
export async function importKorea(from: string): Promise<KoreaImport> {
  const text = readFileSync(join(from, KR_FILE), 'utf8').replace(/^\uFEFF/, '');
  const rows = text.split('\n');
  if (rows[rows.length - 1] === '') rows.pop();
  const quarantine: Quarantine[] = [];
  const stats: Record<string, number> = {};
  const count = (k: string) => (stats[k] = (stats[k] ?? 0) + 1);
  const lines: TariffLine[] = [];
  const seen = new Set<string>();

  rows.forEach((raw, i) => {
    const row = String(i + 1);
    const f = raw.replace(/\r$/, '').split('\t');
    const [code = '', a0, c0, fcn0, frc0, u = '', x = ''] = f;
    const desc = f.slice(7).join('\t');
    const refuse = (reason: string, detail: string, line?: TariffLine) => {
      const q: Quarantine = { src: KR_SRC, file: KR_FILE, row, reason, dest: 'KR', detail };
      if (code) q.code = code;
      quarantine.push(q);
      count(`quarantined:${reason}`);
      if (line) (line.quarantined ??= []).push({ src: KR_SRC, reason });
    };
    if (f.length < 8 || !/^\d{10}$/.test(code)) return refuse('kr-row-malformed', `${f.length} fields, code '${code}'`);
    if (seen.has(code)) return refuse('kr-duplicate-code', code);
    seen.add(code);
    const line: TariffLine = { code, printed: printedCode(code), hsVersion: '2022', desc, mfn: [], rcep: [] };
    lines.push(line);
    const parsed = [a0, c0, fcn0, frc0].map(krNumber);
    const bare = () => Object.assign(line, { src: KR_SRC, row }); // a line without rates cites its row

    if (parsed.some((v) => v === undefined)) {
      refuse('kr-rate-not-a-number', [a0, c0, fcn0, frc0].join(' | '), line);
      return bare();
    }
    const [A, C, FCN1, FRCCN1] = parsed as (number | null)[];
    const printed = `A ${fmt(A!)} C ${fmt(C!)} FCN1 ${fmt(FCN1!)} FRCCN1 ${fmt(FRCCN1!)}`;
    if (u === '1') {
      refuse('kr-specific-duty-unit-missing', `${printed}: only the ad valorem part of a specific duty is given`, line);
      return bare();
    }
    const ceiling = A ?? C ?? null;
    const above = (
      [
        ['FCN1', FCN1],
        ['FRCCN1', FRCCN1],
      ] as const
    ).filter(([, v]) => v !== null && ceiling !== null && v! > ceiling);
    if (above.length) {
      refuse(
        'kr-agreement-rate-above-base',
        `${printed}: ${above.map(([k]) => k).join(', ')} above ${A !== null ? 'A' : 'C'}`,
        line,
      );
      return bare();
    }
    const expired = new Set(
      x
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
    for (const e of expired) if (e !== 'FCN1' && e !== 'FRCCN1') count('x-other-agreement-expired');

    // `printed` only where the figure is not the cell itself (MFN: the lower of two cells; null read as not conceded)
    const entry = (rate: RateExpr, cell: string | undefined, rcepYear?: number): RateEntry => ({
      rate,
      asOf: '2026',
      src: KR_SRC,
      row,
      ...(rcepYear ? { rcepYear } : {}),
      ...(cell ? { printed: cell } : {}),
    });
    const mfnValues = [A, C].filter((v): v is number => v !== null);
    if (mfnValues.length) {
      const applied = Math.min(...mfnValues);
      line.mfn.push(entry(rateOf(applied), `A ${fmt(A!)} C ${fmt(C!)} (the lower applies)`, KR_2026_RCEP_YEAR));
      if (A !== null && C !== null && C < A) count('mfn-wto-lower');
    } else {
      count('mfn-not-given');
      bare();
    }

    if (expired.has('FRCCN1')) refuse('kr-rcep-rate-expired', `x = ${x}`, line);
    else if (FRCCN1 === null) {
      line.rcep.push(entry({ kind: 'notConceded' }, 'FRCCN1 null (not conceded: MFN applies)', KR_2026_RCEP_YEAR));
      count('rcep-not-conceded');
    } else line.rcep.push(entry(rateOf(FRCCN1!), undefined, KR_2026_RCEP_YEAR));

    if (expired.has('FCN1')) refuse('kr-ckfta-rate-expired', `x = ${x}`, line);
    else if (FCN1 === null) count('ckfta-not-given');
    else {
      line.other = { [CKFTA]: [entry(rateOf(FCN1!), undefined)] };
      if (FRCCN1 !== null && FCN1! < FRCCN1!) count('ckfta-below-rcep');
    }
  });

  const sources = [
    sourceInfo(from, KR_FILE, {
      id: KR_SRC,
      title:
        'Korea Customs Service tariff by HSK line 2026: basic, WTO, Korea–China FTA and RCEP rates for goods of China',
      asOf: '2026',
      publisher:
        'Korea Customs Service (관세청), 품목번호별 관세율표 2026-02-11 (data.go.kr 15051179), as built in github.com/tbco-ship-it/jikguse data/hs.json @ c67a4ff',
      url: 'https://www.data.go.kr/data/15051179/fileData.do',
      licence:
        'Korean government public data, reference material without legal force (KOGL Type 1 stated elsewhere, not verified)',
    }),
  ];
  return { sources, lines, quarantine, chinaColumn: 'china-specific', caveats: [KR_MFN_CAVEAT], stats };
}

/** 8509801000 -> 8509.80-1000, the way Korea prints HSK lines (heading.subheading-national digits). */
function printedCode(code: string): string {
  return `${code.slice(0, 4)}.${code.slice(4, 6)}-${code.slice(6)}`;
}

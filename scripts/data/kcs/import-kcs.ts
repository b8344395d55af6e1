import { join } from 'node:path';
import type { Party, Quarantine, RateEntry, SourceInfo, TariffLine } from '../../../domain/schemas/index.js';
import { sourceInfo } from '../lib/source-info.js';
import { parseAuPhaseDown, rateInYear } from './au-path.js';
import { count, entry, refuse, simplePct, type Ctx } from './kcs-cells.js';
import { KCS_FILES, normHeader, type ChinaColumn, type KcsDest, type KcsFileConfig } from './kcs-config.js';
import { normaliseCell, parseKcsRate } from './parse-kcs-rate.js';
import { readFirstSheetFast } from './read-first-sheet.js';
import { mfnFromSublines } from './sublines.js';

export interface KcsImport {
  sources: SourceInfo[];
  lines: TariffLine[];
  quarantine: Quarantine[];
  chinaColumn: ChinaColumn;
  /** counts for the report: 'rcep-unconfirmed', 'rcep-above-mfn', 'mfn-printed-above', 'quarantined:<reason>', ... */
  stats: Record<string, number>;
  /** English description of every row with an 8+ digit code, national line or not (used for VN 2026) */
  english: Map<string, string>;
}

/**
 * A national line is a row whose 세번 (code) has 8 or more digits and that carries at least one
 * rate cell in the columns read (MFN, the RCEP column, the Korea column), or has no rate there but
 * no longer code under it (a leaf: its rates are "not in data", e.g. TH 8711 motorcycles); AU statistical
 * (10-digit) rows are lines even when their MFN cell is the blank "printed above" mark.
 * Shorter codes and rows without a code are headings / sub-headers, not lines.
 */
export async function importKcs(from: string, dest: Party): Promise<KcsImport> {
  if (!(dest in KCS_FILES)) throw new Error(`importKcs: no KCS table handled here for ${dest}`);
  const cfg: KcsFileConfig = KCS_FILES[dest as KcsDest];
  const file = `kcs/kcs-2025-${dest.toLowerCase()}.xlsx`;
  const src = `kcs-2025-${dest.toLowerCase()}`;
  const rows = await readFirstSheetFast(join(from, file));
  const ctx: Ctx = { src, file, dest, asOf: '2025', rcepYear: cfg.rcepYear, quarantine: [], stats: {} };

  const header = (rows[0] ?? []).map(normHeader);
  const col = (name: string): number => {
    const i = header.indexOf(normHeader(name));
    if (i < 0) throw new Error(`${file}: header '${name}' not found in ${JSON.stringify(header)}`);
    return i;
  };
  const cCode = col('세번');
  const cDesc = col('영문품명');
  const cIso = col('국가코드');
  const cUnit = header.indexOf('단위');
  const cMfn = col(cfg.mfn);
  const cRcep = cfg.rcep ? col(cfg.rcep) : -1;
  const cKor = cfg.rcepKorea ? col(cfg.rcepKorea) : -1;
  const cAcfta = cfg.acfta ? col(cfg.acfta) : -1;
  const cell = (row: string[], i: number): string => (i >= 0 ? (row[i] ?? '') : '');

  // Codes that have a longer code under them: a rateless row with such a code is a grouping row;
  // a rateless leaf is still a national line of the tariff, with its rates "not in data".
  const allCodes = rows.map((row) => normaliseCell(cell(row, cCode)).replace(/\D/g, '')).filter((c) => c.length >= 8);
  const parents = new Set<string>();
  for (const c of allCodes) for (let n = 8; n < c.length; n++) parents.add(c.slice(0, n));

  const lines: TariffLine[] = [];
  const english = new Map<string, string>();
  const seen = new Set<string>();
  let prev: { line: TariffLine; mfn: RateEntry | undefined } | undefined;
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    const r = i + 1; // worksheet row number
    const printed = normaliseCell(cell(row, cCode));
    const code = printed.replace(/\D/g, '');
    const mfnRaw = cell(row, cMfn);
    const hasRate = [cMfn, cRcep, cKor].some((c) => normaliseCell(cell(row, c)) !== '');
    const auStat = cfg.mfnDitto === true && code.length === 10;
    const rateless = !hasRate && !auStat && (cfg.mfnDitto === true || parents.has(code));
    if (code.length < 8 || rateless) {
      if (hasRate) refuse(ctx, undefined, r, 'code-malformed', `code '${printed}' carries rates`, code || undefined);
      continue;
    }
    if (cell(row, cIso) !== cfg.iso3) refuse(ctx, undefined, r, 'country-mismatch', cell(row, cIso), code);
    if (seen.has(code)) {
      refuse(ctx, undefined, r, 'duplicate-code', printed, code);
      continue;
    }
    seen.add(code);
    const line: TariffLine = {
      code,
      printed,
      hsVersion: '2022',
      desc: normaliseCell(cell(row, cDesc)),
      mfn: [],
      rcep: [],
    };
    if (!hasRate && !auStat) Object.assign(line, { src, row: String(r) }); // a code-only line cites its row
    const unit = normaliseCell(cell(row, cUnit));
    if (unit) line.unit = unit;

    // MFN
    let mfnText = normaliseCell(mfnRaw);
    if (cfg.mfnFirstClause) mfnText = mfnText.split(/\s+(?=[A-Z][A-Z/]*\s*:)/)[0]!;
    let mfn: RateEntry | undefined;
    if (mfnText === '' && cfg.mfnDitto) {
      if (prev && prev.mfn && prev.line.code.slice(0, 4) === code.slice(0, 4)) {
        mfn = prev.mfn;
        count(ctx, 'mfn-printed-above');
      } else if (prev?.line.quarantined?.length && prev.line.code.slice(0, 4) === code.slice(0, 4)) {
        refuse(ctx, line, r, 'mfn-printed-above-quarantined', `row above: ${prev.line.printed}`);
      } else refuse(ctx, line, r, 'mfn-blank-without-line-above', printed);
    } else {
      const p = parseKcsRate(mfnText, cfg.rate);
      if (p.kind === 'rate') mfn = entry(ctx, p.rate, r, mfnRaw);
      else if (p.kind === 'invalid') refuse(ctx, line, r, `mfn-${p.reason}`, mfnRaw);
      else count(ctx, p.kind === 'empty' ? 'mfn-blank' : 'mfn-unconfirmed');
    }
    if (mfn) line.mfn.push(mfn);

    // RCEP for goods of China
    if (cRcep >= 0) {
      const raw = cell(row, cRcep);
      const res = cfg.auPath ? parseAuPhaseDown(raw, cfg.rate) : parseKcsRate(raw, cfg.rate);
      if (res.kind === 'path') {
        line.path = { src, row: String(r), years: res.years };
        const y = rateInYear(res.years, cfg.rcepYear!);
        if (y) line.rcep.push(entry(ctx, y.rate, r, raw));
        else count(ctx, 'rcep-path-starts-after-2025');
      } else if (res.kind === 'rate' || res.kind === 'single') line.rcep.push(entry(ctx, res.rate, r, raw));
      else if (res.kind === 'invalid') refuse(ctx, line, r, `rcep-${res.reason}`, raw);
      else count(ctx, res.kind === 'empty' ? 'rcep-blank' : 'rcep-unconfirmed');
      const m = mfn && simplePct(mfn.rate);
      const c = line.rcep[0] && simplePct(line.rcep[0].rate);
      if (m !== undefined && c !== undefined && c > m) count(ctx, 'rcep-above-mfn');
    }
    // rate granted to Korea: reference only, never China's
    if (cKor >= 0) {
      const raw = cell(row, cKor);
      const res = parseKcsRate(raw, cfg.rate);
      if (res.kind === 'rate') line.referenceOnly = { 'rcep-korea': [entry(ctx, res.rate, r, raw)] };
      else if (res.kind === 'invalid') refuse(ctx, line, r, `rcep-korea-${res.reason}`, raw);
      else if (res.kind === 'unconfirmed') count(ctx, 'rcep-korea-unconfirmed');
    }
    if (cAcfta >= 0) acfta(ctx, line, r, cell(row, cAcfta), cfg);

    lines.push(line);
    prev = { line, mfn };
  }
  mfnFromSublines(ctx, lines);
  english.clear();
  for (const row of rows.slice(1)) {
    const c = normaliseCell(cell(row, cCode)).replace(/\D/g, '');
    const d = normaliseCell(cell(row, cDesc));
    if (c.length >= 8 && d && !english.has(c)) english.set(c, d);
  }

  const sources = [
    sourceInfo(from, file, {
      id: src,
      title: `Korea Customs Service partner-country tariff table 2025: ${dest}`,
      asOf: '2025',
      publisher: 'Korea Customs Service (관세청)',
      url: 'https://www.data.go.kr/data/15051176/fileData.do',
      licence: 'Korean government public data, reference material without legal force; licence terms not verified',
    }),
  ];
  return { sources, lines, quarantine: ctx.quarantine, chinaColumn: cfg.chinaColumn, stats: ctx.stats, english };
}

/** VN ACFTA cell: "5%", "5%(-KH, TH)" = not for goods of those members; "(-CN)" = not for goods of China. */
function acfta(ctx: Ctx, line: TariffLine, r: number, raw: string, cfg: KcsFileConfig): void {
  const text = normaliseCell(raw);
  if (text === '') return;
  const m = /^(.*?)\s*\(\s*-\s*([A-Z][A-Z\s,.]*)\)\s*$/.exec(text);
  const except = m ? m[2]!.split(/[\s,.]+/).filter(Boolean) : [];
  if (except.includes('CN')) {
    count(ctx, 'acfta-not-for-china');
    return;
  }
  const res = parseKcsRate(m ? m[1]! : text, cfg.rate);
  if (res.kind === 'rate') line.other = { acfta: [entry(ctx, res.rate, r, raw, null)] };
  else if (res.kind === 'invalid') refuse(ctx, line, r, `acfta-${res.reason}`, raw);
}

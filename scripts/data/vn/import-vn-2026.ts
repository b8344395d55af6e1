import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Quarantine, RateEntry, RateExpr, SourceInfo, TariffLine } from '../../../domain/schemas/index.js';
import { sourceInfo } from '../lib/source-info.js';
import { importKcs } from '../kcs/import-kcs.js';

export const VN_FILE = 'vn/vn_tariff_2026_mfn_acfta_rcep.csv';
export const VN_SRC = 'vn-tariff-2026';
const HS_FILE = 'hs/harmonized-system.csv';
/** 2026 = Viet Nam RCEP Year 5 (Year 1 = 2022, calendar years; team brief / mirror README) */
export const VN_2026_RCEP_YEAR = 5;

export interface Vn2026Import {
  sources: SourceInfo[];
  lines: TariffLine[];
  quarantine: Quarantine[];
  chinaColumn: 'china-specific';
  stats: Record<string, number>;
}

type Cell = { kind: 'rate'; rate: RateExpr } | { kind: 'missing' } | { kind: 'invalid' };

/** "5.0" -> 5%, "0.0" -> free, "-1" -> not given (stays not in data). */
export function parseVnCell(raw: string | undefined): Cell {
  const t = (raw ?? '').trim();
  if (t === '-1' || t === '-1.0') return { kind: 'missing' };
  if (!/^\d+(\.\d+)?$/.test(t)) return { kind: 'invalid' };
  const n = Number(t);
  if (n > 1000) return { kind: 'invalid' };
  return { kind: 'rate', rate: n === 0 ? { kind: 'free' } : { kind: 'adValorem', pct: n } };
}

/**
 * Viet Nam 2026 (MFN, ACFTA and RCEP for goods of China; vn_tariff_2026_mfn_acfta_rcep.csv).
 * The file's Vietnamese descriptions are not shipped (no licence): the English description is
 * the KCS 2025 VN table's (same 8-digit code), else the HS 2022 six-digit description.
 * A code printed on several rows (78 chapter-98 codes) gives one line when the rows agree on
 * every rate; otherwise every row is quarantined ('duplicate-code-disagrees') and no rate kept.
 * Pass `englishByCode` (KcsImport.english of VN) to avoid reading the KCS VN table again.
 */
export async function importVietnam2026(from: string, englishByCode?: Map<string, string>): Promise<Vn2026Import> {
  const text = readFileSync(join(from, VN_FILE), 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const quarantine: Quarantine[] = [];
  const stats: Record<string, number> = {};
  const count = (k: string) => (stats[k] = (stats[k] ?? 0) + 1);
  const refuse = (row: number, reason: string, code: string, detail: string) => {
    quarantine.push({ src: VN_SRC, file: VN_FILE, row: String(row), reason, code, dest: 'VN', detail });
    count(`quarantined:${reason}`);
  };
  const english = englishByCode ?? (await importKcs(from, 'VN')).english;
  const hs = hsDescriptions(from);
  // cells are plain numbers ("15.0"): the printed form is not repeated
  const entry = (rate: RateExpr, row: number, rcepYear?: number): RateEntry => ({
    rate,
    asOf: '2026',
    src: VN_SRC,
    row: String(row),
    ...(rcepYear ? { rcepYear } : {}),
  });

  const byCode = new Map<string, { row: number; rec: Record<string, string> }[]>();
  parsed.data.forEach((rec, i) => {
    const code = (rec.hs8 ?? '').trim();
    const row = i + 2; // header is line 1; no field spans lines in this file
    if (!/^\d{8}$/.test(code)) return refuse(row, 'code-malformed', code, code);
    byCode.set(code, [...(byCode.get(code) ?? []), { row, rec }]);
  });

  const lines: TariffLine[] = [];
  let usedHs = false;
  for (const [code, group] of byCode) {
    const line: TariffLine = { code, printed: code, hsVersion: '2022', desc: '', mfn: [], rcep: [] };
    const en = english.get(code);
    if (en) line.desc = en;
    else if (hs.has(code.slice(0, 6))) {
      line.desc = hs.get(code.slice(0, 6))!;
      usedHs = true;
      count('desc-from-hs2022');
    } else count('desc-missing');
    const key = (r: Record<string, string>) => [r.mfn, r.acfta, r.rcep].join('|');
    if (group.length > 1) {
      if (group.some((g) => key(g.rec) !== key(group[0]!.rec))) {
        for (const g of group)
          refuse(g.row, 'duplicate-code-disagrees', code, `mfn ${g.rec.mfn} acfta ${g.rec.acfta} rcep ${g.rec.rcep}`);
        line.quarantined = [{ src: VN_SRC, reason: 'duplicate-code-disagrees' }];
        lines.push(line);
        continue;
      }
      count('duplicate-code-identical-rows');
    }
    const { row, rec } = group[0]!;
    const cols: [string, (e: RateEntry) => void, number | undefined][] = [
      ['mfn', (e) => line.mfn.push(e), undefined],
      ['rcep', (e) => line.rcep.push(e), VN_2026_RCEP_YEAR],
      ['acfta', (e) => (line.other = { acfta: [e] }), undefined],
    ];
    for (const [name, put, year] of cols) {
      const c = parseVnCell(rec[name]);
      if (c.kind === 'rate') put(entry(c.rate, row, year));
      else if (c.kind === 'missing') count(`${name}-not-given`);
      else {
        refuse(row, `${name}-unparseable`, code, rec[name] ?? '');
        (line.quarantined ??= []).push({ src: VN_SRC, reason: `${name}-unparseable` });
      }
    }
    lines.push(line);
  }

  const meta = {
    asOf: '2026',
    publisher: 'github.com/Spinoglobal/spinoglobal-hscode (compiled from Decrees 144/2024, 118/2022, 129/2022)',
  };
  const sources = [
    sourceInfo(from, VN_FILE, {
      id: VN_SRC,
      title: 'Viet Nam import tariff 2026: MFN, ACFTA (Form E) and RCEP for goods of China',
      ...meta,
      url: 'https://github.com/Spinoglobal/spinoglobal-hscode',
      licence: 'no open licence: government figures used, Vietnamese descriptions not shipped',
    }),
  ];
  if (usedHs)
    sources.push(
      sourceInfo(from, HS_FILE, {
        id: 'hs-2022-nomenclature', // same id as scripts/data/hs/import-hs.ts
        title: 'Harmonized System 2022 nomenclature (English)',
        asOf: 'HS 2022',
        publisher: 'UN Comtrade, via github.com/datasets/harmonized-system',
        licence: 'PDDL',
      }),
    );
  return { sources, lines, quarantine, chinaColumn: 'china-specific', stats };
}

function hsDescriptions(from: string): Map<string, string> {
  const text = readFileSync(join(from, HS_FILE), 'utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  return new Map(rows.filter((r) => /^\d{6}$/.test(r.hscode ?? '')).map((r) => [r.hscode!, r.description ?? '']));
}

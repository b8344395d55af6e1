import type { Party, PsrRow, Quarantine, SourceInfo, TariffLine, TariffPack } from '../../../domain/schemas/index.js';
import type { ChinaColumn } from './manifest.js';

/** What any importer returns (contract in the team brief); extra fields are ignored. */
export interface ImportResult {
  sources: SourceInfo[];
  lines?: TariffLine[];
  rows?: PsrRow[];
  quarantine: Quarantine[];
  chinaColumn?: ChinaColumn;
  /** pack-level reason codes (TariffPack.caveats) */
  caveats?: string[];
}

/** Which RCEP column of the sources applies to goods of China (mirror README, kcs/). */
export const CHINA_COLUMN: Record<Exclude<Party, 'CN'>, ChinaColumn> = {
  AU: 'common',
  NZ: 'common',
  MY: 'common',
  BN: 'common',
  KH: 'common',
  LA: 'common',
  VN: 'china-specific',
  JP: 'china-specific',
  KR: 'china-specific',
  TH: 'korea-only',
  ID: 'korea-only',
  PH: 'korea-only',
  MM: 'none',
  SG: 'none',
};

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const byCode = <T extends { code: string }>(a: T, b: T) => cmp(a.code, b.code);

/** Sources deduplicated by id (same id must mean same file bytes) and sorted. */
export function uniqueSources(list: SourceInfo[]): SourceInfo[] {
  const m = new Map<string, SourceInfo>();
  for (const s of list) {
    const prev = m.get(s.id);
    if (prev && prev.sha256 !== s.sha256) throw new Error(`source id ${s.id} used for two different files`);
    m.set(s.id, s);
  }
  return [...m.values()].sort((a, b) => cmp(a.id, b.id));
}

export function sortQuarantine(list: Quarantine[]): Quarantine[] {
  const key = (q: Quarantine) =>
    [q.src, q.file, q.row.padStart(8, '0'), q.reason, q.code ?? '', q.detail ?? ''].join('\u0000');
  return [...list].sort((a, b) => cmp(key(a), key(b)));
}

/** Merge importer results of one destination into its pack (lines sorted by code; duplicate codes are an error). */
export function tariffPack(dest: Party, parts: ImportResult[], banner: string): TariffPack {
  const lines = parts.flatMap((p) => p.lines ?? []).sort(byCode);
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].code === lines[i - 1].code) throw new Error(`${dest}: national line ${lines[i].code} given twice`);
  }
  const chinaColumn = parts.find((p) => p.chinaColumn)?.chinaColumn ?? CHINA_COLUMN[dest as Exclude<Party, 'CN'>];
  const caveats = [...new Set(parts.flatMap((p) => p.caveats ?? []))].sort();
  return {
    _generated: banner,
    dest,
    chinaColumn,
    sources: uniqueSources(parts.flatMap((p) => p.sources)),
    lines,
    quarantine: sortQuarantine(parts.flatMap((p) => p.quarantine)),
    ...(caveats.length ? { caveats } : {}),
  };
}

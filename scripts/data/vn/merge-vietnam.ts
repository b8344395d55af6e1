import type { Quarantine, RateEntry, SourceInfo, TariffLine } from '../../../domain/schemas/index.js';

interface Part {
  sources: SourceInfo[];
  lines?: TariffLine[];
  quarantine: Quarantine[];
}

export interface VnMerged {
  sources: SourceInfo[];
  lines: TariffLine[];
  quarantine: Quarantine[];
  chinaColumn: 'china-specific';
  /** codes found in one source only (KCS 2025 also lists 10-digit national sub-lines the 2026 file does not) */
  onlyIn: { kcs2025: string[]; vn2026: string[] };
  stats: Record<string, number>;
}

const level = (e: RateEntry | undefined): number | undefined =>
  e?.rate.kind === 'free' ? 0 : e?.rate.kind === 'adValorem' ? e.rate.pct : undefined;

/**
 * One TariffLine per code holding both years: KCS 2025 (RCEP Year 4) and the 2026 file (Year 5).
 * The line's description, printed code and unit come from KCS (English); entries are appended
 * 2025 first. Cross-check: an RCEP rate for goods of China must not rise from 2025 to 2026;
 * where it does, both entries stay on the line, the line is marked quarantined and a quarantine
 * record 'rcep-rate-rises' names both figures and rows. Rates that are not plain ad valorem /
 * free are not compared (counted as 'rcep-not-comparable').
 */
export function mergeVietnam(kcs2025: Part, vn2026: Part): VnMerged {
  const stats: Record<string, number> = {};
  const count = (k: string) => (stats[k] = (stats[k] ?? 0) + 1);
  const quarantine = [...kcs2025.quarantine, ...vn2026.quarantine];
  const next = new Map((vn2026.lines ?? []).map((l) => [l.code, l]));
  const lines: TariffLine[] = [];
  const onlyIn = { kcs2025: [] as string[], vn2026: [] as string[] };
  for (const a of kcs2025.lines ?? []) {
    const b = next.get(a.code);
    if (!b) {
      onlyIn.kcs2025.push(a.code);
      lines.push(a);
      continue;
    }
    next.delete(a.code);
    const line: TariffLine = { ...a, mfn: [...a.mfn, ...b.mfn], rcep: [...a.rcep, ...b.rcep] };
    const other: Record<string, RateEntry[]> = {};
    for (const [k, v] of [...Object.entries(a.other ?? {}), ...Object.entries(b.other ?? {})])
      other[k] = [...(other[k] ?? []), ...v];
    if (Object.keys(other).length) line.other = other;
    const q = [...(a.quarantined ?? []), ...(b.quarantined ?? [])];
    if (q.length) line.quarantined = q;
    const r25 = a.rcep[0];
    const r26 = b.rcep[0];
    if (r25 && r26) {
      const x = level(r25);
      const y = level(r26);
      if (x === undefined || y === undefined) count('rcep-not-comparable');
      else if (y > x) {
        count('rcep-rate-rises');
        quarantine.push({
          src: r26.src,
          file: 'vn/vn_tariff_2026_mfn_acfta_rcep.csv',
          row: r26.row ?? '',
          reason: 'rcep-rate-rises',
          dest: 'VN',
          code: a.code,
          detail: `RCEP for China ${r25.printed ?? x} in 2025 (${r25.src} row ${r25.row}) -> ${r26.printed ?? y} in 2026 (row ${r26.row})`,
        });
        (line.quarantined ??= []).push({ src: r26.src, reason: 'rcep-rate-rises' });
      } else count(y < x ? 'rcep-falls' : 'rcep-same');
    } else if (r25 || r26) count(r25 ? 'rcep-2025-only' : 'rcep-2026-only');
    lines.push(line);
  }
  for (const b of next.values()) {
    onlyIn.vn2026.push(b.code);
    lines.push(b);
  }
  const ids = new Set<string>();
  const sources = [...kcs2025.sources, ...vn2026.sources].filter((s) => !ids.has(s.id) && ids.add(s.id));
  return { sources, lines, quarantine, chinaColumn: 'china-specific', onlyIn, stats };
}

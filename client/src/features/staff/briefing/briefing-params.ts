import { DESTINATIONS } from '../../../../../domain/schemas/index.js';

/** What a briefing shows (workshops "by country, sector and product"). */
export const BRIEFING_MODES = ['products', 'sector', 'country'] as const;
export type BriefingMode = (typeof BRIEFING_MODES)[number];

export interface BriefingParams {
  mode: BriefingMode;
  dest: string;
  /** product list mode: digits, 4+ each, at most 50 */
  codes: string[];
  /** sector mode: as typed ('84-85'); the server reads and checks it */
  chapters: string;
  /** YYYY-MM-DD, '' = today */
  date: string;
}

const isMode = (m: string | null): m is BriefingMode => (BRIEFING_MODES as readonly string[]).includes(m ?? '');

/** The briefing the URL names (the QR code carries the same URL, so a phone opens the same briefing). */
export function readParams(p: URLSearchParams): BriefingParams {
  const codes = (p.get('codes') ?? '')
    .split(/[,\s]+/)
    .map((c) => c.replace(/\D/g, ''))
    .filter((c) => c.length >= 4)
    .slice(0, 50);
  const chapters = (p.get('chapters') ?? '').trim().slice(0, 20);
  const m = p.get('mode');
  const mode: BriefingMode = isMode(m) ? m : chapters ? 'sector' : 'products';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(p.get('date') ?? '') ? p.get('date')! : '';
  return { mode, dest: (p.get('dest') ?? '').toUpperCase(), codes, chapters, date };
}

/** URL search params of a briefing: only what its mode needs. */
export function writeParams(b: BriefingParams): Record<string, string> {
  const out: Record<string, string> = { mode: b.mode, dest: b.dest };
  if (b.mode === 'products') out.codes = b.codes.join(',');
  if (b.mode === 'sector') out.chapters = b.chapters;
  if (b.date) out.date = b.date;
  return out;
}

export const isDestination = (d: string) => (DESTINATIONS as string[]).includes(d);

import type { DomainError } from '../schemas/domain-error.js';

/** The HS has chapters 01–97; chapter 77 is reserved for possible future use (HS General Notes). */
export const FIRST_CHAPTER = 1;
export const LAST_CHAPTER = 97;
export const RESERVED_CHAPTER = 77;
/** An inclusive range of HS chapters, two digits each ('84'–'85'; '61'–'61' for one chapter). */
export interface ChapterRange {
  from: string;
  to: string;
}

export const ALL_CHAPTERS: ChapterRange = { from: '01', to: '97' };

export type ChapterRangeReason = 'chapters-invalid' | 'chapters-not-hs' | 'chapters-reversed' | 'chapters-reserved';

const fail = (reason: ChapterRangeReason): DomainError => ({ error: { reason, field: 'chapters' } });
const two = (n: number) => String(n).padStart(2, '0');

/**
 * '84-85', '84–85', '84~85', '８４－８５', '84 至 85', '84' or '8' -> { from: '84', to: '85' }.
 * Reasons: 'chapters-invalid' (not one or two chapter numbers), 'chapters-not-hs' (00, 98, 99: not
 * HS chapters), 'chapters-reversed' ('85-84'), 'chapters-reserved' (77 alone: reserved, no goods).
 */
export function parseChapterRange(text: string): ChapterRange | DomainError {
  if (typeof text !== 'string' || text.length > 20) return fail('chapters-invalid');
  const s = text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[‐‑‒–—―−~〜至]|to/gi, '-');
  const m = /^(\d{1,2})(?:-(\d{1,2}))?$/.exec(s);
  if (!m) return fail('chapters-invalid');
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  const inHs = (n: number) => n >= FIRST_CHAPTER && n <= LAST_CHAPTER;
  if (!inHs(from) || !inHs(to)) return fail('chapters-not-hs');
  if (from > to) return fail('chapters-reversed');
  if (from === RESERVED_CHAPTER && to === RESERVED_CHAPTER) return fail('chapters-reserved');
  return { from: two(from), to: two(to) };
}

export function isChapterRange(r: ChapterRange | DomainError): r is ChapterRange {
  return !('error' in r);
}

/** '84–85', or '61' for a one-chapter range. */
export function rangeLabel(r: ChapterRange): string {
  return r.from === r.to ? r.from : `${r.from}–${r.to}`;
}

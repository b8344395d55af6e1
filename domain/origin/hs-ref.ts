import type { HsRef } from '../schemas/index.js';

/** Annex 3A headnote 3: chapter = 2 digits, heading = 4 digits, subheading = 6 digits. */
export type HsLevel = HsRef['level'];

export const LEVEL_DIGITS: Record<HsLevel, number> = { chapter: 2, heading: 4, subheading: 6 };

/** Read a written HS reference by its shape: '01' chapter, '84.07' / '8407' heading, '8407.10' / '840710' subheading. */
export function hsRefFromText(text: string): HsRef | undefined {
  if (/^\d{2}$/.test(text)) return { level: 'chapter', code: text };
  if (/^\d{2}\.\d{2}$/.test(text)) return { level: 'heading', code: text.replace('.', '') };
  if (/^\d{4}$/.test(text)) return { level: 'heading', code: text };
  if (/^\d{4}\.\d{2}$/.test(text)) return { level: 'subheading', code: text.replace('.', '') };
  if (/^\d{6}$/.test(text)) return { level: 'subheading', code: text };
  return undefined;
}

/** Written form used in rule texts: '01', '84.07', '8407.10'. */
export function formatHsRef(ref: HsRef): string {
  if (ref.level === 'chapter') return ref.code;
  if (ref.level === 'heading') return `${ref.code.slice(0, 2)}.${ref.code.slice(2)}`;
  return `${ref.code.slice(0, 4)}.${ref.code.slice(4)}`;
}

export const MAX_RANGE = 100;

/**
 * Expand 'heading 55.09 through 55.11' into 5509, 5510, 5511. Both ends must be the same level and share the
 * parent (same chapter for headings, same heading for subheadings). Undefined when the range is not well formed.
 */
export function expandRange(from: HsRef, to: HsRef): HsRef[] | undefined {
  if (from.level !== to.level || from.level === 'chapter') {
    if (from.level === 'chapter' && to.level === 'chapter') return numericRange(from, to, 2);
    return undefined;
  }
  const parentDigits = LEVEL_DIGITS[from.level] - 2;
  if (from.code.slice(0, parentDigits) !== to.code.slice(0, parentDigits)) return undefined;
  return numericRange(from, to, LEVEL_DIGITS[from.level]);
}

function numericRange(from: HsRef, to: HsRef, width: number): HsRef[] | undefined {
  const a = Number(from.code);
  const b = Number(to.code);
  if (!(b > a) || b - a > MAX_RANGE) return undefined;
  const out: HsRef[] = [];
  for (let n = a; n <= b; n++) out.push({ level: from.level, code: String(n).padStart(width, '0') });
  return out;
}

/** Sorted (by code, then level) and de-duplicated copy. */
export function canonicalRefs(refs: HsRef[]): HsRef[] {
  const seen = new Map<string, HsRef>();
  for (const r of refs) seen.set(`${r.code}|${r.level}`, { level: r.level, code: r.code });
  return [...seen.values()].sort((x, y) =>
    x.code === y.code ? x.level.localeCompare(y.level) : x.code.localeCompare(y.code),
  );
}

/** True when the HS code (digits) falls under the reference. */
export function refCovers(ref: HsRef, digits: string): boolean {
  return digits.length >= ref.code.length && digits.startsWith(ref.code);
}

import type { HsVersion } from '../schemas/index.js';

/**
 * HS code normaliser. Accepts '8509.80', '850980', '8509 80 10', '6109.10-020',
 * full-width digits ('８５０９'), stray spaces/dots/dashes, an optional 'HS' / 'HS2012' prefix.
 * Never throws: failures are typed reasons.
 */
export type HsLevel = 'chapter' | 'heading' | 'subheading' | 'national';

export interface NormalisedCode {
  digits: string;
  level: HsLevel;
  /** only when the input named one ('HS2012 8509.80') */
  version?: HsVersion;
  /** canonical display: '85', '85.09', '8509.80', '8509.80.90' */
  display: string;
}

export type HsCodeErrorReason = 'empty-code' | 'not-a-code' | 'bad-code-length' | 'bad-chapter' | 'code-too-long';

export interface HsCodeError {
  error: { reason: HsCodeErrorReason; field: 'code' };
}

const MAX_INPUT = 40;
const VERSION_RE = /^hs\s*[-_:]?\s*(2012|2017|2022)\s*[:\-_]?\s*/i;
const HS_PREFIX_RE = /^hs\s*[:\-_]?\s*/i;

function fail(reason: HsCodeErrorReason): HsCodeError {
  return { error: { reason, field: 'code' } };
}

export function levelOf(digits: string): HsLevel | null {
  const n = digits.length;
  if (n === 2) return 'chapter';
  if (n === 4) return 'heading';
  if (n === 6) return 'subheading';
  if (n >= 7 && n <= 12) return 'national';
  return null;
}

export function displayCode(digits: string): string {
  if (digits.length <= 2) return digits;
  if (digits.length <= 4) return `${digits.slice(0, 2)}.${digits.slice(2)}`;
  const sub = `${digits.slice(0, 4)}.${digits.slice(4, 6)}`;
  return digits.length <= 6 ? sub : `${sub}.${digits.slice(6)}`;
}

export function normaliseCode(input: unknown): NormalisedCode | HsCodeError {
  if (typeof input !== 'string') return fail('not-a-code');
  let s = input.normalize('NFKC').trim();
  if (s === '') return fail('empty-code');
  if (s.length > MAX_INPUT) return fail('code-too-long');
  let version: HsVersion | undefined;
  const vm = VERSION_RE.exec(s);
  if (vm) {
    version = vm[1] as HsVersion;
    s = s.slice(vm[0].length);
  } else {
    s = s.replace(HS_PREFIX_RE, '');
  }
  // separators people type: spaces (incl. NBSP/ideographic, NFKC -> ' '), dots, dashes, middle dots
  if (!/^[\d\s.\-‐‑–—·・]*$/u.test(s)) return fail('not-a-code');
  const digits = s.replace(/\D/g, '');
  if (digits === '') return fail(s.trim() === '' ? 'empty-code' : 'not-a-code');
  const level = levelOf(digits);
  if (!level) return fail('bad-code-length');
  if (digits.startsWith('00')) return fail('bad-chapter');
  const out: NormalisedCode = { digits, level, display: displayCode(digits) };
  if (version) out.version = version;
  return out;
}

export function isCodeError(x: unknown): x is HsCodeError {
  return typeof x === 'object' && x !== null && 'error' in x;
}

/** '85', '8509', '850980' for any code of 6+ digits (shorter codes give their own prefixes). */
export function ancestors(digits: string): string[] {
  return [2, 4, 6].filter((n) => digits.length >= n).map((n) => digits.slice(0, n));
}

/**
 * Hostile and unusual text shared by the bad-input and security suites. Each entry has a
 * name so a failure says which input broke which field.
 */
export interface EdgeString {
  name: string;
  value: string;
}

/** Unicode edge cases: every text parameter must answer a 4xx with a reason or a correct 2xx. */
export const UNICODE_EDGES: EdgeString[] = [
  { name: 'full-width-code', value: '８５０９．８０' },
  { name: 'ideographic-space', value: '８５０９\u3000８０' },
  { name: 'mixed-scripts', value: '摩托车 motorcycle мотоцикл دراجة' },
  { name: 'cyrillic-homoglyphs', value: 'vасuum' },
  { name: 'rtl-marks', value: '\u200F8509.80\u200E' },
  { name: 'rtl-override', value: '\u202E08.9058\u202C' },
  { name: 'zero-width', value: '8509\u200B80' },
  { name: 'combining', value: 'e\u0301\u0301\u0301' },
  { name: 'emoji', value: '🛵🇨🇳👨‍👩‍👧' },
  { name: 'nul', value: 'a\u0000b' },
  { name: 'lone-surrogate', value: 'x\uD800y' },
  { name: 'ideographic-only-space', value: '\u3000' },
  { name: 'empty', value: '' },
  { name: 'long-10k', value: 'a'.repeat(10_000) },
  { name: 'long-10k-cjk', value: '榨'.repeat(10_000) },
];

/** SQL-injection payloads (SQLite and PostgreSQL dialects). */
export const SQL_PAYLOADS: EdgeString[] = [
  { name: 'drop-table', value: "'; DROP TABLE enquiries; --" },
  { name: 'drop-feedback', value: "x'); DROP TABLE feedback; --" },
  { name: 'tautology', value: "' OR '1'='1" },
  { name: 'union', value: "' UNION SELECT name, sql FROM sqlite_master --" },
  { name: 'pg-stacked', value: '1; SELECT pg_sleep(5); --' },
  { name: 'double-quote', value: '"; DELETE FROM users; --' },
  { name: 'comment', value: '/* */ -- ` ; \\' },
  { name: 'dollar-quote', value: '$$; DROP TABLE feedback_events; $$' },
];

/** XSS payloads: stored as sent, never served as markup. */
export const XSS_PAYLOADS: EdgeString[] = [
  { name: 'script', value: '<script>alert(1)</script>' },
  { name: 'img-onerror', value: '<img src=x onerror=alert(1)>' },
  { name: 'svg-onload', value: '<svg/onload=alert(1)>' },
  { name: 'attr-break', value: '"><iframe src=javascript:alert(1)>' },
  { name: 'js-url', value: 'javascript:alert(document.cookie)' },
  { name: 'entity', value: '&lt;script&gt;&#x3C;' },
  { name: 'template', value: '{{constructor.constructor("alert(1)")()}}' },
  { name: 'csv-formula', value: '=HYPERLINK("http://evil.example","x")' },
];

/** encodeURIComponent, with a lone surrogate sent as its raw (invalid) UTF-8 bytes. */
export function encodeParam(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return s
      .split('')
      .map((ch) => {
        try {
          return encodeURIComponent(ch);
        } catch {
          return '%ED%A0%80';
        }
      })
      .join('');
  }
}

/** A 4xx JSON answer must carry `{ error: { reason: 'kebab-case' } }`. */
export function reasonOf(body: unknown): string | undefined {
  const r = (body as { error?: { reason?: unknown } } | null)?.error?.reason;
  return typeof r === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(r) ? r : undefined;
}

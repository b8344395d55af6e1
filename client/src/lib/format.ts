import i18n from './i18n.js';

const loc = (lang?: string) => lang ?? i18n.language ?? 'zh-CN';

export function fmtNumber(n: number, lang?: string, digits = 2): string {
  return new Intl.NumberFormat(loc(lang), { maximumFractionDigits: digits }).format(n);
}

/** A percentage given as 0..100. */
export function fmtPct(n: number, lang?: string): string {
  return new Intl.NumberFormat(loc(lang), { style: 'percent', maximumFractionDigits: 2 }).format(n / 100);
}

export function fmtMoney(n: number, currency: string, lang?: string): string {
  try {
    return new Intl.NumberFormat(loc(lang), { style: 'currency', currency, maximumFractionDigits: 2 }).format(n);
  } catch {
    return `${fmtNumber(n, lang)} ${currency}`;
  }
}

/** ISO date (YYYY-MM-DD) for display; other strings (a year, '2025-04') are shown as given. */
export function fmtDate(iso: string | undefined, lang?: string): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso ?? '';
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(loc(lang), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** Today as YYYY-MM-DD in the user's time zone. */
export function todayIso(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Dotted HS code for display: 850980 -> 8509.80, 850980000 -> 8509.80.000 */
export function fmtCode(code: string): string {
  const d = code.replace(/\D/g, '');
  if (d.length <= 4) return d;
  if (d.length <= 6) return `${d.slice(0, 4)}.${d.slice(4)}`;
  return `${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6)}`;
}

import type { RateExpr } from '../../domain/schemas/index.js';
import type { DutyEval } from '../../domain/tariff/types.js';

/** Compact notation of a rate expression for terminal output ('4.6%', '10 JPY/kg', 'not conceded'). */
export function formatRate(e: RateExpr | null | undefined): string {
  if (!e) return '-';
  switch (e.kind) {
    case 'free':
      return 'free';
    case 'adValorem':
      return `${e.pct}%`;
    case 'specific':
      return `${e.amount} ${e.currency}/${e.unit}`;
    case 'compound':
      return e.parts.map(formatRate).join(' + ');
    case 'higherOf':
      return `higher of (${e.options.map(formatRate).join(', ')})`;
    case 'lowerOf':
      return `lower of (${e.options.map(formatRate).join(', ')})`;
    case 'conditional':
      return e.cases
        .map((c) => `[${c.when.en ?? c.when.zh ?? c.when.ja ?? c.when.ko ?? '?'}] ${formatRate(c.rate)}`)
        .join('; ');
    case 'notConceded':
      return 'not conceded';
  }
}

export function formatDuty(d: DutyEval | null | undefined): string {
  if (!d) return '-';
  switch (d.kind) {
    case 'amount':
      return `${d.amount}${d.currency ? ` ${d.currency}` : ''}`;
    case 'needs-value':
      return 'needs value';
    case 'needs-quantity':
      return `needs quantity (${d.unit})`;
    case 'currency-mismatch':
      return `currency mismatch (${d.rateCurrency} vs ${d.valueCurrency})`;
    case 'conditional':
      return d.cases.map((c) => formatDuty(c.duty)).join(' | ');
    case 'not-conceded':
      return 'not conceded';
  }
}

/** Aligned `key: value` lines. */
export function table(rows: [string, string | number | null | undefined][]): string {
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k.padEnd(w)}  ${v === null ? '-' : v}`)
    .join('\n');
}

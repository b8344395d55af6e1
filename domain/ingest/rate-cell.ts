import type { RateExpr } from '../schemas/index.js';

/**
 * One printed Annex I rate cell. "5%", "7.2%", bare "6.3" (Viet Nam prints percentages without the sign),
 * "Free", "0%". A zero ad valorem rate is `free`. Anything else (specific, "U", text) returns undefined:
 * the caller quarantines it.
 */
export function parseRateCell(cell: string): RateExpr | undefined {
  const t = cell.trim();
  if (/^free$/i.test(t)) return { kind: 'free' };
  if (/^(u|unbound|x|excluded)$/i.test(t)) return { kind: 'notConceded' };
  const m = /^(\d+(?:\.\d+)?)\s*%?$/.exec(t);
  if (!m) return undefined;
  const pct = Number(m[1]);
  return pct === 0 ? { kind: 'free' } : { kind: 'adValorem', pct };
}

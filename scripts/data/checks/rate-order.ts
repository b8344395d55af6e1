import type { RateExpr } from '../../../domain/schemas/index.js';

/** An ad valorem percentage for comparisons (free = 0); undefined when the rates cannot be ordered (specific, etc.). */
export function pctOf(r: RateExpr): number | undefined {
  if (r.kind === 'free') return 0;
  if (r.kind === 'adValorem') return r.pct;
  return undefined;
}

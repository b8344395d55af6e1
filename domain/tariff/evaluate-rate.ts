import type { RateExpr } from '../schemas/index.js';
import type { DutyEval } from './types.js';

export interface Shipment {
  /** customs value, in `currency` */
  value?: number;
  currency?: string;
  /** quantity in the unit the rate names */
  quantity?: number;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** Percent when the expression is a plain ad valorem rate or free; null otherwise. */
export function adValoremOf(expr: RateExpr | null | undefined): number | null {
  if (!expr) return null;
  if (expr.kind === 'free') return 0;
  if (expr.kind === 'adValorem') return expr.pct;
  return null;
}

function amount(value: number, currency: string | undefined, working: string[]): DutyEval {
  return currency === undefined
    ? { kind: 'amount', amount: round(value), working }
    : { kind: 'amount', amount: round(value), currency, working };
}

function sameCurrency(evals: DutyEval[]): DutyEval | null {
  const amounts = evals.filter((e) => e.kind === 'amount');
  const cur = amounts[0]?.kind === 'amount' ? amounts[0].currency : undefined;
  for (const e of amounts) {
    if (e.kind === 'amount' && e.currency !== cur && e.amount !== 0) {
      const other = amounts.find((a) => a.kind === 'amount' && a.currency !== e.currency && a.amount !== 0);
      if (other && other.kind === 'amount') {
        return {
          kind: 'currency-mismatch',
          rateCurrency: e.currency ?? 'unknown',
          valueCurrency: other.currency ?? 'unknown',
        };
      }
    }
  }
  return null;
}

function currencyOf(evals: DutyEval[]): string | undefined {
  for (const e of evals) if (e.kind === 'amount' && e.amount !== 0 && e.currency !== undefined) return e.currency;
  for (const e of evals) if (e.kind === 'amount' && e.currency !== undefined) return e.currency;
  return undefined;
}

function evalInner(expr: RateExpr, s: Shipment): DutyEval {
  switch (expr.kind) {
    case 'free':
      return amount(0, s.currency, ['free']);
    case 'notConceded':
      return { kind: 'not-conceded' };
    case 'adValorem':
      if (s.value === undefined) return { kind: 'needs-value' };
      return amount((s.value * expr.pct) / 100, s.currency, [`${s.value} x ${expr.pct}%`]);
    case 'specific':
      if (s.quantity === undefined) return { kind: 'needs-quantity', unit: expr.unit };
      return amount(expr.amount * s.quantity, expr.currency, [
        `${s.quantity} ${expr.unit} x ${expr.amount} ${expr.currency}/${expr.unit}`,
      ]);
    case 'compound':
    case 'higherOf':
    case 'lowerOf': {
      const list = expr.kind === 'compound' ? expr.parts : expr.options;
      const evals = list.map((p) => evalInner(p, s));
      const pending = evals.find((e) => e.kind !== 'amount');
      if (pending) return pending;
      const mismatch = sameCurrency(evals);
      if (mismatch) return mismatch;
      const nums = evals.map((e) => (e.kind === 'amount' ? e.amount : 0));
      const working = evals.flatMap((e) => (e.kind === 'amount' ? e.working : []));
      const total =
        expr.kind === 'compound'
          ? nums.reduce((a, b) => a + b, 0)
          : expr.kind === 'higherOf'
            ? Math.max(...nums)
            : Math.min(...nums);
      return amount(total, currencyOf(evals), [...working, `${expr.kind}: ${round(total)}`]);
    }
    case 'conditional':
      return { kind: 'conditional', cases: expr.cases.map((c) => ({ when: c.when, duty: evalInner(c.rate, s) })) };
  }
}

/**
 * Duty on a shipment for a rate expression: an amount (with its working and, when the value is in
 * the same currency, the ad valorem equivalent), or what is missing ('needs-value', 'needs-quantity'),
 * a currency mismatch (no exchange rate is ever guessed), the conditional cases, or 'not-conceded'.
 */
export function evaluateRate(expr: RateExpr, s: Shipment = {}): DutyEval {
  const r = evalInner(expr, s);
  if (r.kind === 'amount' && s.value !== undefined && s.value > 0) {
    const comparable = r.amount === 0 || r.currency === s.currency;
    if (comparable) return { ...r, adValoremEquivalent: round((r.amount / s.value) * 100) };
  }
  return r;
}

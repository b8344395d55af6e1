import type { RateExpr } from '../schemas/index.js';

/**
 * Compare two rate expressions without a shipment: -1 when `a` is lower than `b` for every
 * possible value/quantity, 0 when identical, 1 when `a` is never lower, null when it depends on
 * the shipment (e.g. ad valorem against specific). Used for "RCEP gives no advantage" (Art. 2.4.2).
 */
export type Cmp = -1 | 0 | 1 | null;

function sign(x: number): -1 | 0 | 1 {
  return x < 0 ? -1 : x > 0 ? 1 : 0;
}

/** -1 < 0 < 1 combined over parts: all <= with one < gives -1; all >= with one > gives 1. */
function combine(list: Cmp[]): Cmp {
  if (list.some((c) => c === null)) return null;
  const lt = list.some((c) => c === -1);
  const gt = list.some((c) => c === 1);
  if (lt && gt) return null;
  return lt ? -1 : gt ? 1 : 0;
}

type Simple = { pct: number; spec: Map<string, number> } | null;

/** Linear form pct% + sum(amount per unit/currency); null when not linear (higherOf, conditional…). */
function linear(e: RateExpr): Simple {
  switch (e.kind) {
    case 'free':
      return { pct: 0, spec: new Map() };
    case 'adValorem':
      return { pct: e.pct, spec: new Map() };
    case 'specific':
      return { pct: 0, spec: new Map([[`${e.currency}/${e.unit}`, e.amount]]) };
    case 'compound': {
      const out = { pct: 0, spec: new Map<string, number>() };
      for (const p of e.parts) {
        const l = linear(p);
        if (!l) return null;
        out.pct += l.pct;
        for (const [k, v] of l.spec) out.spec.set(k, (out.spec.get(k) ?? 0) + v);
      }
      return out;
    }
    default:
      return null;
  }
}

export function compareRates(a: RateExpr, b: RateExpr): Cmp {
  if (a.kind === 'notConceded' || b.kind === 'notConceded') return null;
  if (a.kind === 'conditional' && b.kind === 'conditional' && a.cases.length === b.cases.length) {
    return combine(a.cases.map((c, i) => compareRates(c.rate, b.cases[i].rate)));
  }
  if (a.kind === 'conditional') return combine(a.cases.map((c) => compareRates(c.rate, b)));
  if (b.kind === 'conditional') return combine(b.cases.map((c) => compareRates(a, c.rate)));
  const la = linear(a);
  const lb = linear(b);
  if (la && lb) {
    const keys = new Set([...la.spec.keys(), ...lb.spec.keys()]);
    return combine([
      sign(la.pct - lb.pct),
      ...[...keys].map((k) => sign((la.spec.get(k) ?? 0) - (lb.spec.get(k) ?? 0))),
    ]);
  }
  // a higherOf/lowerOf against a linear rate: compare option by option when that settles it
  if (a.kind === 'higherOf' || a.kind === 'lowerOf') {
    const cs = a.options.map((o) => compareRates(o, b));
    const hi = a.kind === 'higherOf';
    if (cs.some((c) => c === (hi ? 1 : -1))) return hi ? 1 : -1;
    if (cs.every((c) => c === (hi ? -1 : 1))) return hi ? -1 : 1;
    if (cs.every((c) => c === 0)) return 0;
    return null;
  }
  if (b.kind === 'higherOf' || b.kind === 'lowerOf') {
    const r = compareRates(b, a);
    return r === null || r === 0 ? r : r === 1 ? -1 : 1;
  }
  return null;
}

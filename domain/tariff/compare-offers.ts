import type { RateExpr } from '../schemas/index.js';
import { compareRates } from './compare-rate.js';
import { evaluateRate, type Shipment } from './evaluate-rate.js';
import {
  isLoadedAgreement,
  type DutyEval,
  type OtherAgreement,
  type RcepView,
  type RateView,
  type Saving,
} from './types.js';

interface Offer {
  name: string;
  expr: RateExpr;
  duty?: DutyEval;
}

function amountOf(d: DutyEval | undefined): { amount: number; currency?: string } | null {
  return d && d.kind === 'amount' ? { amount: d.amount, currency: d.currency } : null;
}

/** -1/0/1 when offer a is cheaper/equal/dearer; null when it cannot be told. */
function cmpOffers(a: Offer, b: Offer): -1 | 0 | 1 | null {
  const x = amountOf(a.duty);
  const y = amountOf(b.duty);
  if (x && y && (x.currency === y.currency || x.amount === 0 || y.amount === 0)) {
    return x.amount < y.amount ? -1 : x.amount > y.amount ? 1 : 0;
  }
  return compareRates(a.expr, b.expr);
}

/**
 * Which agreement gives the lowest duty (MFN first on ties: no origin proof needed; RCEP before
 * other agreements on ties), and the saving of RCEP against MFN on the shipment (Art. 2.4.2: when
 * MFN is lower, MFN applies, so the saving is never negative).
 */
export function compareOffers(
  mfn: RateView | null,
  rcep: RcepView,
  other: OtherAgreement[],
  shipment: Shipment,
): { recommendation: string | null; saving: Saving | null; notes: string[] } {
  const notes: string[] = [];
  const hasShipment = shipment.value !== undefined || shipment.quantity !== undefined;
  const ev = (e: RateExpr) => (hasShipment ? evaluateRate(e, shipment) : undefined);
  const offers: Offer[] = [];
  if (mfn && mfn.expr.kind !== 'notConceded') offers.push({ name: 'MFN', expr: mfn.expr, duty: ev(mfn.expr) });
  const rcepUsable = rcep.rate && rcep.status !== 'excluded' && rcep.status !== 'not-in-data';
  if (rcepUsable) offers.push({ name: 'RCEP', expr: rcep.rate!.expr, duty: ev(rcep.rate!.expr) });
  for (const o of other.filter(isLoadedAgreement))
    if (o.rate.expr.kind !== 'notConceded') offers.push({ name: o.agreement, expr: o.rate.expr, duty: o.duty });

  let best: Offer | null = offers[0] ?? null;
  let undecided = false;
  for (const o of offers.slice(1)) {
    const c = cmpOffers(o, best!);
    if (c === null) undecided = true;
    else if (c === -1) best = o;
  }
  const recommendation = best && !undecided ? best.name : null;
  if (undecided) notes.push('lowest-duty-depends-on-shipment');
  if (recommendation && recommendation !== 'RCEP' && recommendation !== 'MFN')
    notes.push(`${recommendation.toLowerCase()}-lower`, `${recommendation.toLowerCase()}-own-origin-rules`);

  let saving: Saving | null = null;
  if (hasShipment && mfn) {
    const mfnDuty = evaluateRate(mfn.expr, shipment);
    const rcepDuty = rcepUsable ? evaluateRate(rcep.rate!.expr, shipment) : null;
    const m = amountOf(mfnDuty);
    const r = amountOf(rcepDuty ?? undefined);
    let amount: number | null = null;
    if (m && r && (m.currency === r.currency || m.amount === 0 || r.amount === 0)) {
      amount = Math.max(0, Math.round((m.amount - r.amount) * 1e6) / 1e6);
    }
    saving = {
      currency: shipment.currency ?? 'unknown',
      mfnDuty,
      rcepDuty,
      amount,
      bestAgreement: recommendation ?? 'undecided',
    };
  }
  return { recommendation, saving, notes };
}

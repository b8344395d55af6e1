import type { CheckResult } from '../../../../domain/check/types.js';
import type { RateExpr } from '../../../../domain/schemas/index.js';

/** The better agreement than RCEP for this line (ACFTA for VN), with its rate. */
export interface Better {
  agreement: string;
  rate: RateExpr;
}

/** What the first screen says, decided from the engine's answer only (no figure is recomputed but the per-10,000 example). */
export type FirstAnswer =
  | { kind: 'compare'; count: number; rcep: [number, number] | null; mfn: [number, number] | null; allSame: boolean }
  | {
      kind: 'gain';
      rcep: RateExpr;
      mfn: RateExpr;
      /** saving on the shipment entered */
      saving?: { amount: number; currency: string };
      /** saving on US$10,000 of goods when both rates are ad valorem and no value was entered */
      per10k?: number;
      better?: Better;
      /** the RCEP figure is an earlier year's (the data has no row for this year): an upper bound */
      earlierYear?: { shown: number; year: number };
    }
  | { kind: 'no-gain'; rcep: RateExpr | null; mfn: RateExpr; better?: Better }
  | { kind: 'undecided'; rcep: RateExpr; mfn: RateExpr }
  | { kind: 'excluded'; mfn: RateExpr | null; better?: Better }
  | { kind: 'mfn-free'; mfn: RateExpr }
  | { kind: 'not-in-data'; mfn: RateExpr | null; better?: Better };

const isFree = (e: RateExpr | null | undefined) =>
  !!e && (e.kind === 'free' || (e.kind === 'adValorem' && e.pct === 0));

/** The one-sentence answer: the gain and the better agreement, or plainly what is missing. */
export function firstAnswer(r: CheckResult): FirstAnswer {
  const tf = r.tariff;
  if (r.compare && !tf.line) {
    const c = r.compare;
    return { kind: 'compare', count: c.lines.length, rcep: c.rcepRange, mfn: c.mfnRange, allSame: c.allSame };
  }
  const other = tf.recommendation && !['RCEP', 'MFN'].includes(tf.recommendation) ? tf.recommendation : null;
  const o = other ? tf.other.find((x) => x.agreement === other) : undefined;
  const better = o?.rate ? { agreement: o.agreement, rate: o.rate.expr } : undefined;
  const mfn = tf.mfn?.expr ?? null;
  const rcep = tf.rcep.rate?.expr ?? null;
  if (tf.rcep.status === 'excluded') return { kind: 'excluded', mfn, better };
  if (tf.rcep.status === 'not-in-data' || !rcep) {
    if (mfn && isFree(mfn)) return { kind: 'mfn-free', mfn };
    return { kind: 'not-in-data', mfn, better };
  }
  if (!mfn) return { kind: 'not-in-data', mfn, better };
  if (tf.notes.includes('rcep-no-advantage') || tf.recommendation === 'MFN' || (isFree(mfn) && isFree(rcep)))
    return { kind: 'no-gain', rcep, mfn, better };
  if (tf.recommendation === null) return { kind: 'undecided', rcep, mfn };
  const a: FirstAnswer = { kind: 'gain', rcep, mfn, better };
  const s = tf.saving;
  if (s && s.amount !== null && s.currency !== 'unknown') a.saving = { amount: s.amount, currency: s.currency };
  else if (tf.rcep.adValorem !== null && tf.mfn?.adValorem != null)
    a.per10k = Math.round((10000 * (tf.mfn.adValorem - tf.rcep.adValorem)) / 100);
  const shown = tf.rcep.rate?.shownYear;
  if (shown !== undefined && tf.rcepYear !== null && shown < tf.rcepYear) a.earlierYear = { shown, year: tf.rcepYear };
  return a;
}

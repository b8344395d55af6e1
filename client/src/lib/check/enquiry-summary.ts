import type { CheckResult } from '../../../../domain/check/types.js';
import type { EnquirySummary } from '../store/repository.js';

/**
 * The 'data date' shown everywhere: the as-of of the figures on screen (the RCEP and MFN rates),
 * the newest one that is a date; else the newest dated source of the answer.
 */
export function dataAsOf(r: CheckResult): string | undefined {
  const dated = (xs: (string | undefined)[]) =>
    xs.filter((d): d is string => !!d && /^\d{4}(-\d{2}){0,2}$/.test(d)).sort();
  const shown = dated([r.tariff.rcep.rate?.asOf, r.tariff.mfn?.asOf]);
  return shown.at(-1) ?? dated(r.tariff.sources.map((s) => s.asOf)).at(-1);
}

export function summaryOf(r: CheckResult): EnquirySummary {
  const tf = r.tariff;
  return {
    code: tf.line?.code ?? tf.code,
    dest: tf.dest,
    date: tf.date,
    mfn: tf.mfn?.adValorem ?? null,
    rcep: tf.rcep.adValorem,
    rcepStatus: tf.rcep.status,
    verdict: r.origin?.verdict,
    saving: tf.saving?.amount ?? null,
    currency: tf.saving?.currency,
    dataAsOf: dataAsOf(r),
  };
}

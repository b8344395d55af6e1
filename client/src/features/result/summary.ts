import type { CheckResult } from '../../../../domain/check/types.js';
import type { EnquirySummary } from '../../lib/store/repository.js';

/** Newest as-of date among the sources behind the figures (the 'data date' shown everywhere). */
export function dataAsOf(r: CheckResult): string | undefined {
  const dates = r.tariff.sources.map((s) => s.asOf).filter(Boolean);
  return dates.sort().at(-1);
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

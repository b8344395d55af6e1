import type { TFunction } from 'i18next';
import type { CheckResult } from '../../../../domain/check/types.js';
import { fmtCode, fmtDate, fmtMoney } from '../../lib/format.js';
import { rateText } from '../../lib/rate-text.js';
import { ruleText } from './origin-section.js';

/** One line of the printed slip: its label key and its value in a language (zh first, en second). */
export type PrintRow = [string, (t: TFunction, lang: string) => string];

/** The rows of the one-page result, shared by the browser print sheet and the PDF. */
export function printRows(r: CheckResult): PrintRow[] {
  const tf = r.tariff;
  return [
    [
      'print.product',
      (_t, l) => (l === 'en' ? (tf.line?.desc ?? '') : (tf.line?.printed ?? fmtCode(tf.line?.code ?? tf.code))),
    ],
    ['print.destination', (t) => t(`parties.${tf.dest}`)],
    ['print.date', (_t, l) => fmtDate(tf.date, l)],
    [
      'print.rcep',
      (t, l) => {
        const rate = tf.rcep.rate ? rateText(tf.rcep.rate.expr, t, l) : t('rate.notInData');
        // 'free' would only repeat the rate ("Free (Free)")
        return tf.rcep.status === 'free' ? rate : `${rate} (${t(`result.status.${tf.rcep.status}`)})`;
      },
    ],
    ['print.mfn', (t, l) => (tf.mfn ? rateText(tf.mfn.expr, t, l) : t('rate.notInData'))],
    [
      'print.saving',
      (t, l) => (tf.saving?.amount != null ? fmtMoney(tf.saving.amount, tf.saving.currency, l) : t('print.noSaving')),
    ],
    [
      'print.origin',
      (t, l) =>
        r.origin ? `${t(`result.origin.verdict.${r.origin.verdict}`)} ${ruleText(r.origin.rule?.text, l)}` : '—',
    ],
  ];
}

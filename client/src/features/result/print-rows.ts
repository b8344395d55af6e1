import type { TFunction } from 'i18next';
import type { CheckResult } from '../../../../domain/check/types.js';
import { fmtCode, fmtDate, fmtMoney } from '../../lib/format.js';
import { rateText } from '../../lib/rate-text.js';
import { firstAnswer } from './answer.js';
import { answerSentence } from './first-answer.js';

/** One line of the printed slip: its label key and its value in a language (zh first, en second). */
export type PrintRow = [string, (t: TFunction, lang: string) => string];

/** The rows of the one-page result, shared by the browser print sheet and the PDF. */
export function printRows(r: CheckResult, zhName?: string): PrintRow[] {
  const tf = r.tariff;
  const a = firstAnswer(r);
  const better = tf.other.find((o) => o.agreement === tf.recommendation && o.rate);
  const rows: PrintRow[] = [
    ['print.answer', (t, l) => answerSentence(a, r, t, l)],
    [
      'print.product',
      // the Chinese column names the goods by the subheading's Chinese name (hs.json), the English one by the line's text
      (_t, l) =>
        l === 'en'
          ? (tf.line?.desc ?? '')
          : [tf.line?.printed ?? fmtCode(tf.line?.code ?? tf.code), zhName].filter(Boolean).join(' '),
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
      (t) => {
        if (!r.origin) return '—';
        const v = t(`result.origin.verdict.${r.origin.verdict}`);
        // the criterion met (WO, or the alternative of the rule, e.g. RVC40), not the rule's text
        const s = r.origin.satisfiedBy;
        if (!s) return v;
        const c = t(`result.origin.criterion.${s.criterion}`);
        return `${v} ${t('print.criterionMet', { criterion: s.criterion === 'PSR' && s.text ? `${c} ${s.text.code}` : `${c}（${s.criterion}）` })}`;
      },
    ],
  ];
  if (better)
    rows.push([
      'print.better',
      (t, l) => t('print.betterText', { agreement: better.agreement, rate: rateText(better.rate?.expr, t, l) }),
    ]);
  const usable = r.proof.options.filter((o) => o.available === true);
  if (a.kind === 'gain' && usable.length)
    rows.push([
      'print.prepare',
      (t) =>
        [
          ...usable.map((o) => t(`result.proof.option.${o.id}`)),
          t('print.prepareChecklist', { n: r.proof.checklist.length }),
        ].join('；'),
    ]);
  rows.push(['print.contact', (t) => t('print.contactText')]);
  return rows;
}

import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CheckResult } from '../../../../domain/check/types.js';
import { fmtMoney, fmtPct } from '../../lib/format.js';
import { rateText } from '../../lib/rate-text.js';
import { firstAnswer, type Better, type FirstAnswer } from './answer.js';
import { Term } from './glossary.js';

const pctRange = (r: [number, number] | null, t: TFunction, lang: string) =>
  !r ? t('rate.notInData') : r[0] === r[1] ? fmtPct(r[0], lang) : `${fmtPct(r[0], lang)}–${fmtPct(r[1], lang)}`;

/** The sentence itself (also printed and put in the PDF). */
export function answerSentence(a: FirstAnswer, r: CheckResult, t: TFunction, lang: string): string {
  const dest = t(`parties.${r.tariff.dest}`);
  const rt = (e: Parameters<typeof rateText>[0]) => rateText(e, t, lang);
  const better = (b?: Better) =>
    b
      ? t('result.answer.better', {
          agreement: t(`result.answer.agreement.${b.agreement}`, { defaultValue: b.agreement }),
          rate: rt(b.rate),
        })
      : '';
  switch (a.kind) {
    case 'compare':
      return t(a.allSame ? 'result.answer.compareSame' : 'result.answer.compare', {
        count: a.count,
        dest,
        rcep: pctRange(a.rcep, t, lang),
        mfn: pctRange(a.mfn, t, lang),
      });
    case 'gain': {
      const head = t('result.answer.rates', { rcep: rt(a.rcep), mfn: rt(a.mfn) });
      const gain = a.saving
        ? t('result.answer.gainShipment', { amount: fmtMoney(a.saving.amount, a.saving.currency, lang) })
        : a.per10k !== undefined
          ? t('result.answer.gainPer10k', {
              amount: fmtMoney(a.per10k, 'USD', lang),
              base: fmtMoney(10000, 'USD', lang),
            })
          : t('result.answer.gainLower');
      return `${head}${t('common.colon')}${gain}${better(a.better)}`;
    }
    case 'no-gain':
      return `${t('result.answer.rates', { rcep: a.rcep ? rt(a.rcep) : t('rate.notInData'), mfn: rt(a.mfn) })}${t('common.colon')}${t('result.answer.noGain', { dest })}${better(a.better)}`;
    case 'undecided':
      return `${t('result.answer.rates', { rcep: rt(a.rcep), mfn: rt(a.mfn) })}${t('common.colon')}${t('result.answer.undecided')}`;
    case 'excluded':
      return `${t('result.answer.excluded', { dest, mfn: a.mfn ? rt(a.mfn) : t('rate.notInData') })}${better(a.better)}`;
    case 'mfn-free':
      return t('result.answer.mfnFree', { dest });
    case 'not-in-data':
      return `${t(a.mfn ? 'result.answer.notInData' : 'result.answer.notInDataNoMfn', { dest, mfn: a.mfn ? rt(a.mfn) : '' })}${better(a.better)}`;
  }
}

/** The first screen: one sentence that answers, then what follows from it (next step, origin). */
export function FirstAnswerBox({ result }: { result: CheckResult }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const a = firstAnswer(result);
  const v = result.origin?.verdict;
  const usable = a.kind === 'gain' || a.kind === 'undecided';
  return (
    <section
      aria-labelledby="answer-h"
      className="mb-6 border-l-8 border-blue-800 bg-blue-50 p-4"
      data-testid="first-answer"
    >
      <h2 id="answer-h" className="sr-only">
        {t('result.answer.heading')}
      </h2>
      <p className="text-xl font-bold">{answerSentence(a, result, t, lang)}</p>
      {a.kind === 'gain' && a.earlierYear ? (
        <p className="mt-1">
          {t('result.answer.earlierYear', { shown: a.earlierYear.shown, year: a.earlierYear.year })}
        </p>
      ) : null}
      {a.kind === 'not-in-data' || a.kind === 'excluded' ? (
        <p className="mt-2">
          {t('result.answer.nextSteps.lead')}{' '}
          {t('result.answer.nextSteps.schedule', { dest: t(`parties.${result.tariff.dest}`) })}
          {t('result.answer.nextSteps.sep')}
          {t('result.answer.nextSteps.ruling.before')}
          <Term id="advanceRuling" />
          {t('result.answer.nextSteps.ruling.after')}
          {t('result.answer.nextSteps.sep')}
          {t('result.answer.nextSteps.counter')}
        </p>
      ) : null}
      {a.kind === 'no-gain' || a.kind === 'mfn-free' ? (
        <p className="mt-2">{t('result.answer.originStillMatters')}</p>
      ) : null}
      {a.kind === 'compare' && !a.allSame ? <p className="mt-2">{t('result.answer.compareNext')}</p> : null}
      {usable && v ? <p className="mt-2">{t(`result.answer.origin.${v}`)}</p> : null}
    </section>
  );
}

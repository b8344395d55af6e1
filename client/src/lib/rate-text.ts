import type { TFunction } from 'i18next';
import type { LocalText, RateExpr } from '../../../domain/schemas/index.js';
import { fmtNumber, fmtPct } from './format.js';

/** The text of a condition in the reader's language, else the language the source gives. */
export function localText(l: LocalText | undefined, lang: string): string {
  if (!l) return '';
  const zh = lang.startsWith('zh');
  return (zh ? (l.zh ?? l.en) : (l.en ?? l.zh)) ?? l.ja ?? l.ko ?? '';
}

/** A rate expression in words, never flattened to one number. */
export function rateText(e: RateExpr | null | undefined, t: TFunction, lang: string): string {
  if (!e) return t('rate.notInData');
  switch (e.kind) {
    case 'free':
      return t('rate.free');
    case 'adValorem':
      return fmtPct(e.pct, lang);
    case 'specific':
      return t('rate.specific', { amount: fmtNumber(e.amount, lang, 4), currency: e.currency, unit: e.unit });
    case 'compound':
      return e.parts.map((p) => rateText(p, t, lang)).join(' + ');
    case 'higherOf':
      return t('rate.higherOf', { options: e.options.map((p) => rateText(p, t, lang)).join(t('rate.or')) });
    case 'lowerOf':
      return t('rate.lowerOf', { options: e.options.map((p) => rateText(p, t, lang)).join(t('rate.or')) });
    case 'conditional':
      return e.cases.map((c) => `${localText(c.when, lang)}: ${rateText(c.rate, t, lang)}`).join('; ');
    case 'notConceded':
      return t('rate.notConceded');
  }
}

import type { TFunction } from 'i18next';

/** Engine reason codes -> text. Year-specific codes carry the year; unknown codes fall back to a generic line. */
export function noteText(code: string, t: TFunction): string {
  const y = /^(.*?)-?rate-is-for-year-(\d+)$/.exec(code);
  if (y) {
    // an MFN rate has no RCEP year: it is simply the newest MFN figure the data holds
    if (y[1] === 'mfn') return t('notes.mfnEarlier');
    // RCEP rates only go down year by year (Annex I schedules), so an earlier year's rate is an upper bound
    if (!y[1] || y[1] === 'rcep') return t('notes.rcepEarlier', { year: y[2], next: Number(y[2]) + 1 });
    const which = y[1] || 'rcep';
    return t('notes.rateIsForYear', {
      which: t(`notes.which.${which}`, { defaultValue: which.toUpperCase() }),
      year: y[2],
    });
  }
  const lower = /^([a-z]+)-lower$/.exec(code);
  if (lower && lower[1] !== 'mfn') return t('notes.otherLower', { agreement: lower[1].toUpperCase() });
  const own = /^([a-z]+)-own-origin-rules$/.exec(code);
  if (own) return t('notes.ownOriginRules', { agreement: own[1].toUpperCase() });
  return t(`notes.${code}`, { defaultValue: t('notes.unknown', { code }) });
}

import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../../../domain/check/types.js';
import { rateText } from '../../lib/rate-text.js';

/**
 * Where each figure was read (source id and row locator) and rates that are not for goods of
 * China: for a broker or the service counter, folded away from the firm's answer.
 */
export function DataDetails({ result }: { result: CheckResult }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const tf = result.tariff;
  const rows: [string, string, string | undefined][] = [];
  if (tf.rcep.rate) rows.push([t('result.rate.rcep'), tf.rcep.rate.src, tf.rcep.rate.row]);
  if (tf.mfn) rows.push([t('result.rate.mfn'), tf.mfn.src, tf.mfn.row]);
  for (const o of tf.other)
    if (o.rate) rows.push([t('result.rate.otherAgreement', { agreement: o.agreement }), o.rate.src, o.rate.row]);
  if (tf.pathSource) rows.push([t('result.path.heading'), tf.pathSource.src, tf.pathSource.row]);
  const rule = result.origin?.rule;
  if (rule) rows.push([t('result.origin.rule'), rule.src, rule.row]);
  return (
    <details className="mb-8" data-testid="data-details">
      <summary className="cursor-pointer text-blue-800 underline">{t('result.details.summary')}</summary>
      <ul className="mt-2 list-disc pl-6 text-sm">
        {rows.map(([label, src, row]) => (
          <li key={`${label}-${src}`}>
            {label}: <span className="font-mono">{src}</span>
            {row ? <span className="font-mono">{` ${t('result.source.row', { row })}`}</span> : null}
          </li>
        ))}
        {tf.referenceOnly.map((r) => (
          <li key={r.partner}>
            {t('result.rate.referenceOnly', {
              partner: t(`result.rate.partner.${r.partner}`, { defaultValue: r.partner }),
              rate: rateText(r.rate.expr, t, lang),
            })}{' '}
            <span className="font-mono">
              {r.rate.src}
              {r.rate.row ? ` ${t('result.source.row', { row: r.rate.row })}` : ''}
            </span>
          </li>
        ))}
        {[...new Set([...tf.notes, ...result.notes])].map((n) => (
          <li key={n} className="font-mono">
            {n}
          </li>
        ))}
      </ul>
    </details>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareAnswer, LineCompare } from '../../../../domain/check/compare-lines.js';
import { fmtCode, fmtPct } from '../../lib/format.js';
import { rateText } from '../../lib/rate-text.js';
import { lineOwnText } from '../../lib/line-text.js';
import { Button } from '../../components/ui/fields.js';

function RcepCell({ l }: { l: LineCompare }) {
  const { t, i18n } = useTranslation();
  if (l.rcepStatus === 'excluded') return <>{t('result.compare.excluded')}</>;
  return (
    <>
      {l.rcep ? rateText(l.rcep, t, i18n.language) : t('rate.notInData')}
      {l.better ? (
        <span className="block text-sm font-normal">
          {t('result.compare.better', {
            agreement: l.better.agreement,
            rate: rateText(l.better.rate, t, i18n.language),
          })}
        </span>
      ) : null}
    </>
  );
}

/**
 * Every national line under the code the firm was not sure about, cheapest first, with RCEP, MFN
 * and the saving in points; a table on wide screens, stacked cards on a phone; "use this line" on each.
 */
export function CompareList({ compare, onUse }: { compare: CompareAnswer; onUse?: (code: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [filter, setFilter] = useState('');
  const f = filter.trim().toLowerCase();
  const lines = f
    ? compare.lines.filter((l) => l.code.includes(f.replace(/\D/g, '') || '\u0000') || l.desc.toLowerCase().includes(f))
    : compare.lines;
  const code = (l: LineCompare) => l.printed ?? fmtCode(l.code);
  const saving = (l: LineCompare) =>
    l.savingPts === null
      ? '—'
      : l.savingPts > 0
        ? t('result.compare.savingPts', { pts: fmtPct(l.savingPts, lang) })
        : t('result.compare.noSaving');
  const use = (l: LineCompare) =>
    onUse ? (
      <Button
        variant="secondary"
        onClick={() => onUse(l.code)}
        aria-label={t('result.compare.useLineFor', { code: code(l) })}
      >
        {t('result.compare.useLine')}
      </Button>
    ) : null;
  return (
    <section aria-labelledby="compare-h" className="mb-8">
      <h2 id="compare-h" className="mb-2 text-2xl font-bold">
        {t('result.compare.heading', { count: compare.lines.length })}
      </h2>
      <p className="mb-3">{t(compare.allSame ? 'result.compare.allSame' : 'result.compare.intro')}</p>
      {compare.lines.length > 8 ? (
        <p className="mb-3">
          <label htmlFor="compare-filter" className="mr-2 font-bold">
            {t('result.compare.filter')}
          </label>
          <input
            id="compare-filter"
            type="search"
            className="w-full max-w-sm border-2 border-slate-800 p-2"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </p>
      ) : null}
      <table className="hidden w-full border-collapse text-left sm:table">
        <caption className="sr-only">{t('result.compare.caption')}</caption>
        <thead>
          <tr className="border-b-2 border-slate-800">
            <th scope="col" className="py-2 pr-3">
              {t('result.compare.line')}
            </th>
            <th scope="col" className="py-2 pr-3 whitespace-nowrap">
              {t('result.compare.rcep')}
            </th>
            <th scope="col" className="py-2 pr-3 whitespace-nowrap">
              {t('result.compare.mfn')}
            </th>
            <th scope="col" className="py-2 pr-3 whitespace-nowrap">
              {t('result.compare.saving')}
            </th>
            <th scope="col" className="py-2">
              <span className="sr-only">{t('result.compare.useLine')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.code} className="border-b border-slate-300 align-top">
              <th scope="row" className="py-2 pr-3 font-normal">
                <span className="font-mono font-bold whitespace-nowrap">{code(l)}</span> {lineOwnText(l.desc)}
              </th>
              <td className="py-2 pr-3 font-bold whitespace-nowrap">
                <RcepCell l={l} />
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">{l.mfn ? rateText(l.mfn, t, lang) : t('rate.notInData')}</td>
              <td className="py-2 pr-3 whitespace-nowrap">{saving(l)}</td>
              <td className="py-2 whitespace-nowrap">{use(l)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="sm:hidden" aria-label={t('result.compare.caption')}>
        {lines.map((l) => (
          <li key={l.code} className="mb-3 border-2 border-slate-300 p-3">
            <p>
              <span className="font-mono font-bold">{code(l)}</span> {lineOwnText(l.desc)}
            </p>
            <dl className="my-2 grid grid-cols-[auto_1fr] gap-x-3">
              <dt>{t('result.compare.rcep')}</dt>
              <dd className="font-bold whitespace-nowrap">
                <RcepCell l={l} />
              </dd>
              <dt>{t('result.compare.mfn')}</dt>
              <dd className="whitespace-nowrap">{l.mfn ? rateText(l.mfn, t, lang) : t('rate.notInData')}</dd>
              <dt>{t('result.compare.saving')}</dt>
              <dd className="whitespace-nowrap">{saving(l)}</dd>
            </dl>
            {use(l)}
          </li>
        ))}
      </ul>
      {lines.length === 0 ? <p>{t('result.compare.noMatch')}</p> : null}
    </section>
  );
}

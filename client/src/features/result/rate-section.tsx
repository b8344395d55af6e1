import { useTranslation } from 'react-i18next';
import { isLoadedAgreement, type DutyEval, type TariffAnswer } from '../../../../domain/tariff/types.js';
import { fmtDate, fmtMoney, fmtNumber } from '../../lib/format.js';
import { rateText, localText } from '../../lib/rate-text.js';
import { SourceRefText } from './source-ref.js';
import { Term } from './glossary.js';

function dutyText(d: DutyEval | null | undefined, t: ReturnType<typeof useTranslation>['t'], lang: string): string {
  if (!d) return t('result.rate.noDuty');
  switch (d.kind) {
    case 'amount':
      return d.currency ? fmtMoney(d.amount, d.currency, lang) : fmtNumber(d.amount, lang);
    case 'needs-value':
      return t('result.rate.needsValue');
    case 'needs-quantity':
      return t('result.rate.needsQuantity', { unit: d.unit });
    case 'currency-mismatch':
      return t('result.rate.currencyMismatch', { rate: d.rateCurrency, value: d.valueCurrency });
    case 'conditional':
      return d.cases.map((c) => `${localText(c.when, lang)}: ${dutyText(c.duty, t, lang)}`).join('; ');
    case 'not-conceded':
      return t('rate.notConceded');
  }
}

const ROW = 'block border-b border-slate-300 py-2 align-top sm:table-row sm:py-0';
const HEAD = 'block pr-3 sm:table-cell sm:py-2';

/** A figure cell; on a phone it carries its column's name, the header row being hidden there. */
function Cell({ label, className = '', children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <td className={`block sm:table-cell sm:py-2 sm:pr-3 ${className}`}>
      <span className="mr-2 text-base font-normal text-slate-700 sm:hidden">{label}</span>
      {children}
    </td>
  );
}

/** RCEP rate on the date next to MFN, the saving, and the plain-words verdict on the advantage. */
export function RateSection({ tariff }: { tariff: TariffAnswer }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { rcep, mfn, saving } = tariff;
  const noAdvantage = tariff.notes.includes('rcep-no-advantage');
  const other =
    tariff.recommendation && !['RCEP', 'MFN'].includes(tariff.recommendation) ? tariff.recommendation : null;
  return (
    <section aria-labelledby="rate-h" className="mb-8">
      <h2 id="rate-h" className="mb-3 text-2xl font-bold">
        {t('result.rate.heading')}
      </h2>
      {tariff.rcepYear ? (
        <p className="mb-2">{t('result.rate.year', { year: tariff.rcepYear, date: fmtDate(tariff.date, lang) })}</p>
      ) : null}
      {noAdvantage ? (
        <p className="mb-3 border-l-8 border-yellow-500 bg-yellow-50 p-3 font-bold">{t('result.rate.noAdvantage')}</p>
      ) : null}
      {other ? (
        <p className="mb-3 border-l-8 border-blue-700 bg-blue-50 p-3 font-bold">
          {t('result.rate.otherCheaper', { agreement: other })}
        </p>
      ) : null}
      {/* a table on wide screens; at phone width each regime is a card with labelled figures (no sideways scroll) */}
      <table className="mb-3 block w-full border-collapse text-left sm:table">
        <caption className="sr-only">{t('result.rate.tableCaption')}</caption>
        <thead className="sr-only sm:not-sr-only sm:table-header-group">
          <tr className="border-b-2 border-slate-800">
            <th scope="col" className="py-2 pr-3">
              {t('result.rate.regime')}
            </th>
            <th scope="col" className="py-2 pr-3 whitespace-nowrap">
              {t('result.rate.rate')}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t('result.rate.duty')}
            </th>
            <th scope="col" className="py-2">
              {t('result.rate.source')}
            </th>
          </tr>
        </thead>
        <tbody className="block sm:table-row-group">
          <tr className={ROW}>
            <th scope="row" className={HEAD}>
              {t('result.rate.rcep')}
              <span className="block text-sm font-normal">{t(`result.status.${rcep.status}`)}</span>
            </th>
            <Cell label={t('result.rate.rate')} className="text-xl font-bold whitespace-nowrap">
              {rcep.rate ? rateText(rcep.rate.expr, t, lang) : t('rate.notInData')}
            </Cell>
            <Cell label={t('result.rate.duty')}>{saving ? dutyText(saving.rcepDuty, t, lang) : '—'}</Cell>
            <Cell label={t('result.rate.source')} className="text-sm">
              {rcep.rate ? <SourceRefText refx={rcep.rate} tariff={tariff} /> : '—'}
            </Cell>
          </tr>
          <tr className={ROW}>
            <th scope="row" className={HEAD}>
              <Term id="mfn" label={t('result.rate.mfn')} />
            </th>
            <Cell label={t('result.rate.rate')} className="text-xl whitespace-nowrap">
              {mfn ? rateText(mfn.expr, t, lang) : t('rate.notInData')}
            </Cell>
            <Cell label={t('result.rate.duty')}>{saving ? dutyText(saving.mfnDuty, t, lang) : '—'}</Cell>
            <Cell label={t('result.rate.source')} className="text-sm">
              {mfn ? <SourceRefText refx={mfn} tariff={tariff} /> : '—'}
            </Cell>
          </tr>
          {tariff.other.filter(isLoadedAgreement).map((o) => (
            <tr key={o.agreement} className={ROW}>
              <th scope="row" className={HEAD}>
                {o.agreement === 'ACFTA' ? (
                  <Term id="acfta" label={t('result.rate.otherAgreement', { agreement: o.agreement })} />
                ) : (
                  t('result.rate.otherAgreement', { agreement: o.agreement })
                )}
              </th>
              <Cell label={t('result.rate.rate')} className="text-xl whitespace-nowrap">
                {rateText(o.rate.expr, t, lang)}
              </Cell>
              <Cell label={t('result.rate.duty')}>{o.duty ? dutyText(o.duty, t, lang) : '—'}</Cell>
              <Cell label={t('result.rate.source')} className="text-sm">
                <SourceRefText refx={o.rate} tariff={tariff} />
              </Cell>
            </tr>
          ))}
        </tbody>
      </table>
      {rcep.conditions?.length ? (
        <div className="mb-3">
          <h3 className="font-bold">{t('result.rate.conditions')}</h3>
          <ul className="list-disc pl-6">
            {rcep.conditions.map((c, i) => (
              <li key={i}>
                {localText(c.when, lang)}: <strong>{rateText(c.rate, t, lang)}</strong>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {saving && saving.amount !== null && saving.amount > 0 ? (
        <p className="text-lg">{t('result.rate.saving', { amount: fmtMoney(saving.amount, saving.currency, lang) })}</p>
      ) : null}
    </section>
  );
}

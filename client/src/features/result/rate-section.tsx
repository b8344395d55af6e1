import { useTranslation } from 'react-i18next';
import { isLoadedAgreement, type DutyEval, type TariffAnswer } from '../../../../domain/tariff/types.js';
import { fmtDate, fmtMoney, fmtNumber } from '../../lib/format.js';
import { rateText, localText } from '../../lib/rate-text.js';
import { SourceRefText } from './source-ref.js';

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
      <table className="mb-3 w-full border-collapse text-left">
        <caption className="sr-only">{t('result.rate.tableCaption')}</caption>
        <thead>
          <tr className="border-b-2 border-slate-800">
            <th scope="col" className="py-2 pr-3">
              {t('result.rate.regime')}
            </th>
            <th scope="col" className="py-2 pr-3">
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
        <tbody>
          <tr className="border-b border-slate-300 align-top">
            <th scope="row" className="py-2 pr-3">
              {t('result.rate.rcep')}
              <span className="block text-sm font-normal">{t(`result.status.${rcep.status}`)}</span>
            </th>
            <td className="py-2 pr-3 text-xl font-bold">
              {rcep.rate ? rateText(rcep.rate.expr, t, lang) : t('rate.notInData')}
            </td>
            <td className="py-2 pr-3">{saving ? dutyText(saving.rcepDuty, t, lang) : '—'}</td>
            <td className="py-2 text-sm">{rcep.rate ? <SourceRefText refx={rcep.rate} tariff={tariff} /> : '—'}</td>
          </tr>
          <tr className="border-b border-slate-300 align-top">
            <th scope="row" className="py-2 pr-3">
              {t('result.rate.mfn')}
            </th>
            <td className="py-2 pr-3 text-xl">{mfn ? rateText(mfn.expr, t, lang) : t('rate.notInData')}</td>
            <td className="py-2 pr-3">{saving ? dutyText(saving.mfnDuty, t, lang) : '—'}</td>
            <td className="py-2 text-sm">{mfn ? <SourceRefText refx={mfn} tariff={tariff} /> : '—'}</td>
          </tr>
          {tariff.other.filter(isLoadedAgreement).map((o) => (
            <tr key={o.agreement} className="border-b border-slate-300 align-top">
              <th scope="row" className="py-2 pr-3">
                {t('result.rate.otherAgreement', { agreement: o.agreement })}
              </th>
              <td className="py-2 pr-3 text-xl">{rateText(o.rate.expr, t, lang)}</td>
              <td className="py-2 pr-3">{o.duty ? dutyText(o.duty, t, lang) : '—'}</td>
              <td className="py-2 text-sm">
                <SourceRefText refx={o.rate} tariff={tariff} />
              </td>
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
      {tariff.referenceOnly.map((r) => (
        <p key={r.partner} className="text-sm text-slate-700">
          {t('result.rate.referenceOnly', {
            partner: t(`result.rate.partner.${r.partner}`, { defaultValue: r.partner }),
            rate: rateText(r.rate.expr, t, lang),
          })}
        </p>
      ))}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { OtherAgreement, TariffAnswer } from '../../../../domain/tariff/types.js';
import { rateText } from '../../lib/rate-text.js';

/** One agreement: its name, what it is in one sentence, its rate (or why there is none) and the proof it needs. */
function Agreement({ o, lowest }: { o: OtherAgreement; lowest: boolean }) {
  const { t, i18n } = useTranslation();
  const name = t(`result.agreements.name.${o.agreement}`, { defaultValue: o.agreement });
  return (
    <li className="mb-3">
      <p>
        <strong>{name}</strong>
        {t('common.colon')}
        {t(`result.agreements.proof.${o.proof}`)}
      </p>
      {i18n.exists(`result.agreements.about.${o.agreement}`) ? (
        <p className="text-slate-700">{t(`result.agreements.about.${o.agreement}`)}</p>
      ) : null}
      {o.loaded ? (
        <p>
          {t('result.agreements.rate', { rate: rateText(o.rate.expr, t, i18n.language) })}
          {lowest ? <strong className="ml-2 bg-blue-50 px-1">{t('result.agreements.lowest')}</strong> : null}
        </p>
      ) : (
        <p>
          {t(`result.agreements.missing.${o.missing}`)}{' '}
          <a className="text-blue-800 underline" href={o.portal.url} target="_blank" rel="noreferrer">
            {t('result.agreements.portal')}
          </a>
        </p>
      )}
    </li>
  );
}

/**
 * Every agreement China has with the destination besides RCEP (the engine's `other`), so the exporter
 * can choose: the lowest rate among loaded ones is marked, and the rest are named with where to look.
 */
export function AgreementsSection({ tariff }: { tariff: TariffAnswer }) {
  const { t } = useTranslation();
  const dest = t(`parties.${tariff.dest}`);
  return (
    <section aria-labelledby="agreements-h" className="mb-8">
      <h2 id="agreements-h" className="mb-3 text-2xl font-bold">
        {t('result.agreements.heading', { dest })}
      </h2>
      {tariff.other.length === 0 ? (
        <p>{t('result.agreements.none', { dest })}</p>
      ) : (
        <ul className="list-none">
          {tariff.other.map((o) => (
            <Agreement key={o.agreement} o={o} lowest={o.loaded && tariff.recommendation === o.agreement} />
          ))}
        </ul>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { RateView, TariffAnswer } from '../../../../domain/tariff/types.js';
import { fmtDate } from '../../lib/format.js';

/** "Source title (as of …)" for one figure; its row locator is only in the data details disclosure. */
export function SourceRefText({
  refx,
  tariff,
}: {
  refx: Pick<RateView, 'src' | 'row' | 'asOf'>;
  tariff: TariffAnswer;
}) {
  const { t, i18n } = useTranslation();
  const s = tariff.sources.find((x) => x.id === refx.src);
  return (
    <span>
      {s ? s.title : refx.src}
      {refx.asOf ? ` (${t('result.source.asOf', { date: fmtDate(refx.asOf, i18n.language) })})` : ''}
    </span>
  );
}

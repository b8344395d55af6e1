import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { rangeLabel, isChapterRange, parseChapterRange } from '../../../../domain/briefing/chapter-range.js';
import { BriefingForm } from './briefing/briefing-form.js';
import { isDestination, readParams, writeParams, type BriefingParams } from './briefing/briefing-params.js';
import { ProductsBriefing } from './briefing/products-briefing.js';
import { SectorBriefing } from './briefing/sector-briefing.js';
import { useQr } from './briefing/use-qr.js';
import { STAFF_NS } from './staff-i18n.js';

function title(b: BriefingParams, t: (k: string, o?: Record<string, string>) => string, country: string): string {
  if (b.mode === 'country') return t('briefing.title.country', { country });
  if (b.mode === 'sector') {
    const r = parseChapterRange(b.chapters);
    return t('briefing.title.sector', { country, range: isChapterRange(r) ? rangeLabel(r) : b.chapters });
  }
  return t('briefing.title.products', { country });
}

/**
 * /briefing?mode=sector&dest=JP&chapters=84-85 (or mode=country, or mode=products&codes=850980,610910):
 * the projector view of a workshop briefing (large type) with a QR code of its own address, so attendees
 * open the same briefing on their phones. Public: loaded figures only, no staff data.
 */
export function BriefingPage() {
  const { t, i18n } = useTranslation(STAFF_NS);
  const [params, setParams] = useSearchParams();
  const b = readParams(params);
  const search = new URLSearchParams(writeParams(b));
  const url = `${globalThis.location?.origin ?? ''}/briefing?${search}`;
  const qr = useQr(url);
  const valid = isDestination(b.dest);
  const country = valid ? i18n.getFixedT(i18n.language, 'translation')(`parties.${b.dest}`) : b.dest;
  return (
    <div className="space-y-6 text-2xl print:text-base">
      <BriefingForm key={search.toString()} value={b} onShow={(v) => setParams(writeParams(v))} />
      {qr && valid ? (
        <figure className="float-right ml-6 text-base">
          <img src={qr} alt={t('briefing.qrAlt')} width={240} height={240} />
          <figcaption className="max-w-60">{t('briefing.qr')}</figcaption>
        </figure>
      ) : null}
      <h1 className="text-5xl font-bold">{valid ? title(b, t, country) : t('briefing.chooseDest')}</h1>
      {!valid ? null : b.mode === 'products' ? (
        <ProductsBriefing dest={b.dest} codes={b.codes} date={b.date} />
      ) : (
        <SectorBriefing dest={b.dest} chapters={b.mode === 'sector' ? b.chapters : null} date={b.date} />
      )}
    </div>
  );
}

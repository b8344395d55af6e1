import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../../../domain/check/types.js';
import { fmtDate } from '../../lib/format.js';
import { printRows } from './print-rows.js';
import { dataAsOf } from '../../lib/check/enquiry-summary.js';

/** The printed slip: one A4 page, Chinese first then English, data date and a QR code back to this result. */
export function PrintSheet({ result, link, zhName }: { result: CheckResult; link: string; zhName?: string }) {
  const { i18n } = useTranslation();
  const zh = i18n.getFixedT('zh-CN');
  const en = i18n.getFixedT('en');
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then((m) => m.toDataURL(link, { margin: 1, width: 160, errorCorrectionLevel: 'M' }))
      .then((u) => live && setQr(u))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [link]);
  const tf = result.tariff;
  const asOf = dataAsOf(result);
  const rows = printRows(result, zhName);
  return (
    <div className="print-sheet hidden print:block" aria-hidden="true">
      <h1 className="text-xl font-bold">
        {zh('print.title')} <span className="text-base font-normal">{en('print.title')}</span>
      </h1>
      <table className="mt-2 w-full border-collapse text-left text-sm">
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k} className="border-b border-slate-400 align-top">
              <th scope="row" className="w-40 py-1 pr-2">
                {zh(k)}
                <span className="block font-normal">{en(k)}</span>
              </th>
              <td className="py-1">
                <span lang="zh-CN">{v(zh, 'zh-CN')}</span>
                <span lang="en" className="block">
                  {v(en, 'en')}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-3 flex items-start gap-4 text-xs">
        {qr ? <img src={qr} alt={`${zh('print.qr')} / ${en('print.qr')}`} className="h-32 w-32" /> : null}
        <div>
          <p>
            {zh('result.dataDate', { date: fmtDate(asOf, 'zh-CN') })} /{' '}
            {en('result.dataDate', { date: fmtDate(asOf, 'en') })}
          </p>
          <p>
            {zh('print.sources')}: {tf.sources.map((s) => `${s.title} (${s.asOf})`).join('; ')}
          </p>
          <p className="mt-1">{zh('print.disclaimer')}</p>
          <p>{en('print.disclaimer')}</p>
          <p className="mt-1 break-all">{link}</p>
        </div>
      </div>
    </div>
  );
}

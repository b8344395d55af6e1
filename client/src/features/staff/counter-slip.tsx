import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../domain/schemas/staff-cases.js';
import type { CheckInput } from '../../../../domain/check/types.js';
import i18n from '../../lib/i18n.js';
import { Button } from '../../components/ui/fields.js';
import { useCheckService } from '../../lib/check/check-service.js';
import { useDataService } from '../../lib/data/service.js';
import { slipModel, type Both, type SlipModel } from './counter-slip-model.js';
import { STAFF_NS } from './staff-i18n.js';

function Two({ b }: { b: Both }) {
  return (
    <>
      <span lang="zh-CN">{b.zh}</span>
      {b.en && b.en !== b.zh ? (
        <span lang="en" className="block text-slate-700">
          {b.en}
        </span>
      ) : null}
    </>
  );
}

function Qr({ link, label }: { link: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then((m) => m.toDataURL(link, { margin: 1, width: 140, errorCorrectionLevel: 'M' }))
      .then((u) => live && setSrc(u))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [link]);
  return src ? <img src={src} alt={label} className="h-24 w-24 shrink-0" /> : null;
}

/** The slip as the page shows and prints it (one A4 page); the PDF renders the same model. */
function SlipView({ m }: { m: SlipModel }) {
  const zh = i18n.getFixedT('zh-CN', STAFF_NS);
  const en = i18n.getFixedT('en', STAFF_NS);
  return (
    <section aria-label={`${m.title.zh} / ${m.title.en}`} className="counter-slip space-y-2 text-sm print:text-[9pt]">
      <h2 className="text-xl font-bold">
        {m.title.zh} <span className="text-base font-normal">{m.title.en}</span>
      </h2>
      <dl className="flex flex-wrap gap-x-6">
        {m.head.map((h) => (
          <div key={h.label.en} className="flex gap-2">
            <dt className="font-bold">
              {h.label.zh} / {h.label.en}
            </dt>
            <dd>{h.value}</dd>
          </div>
        ))}
      </dl>
      {m.checks.map((c, i) => (
        <div key={`${c.link}-${i}`} className="flex flex-col gap-2 border-t-2 border-slate-600 pt-1 sm:flex-row">
          <table className="w-full border-collapse text-left">
            <tbody>
              {c.rows.map((r) => (
                <tr key={r.label.en} className="border-b border-slate-300 align-top">
                  <th scope="row" className="w-36 py-0.5 pr-2">
                    {r.label.zh}
                    <span className="block font-normal">{r.label.en}</span>
                  </th>
                  <td className="py-0.5 break-words">
                    <Two b={r.value} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Qr link={c.link} label={`${zh('counter.slip.qr')} / ${en('counter.slip.qr')}`} />
        </div>
      ))}
      {m.programmes.length ? (
        <div>
          <h3 className="font-bold">
            {m.programmesTitle.zh} / {m.programmesTitle.en}
          </h3>
          <ul>
            {m.programmes.map((p) => (
              <li key={p.name.en} className="border-b border-slate-300 py-0.5">
                <Two b={p.name} />
                <span className="block text-xs">
                  {p.applies.zh} / {p.applies.en}
                </span>
                <span className="block text-xs">{p.source}</span>
                {p.units.map((u) => (
                  <span key={u.name.en} className="block text-xs">
                    {u.name.zh}（{u.role.zh}）：{u.contact.zh} / {u.name.en} ({u.role.en}): {u.contact.en}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <h3 className="font-bold">
          {m.nextTitle.zh} / {m.nextTitle.en}
        </h3>
        <Two b={m.next} />
      </div>
      <div className="text-xs">
        <p>
          {m.dataDate.zh} / {m.dataDate.en}
        </p>
        <p>{m.sources.join('；')}</p>
        <p>
          {m.disclaimer.zh} {m.disclaimer.en}
        </p>
      </div>
    </section>
  );
}

/**
 * The slip a clerk hands over. Each check is run again on this device's engine from its stored answers
 * (the case keeps only answers and a summary), so the slip can word the national line, the better
 * agreement, the criterion met and the proof; programmes are matched here as the result page does.
 */
export function CounterSlip({ c, clerk }: { c: CaseDetail; clerk?: string }) {
  const { t } = useTranslation(STAFF_NS);
  const checks = useCheckService();
  const data = useDataService();
  const [status, setStatus] = useState('');
  const model = useQuery({
    queryKey: ['staff', 'slip', c.id, c.checks.map((k) => k.id).join(','), clerk],
    queryFn: async () => {
      const [hs, directory, runs] = await Promise.all([
        data.hs().catch(() => null),
        data.directory().catch(() => null),
        Promise.all(
          c.checks.map(async (k) => {
            if (!k.answers) return null;
            const r = await checks.run(k.answers as CheckInput).catch(() => null);
            return r && !('error' in r.outcome) ? r.outcome : null;
          }),
        ),
      ]);
      return slipModel({
        c,
        clerk,
        results: runs,
        hs,
        directory,
        origin: globalThis.location?.origin ?? '',
        zh: i18n.getFixedT('zh-CN'),
        en: i18n.getFixedT('en'),
        zhS: i18n.getFixedT('zh-CN', STAFF_NS),
        enS: i18n.getFixedT('en', STAFF_NS),
      });
    },
  });
  const onPdf = async () => {
    if (!model.data) return;
    setStatus(t('counter.slip.pdfMaking'));
    try {
      const { makeSlipPdf } = await import('./counter-slip-pdf.js');
      const blob = await makeSlipPdf(model.data);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = 'rcep-counter-slip.pdf';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus(t('counter.slip.pdfReady'));
    } catch {
      setStatus(t('counter.slip.pdfFailed'));
    }
  };
  if (model.isPending) return <p role="status">{t('counter.slip.making')}</p>;
  if (!model.data) return <p role="alert">{t('counter.slip.failed')}</p>;
  return (
    <>
      <SlipView m={model.data} />
      <div className="flex items-center gap-3 print:hidden">
        <Button variant="secondary" onClick={() => void onPdf()}>
          {t('counter.slip.pdf')}
        </Button>
        <p role="status">{status}</p>
      </div>
    </>
  );
}

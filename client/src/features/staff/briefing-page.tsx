import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DESTINATIONS } from '../../../../domain/schemas/index.js';
import { useCheckService } from '../../lib/check/check-service.js';
import { runBatch, type BatchResult } from './batch/run-batch.js';
import { STAFF_NS } from './staff-i18n.js';

const pct = (v: number | null) => (v === null ? '—' : `${v}%`);

/** QR code of a URL as a data: image (CSP allows data: images) */
function useQr(url: string): string | null {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode').then((q) => q.toDataURL(url, { margin: 1, width: 320 }).then((d) => live && setSrc(d)));
    return () => {
      live = false;
    };
  }, [url]);
  return src;
}

/**
 * /briefing?dest=JP&codes=850980,610910: the projector view of a workshop briefing (large type) with a
 * QR code of its own address, so attendees open the same page on their phones. Public: no staff data.
 */
export function BriefingPage() {
  const { t } = useTranslation(STAFF_NS);
  const checks = useCheckService();
  const [params, setParams] = useSearchParams();
  const dest = (params.get('dest') ?? '').toUpperCase();
  const codes = (params.get('codes') ?? '')
    .split(/[,\s]+/)
    .map((c) => c.replace(/\D/g, ''))
    .filter((c) => c.length >= 4)
    .slice(0, 50);
  const key = `${dest}|${codes.join(',')}`;
  const [rows, setRows] = useState<BatchResult[]>([]);
  const [form, setForm] = useState({ dest: dest || 'JP', codes: codes.join(', ') });
  const url = `${globalThis.location?.origin ?? ''}/briefing?${new URLSearchParams({ dest, codes: codes.join(',') })}`;
  const qr = useQr(url);
  useEffect(() => {
    if (!(DESTINATIONS as string[]).includes(dest) || codes.length === 0) return;
    const items = codes.map((code, i) => ({ row: i + 1, code, dest }));
    const deps = {
      checks,
      today: new Date().toISOString().slice(0, 10),
      codeForName: async () => undefined,
      programmes: async () => [],
    };
    void runBatch(items, deps, () => undefined).then(setRows);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-run when the briefing (key) changes
  }, [key, checks]);
  return (
    <div className="space-y-6 text-2xl">
      <form
        className="flex flex-wrap items-end gap-4 text-base print:hidden"
        onSubmit={(e) => {
          e.preventDefault();
          setParams({ dest: form.dest, codes: form.codes });
        }}
      >
        <label className="font-bold">
          {t('batch.country')}{' '}
          <select
            className="border-2 border-slate-800 p-2"
            value={form.dest}
            onChange={(e) => setForm({ ...form, dest: e.target.value })}
          >
            {DESTINATIONS.map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </label>
        <label className="font-bold">
          {t('batch.products')}{' '}
          <input
            className="border-2 border-slate-800 p-2"
            value={form.codes}
            onChange={(e) => setForm({ ...form, codes: e.target.value })}
          />
        </label>
        <button type="submit" className="bg-green-800 px-4 py-2 font-bold text-white">
          {t('batch.show')}
        </button>
      </form>
      <h1 className="text-5xl font-bold">
        {t('batch.briefing')}: {dest}
      </h1>
      {qr ? (
        <figure className="float-right ml-6 text-base">
          <img src={qr} alt={t('batch.qr')} width={240} height={240} />
          <figcaption>{t('batch.qr')}</figcaption>
        </figure>
      ) : null}
      <table className="border-collapse text-left">
        <thead>
          <tr>
            {(['code', 'mfn', 'rcep', 'rcepStatus', 'rcepYear'] as const).map((c) => (
              <th key={c} className="border-b-4 p-3">
                {t(`batch.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.row}>
              <td className="border-b-2 p-3 font-mono">{r.code}</td>
              <td className="border-b-2 p-3">{pct(r.mfn)}</td>
              <td className="border-b-2 p-3 font-bold">{pct(r.rcep)}</td>
              <td className="border-b-2 p-3">{r.error || r.rcepStatus}</td>
              <td className="border-b-2 p-3">{r.rcepYear ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

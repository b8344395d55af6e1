import { useEffect, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import Papa from 'papaparse';
import { encodeAnswers } from '../../../../domain/wizard/index.js';
import { deleteEnquiry, duplicateEnquiry, listEnquiries, type EnquiryRecord } from '../../lib/store/repository.js';
import { fmtCode, fmtDate, fmtMoney, fmtPct } from '../../lib/format.js';
import { Button } from '../../components/ui/fields.js';

export function enquiriesCsv(list: EnquiryRecord[]): string {
  return Papa.unparse(
    list.map((e) => ({
      id: e.id,
      saved: e.updatedAt,
      code: e.summary.code ?? '',
      dest: e.summary.dest ?? '',
      date: e.summary.date ?? '',
      mfn_pct: e.summary.mfn ?? '',
      rcep_pct: e.summary.rcep ?? '',
      rcep_status: e.summary.rcepStatus ?? '',
      origin_verdict: e.summary.verdict ?? '',
      saving: e.summary.saving ?? '',
      currency: e.summary.currency ?? '',
      data_as_of: e.summary.dataAsOf ?? '',
    })),
  );
}

export function SavedPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const qc = useQueryClient();
  const navigate = useNavigate();
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => h1.current?.focus(), []);
  const list = useQuery({ queryKey: ['enquiries'], queryFn: listEnquiries });
  const refresh = () => qc.invalidateQueries({ queryKey: ['enquiries'] });
  const del = useMutation({ mutationFn: deleteEnquiry, onSuccess: refresh });
  const dup = useMutation({ mutationFn: duplicateEnquiry, onSuccess: refresh });

  const exportCsv = () => {
    const csv = enquiriesCsv(list.data ?? []);
    const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'rcep-enquiries.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  };

  const items = list.data ?? [];
  return (
    <div className="mx-auto max-w-4xl">
      <Link to="/" className="mb-4 inline-block text-blue-800 underline">
        ‹ {t('common.back')}
      </Link>
      <h1 ref={h1} tabIndex={-1} className="mb-4 text-3xl font-bold focus:outline-none">
        {t('saved.heading')}
      </h1>
      <p className="mb-4">{t('saved.intro')}</p>
      {items.length === 0 && list.isSuccess ? <p>{t('saved.empty')}</p> : null}
      <ul className="mb-6 space-y-4">
        {items.map((e) => {
          const s = e.summary;
          return (
            <li key={e.id} className="border-2 border-slate-300 p-3">
              <h2 className="font-bold">
                {fmtCode(s.code ?? '')} → {s.dest ? t(`parties.${s.dest}`) : ''}
              </h2>
              <p className="text-sm text-slate-700">
                {t('saved.savedOn', { date: fmtDate(e.updatedAt.slice(0, 10), lang) })}
                {s.date ? ` · ${t('saved.forDate', { date: fmtDate(s.date, lang) })}` : ''}
              </p>
              <p>
                {t('saved.rates', {
                  rcep: s.rcep != null ? fmtPct(s.rcep, lang) : t(`result.status.${s.rcepStatus ?? 'not-in-data'}`),
                  mfn: s.mfn != null ? fmtPct(s.mfn, lang) : t('rate.notInData'),
                })}
                {s.saving != null && s.currency
                  ? ` · ${t('saved.saving', { amount: fmtMoney(s.saving, s.currency, lang) })}`
                  : ''}
                {s.verdict ? ` · ${t(`result.origin.verdict.${s.verdict}`)}` : ''}
              </p>
              <div className="mt-2 flex flex-wrap gap-3">
                <Button onClick={() => navigate(`/result?${encodeAnswers(e.answers)}&e=${encodeURIComponent(e.id)}`)}>
                  {t('saved.reopen')}
                </Button>
                <Button variant="secondary" onClick={() => dup.mutate(e.id)}>
                  {t('saved.duplicate')}
                </Button>
                <Button variant="warning" onClick={() => del.mutate(e.id)}>
                  {t('saved.delete')}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
      {items.length ? (
        <Button variant="secondary" onClick={exportCsv}>
          {t('saved.exportCsv')}
        </Button>
      ) : null}
    </div>
  );
}

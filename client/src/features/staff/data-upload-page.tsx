import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/fields.js';
import { staffGet, staffPost } from './staff-api.js';
import { STAFF_NS } from './staff-i18n.js';
import { StaffError } from './staff-error.js';

interface Examined {
  report: { accepted: number; quarantined: number; quarantine: { line?: string; row?: string; reason: string }[] };
  diff: { added: number; changed: number; unchanged: number; examples: { key: string; change: string }[] };
}
interface Publication {
  id: string;
  publishedBy: string;
  publishedAt: string;
  sourceName: string;
  active: boolean;
}

/** admin: upload an Annex I schedule CSV (docs/data-layouts.md), read the report and the diff, publish, roll back */
export function DataUploadPage() {
  const { t } = useTranslation(STAFF_NS);
  const qc = useQueryClient();
  const [file, setFile] = useState<{ fileName: string; csv: string } | null>(null);
  const body = () => ({ kind: 'annex1', ...file! });
  const examine = useMutation({ mutationFn: () => staffPost<Examined>('/data/uploads', body()) });
  const list = useQuery({
    queryKey: ['staff', 'publications'],
    queryFn: () => staffGet<{ publications: Publication[] }>('/data/publications'),
  });
  const done = () => void qc.invalidateQueries({ queryKey: ['staff', 'publications'] });
  const publish = useMutation({
    mutationFn: () => staffPost<{ id: string }>('/data/publications', body()),
    onSuccess: done,
  });
  const rollback = useMutation({
    mutationFn: (id: string) => staffPost(`/data/publications/${id}/activate`),
    onSuccess: done,
  });
  const r = examine.data;
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t('data.heading')}</h1>
      <p>{t('data.layout')}</p>
      <label htmlFor="data-file" className="block font-bold">
        {t('data.file')}
      </label>
      <input
        id="data-file"
        type="file"
        accept=".csv,text/csv"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void f.text().then((csv) => setFile({ fileName: f.name, csv }));
        }}
      />
      <Button disabled={!file || examine.isPending} onClick={() => examine.mutate()}>
        {t('data.examine')}
      </Button>
      <StaffError error={examine.error ?? publish.error ?? rollback.error} />
      {r ? (
        <section aria-labelledby="data-report" className="space-y-2">
          <h2 id="data-report" className="text-xl font-bold">
            {t('data.report')}
          </h2>
          <p>{t('data.counts', { accepted: r.report.accepted, quarantined: r.report.quarantined })}</p>
          <ul className="list-disc pl-6">
            {r.report.quarantine.map((q, i) => (
              <li key={i}>
                {q.line ?? q.row ?? ''} {q.reason}
              </li>
            ))}
          </ul>
          <p>{t('data.diff', r.diff)}</p>
          <ul className="list-disc pl-6 font-mono text-sm">
            {r.diff.examples.map((d) => (
              <li key={d.key}>
                {d.change} {d.key}
              </li>
            ))}
          </ul>
          <Button disabled={publish.isPending || r.report.accepted === 0} onClick={() => publish.mutate()}>
            {t('data.publish')}
          </Button>
          {publish.data ? <p role="status">{t('data.published')}</p> : null}
        </section>
      ) : null}
      <section aria-labelledby="data-history" className="space-y-2">
        <h2 id="data-history" className="text-xl font-bold">
          {t('data.history')}
        </h2>
        <ul className="space-y-1">
          {(list.data?.publications ?? []).map((p) => (
            <li key={p.id}>
              {p.publishedAt.slice(0, 16).replace('T', ' ')} · {p.publishedBy} · {p.sourceName}{' '}
              {p.active ? `(${t('data.active')})` : ''}{' '}
              {!p.active ? (
                <Button variant="secondary" onClick={() => rollback.mutate(p.id)}>
                  {t('data.rollback')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
        <Button variant="secondary" onClick={() => rollback.mutate('original')}>
          {t('data.original')}
        </Button>
      </section>
    </div>
  );
}

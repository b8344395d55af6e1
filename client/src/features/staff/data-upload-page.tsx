import { useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, RadioGroup } from '../../components/ui/fields.js';
import type { ExaminedUpload, PublishedUpload, UploadPack } from '../../../../domain/schemas/staff-data.js';
import { DiffExamples } from './data-diff.js';
import { PublicationHistory, publicationsKey } from './data-history.js';
import { staffPost } from './staff-api.js';
import { STAFF_NS } from './staff-i18n.js';
import { StaffError } from './staff-error.js';

/**
 * admin: upload an Annex I schedule or Annex 3A rules CSV (docs/data-layouts.md), read the import report
 * and the diff against the data in use, publish, roll back
 */
export function DataUploadPage() {
  const { t } = useTranslation(STAFF_NS);
  const qc = useQueryClient();
  const [pack, setPack] = useState<UploadPack>('annex1');
  const [file, setFile] = useState<{ fileName: string; csv: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const body = () => ({ kind: pack, ...file! });
  const examine = useMutation({ mutationFn: () => staffPost<ExaminedUpload>('/data/uploads', body()) });
  const publish = useMutation({
    mutationFn: () => staffPost<PublishedUpload>('/data/publications', body()),
    onSuccess: () => void qc.invalidateQueries({ queryKey: publicationsKey(pack) }),
  });
  const choose = (p: string) => {
    setPack(p as UploadPack);
    setFile(null);
    if (input.current) input.current.value = '';
    examine.reset();
    publish.reset();
  };
  const r = examine.data;
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t('data.heading')}</h1>
      <RadioGroup
        id="data-kind"
        legend={t('dataUpload.kind')}
        options={(['annex1', 'psr'] as const).map((p) => ({ value: p, label: t(`dataUpload.kinds.${p}`) }))}
        value={pack}
        onChange={choose}
      />
      <p>{pack === 'psr' ? t('dataUpload.layoutPsr') : t('data.layout')}</p>
      <label htmlFor="data-file" className="block font-bold">
        {pack === 'psr' ? t('dataUpload.filePsr') : t('data.file')}
      </label>
      <input
        ref={input}
        id="data-file"
        type="file"
        accept=".csv,text/csv"
        onChange={(e) => {
          const f = e.target.files?.[0];
          examine.reset();
          publish.reset();
          if (f) void f.text().then((csv) => setFile({ fileName: f.name, csv }));
        }}
      />
      <Button disabled={!file || examine.isPending} onClick={() => examine.mutate()}>
        {t('data.examine')}
      </Button>
      <StaffError error={examine.error ?? publish.error} />
      {r ? (
        <section aria-labelledby="data-report" className="space-y-2">
          <h2 id="data-report" className="text-xl font-bold">
            {t('data.report')}
          </h2>
          <p>{t('data.counts', { accepted: r.report.accepted, quarantined: r.report.quarantined })}</p>
          <ul className="list-disc pl-6" aria-label={t('dataUpload.quarantine')}>
            {r.report.quarantine.map((q, i) => (
              <li key={i}>
                {t('dataUpload.row', { row: q.row ?? '' })} <span className="font-mono">{q.reason}</span>
                {q.detail ? ` (${q.detail})` : ''}
              </li>
            ))}
          </ul>
          <p>{t('data.diff', r.diff)}</p>
          <DiffExamples pack={pack} examples={r.diff.examples} />
          <Button disabled={publish.isPending || r.report.accepted === 0} onClick={() => publish.mutate()}>
            {t('data.publish')}
          </Button>
          {publish.data ? (
            <p role="status">{pack === 'psr' ? t('dataUpload.publishedPsr') : t('data.published')}</p>
          ) : null}
        </section>
      ) : null}
      <PublicationHistory key={pack} pack={pack} />
    </div>
  );
}

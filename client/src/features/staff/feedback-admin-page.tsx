import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  FEEDBACK_STATUSES,
  type FeedbackDetail,
  type FeedbackPage,
  type StaffFeedbackStatus,
} from '../../../../domain/schemas/staff-cases.js';
import { Button } from '../../components/ui/fields.js';
import { staffGet, staffPost } from './staff-api.js';
import { STAFF_NS } from './staff-i18n.js';
import { StaffError } from './staff-error.js';

function FeedbackDetail({ reference }: { reference: string }) {
  const { t } = useTranslation(STAFF_NS);
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['staff', 'feedback', reference],
    queryFn: () => staffGet<FeedbackDetail>(`/feedback/${reference}`),
  });
  const [status, setStatus] = useState<StaffFeedbackStatus>('in-progress');
  const [note, setNote] = useState('');
  const [unit, setUnit] = useState('');
  const move = useMutation({
    mutationFn: () =>
      staffPost<FeedbackDetail>(`/feedback/${reference}/status`, {
        status,
        note: note || undefined,
        assignedUnit: unit || undefined,
      }),
    onSuccess: () => {
      setNote('');
      void qc.invalidateQueries({ queryKey: ['staff', 'feedback'] });
    },
  });
  if (!q.data) return <StaffError error={q.error} />;
  const f = q.data;
  return (
    <section aria-labelledby="fb-detail" className="space-y-3 border-2 border-slate-300 p-4">
      <h2 id="fb-detail" className="text-xl font-bold">
        {f.reference} · {t(`feedback.status.${f.status}`)}
      </h2>
      <h3 className="font-bold">{t('feedback.message')}</h3>
      <p className="whitespace-pre-wrap">{f.message}</p>
      {f.contact ? (
        <>
          <h3 className="font-bold">{t('feedback.contact')}</h3>
          <p>{Object.values(f.contact).join(' · ')}</p>
        </>
      ) : null}
      <h3 className="font-bold">{t('feedback.suggested')}</h3>
      <ul className="list-disc pl-6">
        {f.suggestedUnits.map((s) => (
          <li key={s.unit}>
            {s.unit} ({s.programme}, {s.role})
          </li>
        ))}
      </ul>
      <h3 className="font-bold">{t('feedback.history')}</h3>
      <ol className="list-decimal pl-6">
        {f.events.map((e, i) => (
          <li key={i}>
            {e.at.slice(0, 16).replace('T', ' ')} {t(`feedback.status.${e.status}`)} {e.actor ?? ''} {e.note ?? ''}
          </li>
        ))}
      </ol>
      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          move.mutate();
        }}
      >
        <StaffError error={move.error} />
        <label className="block font-bold" htmlFor="fb-status">
          {t('feedback.filter')}
        </label>
        <select
          id="fb-status"
          className="border-2 border-slate-800 p-2"
          value={status}
          onChange={(e) => setStatus(e.target.value as StaffFeedbackStatus)}
        >
          {(['in-progress', 'resolved'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`feedback.status.${s}`)}
            </option>
          ))}
        </select>
        <label className="block font-bold" htmlFor="fb-unit">
          {t('feedback.assign')}
        </label>
        <select
          id="fb-unit"
          className="border-2 border-slate-800 p-2"
          value={unit}
          onChange={(e) => setUnit(e.target.value)}
        >
          <option value="">{f.assignedUnit ?? f.routedUnit ?? t('feedback.noUnit')}</option>
          {f.suggestedUnits.map((s) => (
            <option key={s.unit} value={s.unit}>
              {s.unit}
            </option>
          ))}
        </select>
        <label className="block font-bold" htmlFor="fb-note">
          {t('feedback.note')}
        </label>
        <textarea
          id="fb-note"
          className="block w-full max-w-xl border-2 border-slate-800 p-2"
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <Button type="submit" disabled={move.isPending}>
          {t('feedback.move')}
        </Button>
      </form>
    </section>
  );
}

export function FeedbackAdminPage() {
  const { t } = useTranslation(STAFF_NS);
  const [filter, setFilter] = useState<StaffFeedbackStatus | ''>('');
  const [open, setOpen] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['staff', 'feedback', 'list', filter],
    queryFn: () => staffGet<FeedbackPage>(`/feedback${filter ? `?status=${filter}` : ''}`),
  });
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t('feedback.heading')}</h1>
      <label className="font-bold" htmlFor="fb-filter">
        {t('feedback.filter')}
      </label>{' '}
      <select
        id="fb-filter"
        className="border-2 border-slate-800 p-2"
        value={filter}
        onChange={(e) => setFilter(e.target.value as StaffFeedbackStatus | '')}
      >
        <option value="">{t('feedback.all')}</option>
        {FEEDBACK_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`feedback.status.${s}`)}
          </option>
        ))}
      </select>
      <StaffError error={list.error} />
      {list.data && list.data.items.length === 0 ? <p>{t('feedback.none')}</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <table className="w-full border-collapse text-left">
          <thead>
            <tr>
              {['reference', 'topic', 'filter', 'unit', 'created'].map((k) => (
                <th key={k} className="border-b-2 p-2">
                  {t(`feedback.${k}`)}
                </th>
              ))}
              <th className="border-b-2 p-2">
                <span className="sr-only">{t('feedback.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((f) => (
              <tr key={f.reference}>
                <td className="border-b p-2">{f.reference}</td>
                <td className="border-b p-2">{f.topic}</td>
                <td className="border-b p-2">{t(`feedback.status.${f.status}`)}</td>
                <td className="border-b p-2">{f.assignedUnit ?? f.routedUnit ?? t('feedback.noUnit')}</td>
                <td className="border-b p-2">{f.createdAt.slice(0, 10)}</td>
                <td className="border-b p-2">
                  <Button
                    variant="secondary"
                    onClick={() => setOpen(f.reference)}
                    aria-label={`${t('feedback.open')} ${f.reference}`}
                  >
                    {t('feedback.open')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {open ? <FeedbackDetail key={open} reference={open} /> : null}
    </div>
  );
}

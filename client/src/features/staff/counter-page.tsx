import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, StaffCase } from '../../../../domain/schemas/staff-cases.js';
import i18n from '../../lib/i18n.js';
import { Button, TextField } from '../../components/ui/fields.js';
import { CaseHistory } from './case-history.js';
import { clearPreviousCustomer, currentCaseId, setCurrentCaseId } from './case-state.js';
import { CounterCheckForm } from './counter-check-form.js';
import { staffGet, staffPost } from './staff-api.js';
import { STAFF_NS } from './staff-i18n.js';
import { StaffError } from './staff-error.js';

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${v}%`);

/** the printed slip: both languages side by side (labels), codes and figures as recorded */
function Slip({ c }: { c: CaseDetail }) {
  const zh = i18n.getFixedT('zh-CN', STAFF_NS);
  const en = i18n.getFixedT('en', STAFF_NS);
  const both = (k: string) => `${zh(k)} / ${en(k)}`;
  return (
    <section aria-label={both('counter.checks')} className="space-y-2">
      <h2 className="text-xl font-bold">{both('counter.checks')}</h2>
      <p className="font-mono">{c.id}</p>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr>
            <th className="border-b-2 p-2">{both('counter.code')}</th>
            <th className="border-b-2 p-2">{both('counter.dest')}</th>
            <th className="border-b-2 p-2">MFN</th>
            <th className="border-b-2 p-2">RCEP</th>
            <th className="border-b-2 p-2">{both('counter.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {c.checks.map((k) => (
            <tr key={k.id}>
              <td className="border-b p-2">{k.answers?.code}</td>
              <td className="border-b p-2">{k.answers?.dest}</td>
              <td className="border-b p-2">{pct(k.summary?.mfn)}</td>
              <td className="border-b p-2">{pct(k.summary?.rcep)}</td>
              <td className="border-b p-2">
                {k.summary?.status ?? ''} {k.summary?.verdict ?? ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function StartCase({ onStarted }: { onStarted: (id: string) => void }) {
  const { t } = useTranslation(STAFF_NS);
  const [firmName, setFirmName] = useState('');
  const [firmContact, setFirmContact] = useState('');
  const [consent, setConsent] = useState(false);
  const start = useMutation({
    mutationFn: () =>
      staffPost<StaffCase>('/cases', {
        firmName: firmName || undefined,
        firmContact: firmContact || undefined,
        consent,
      }),
    onSuccess: (c) => onStarted(c.id),
  });
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        start.mutate();
      }}
    >
      <StaffError error={start.error} />
      <TextField
        id="case-firm"
        label={t('counter.firmName')}
        value={firmName}
        onChange={(e) => setFirmName(e.target.value)}
      />
      <TextField
        id="case-contact"
        label={t('counter.firmContact')}
        value={firmContact}
        onChange={(e) => setFirmContact(e.target.value)}
      />
      <label className="mb-5 flex items-center gap-2">
        <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />{' '}
        {t('counter.consent')}
      </label>
      <Button type="submit" disabled={start.isPending}>
        {t('counter.start')}
      </Button>
    </form>
  );
}

export function CounterPage() {
  const { t } = useTranslation(STAFF_NS);
  const [caseId, setCaseId] = useState<string | null>(currentCaseId);
  const detail = useQuery({
    queryKey: ['staff', 'case', caseId],
    queryFn: () => staffGet<CaseDetail>(`/cases/${caseId}`),
    enabled: !!caseId,
  });
  const close = useMutation({
    mutationFn: () => staffPost(`/cases/${caseId}/close`),
    onSuccess: () => void detail.refetch(),
  });
  const next = async () => {
    await clearPreviousCustomer();
    globalThis.location?.assign('/staff/counter');
  };
  const c = detail.data;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold print:hidden">{t('counter.heading')}</h1>
      {!caseId ? (
        <StartCase
          onStarted={(id) => {
            setCurrentCaseId(id);
            setCaseId(id);
          }}
        />
      ) : null}
      <StaffError error={detail.error ?? close.error} />
      {c ? (
        <>
          <p className="font-bold print:hidden">{t('counter.caseOpen', { id: c.id.slice(0, 8) })}</p>
          {c.checks.length === 0 ? <p>{t('counter.noChecks')}</p> : <Slip c={c} />}
          {c.status === 'open' ? <CounterCheckForm caseId={c.id} onAttached={() => void detail.refetch()} /> : null}
          <div className="flex gap-3 print:hidden">
            <Button variant="secondary" onClick={() => globalThis.print?.()}>
              {t('counter.print')}
            </Button>
            {c.status === 'open' ? (
              <Button variant="secondary" onClick={() => close.mutate()}>
                {t('counter.close')}
              </Button>
            ) : null}
            <Button onClick={() => void next()}>{t('counter.next')}</Button>
          </div>
        </>
      ) : null}
      <CaseHistory />
    </div>
  );
}

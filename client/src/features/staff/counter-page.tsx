import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, StaffCase } from '../../../../domain/schemas/staff-cases.js';
import { Button, TextField } from '../../components/ui/fields.js';
import { CaseHistory } from './case-history.js';
import { clearPreviousCustomer, currentCaseId, setCurrentCaseId } from './case-state.js';
import { CounterCheckForm } from './counter-check-form.js';
import { CounterSlip } from './counter-slip.js';
import { staffGet, staffPost } from './staff-api.js';
import { STAFF_NS } from './staff-i18n.js';
import { StaffError } from './staff-error.js';
import { useMe } from './use-me.js';

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
  const me = useMe();
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
          {c.checks.length === 0 ? (
            <p>{t('counter.noChecks')}</p>
          ) : (
            <CounterSlip c={c} clerk={me.data?.user.displayName ?? me.data?.user.username} />
          )}
          {c.status === 'open' ? (
            <div className="print:hidden">
              <CounterCheckForm caseId={c.id} onAttached={() => void detail.refetch()} />
            </div>
          ) : null}
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
      <div className="print:hidden">
        <CaseHistory />
      </div>
    </div>
  );
}

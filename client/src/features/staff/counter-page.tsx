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
import { useMe } from './use-me.js';
import { fmtCode } from '../../lib/format.js';

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${v}%`);

/**
 * The printed slip a clerk hands over: Chinese with English, each check in words (destination name,
 * tariff status and origin verdict as the result page words them), the firm (when it consented), the
 * date and the clerk. No ids, input forms or reason codes: the case id stays on screen only.
 */
function Slip({ c, clerk }: { c: CaseDetail; clerk?: string }) {
  const zh = i18n.getFixedT('zh-CN', STAFF_NS);
  const en = i18n.getFixedT('en', STAFF_NS);
  const zhMain = i18n.getFixedT('zh-CN');
  const enMain = i18n.getFixedT('en');
  const both = (k: string) => `${zh(k)} / ${en(k)}`;
  const main = (k: string) => `${zhMain(k)} / ${enMain(k)}`;
  const when = new Date(c.createdAt);
  const date = Number.isNaN(when.getTime()) ? '' : when.toLocaleString('zh-CN', { hour12: false });
  return (
    <section aria-label={both('counter.slip.title')} className="space-y-2">
      <h2 className="text-xl font-bold">{both('counter.slip.title')}</h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4">
        {c.firmName ? (
          <>
            <dt className="font-bold">{both('counter.slip.firm')}</dt>
            <dd>{c.firmName}</dd>
          </>
        ) : null}
        <dt className="font-bold">{both('counter.slip.date')}</dt>
        <dd>{date}</dd>
        {clerk ? (
          <>
            <dt className="font-bold">{both('counter.slip.clerk')}</dt>
            <dd>{clerk}</dd>
          </>
        ) : null}
      </dl>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr>
            <th className="border-b-2 p-2">{both('counter.code')}</th>
            <th className="border-b-2 p-2">{both('counter.dest')}</th>
            <th className="border-b-2 p-2">{both('counter.slip.mfn')}</th>
            <th className="border-b-2 p-2">RCEP</th>
            <th className="border-b-2 p-2">{both('counter.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {c.checks.map((k) => (
            <tr key={k.id}>
              <td className="border-b p-2">{k.answers ? fmtCode(k.answers.code) : ''}</td>
              <td className="border-b p-2">{k.answers ? main(`parties.${k.answers.dest}`) : ''}</td>
              <td className="border-b p-2">{pct(k.summary?.mfn)}</td>
              <td className="border-b p-2">{pct(k.summary?.rcep)}</td>
              <td className="border-b p-2">
                {k.summary?.status ? <span className="block">{main(`result.status.${k.summary?.status}`)}</span> : null}
                {k.summary?.verdict ? (
                  <span className="block">{main(`result.origin.verdict.${k.summary?.verdict}`)}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-sm">{both('counter.slip.next')}</p>
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
            <Slip c={c} clerk={me.data?.user.displayName ?? me.data?.user.username} />
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

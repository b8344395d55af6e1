import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DESTINATIONS } from '../../../../domain/schemas/index.js';
import type { CheckInput } from '../../../../domain/check/types.js';
import { Button, TextField } from '../../components/ui/fields.js';
import { ApiError } from '../../lib/data/api.js';
import { useCheckService } from '../../lib/check/check-service.js';
import { summaryOf } from '../../lib/check/enquiry-summary.js';
import { staffPost } from './staff-api.js';
import { STAFF_NS } from './staff-i18n.js';
import { StaffError } from './staff-error.js';

/** one quick check (code, destination, regional value share) run on the engine and attached to the case */
export function CounterCheckForm({ caseId, onAttached }: { caseId: string; onAttached: () => void }) {
  const { t, i18n } = useTranslation(STAFF_NS);
  const checks = useCheckService();
  const [code, setCode] = useState('');
  const [dest, setDest] = useState<string>('JP');
  const [share, setShare] = useState('');
  const run = useMutation({
    mutationFn: async () => {
      const input: CheckInput = {
        code: code.trim(),
        dest: dest as CheckInput['dest'],
        date: new Date().toISOString().slice(0, 10),
        origin: { mode: 'quick', share: Number(share || 0), wholly: false },
      };
      const r = await checks.run(input);
      if ('error' in r.outcome) throw new ApiError(r.outcome.error.reason, 400, r.outcome.error.field);
      const s = summaryOf(r.outcome);
      await staffPost(`/cases/${caseId}/checks`, {
        answers: input,
        summary: { status: s.rcepStatus, verdict: s.verdict, mfn: s.mfn, rcep: s.rcep, saving: s.saving },
        lang: i18n.language === 'en' ? 'en' : 'zh-CN',
      });
    },
    onSuccess: () => {
      setCode('');
      onAttached();
    },
  });
  return (
    <form
      className="space-y-2 border-2 border-slate-300 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        run.mutate();
      }}
    >
      <h2 className="text-xl font-bold">{t('counter.addCheck')}</h2>
      <StaffError error={run.error} />
      <TextField id="counter-code" label={t('counter.code')} value={code} onChange={(e) => setCode(e.target.value)} />
      <label htmlFor="counter-dest" className="block font-bold">
        {t('counter.dest')}
      </label>
      <select
        id="counter-dest"
        className="mb-5 border-2 border-slate-800 p-2"
        value={dest}
        onChange={(e) => setDest(e.target.value)}
      >
        {DESTINATIONS.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
      <TextField
        id="counter-share"
        label={t('counter.share')}
        inputMode="decimal"
        value={share}
        onChange={(e) => setShare(e.target.value)}
      />
      <Button type="submit" disabled={run.isPending || !code.trim()}>
        {t('counter.runCheck')}
      </Button>
    </form>
  );
}

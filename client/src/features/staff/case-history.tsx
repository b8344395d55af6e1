import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaseList } from '../../../../domain/schemas/staff-cases.js';
import { STAFF_API, staffGet } from './staff-api.js';
import { STAFF_NS } from './staff-i18n.js';
import { StaffError } from './staff-error.js';

export function CaseHistory() {
  const { t } = useTranslation(STAFF_NS);
  const [q, setQ] = useState('');
  const qs = q.trim() ? `?q=${encodeURIComponent(q.trim())}` : '';
  const list = useQuery({
    queryKey: ['staff', 'cases', q.trim()],
    queryFn: () => staffGet<CaseList>(`/cases${qs}`),
  });
  return (
    <section aria-labelledby="case-history" className="space-y-3 print:hidden">
      <h2 id="case-history" className="text-xl font-bold">
        {t('counter.history')}
      </h2>
      <label htmlFor="case-search" className="block font-bold">
        {t('counter.search')}
      </label>
      <input
        id="case-search"
        type="search"
        className="border-2 border-slate-800 p-2"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />{' '}
      <a className="font-bold text-blue-800 underline" href={`${STAFF_API}/cases-export${qs}`} download>
        {t('counter.exportCsv')}
      </a>
      <StaffError error={list.error} />
      <table className="w-full border-collapse text-left">
        <tbody>
          {(list.data?.cases ?? []).map((c) => (
            <tr key={c.id}>
              <td className="border-b p-2 font-mono">{c.id.slice(0, 8)}</td>
              <td className="border-b p-2">{c.createdAt.slice(0, 16).replace('T', ' ')}</td>
              <td className="border-b p-2">{c.firmName ?? '—'}</td>
              <td className="border-b p-2">{c.openedBy}</td>
              <td className="border-b p-2">{t(`counter.status.${c.status}`)}</td>
              <td className="border-b p-2">
                {t('counter.checkCount')}: {c.checkCount}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckService } from '../../../lib/check/check-service.js';
import { rowWords } from '../batch/batch-words.js';
import { runBatch, type BatchResult } from '../batch/run-batch.js';
import { STAFF_NS } from '../staff-i18n.js';

const pct = (v: number | null) => (v === null ? '—' : `${v}%`);

/** Product-list briefing: MFN/RCEP of each code through the check service (as the wizard runs it). */
export function ProductsBriefing({ dest, codes, date }: { dest: string; codes: string[]; date: string }) {
  const { t } = useTranslation(STAFF_NS);
  const checks = useCheckService();
  const [rows, setRows] = useState<BatchResult[]>([]);
  const key = `${dest}|${codes.join(',')}|${date}`;
  useEffect(() => {
    if (codes.length === 0) return;
    const items = codes.map((code, i) => ({ row: i + 1, code, dest }));
    const deps = {
      checks,
      today: date || new Date().toISOString().slice(0, 10),
      codeForName: async () => undefined,
      programmes: async () => [],
    };
    void runBatch(items, deps, () => undefined).then(setRows);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-run when the briefing (key) changes
  }, [key, checks]);
  if (codes.length === 0) return <p className="text-xl">{t('briefing.noCodes')}</p>;
  return (
    <table className="border-collapse text-left">
      <thead>
        <tr>
          {(['code', 'mfn', 'rcep', 'rcepStatus', 'rcepYear'] as const).map((c) => (
            <th key={c} scope="col" className="border-b-4 p-3">
              {t(`batch.col.${c}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          // in words, a code with several national lines as the range over them (as the batch shows it)
          const w = rowWords(r, t, (id) => id);
          return (
            <tr key={r.row}>
              <td className="border-b-2 p-3 font-mono">{r.code}</td>
              <td className="border-b-2 p-3">{w.mfn || pct(r.mfn)}</td>
              <td className="border-b-2 p-3 font-bold">{w.rcep || pct(r.rcep)}</td>
              <td className="border-b-2 p-3">{r.error ? w.note : w.rcepStatus}</td>
              <td className="border-b-2 p-3">{r.rcepYear ?? ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

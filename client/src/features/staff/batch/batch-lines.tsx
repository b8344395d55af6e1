import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { STAFF_NS } from '../staff-i18n.js';
import type { BatchResult } from './run-batch.js';

const pct = (v: number | null) => (v === null ? '—' : `${v}%`);

/** a folded cell: the summary always, the body rendered only once opened (a long sheet stays light) */
export function Folded({ summary, children }: { summary: string; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary className="cursor-pointer underline">{summary}</summary>
      {open ? children() : null}
    </details>
  );
}

/**
 * The national lines behind a row priced as a range, folded: the summary says how many lines and how
 * many are free; the list is rendered only once opened, so a sheet of hundreds of ranged rows stays light.
 */
export function BatchLines({ result, summary }: { result: BatchResult; summary: string }) {
  const { t } = useTranslation(STAFF_NS);
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary className="cursor-pointer underline">{summary}</summary>
      {open ? (
        <table className="mt-1 border-collapse text-left">
          <caption className="sr-only">{t('batch.linesOf', { code: result.code })}</caption>
          <thead>
            <tr>
              {(['code', 'mfn', 'rcep', 'rcepStatus'] as const).map((c) => (
                <th key={c} scope="col" className="border-b p-1">
                  {t(`batch.lineCol.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.lines.map((l) => (
              <tr key={l.code}>
                <td className="p-1 font-mono">{l.code}</td>
                <td className="p-1">{pct(l.mfn)}</td>
                <td className="p-1">{pct(l.rcep)}</td>
                <td className="p-1">{t(`batch.words.status.${l.rcepStatus}`, { defaultValue: l.rcepStatus })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </details>
  );
}

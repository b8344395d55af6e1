import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/fields.js';
import { useCheckService } from '../../../lib/check/check-service.js';
import { getJson } from '../../../lib/data/api.js';
import { STAFF_NS } from '../staff-i18n.js';
import { download, readBatchFile, RESULT_COLUMNS, resultsCsv, resultsXlsx } from './batch-files.js';
import { parseBatch, type BatchRowError } from './parse-batch.js';
import { runBatch, type BatchDeps, type BatchResult } from './run-batch.js';

/** memoised lookups (a workshop sheet repeats destinations and chapters) */
function useDeps(): BatchDeps {
  const checks = useCheckService();
  return useMemo(() => {
    const names = new Map<string, Promise<string | undefined>>();
    const progs = new Map<string, Promise<string[]>>();
    return {
      checks,
      today: new Date().toISOString().slice(0, 10),
      codeForName: (name, dest) => {
        const k = `${dest}|${name}`;
        if (!names.has(k))
          names.set(
            k,
            getJson<{ hits: { code: string }[] }>(`/api/v1/search?q=${encodeURIComponent(name)}&dest=${dest}&limit=1`)
              .then((r) => r.hits[0]?.code)
              .catch(() => undefined),
          );
        return names.get(k)!;
      },
      programmes: (dest, chapter, verdict) => {
        const k = `${dest}|${chapter}|${verdict ?? ''}`;
        if (!progs.has(k)) {
          const q = new URLSearchParams({
            dest,
            ...(chapter.length === 2 ? { code: chapter } : {}),
            ...(verdict ? { verdict } : {}),
          });
          progs.set(
            k,
            getJson<{ matches: { programme: string | { id: string } }[] }>(`/api/v1/programmes?${q}`).then((r) =>
              r.matches.map((m) => (typeof m.programme === 'string' ? m.programme : m.programme.id)),
            ),
          );
        }
        return progs.get(k)!;
      },
    };
  }, [checks]);
}

export function BatchPage() {
  const { t } = useTranslation(STAFF_NS);
  const deps = useDeps();
  const [errors, setErrors] = useState<BatchRowError[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [results, setResults] = useState<BatchResult[]>([]);
  const abort = useRef<AbortController | null>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setResults([]);
    const parsed = parseBatch(await readBatchFile(file).catch(() => []));
    setErrors(parsed.errors);
    if (parsed.items.length === 0) return;
    abort.current = new AbortController();
    const out = await runBatch(parsed.items, deps, (done, total) => setProgress({ done, total }), abort.current.signal);
    setResults(out);
  };
  const running = !!progress && progress.done < progress.total && results.length === 0;
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t('batch.heading')}</h1>
      <p>{t('batch.layout')}</p>
      <label htmlFor="batch-file" className="block font-bold">
        {t('batch.file')}
      </label>
      <input
        id="batch-file"
        type="file"
        accept=".csv,.xlsx,text/csv"
        disabled={running}
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      {progress ? (
        <div>
          <label htmlFor="batch-progress" className="block font-bold">
            {t('batch.progress', { done: progress.done, total: progress.total })}
          </label>
          <progress id="batch-progress" className="w-full" value={progress.done} max={progress.total} />
          {running ? (
            <Button variant="secondary" onClick={() => abort.current?.abort()}>
              {t('batch.stop')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {errors.length > 0 ? (
        <ul role="alert" className="border-l-4 border-red-700 pl-3">
          {errors.map((e) => (
            <li key={`${e.row}-${e.reason}`}>
              {t('batch.rowError', { row: e.row, reason: t(`batch.errors.${e.reason}`, { defaultValue: e.reason }) })}
            </li>
          ))}
        </ul>
      ) : null}
      {results.length > 0 ? (
        <>
          <div className="flex gap-3">
            <Button
              onClick={() =>
                download(new Blob([resultsCsv(results)], { type: 'text/csv;charset=utf-8' }), 'rcep-batch.csv')
              }
            >
              {t('batch.downloadCsv')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => void resultsXlsx(results).then((b) => download(b, 'rcep-batch.xlsx'))}
            >
              {t('batch.downloadXlsx')}
            </Button>
          </div>
          {/* a wide table scrolls sideways: the region takes keyboard focus so it can be scrolled without a mouse */}
          <div
            className="overflow-x-auto"
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take keyboard focus (WCAG 2.1.1)
            tabIndex={0}
            role="region"
            aria-label={t('batch.results', { count: results.length })}
          >
            <table className="w-full border-collapse text-left text-sm">
              <caption className="text-left font-bold">{t('batch.results', { count: results.length })}</caption>
              <thead>
                <tr>
                  {RESULT_COLUMNS.map((c) => (
                    <th key={c} className="border-b-2 p-1">
                      {t(`batch.col.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {results.map((r) => (
                  <tr key={r.row}>
                    {RESULT_COLUMNS.map((c) => (
                      <td key={c} className="border-b p-1">
                        {Array.isArray(r[c]) ? (r[c] as string[]).join(', ') : String(r[c] ?? '')}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </div>
  );
}

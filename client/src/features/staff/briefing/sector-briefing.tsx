import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isChapterRange, parseChapterRange } from '../../../../../domain/briefing/chapter-range.js';
import type { BriefingSummary } from '../../../../../domain/briefing/types.js';
import { ApiError, getJson } from '../../../lib/data/api.js';
import { STAFF_NS } from '../staff-i18n.js';
import { SectorSummary } from './sector-summary.js';

/** GET /api/v1/briefings: a sector (chapter range, per heading) or the whole country (per chapter). */
export function SectorBriefing({ dest, chapters, date }: { dest: string; chapters: string | null; date: string }) {
  const { t } = useTranslation(STAFF_NS);
  // the same reader as the server's, so a mistyped range is explained before any request
  const range = chapters === null ? null : parseChapterRange(chapters);
  const bad = range && !isChapterRange(range) ? range.error.reason : null;
  const qs = new URLSearchParams({ dest });
  if (range && isChapterRange(range)) qs.set('chapters', `${range.from}-${range.to}`);
  if (date) qs.set('date', date);
  const q = useQuery({
    queryKey: ['briefing', qs.toString()],
    queryFn: () => getJson<BriefingSummary>(`/api/v1/briefings?${qs}`),
    enabled: !bad,
    retry: false,
    staleTime: 5 * 60_000,
  });
  const reason = bad ?? (q.error ? (q.error instanceof ApiError ? q.error.reason : 'network') : null);
  const status = reason
    ? ''
    : q.isPending
      ? t('briefing.loading')
      : t('briefing.loaded', { n: q.data?.total.counts.lines ?? 0 });
  return (
    <div className="space-y-6">
      <p role="status" className={q.isPending && !reason ? 'text-2xl' : 'sr-only'}>
        {status}
      </p>
      {reason ? (
        <p role="alert" className="border-l-4 border-red-700 pl-3 text-2xl font-bold text-red-700">
          {t(`briefing.errors.${reason}`, { defaultValue: t('briefing.errors.other', { reason }) })}
        </p>
      ) : null}
      {q.data && !reason ? <SectorSummary b={q.data} /> : null}
    </div>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { STAFF_API, staffGet } from './staff-api.js';
import { STAFF_NS } from './staff-i18n.js';
import { StaffError } from './staff-error.js';
import { Bars } from './stats-bars.js';
import { RuleFailures, type RuleFailureStat } from './stats-rule-failures.js';

interface Stats {
  checks: number;
  byDest: Record<string, number>;
  byChapter: Record<string, number>;
  verdict: Record<string, number>;
  rcepStatus: Record<string, number>;
  programmes: Record<string, number>;
  failures: { chapter: string; dest: string; count: number; shareBands: Record<string, number> }[];
  ruleFailures?: RuleFailureStat[];
}

export function StatsPage() {
  const { t } = useTranslation(STAFF_NS);
  const s = useQuery({ queryKey: ['staff', 'stats'], queryFn: () => staffGet<Stats>('/stats') });
  const none = t('stats.none');
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('stats.heading')}</h1>
      <p>{t('stats.note')}</p>
      <a className="font-bold text-blue-800 underline" href={`${STAFF_API}/stats-export`} download>
        {t('stats.exportCsv')}
      </a>
      <StaffError error={s.error} />
      {s.data ? (
        <>
          <p className="text-2xl font-bold">{t('stats.checks', { count: s.data.checks })}</p>
          <Bars id="st-dest" title={t('stats.byDest')} data={s.data.byDest} empty={none} />
          <Bars id="st-ch" title={t('stats.byChapter')} data={s.data.byChapter} empty={none} />
          <Bars id="st-status" title={t('stats.rcepStatus')} data={s.data.rcepStatus} empty={none} />
          <Bars id="st-verdict" title={t('stats.verdict')} data={s.data.verdict} empty={none} />
          <Bars
            id="st-fail"
            title={t('stats.failures')}
            data={Object.fromEntries(s.data.failures.map((f) => [`${f.chapter} → ${f.dest}`, f.count]))}
            empty={none}
          />
          <RuleFailures list={s.data.ruleFailures ?? []} />
          <Bars id="st-prog" title={t('stats.programmes')} data={s.data.programmes} empty={none} />
        </>
      ) : null}
    </div>
  );
}

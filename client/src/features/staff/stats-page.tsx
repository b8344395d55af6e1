import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { getJson } from '../../lib/data/api.js';
import type { Programme } from '../../../../domain/schemas/index.js';
import { STAFF_API, staffGet } from './staff-api.js';
import { STAFF_NS } from './staff-i18n.js';
import { StaffError } from './staff-error.js';
import { Bars } from './stats-bars.js';
import { statsPeriod } from './stats-period.js';
import type { Stats } from '../../../../domain/schemas/staff-cases.js';
import { RuleFailures } from './stats-rule-failures.js';

export function StatsPage() {
  const { t, i18n } = useTranslation(STAFF_NS);
  // the period is in the address (?from=&to=, both inclusive), so a view can be bookmarked or shared
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const [form, setForm] = useState({ from, to });
  const period = statsPeriod(from, to);
  const query = period.ok ? period.query : '';
  const s = useQuery({
    queryKey: ['staff', 'stats', query],
    queryFn: () => staffGet<Stats>(`/stats${query}`),
    enabled: period.ok,
  });
  const none = t('stats.none');
  // keys in words: destinations, statuses and verdicts as the result page says them, programmes by name
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const dir = useQuery({
    queryKey: ['directory-pack'],
    queryFn: () => getJson<{ programmes: Programme[] }>('/api/v1/packs/directory'),
  });
  const names = new Map((dir.data?.programmes ?? []).map((p) => [p.id, lang === 'en' ? p.names.en : p.names.zh]));
  const word = (prefix: string) => (k: string) => t(`${prefix}.${k}`, { ns: 'translation', defaultValue: k });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('stats.heading')}</h1>
      <p>{t('stats.note')}</p>
      <form
        className="flex flex-wrap items-end gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          const next = new URLSearchParams(params);
          for (const k of ['from', 'to'] as const) {
            if (form[k]) next.set(k, form[k]);
            else next.delete(k);
          }
          setParams(next);
        }}
      >
        {(['from', 'to'] as const).map((k) => (
          <label key={k} className="font-bold">
            {t(`stats.${k}`)}
            <input
              type="date"
              className="ml-2 border-2 border-slate-800 p-2 font-normal"
              value={form[k]}
              onChange={(e) => setForm({ ...form, [k]: e.target.value })}
            />
          </label>
        ))}
        <button type="submit" className="bg-green-800 px-4 py-2 font-bold text-white">
          {t('stats.show')}
        </button>
      </form>
      {period.ok ? (
        <p>{from || to ? t('stats.period', { from: from || '…', to: to || '…' }) : t('stats.allTime')}</p>
      ) : (
        <p role="alert" className="font-bold text-red-700">
          {t(`stats.${period.reason}`)}
        </p>
      )}
      <a
        className="font-bold text-blue-800 underline"
        href={`${STAFF_API}/stats-export${query ? `${query}&` : '?'}lang=${lang}`}
        download
      >
        {t('stats.exportCsv')}
      </a>
      <StaffError error={s.error} />
      {period.ok && s.data ? (
        <>
          <p className="text-2xl font-bold">{t('stats.checks', { count: s.data.checks })}</p>
          <Bars id="st-dest" title={t('stats.byDest')} data={s.data.byDest} empty={none} label={word('parties')} />
          <Bars id="st-ch" title={t('stats.byChapter')} data={s.data.byChapter} empty={none} />
          <Bars
            id="st-status"
            title={t('stats.rcepStatus')}
            data={s.data.rcepStatus}
            empty={none}
            label={word('result.status')}
          />
          <Bars
            id="st-verdict"
            title={t('stats.verdict')}
            data={s.data.verdict}
            empty={none}
            label={word('result.origin.verdict')}
          />
          <Bars
            id="st-fail"
            title={t('stats.failures')}
            data={Object.fromEntries(
              s.data.failures.map((f) => [`${f.chapter} → ${word('parties')(f.dest)}`, f.count]),
            )}
            empty={none}
          />
          <RuleFailures list={s.data.ruleFailures ?? []} />
          <Bars
            id="st-prog"
            title={t('stats.programmes')}
            data={s.data.programmes}
            empty={none}
            label={(k) => names.get(k) ?? k}
          />
        </>
      ) : null}
    </div>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CheckInput } from '../../../../domain/check/types.js';
import type { ContactUnit, Programme } from '../../../../domain/schemas/programme.js';
import { getJson, isOnline } from '../../lib/data/api.js';

interface Match {
  programme: Programme;
  reasons: string[];
  units: ContactUnit[];
}

/** Read GET /api/v1/programmes tolerantly (the programmes issue owns the shape). */
export function readMatches(raw: unknown): Match[] {
  const r = raw as Record<string, unknown> | unknown[];
  const list = (Array.isArray(r) ? r : (r.matches ?? r.programmes ?? r.items ?? [])) as Record<string, unknown>[];
  return list.map((m) => {
    const programme = (m.programme ?? m) as Programme;
    const reasons = (m.reasons ?? m.why ?? m.held ?? []) as unknown[];
    const units = (m.units ?? m.contacts ?? []) as ContactUnit[];
    return {
      programme,
      reasons: reasons.map((x) => (typeof x === 'string' ? x : String((x as { id?: string }).id ?? ''))),
      units,
    };
  });
}

export function ProgrammesSection({ input, verdict }: { input: CheckInput; verdict?: string }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const qs = new URLSearchParams({ dest: input.dest, code: input.code, ...(verdict ? { verdict } : {}) });
  const q = useQuery({
    queryKey: ['programmes', qs.toString()],
    queryFn: async () => readMatches(await getJson<unknown>(`/api/v1/programmes?${qs}`)),
    enabled: isOnline(),
    retry: false,
  });
  return (
    <section aria-labelledby="prog-h" className="mb-8">
      <h2 id="prog-h" className="mb-3 text-2xl font-bold">
        {t('result.programmes.heading')}
      </h2>
      {!isOnline() ? <p>{t('result.programmes.offline')}</p> : null}
      {q.isLoading ? <p>{t('common.loading')}</p> : null}
      {q.isError ? <p>{t('result.programmes.unavailable')}</p> : null}
      {q.data && q.data.length === 0 ? <p>{t('result.programmes.none')}</p> : null}
      <ul className="space-y-4">
        {(q.data ?? []).map((m) => (
          <li key={m.programme.id} className="border-l-4 border-blue-700 pl-3">
            <h3 className="font-bold">{zh ? m.programme.names?.zh : m.programme.names?.en}</h3>
            {m.programme.summary ? <p>{zh ? m.programme.summary.zh : m.programme.summary.en}</p> : null}
            {m.reasons.length ? (
              <p className="text-sm text-slate-700">
                {t('result.programmes.why', {
                  list: m.reasons
                    .map((r) => t(`result.programmes.reason.${r}`, { defaultValue: r }))
                    .join(t('common.listSep')),
                })}
              </p>
            ) : null}
            {m.units.length ? (
              <ul className="mt-1 text-sm">
                {m.units.map((u) => (
                  <li key={u.id}>
                    <strong>{zh ? u.names.zh : u.names.en}</strong>
                    {': '}
                    {u.phone || u.address || u.url
                      ? [u.phone, u.address, u.url].filter(Boolean).join(' · ')
                      : t('result.programmes.toBeConfirmed')}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm">{t('result.programmes.toBeConfirmed')}</p>
            )}
            {m.programme.citations?.length ? (
              <p className="text-xs text-slate-600">
                {t('result.programmes.source', {
                  list: m.programme.citations.map((c) => `${c.doc} ${c.item}`).join('; '),
                })}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

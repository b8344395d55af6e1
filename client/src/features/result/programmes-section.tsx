import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CheckInput } from '../../../../domain/check/types.js';
import type { ContactUnit, Programme } from '../../../../domain/schemas/programme.js';
import { getJson, isOnline } from '../../lib/data/api.js';
import { useDataService, type DataService } from '../../lib/data/service.js';

interface Match {
  programme: Programme;
  held: string[];
  units: { unit: string; role: string }[];
}

/** Read a programmes answer (GET /api/v1/programmes or domain/programmes/answer.ts): `{ matches: [{ programme: id, held, units: [{ unit, role }], detail }] }`. */
export function readMatches(raw: unknown): Match[] {
  const list = ((raw as { matches?: unknown[] })?.matches ?? []) as Record<string, unknown>[];
  return list
    .map((m) => ({
      programme: (m.detail ?? (typeof m.programme === 'object' ? m.programme : null)) as Programme,
      held: (m.held ?? []) as string[],
      units: (m.units ?? []) as { unit: string; role: string }[],
    }))
    .filter((m) => m.programme && m.programme.id);
}

/** The kind of a held condition ('dest', 'hs-chapter', …), shown as the reason. */
function kindOf(p: Programme, id: string): string {
  return p.eligibility?.find((c) => c.id === id)?.kind ?? 'other';
}

export function readUnits(raw: unknown): Map<string, ContactUnit> {
  const list = ((raw as { units?: unknown[] })?.units ?? []) as ContactUnit[];
  return new Map(list.map((u) => [u.id, u]));
}

interface Loaded {
  matches: Match[];
  units?: Map<string, ContactUnit>;
}

/**
 * Matches for this check: computed on this device from the directory pack (the same list and the same
 * domain/programmes code GET /api/v1/programmes uses, cached for offline use); the API only when no
 * pack is held; null when offline with nothing saved.
 */
async function loadMatches(data: DataService, input: CheckInput, verdict?: string): Promise<Loaded | null> {
  const dir = await data.directory().catch(() => null);
  if (dir) {
    const { programmesAnswer } = await import('../../../../domain/programmes/answer.js');
    const answer = programmesAnswer(dir.programmes, dir.units, { dest: input.dest, code: input.code, verdict });
    if (!('matches' in answer)) throw new Error(answer.error.reason);
    return { matches: readMatches(answer), units: readUnits(dir) };
  }
  if (!isOnline()) return null;
  const qs = new URLSearchParams({ dest: input.dest, code: input.code, ...(verdict ? { verdict } : {}) });
  const [matches, units] = await Promise.all([
    getJson<unknown>(`/api/v1/programmes?${qs}`),
    getJson<unknown>('/api/v1/contacts').catch(() => undefined),
  ]);
  return { matches: readMatches(matches), units: units ? readUnits(units) : undefined };
}

export function ProgrammesSection({ input, verdict }: { input: CheckInput; verdict?: string }) {
  const { t } = useTranslation();
  const data = useDataService();
  const q = useQuery({
    queryKey: ['programmes', input.dest, input.code, verdict ?? ''],
    queryFn: () => loadMatches(data, input, verdict),
    retry: false,
  });
  const found = q.data?.matches;
  const units = q.data?.units;
  return (
    <section aria-labelledby="prog-h" className="mb-8">
      <h2 id="prog-h" className="mb-3 text-2xl font-bold">
        {t('result.programmes.heading')}
      </h2>
      {q.data === null ? <p>{t('result.programmes.offline')}</p> : null}
      {found && !isOnline() ? <p className="text-sm text-slate-700">{t('result.programmes.savedCopy')}</p> : null}
      {q.isLoading ? <p>{t('common.loading')}</p> : null}
      {q.isError ? <p>{t('result.programmes.unavailable')}</p> : null}
      {found && found.length === 0 ? <p>{t('result.programmes.none')}</p> : null}
      {found ? <ProgrammeList items={found.slice(0, SHOWN)} units={units} /> : null}
      {found && found.length > SHOWN ? (
        <details className="mt-4">
          <summary className="cursor-pointer text-blue-800 underline">
            {t('result.programmes.more', { count: found.length - SHOWN })}
          </summary>
          <ProgrammeList items={found.slice(SHOWN)} units={units} />
        </details>
      ) : null}
    </section>
  );
}

const SHOWN = 5;

function ProgrammeList({ items, units }: { items: Match[]; units?: Map<string, ContactUnit> }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  return (
    <ul className="space-y-4">
      {items.map((m) => (
        <li key={m.programme.id} className="border-l-4 border-blue-700 pl-3">
          <h3 className="font-bold">{zh ? m.programme.names?.zh : m.programme.names?.en}</h3>
          {m.programme.summary ? <p>{zh ? m.programme.summary.zh : m.programme.summary.en}</p> : null}
          {m.held.length ? (
            <p className="text-sm text-slate-700">
              {t('result.programmes.why', {
                list: [...new Set(m.held.map((id) => kindOf(m.programme, id)))]
                  .map((k) => t(`result.programmes.reason.${k}`))
                  .join(t('common.listSep')),
              })}
            </p>
          ) : null}
          {m.units.length ? (
            <ul className="mt-1 text-sm">
              {m.units.map((ref) => {
                const u = units?.get(ref.unit);
                return (
                  <li key={`${ref.unit}-${ref.role}`}>
                    <strong>{u ? (zh ? u.names.zh : u.names.en) : ref.unit}</strong> (
                    {t(`result.programmes.role.${ref.role}`, { defaultValue: ref.role })}){': '}
                    {u && (u.phone || u.address || u.url)
                      ? [u.phone, u.address, u.url].filter(Boolean).join(' · ')
                      : t('result.programmes.toBeConfirmed')}
                    {u && (u.phone || u.address || u.url) && u.detailSource ? (
                      <span className="block text-xs text-slate-600">
                        {t('result.programmes.detailSource', u.detailSource)}
                      </span>
                    ) : null}
                  </li>
                );
              })}
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
  );
}

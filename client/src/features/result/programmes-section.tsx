import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../../../domain/check/types.js';
import { matchFactsFromCheck } from '../../../../domain/programmes/facts.js';
import type { MatchReason, ProgrammeUnit } from '../../../../domain/programmes/match.js';
import type { ContactUnit, FirmProfile, Programme } from '../../../../domain/schemas/programme.js';
import { getJson, isOnline } from '../../lib/data/api.js';
import { useDataService, type DataService } from '../../lib/data/service.js';
import { reasonLines, type ReasonLine } from './programme-reasons.js';

interface Match {
  programme: Programme;
  applies: 'yes' | 'maybe';
  reasons: MatchReason[];
  units: Pick<ProgrammeUnit, 'unit' | 'role'>[];
}
interface Other {
  programme: Programme;
  reasons: MatchReason[];
}

/** Read a programmes answer (GET /api/v1/programmes or domain/programmes/answer.ts). */
export function readMatches(raw: unknown): Match[] {
  const list = ((raw as { matches?: unknown[] })?.matches ?? []) as Record<string, unknown>[];
  return list
    .map((m) => ({
      programme: (m.detail ?? (typeof m.programme === 'object' ? m.programme : null)) as Programme,
      applies: m.applies === 'yes' ? ('yes' as const) : ('maybe' as const),
      reasons: (m.reasons ?? []) as MatchReason[],
      units: (m.units ?? []) as Match['units'],
    }))
    .filter((m) => m.programme && m.programme.id);
}

function readOthers(raw: unknown, programmes: ReadonlyMap<string, Programme>): Other[] {
  const list = ((raw as { others?: unknown[] })?.others ?? []) as { programme: string; reasons?: MatchReason[] }[];
  return list
    .map((o) => ({ programme: programmes.get(o.programme)!, reasons: o.reasons ?? [] }))
    .filter((o) => o.programme);
}

export function readUnits(raw: unknown): Map<string, ContactUnit> {
  const list = ((raw as { units?: unknown[] })?.units ?? []) as ContactUnit[];
  return new Map(list.map((u) => [u.id, u]));
}

interface Loaded {
  matches: Match[];
  others: Other[];
  units?: Map<string, ContactUnit>;
}

/** The query for this check and firm, as GET /api/v1/programmes takes it. */
function queryOf(result: CheckResult, profile: FirmProfile, rateGain: boolean | undefined) {
  return {
    dest: result.input.dest,
    code: result.input.code,
    verdict: result.origin?.verdict,
    rateGain,
    ...profile,
  };
}

function toSearch(q: ReturnType<typeof queryOf>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined) continue;
    p.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  return p.toString();
}

/**
 * Matches for this check and firm: computed on this device from the directory pack (the same list and
 * the same domain/programmes code GET /api/v1/programmes uses, cached for offline use); the API only
 * when no pack is held; null when offline with nothing saved.
 */
async function loadMatches(data: DataService, q: ReturnType<typeof queryOf>): Promise<Loaded | null> {
  const dir = await data.directory().catch(() => null);
  if (dir) {
    const { programmesAnswer } = await import('../../../../domain/programmes/answer.js');
    const answer = programmesAnswer(dir.programmes, dir.units, q);
    if (!('matches' in answer)) throw new Error(answer.error.reason);
    const byId = new Map(dir.programmes.map((p) => [p.id, p]));
    return { matches: readMatches(answer), others: readOthers(answer, byId), units: readUnits(dir) };
  }
  if (!isOnline()) return null;
  const [raw, units] = await Promise.all([
    getJson<unknown>(`/api/v1/programmes?${toSearch(q)}`),
    getJson<unknown>('/api/v1/contacts').catch(() => undefined),
  ]);
  const matches = readMatches(raw);
  return { matches, others: [], units: units ? readUnits(units) : undefined };
}

const MAYBE_SHOWN = 6;

export function ProgrammesSection({
  result,
  profile = {},
  editLink,
}: {
  result: CheckResult;
  profile?: FirmProfile;
  /** where the firm can give or change its answers (the wizard's firm step); none at the counter */
  editLink?: string;
}) {
  const { t } = useTranslation();
  const data = useDataService();
  const q = queryOf(result, profile, matchFactsFromCheck(result).rateGain);
  const query = useQuery({
    queryKey: ['programmes', toSearch(q)],
    queryFn: () => loadMatches(data, q),
    retry: false,
  });
  const found = query.data?.matches;
  const yes = found?.filter((m) => m.applies === 'yes') ?? [];
  const maybe = found?.filter((m) => m.applies === 'maybe') ?? [];
  const others = query.data?.others ?? [];
  const units = query.data?.units;
  const known = Object.keys(profile).length > 0;
  const dest = result.input.dest;
  return (
    <section aria-labelledby="prog-h" className="mb-8">
      <h2 id="prog-h" className="mb-3 text-2xl font-bold">
        {t('result.programmes.heading')}
      </h2>
      {editLink ? (
        <p className="mb-4">
          {known ? null : <span className="block">{t('result.programmes.askFirm')}</span>}
          <Link to={editLink} className="text-blue-800 underline">
            {t(known ? 'result.programmes.editFirm' : 'result.programmes.giveFirm')}
          </Link>
        </p>
      ) : null}
      {query.data === null ? <p>{t('result.programmes.offline')}</p> : null}
      {found && !isOnline() ? <p className="text-sm text-slate-700">{t('result.programmes.savedCopy')}</p> : null}
      {query.isLoading ? <p>{t('common.loading')}</p> : null}
      {query.isError ? <p>{t('result.programmes.unavailable')}</p> : null}
      {found && found.length === 0 ? <p>{t('result.programmes.none')}</p> : null}
      {yes.length ? (
        <section aria-labelledby="prog-yes-h" className="mb-6">
          <h3 id="prog-yes-h" className="mb-2 text-xl font-bold">
            {t('result.programmes.yesHeading', { count: yes.length })}
          </h3>
          <ProgrammeList items={yes} units={units} profile={profile} dest={dest} />
        </section>
      ) : null}
      {maybe.length ? (
        <section aria-labelledby="prog-maybe-h" className="mb-6">
          <h3 id="prog-maybe-h" className="mb-2 text-xl font-bold">
            {t('result.programmes.maybeHeading', { count: maybe.length })}
          </h3>
          <ProgrammeList
            items={maybe.slice(0, MAYBE_SHOWN)}
            units={units}
            profile={profile}
            dest={dest}
            editLink={editLink}
          />
          {maybe.length > MAYBE_SHOWN ? (
            <details className="mt-4">
              <summary className="cursor-pointer text-blue-800 underline">
                {t('result.programmes.more', { count: maybe.length - MAYBE_SHOWN })}
              </summary>
              <ProgrammeList
                items={maybe.slice(MAYBE_SHOWN)}
                units={units}
                profile={profile}
                dest={dest}
                editLink={editLink}
              />
            </details>
          ) : null}
        </section>
      ) : null}
      {others.length ? (
        <details className="mt-4">
          <summary className="cursor-pointer text-blue-800 underline">
            {t('result.programmes.othersSummary', { count: others.length })}
          </summary>
          <OthersList items={others} profile={profile} dest={dest} />
        </details>
      ) : null}
    </section>
  );
}

function Lines({ lines, label }: { lines: ReasonLine[]; label: string }) {
  const { t } = useTranslation();
  if (!lines.length) return null;
  return (
    <div className="mt-1 text-sm">
      <p className="font-bold">{label}</p>
      <ul className="list-disc pl-5">
        {lines.map((l, i) => (
          <li key={i}>
            {l.text}
            {l.source ? (
              <span className="text-slate-700">{t('result.programmes.basis', { source: l.source })}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function ProgrammeList({
  items,
  units,
  profile,
  dest,
  editLink,
}: {
  items: Match[];
  units?: Map<string, ContactUnit>;
  profile: FirmProfile;
  dest: string;
  editLink?: string;
}) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  return (
    <ul className="space-y-4">
      {items.map((m) => {
        const r = reasonLines(m.programme, m.reasons, profile, dest, t, zh);
        return (
          <li
            key={m.programme.id}
            className="border-l-4 border-blue-700 pl-3"
            data-programme={m.programme.id}
            data-applies={m.applies}
          >
            <h4 className="font-bold">{zh ? m.programme.names?.zh : m.programme.names?.en}</h4>
            {m.programme.status === 'planned' ? (
              <p className="inline-block rounded bg-amber-100 px-1 text-sm text-amber-900">
                {t('result.programmes.planned')}
              </p>
            ) : null}
            {m.programme.summary ? <p>{zh ? m.programme.summary.zh : m.programme.summary.en}</p> : null}
            <Lines
              lines={r.held.length ? r.held : m.applies === 'yes' ? [{ text: t('result.programmes.everyFirm') }] : []}
              label={t('result.programmes.whyLabel')}
            />
            <Lines lines={r.open} label={t('result.programmes.openLabel')} />
            {editLink && r.open.some((l) => l.asks) ? (
              <Link to={editLink} className="text-sm text-blue-800 underline">
                {t('result.programmes.answerQuestion')}
              </Link>
            ) : null}
            <UnitList refs={m.units} units={units} />
            {m.programme.citations?.length ? (
              <p className="text-xs text-slate-700">
                {t('result.programmes.source', {
                  list: m.programme.citations.map((c) => `${c.doc} ${c.item}`).join('; '),
                })}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function UnitList({ refs, units }: { refs: Match['units']; units?: Map<string, ContactUnit> }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  if (!refs.length) return <p className="text-sm">{t('result.programmes.noUnit')}</p>;
  return (
    <ul className="mt-1 text-sm">
      {refs.map((ref) => {
        const u = units?.get(ref.unit);
        const has = u && (u.phone || u.address || u.url);
        return (
          <li key={`${ref.unit}-${ref.role}`} data-unit-level={u?.level}>
            <strong>{u ? (zh ? u.names.zh : u.names.en) : t('result.programmes.unknownUnit')}</strong>
            {'（'}
            {t(`result.programmes.roleWords.${ref.role}`)}
            {'）'}
            {': '}
            {has ? [u.phone, u.address, u.url].filter(Boolean).join(' · ') : t('result.programmes.toBeConfirmed')}
            {has && u.detailSource ? (
              <span className="block text-xs text-slate-700">
                {t('result.programmes.detailSource', u.detailSource)}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function OthersList({ items, profile, dest }: { items: Other[]; profile: FirmProfile; dest: string }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  return (
    <ul className="mt-2 space-y-2">
      {items.map((o) => {
        const r = reasonLines(o.programme, o.reasons, profile, dest, t, zh);
        return (
          <li key={o.programme.id}>
            <span className="font-bold">{zh ? o.programme.names.zh : o.programme.names.en}</span>
            {'：'}
            {r.failed.map((l) => l.text).join(t('common.listSep'))}
          </li>
        );
      })}
    </ul>
  );
}

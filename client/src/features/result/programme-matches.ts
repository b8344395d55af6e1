import type { CheckResult } from '../../../../domain/check/types.js';
import type { MatchReason, ProgrammeUnit } from '../../../../domain/programmes/match.js';
import type { ContactUnit, FirmProfile, Programme } from '../../../../domain/schemas/programme.js';
import { getJson, isOnline } from '../../lib/data/api.js';
import type { DataService } from '../../lib/data/service.js';

export interface Match {
  programme: Programme;
  applies: 'yes' | 'maybe';
  reasons: MatchReason[];
  units: Pick<ProgrammeUnit, 'unit' | 'role'>[];
}
export interface Other {
  programme: Programme;
  reasons: MatchReason[];
}

/** Read a programmes answer (GET /api/v1/programmes or domain/programmes/answer.ts). */
function readMatches(raw: unknown): Match[] {
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

function readUnits(raw: unknown): Map<string, ContactUnit> {
  const list = ((raw as { units?: unknown[] })?.units ?? []) as ContactUnit[];
  return new Map(list.map((u) => [u.id, u]));
}

export interface Loaded {
  matches: Match[];
  others: Other[];
  units?: Map<string, ContactUnit>;
}

/** The query for this check and firm, as GET /api/v1/programmes takes it. */
export function queryOf(result: CheckResult, profile: FirmProfile, rateGain: boolean | undefined) {
  return {
    dest: result.input.dest,
    code: result.input.code,
    verdict: result.origin?.verdict,
    rateGain,
    ...profile,
  };
}

export function toSearch(q: ReturnType<typeof queryOf>): string {
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
export async function loadMatches(data: DataService, q: ReturnType<typeof queryOf>): Promise<Loaded | null> {
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

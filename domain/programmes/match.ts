import type { Condition, ContactUnit, FirmProfile, Programme, UnitRole } from '../schemas/index.js';

/**
 * Matching a firm to the programmes of the Chongqing policy documents (seeds/programmes.json).
 * A programme applies when none of its eligibility conditions fails; conditions the firm has not
 * answered are reported as `unknown` (they do not exclude). Pure: no I/O.
 */

export interface MatchResultFacts {
  /** destination party code, e.g. 'JP' */
  dest?: string;
  /** HS chapter ('08'), or any longer code whose first two digits are the chapter */
  hsChapter?: string;
  /** origin verdict of domain/origin */
  verdict?: string;
  /** true when the RCEP rate is below the MFN rate on the date checked */
  rateGain?: boolean;
}

export interface MatchInput {
  profile?: FirmProfile;
  result?: MatchResultFacts;
}

export type ConditionOutcome = 'held' | 'failed' | 'unknown';

export interface ProgrammeUnit {
  unit: string;
  role: UnitRole;
  level: ContactUnit['level'];
}

export interface ProgrammeMatch {
  programme: string;
  /** ids of the conditions that held */
  held: string[];
  /** ids of the conditions the profile or result cannot answer */
  unknown: string[];
  units: ProgrammeUnit[];
}

export interface ProgrammeEvaluation {
  programme: string;
  held: string[];
  unknown: string[];
  failed: string[];
}

function chapterOf(code: string | undefined): string | undefined {
  const digits = (code ?? '').replace(/\D/g, '');
  if (digits.length === 0) return undefined;
  return digits.length === 1 ? `0${digits}` : digits.slice(0, 2);
}

function inList<T>(answer: T | undefined, list: readonly T[]): ConditionOutcome {
  if (answer === undefined) return 'unknown';
  return list.includes(answer) ? 'held' : 'failed';
}

function anyOf<T>(answers: readonly T[] | undefined, list: readonly T[]): ConditionOutcome {
  if (answers === undefined) return 'unknown';
  return answers.some((a) => list.includes(a)) ? 'held' : 'failed';
}

function investorAnswer(profile: FirmProfile): boolean | undefined {
  if (profile.investor !== undefined) return profile.investor;
  return profile.firmTypes?.includes('foreign-invested') ? true : undefined;
}

/** Evaluate one condition against the firm profile and the check result. */
export function evaluateCondition(c: Condition, input: MatchInput): ConditionOutcome {
  const profile = input.profile ?? {};
  const result = input.result ?? {};
  switch (c.kind) {
    case 'size':
      return inList(profile.size, c.in);
    case 'firm-type':
      return anyOf(profile.firmTypes, c.anyOf);
    case 'aeo':
      return inList(profile.aeo, c.in);
    case 'dest':
      return inList(result.dest?.toUpperCase() as (typeof c.in)[number] | undefined, c.in);
    case 'hs-chapter':
      return inList(chapterOf(result.hsChapter), c.in);
    case 'verdict':
      return inList(result.verdict as (typeof c.in)[number] | undefined, c.in);
    case 'export-model':
      return anyOf(profile.exportModels, c.anyOf);
    case 'rate-gain':
      return inList(result.rateGain, [c.equals]);
    case 'investor':
      return inList(investorAnswer(profile), [c.equals]);
    case 'fdi-paid-in-usd':
      if (profile.fdiPaidInUsd === undefined) return 'unknown';
      return profile.fdiPaidInUsd > c.over ? 'held' : 'failed';
  }
}

/** The working for one programme: which conditions held, failed, or could not be answered. */
export function evaluateProgramme(p: Programme, input: MatchInput): ProgrammeEvaluation {
  const out: ProgrammeEvaluation = { programme: p.id, held: [], unknown: [], failed: [] };
  for (const c of p.eligibility) {
    const o = evaluateCondition(c, input);
    out[o === 'held' ? 'held' : o === 'failed' ? 'failed' : 'unknown'].push(c.id);
  }
  return out;
}

const ROLE_RANK: Record<UnitRole, number> = { lead: 0, responsible: 1, cooperating: 2 };

/** Units of a programme, strongest role per unit; Fuling units first for Fuling firms, hidden for others. */
export function programmeUnits(
  p: Programme,
  units: ReadonlyMap<string, ContactUnit>,
  profile: FirmProfile = {},
): ProgrammeUnit[] {
  const best = new Map<string, ProgrammeUnit>();
  const add = (ids: string[], role: UnitRole) => {
    for (const id of ids) {
      const u = units.get(id);
      if (!u) continue;
      if (profile.district === 'other' && u.level === 'district-fuling') continue;
      const prev = best.get(id);
      if (!prev || ROLE_RANK[role] < ROLE_RANK[prev.role]) best.set(id, { unit: id, role, level: u.level });
    }
  };
  add(p.leadUnits, 'lead');
  add(p.responsibleUnits, 'responsible');
  add(p.cooperatingUnits, 'cooperating');
  const levelRank = (l: ContactUnit['level']) =>
    profile.district === 'fuling' ? (l === 'district-fuling' ? 0 : 1) : l === 'city' ? 0 : 1;
  return [...best.values()]
    .map((u, i) => ({ u, i }))
    .sort(
      (a, b) => levelRank(a.u.level) - levelRank(b.u.level) || ROLE_RANK[a.u.role] - ROLE_RANK[b.u.role] || a.i - b.i,
    )
    .map(({ u }) => u);
}

/**
 * Programmes that apply to the firm and its check result, most specific first: more conditions held,
 * then fewer unknown, then the seed order. Programmes with a failed condition are left out
 * (use evaluateProgramme to see why).
 */
export function matchProgrammes(
  programmes: readonly Programme[],
  units: readonly ContactUnit[],
  input: MatchInput,
): ProgrammeMatch[] {
  const byId = new Map(units.map((u) => [u.id, u] as const));
  const matches: { m: ProgrammeMatch; i: number }[] = [];
  programmes.forEach((p, i) => {
    const ev = evaluateProgramme(p, input);
    if (ev.failed.length > 0) return;
    matches.push({
      m: { programme: p.id, held: ev.held, unknown: ev.unknown, units: programmeUnits(p, byId, input.profile) },
      i,
    });
  });
  return matches
    .sort((a, b) => b.m.held.length - a.m.held.length || a.m.unknown.length - b.m.unknown.length || a.i - b.i)
    .map(({ m }) => m);
}

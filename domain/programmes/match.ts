import type { Condition, ContactUnit, FirmProfile, Programme, UnitRole } from '../schemas/index.js';

/**
 * Matching a firm to the programmes of the Chongqing policy documents (seeds/programmes.json).
 * A programme applies ('yes') when every eligibility condition held, may apply ('maybe') when none
 * failed but some cannot be answered yet, and does not apply when one failed (a condition marked
 * `invites` turns a "no" into "maybe": the measure also reaches firms moving into that group).
 * Pure: no I/O; every outcome is returned with the condition it came from, so the page can say why.
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

/** One condition's outcome, as a reason code: the condition id, its kind and what happened. */
export interface MatchReason {
  condition: string;
  kind: Condition['kind'];
  outcome: ConditionOutcome | 'invited';
}

export interface ProgrammeMatch {
  programme: string;
  applies: 'yes' | 'maybe';
  /** ids of the conditions that held */
  held: string[];
  /** ids of the conditions the profile or result cannot answer (or a "no" on an inviting condition) */
  unknown: string[];
  reasons: MatchReason[];
  units: ProgrammeUnit[];
}

export interface ProgrammeEvaluation {
  programme: string;
  held: string[];
  unknown: string[];
  failed: string[];
  reasons: MatchReason[];
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
    case 'district':
      return inList(profile.district, c.in);
    case 'direction':
      return inList(profile.direction, c.in);
    case 'credit-insurance':
      return inList(profile.creditInsurance, [c.equals]);
    case 'confirm':
      return 'unknown';
  }
}

/** The working for one programme: which conditions held, failed, or could not be answered. */
export function evaluateProgramme(p: Programme, input: MatchInput): ProgrammeEvaluation {
  const out: ProgrammeEvaluation = { programme: p.id, held: [], unknown: [], failed: [], reasons: [] };
  for (const c of p.eligibility) {
    const o = evaluateCondition(c, input);
    if (o === 'failed' && c.invites) {
      out.unknown.push(c.id);
      out.reasons.push({ condition: c.id, kind: c.kind, outcome: 'invited' });
      continue;
    }
    out[o === 'held' ? 'held' : o === 'failed' ? 'failed' : 'unknown'].push(c.id);
    out.reasons.push({ condition: c.id, kind: c.kind, outcome: o });
  }
  return out;
}

const ROLE_RANK: Record<UnitRole, number> = { lead: 0, responsible: 1, cooperating: 2 };

/**
 * Units of a programme, strongest role per unit, lead first. Fuling-district units are for Fuling firms
 * (first for them); a firm registered elsewhere sees only city units; when the district is not known,
 * city units come first and the district's follow (their names say 涪陵).
 */
export function programmeUnits(
  p: Programme,
  units: ReadonlyMap<string, ContactUnit>,
  profile: FirmProfile = {},
): ProgrammeUnit[] {
  const best = new Map<string, ProgrammeUnit>();
  const elsewhere = profile.district === 'chongqing' || profile.district === 'outside';
  const add = (ids: string[], role: UnitRole) => {
    for (const id of ids) {
      const u = units.get(id);
      if (!u) continue;
      if (elsewhere && u.level === 'district-fuling') continue;
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

/** Conditions every firm answers the same way for many programmes; they say little about relevance. */
const BROAD: ReadonlySet<Condition['kind']> = new Set(['direction', 'district']);
/** What the product is for first (origin and customs), then money, then the rest. */
const TOPIC_RANK: Record<Programme['topic'], number> = {
  origin: 0,
  customs: 1,
  finance: 2,
  tax: 3,
  market: 4,
  information: 5,
  investment: 6,
};

/**
 * Programmes that apply or may apply to the firm and its check result, most relevant first: 'yes'
 * before 'maybe', then more specific conditions held (size, AEO, the result …), then in-force before
 * planned, then the topic (origin and customs first), then the seed order. Programmes with a failed
 * condition are left out (evaluateProgramme / notMatched say why).
 */
export function matchProgrammes(
  programmes: readonly Programme[],
  units: readonly ContactUnit[],
  input: MatchInput,
): ProgrammeMatch[] {
  const byId = new Map(units.map((u) => [u.id, u] as const));
  const rows: { m: ProgrammeMatch; p: Programme; specific: number; i: number }[] = [];
  programmes.forEach((p, i) => {
    const ev = evaluateProgramme(p, input);
    if (ev.failed.length > 0) return;
    const specific = ev.reasons.filter((r) => r.outcome === 'held' && !BROAD.has(r.kind)).length;
    rows.push({
      m: {
        programme: p.id,
        applies: ev.unknown.length === 0 ? 'yes' : 'maybe',
        held: ev.held,
        unknown: ev.unknown,
        reasons: ev.reasons,
        units: programmeUnits(p, byId, input.profile),
      },
      p,
      specific,
      i,
    });
  });
  const appliesRank = (m: ProgrammeMatch) => (m.applies === 'yes' ? 0 : 1);
  const planned = (p: Programme) => (p.status === 'planned' ? 1 : 0);
  return rows
    .sort(
      (a, b) =>
        appliesRank(a.m) - appliesRank(b.m) ||
        b.specific - a.specific ||
        a.m.unknown.length - b.m.unknown.length ||
        planned(a.p) - planned(b.p) ||
        TOPIC_RANK[a.p.topic] - TOPIC_RANK[b.p.topic] ||
        a.i - b.i,
    )
    .map(({ m }) => m);
}

/** The programmes left out, each with the conditions that failed (shown collapsed as "does not fit"). */
export function notMatched(programmes: readonly Programme[], input: MatchInput): ProgrammeEvaluation[] {
  return programmes.map((p) => evaluateProgramme(p, input)).filter((e) => e.failed.length > 0);
}

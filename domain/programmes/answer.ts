import { isCodeError, normaliseCode, type HsCodeError } from '../hs/normalise.js';
import type { ContactUnit, FirmProfile, Programme } from '../schemas/index.js';
import { matchProgrammes, notMatched, type ProgrammeEvaluation, type ProgrammeMatch } from './match.js';

/**
 * The programmes and contact units the server serves (seeds/programmes.json and
 * seeds/contact-units.json, or an admin's published edit of them) as one pack: GET /api/v1/packs/directory.
 */
export interface DirectoryPack {
  programmes: Programme[];
  units: ContactUnit[];
}

/** What GET /api/v1/programmes is asked: the firm profile and the facts of a check (destination, code, verdict, rate gain). */
export interface ProgrammesQuery extends FirmProfile {
  dest?: string;
  code?: string;
  verdict?: string;
  rateGain?: boolean;
}

export interface ProgrammesAnswer {
  /** applies 'yes' or 'maybe', most relevant first */
  matches: (ProgrammeMatch & { detail?: Programme })[];
  /** the programmes a condition ruled out, with the conditions that failed */
  others: ProgrammeEvaluation[];
}

/**
 * The answer of GET /api/v1/programmes, computed the same way on the server and, from the cached
 * directory pack, in the offline client: the HS chapter is the first two digits of the normalised
 * code, then matchProgrammes; each match carries its programme record as `detail`.
 */
export function programmesAnswer(
  programmes: readonly Programme[],
  units: readonly ContactUnit[],
  q: ProgrammesQuery,
): ProgrammesAnswer | HsCodeError {
  let hsChapter: string | undefined;
  if (q.code) {
    const nc = normaliseCode(q.code);
    if (isCodeError(nc)) return nc;
    hsChapter = nc.digits.slice(0, 2);
  }
  const { dest, code: _code, verdict, rateGain, ...profile } = q;
  const input = { profile, result: { dest, hsChapter, verdict, rateGain } };
  const matches = matchProgrammes(programmes, units, input);
  const byId = new Map(programmes.map((p) => [p.id, p]));
  return {
    matches: matches.map((m) => ({ ...m, detail: byId.get(m.programme) })),
    others: notMatched(programmes, input),
  };
}

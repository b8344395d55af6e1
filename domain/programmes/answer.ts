import { isCodeError, normaliseCode, type HsCodeError } from '../hs/normalise.js';
import type { ContactUnit, FirmProfile, Programme } from '../schemas/index.js';
import { matchProgrammes, type ProgrammeMatch } from './match.js';

/**
 * The programmes and contact units the server serves (seeds/programmes.json and
 * seeds/contact-units.json, or an admin's published edit of them) as one pack: GET /api/v1/packs/directory.
 */
export interface DirectoryPack {
  programmes: Programme[];
  units: ContactUnit[];
}

/** What GET /api/v1/programmes is asked: the destination, the product code and the origin verdict of a check. */
export interface ProgrammesQuery {
  dest?: string;
  code?: string;
  verdict?: string;
  size?: FirmProfile['size'];
  aeo?: FirmProfile['aeo'];
}

export interface ProgrammesAnswer {
  matches: (ProgrammeMatch & { detail?: Programme })[];
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
  const matches = matchProgrammes(programmes, units, {
    profile: { size: q.size, aeo: q.aeo },
    result: { dest: q.dest, hsChapter, verdict: q.verdict },
  });
  const byId = new Map(programmes.map((p) => [p.id, p]));
  return { matches: matches.map((m) => ({ ...m, detail: byId.get(m.programme) })) };
}

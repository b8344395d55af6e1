import type { CheckResult } from '../../domain/check/types.js';
import { isCodeError } from '../../domain/hs/normalise.js';
import { programmesAnswer, type ProgrammesAnswer } from '../../domain/programmes/answer.js';
import { matchFactsFromCheck } from '../../domain/programmes/facts.js';
import type { FirmProfile } from '../../domain/schemas/index.js';
import type { LoadedData } from '../data/load-data.js';

/**
 * The programmes of a check answer: matched to the firm profile and the result's own facts
 * (destination, chapter, verdict, rate gain) exactly as GET /api/v1/programmes matches them.
 * null while the programme seeds are not loaded. `data.seeds` is read per call (a publish swaps it).
 */
export function checkProgrammes(data: Pick<LoadedData, 'seeds'>) {
  return (result: CheckResult, profile: FirmProfile = {}): ProgrammesAnswer | null => {
    const { programmes, contactUnits } = data.seeds;
    if (!programmes || !contactUnits) return null;
    const facts = matchFactsFromCheck(result);
    const answer = programmesAnswer(programmes, contactUnits, {
      ...profile,
      dest: facts.dest,
      code: result.input.code,
      verdict: facts.verdict,
      rateGain: facts.rateGain,
    });
    return isCodeError(answer) ? null : answer;
  };
}

import type { MatchResultFacts } from './match.js';

/** The parts of a check result (domain/check CheckResult) that programme matching reads. */
export interface CheckFactsSource {
  input: { dest: string; code: string };
  tariff?: {
    rcep: { status: string; adValorem: number | null };
    mfn: { adValorem: number | null } | null;
    notes: string[];
  } | null;
  origin?: { verdict: string } | null;
}

/**
 * Facts for matchProgrammes from a check: destination, HS chapter of the code, origin verdict and
 * whether RCEP beats MFN. rateGain stays undefined when the data cannot tell (not in data,
 * specific or compound rates), so conditions on it are reported as unknown rather than failed.
 */
export function matchFactsFromCheck(r: CheckFactsSource): MatchResultFacts {
  const facts: MatchResultFacts = { dest: r.input.dest };
  const digits = r.input.code.replace(/\D/g, '');
  if (digits.length >= 2) facts.hsChapter = digits.slice(0, 2);
  if (r.origin) facts.verdict = r.origin.verdict;
  const t = r.tariff;
  if (t) {
    const status = t.rcep.status;
    if (t.notes.includes('rcep-no-advantage') || status === 'no-reduction' || status === 'excluded')
      facts.rateGain = false;
    else if (status !== 'not-in-data' && t.rcep.adValorem !== null && t.mfn?.adValorem != null)
      facts.rateGain = t.rcep.adValorem < t.mfn.adValorem;
  }
  return facts;
}

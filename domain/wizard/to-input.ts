import type { CheckInput } from '../check/types.js';
import type { FirmProfile } from '../schemas/index.js';
import type { WizardAnswers } from './answers.js';
import { effectiveAnswers } from './flow.js';
import { STEPS } from './steps.js';
import type { Contribution } from './step-parts.js';

function contributions(answers: WizardAnswers): { a: WizardAnswers; parts: Contribution[] } {
  const a = effectiveAnswers(answers);
  const rec = a as Record<string, unknown>;
  const parts: Contribution[] = [];
  for (const step of STEPS) {
    const v = rec[step.id];
    if (v !== undefined && step.contribute) parts.push(step.contribute(v as never, a));
  }
  return { a, parts };
}

/** The engine input for complete answers (each step adds its part, in declaration order); null while something is missing. */
export function toCheckInput(answers: WizardAnswers, today: string): CheckInput | null {
  const draft: Partial<CheckInput> = {};
  for (const c of contributions(answers).parts) Object.assign(draft, c.check);
  if (!draft.code || !draft.dest || !draft.origin) return null;
  return { ...draft, code: draft.code, dest: draft.dest, origin: draft.origin, date: draft.date ?? today };
}

/** What the firm said about itself, for programme matching; empty when the firm skipped the questions. */
export function toFirmProfile(answers: WizardAnswers): FirmProfile {
  const out: FirmProfile = {};
  for (const c of contributions(answers).parts) Object.assign(out, c.profile);
  return out;
}

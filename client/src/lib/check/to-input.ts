import type { CheckInput } from '../../../../domain/check/types.js';
import { toCheckInput as fromSteps, type WizardAnswers } from '../../../../domain/wizard/index.js';

// The mapping from answers to the engine input is declared on each wizard step (domain/wizard).
export { toFirmProfile } from '../../../../domain/wizard/index.js';

/**
 * The engine input for complete answers; null while something is missing. `psrCase`: the firm's answer to
 * "which case are your goods" (see caseAnswerFor) and `activeIngredientsOriginating` its answer to the 38.08 proviso
 * (provisoAnswerFor), passed to the engine with the origin answers.
 */
export function toCheckInput(
  answers: WizardAnswers,
  today: string,
  psrCase?: number,
  activeIngredientsOriginating?: boolean,
): CheckInput | null {
  const input = fromSteps(answers, today);
  if (!input) return null;
  const psr = {
    ...(psrCase ? { psrCase } : {}),
    ...(activeIngredientsOriginating !== undefined ? { activeIngredientsOriginating } : {}),
  };
  return { ...input, origin: { ...input.origin, ...psr } };
}

import type { CheckInput } from '../../../../domain/check/types.js';
import type { Party } from '../../../../domain/schemas/index.js';
import { codeToCheck, effectiveAnswers, type WizardAnswers } from '../../../../domain/wizard/index.js';

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
  const a = effectiveAnswers(answers);
  const code = codeToCheck(a);
  const dest = a.destination?.dest as Party | undefined;
  const method = a['origin-method']?.method;
  if (!code || !dest || !method) return null;
  const psr = {
    ...(psrCase ? { psrCase } : {}),
    ...(activeIngredientsOriginating !== undefined ? { activeIngredientsOriginating } : {}),
  };
  let origin: CheckInput['origin'];
  if (method === 'quick') {
    const q = a['origin-quick'];
    if (!q) return null;
    origin = { mode: 'quick', share: q.share, wholly: q.wholly, ...psr };
  } else {
    const b = a['origin-bom'];
    if (!b) return null;
    origin = { mode: 'bom', bom: { ...b, hs: code }, ...psr };
  }
  const s = a.shipment;
  return {
    code,
    dest,
    date: s?.date ?? today,
    ...(s?.value !== undefined ? { value: s.value, currency: s.currency } : {}),
    ...(s?.quantity !== undefined ? { quantity: s.quantity } : {}),
    origin,
  };
}

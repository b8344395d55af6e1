import type { StepId, WizardAnswers } from './answers.js';
import { STEPS, isStepId, stepDef } from './steps.js';

/** Steps that apply to these answers, in order. */
export function activeSteps(answers: WizardAnswers): StepId[] {
  return STEPS.filter((s) => !s.isSkipped(answers)).map((s) => s.id);
}

/** The answer of a step is present and valid under its schema. */
export function isAnswered(answers: WizardAnswers, id: StepId): boolean {
  const a = answers[id];
  return a !== undefined && stepDef(id).schema.safeParse(a).success;
}

/** Steps Continue walks through: the active ones without the offered (opt-in) steps. */
function walkedSteps(answers: WizardAnswers): StepId[] {
  return activeSteps(answers).filter((s) => !stepDef(s).offered);
}

/** The step after `id` among the active steps; null after the last one. */
export function nextStep(answers: WizardAnswers, id: StepId): StepId | null {
  if (stepDef(id).offered) return 'check-answers';
  const steps = walkedSteps(answers);
  const i = steps.indexOf(id);
  if (i < 0) return firstIncomplete(answers);
  return steps[i + 1] ?? null;
}

/** The step before `id` among the active steps; null on the first. */
export function previousStep(answers: WizardAnswers, id: StepId): StepId | null {
  if (stepDef(id).offered) return 'check-answers';
  const steps = walkedSteps(answers);
  const i = steps.indexOf(id);
  if (i <= 0) {
    // a skipped step: go back to the nearest active step declared before it
    const all = STEPS.map((s) => s.id);
    for (let j = all.indexOf(id) - 1; j >= 0; j--) if (steps.includes(all[j])) return all[j];
    return null;
  }
  return steps[i - 1];
}

/** The first active step without a valid answer (check-answers excluded); null when all are answered. */
export function firstIncomplete(answers: WizardAnswers): StepId | null {
  for (const id of walkedSteps(answers)) {
    if (id === 'check-answers') return null;
    if (!isAnswered(answers, id)) return id;
  }
  return null;
}

/** May the user open `id` now? Only when every active step before it is answered. */
export function canVisit(answers: WizardAnswers, id: StepId): boolean {
  if (isStepId(id) && stepDef(id).offered) return true;
  const steps = walkedSteps(answers);
  const i = steps.indexOf(id);
  if (i < 0) return false;
  return steps.slice(0, i).every((s) => s === 'check-answers' || isAnswered(answers, s));
}

/** Drop answers that `id` invalidates (transitively), keeping the others. */
function invalidate(answers: WizardAnswers, id: StepId, seen = new Set<StepId>()): WizardAnswers {
  let out = answers;
  for (const dep of stepDef(id).invalidates) {
    if (seen.has(dep)) continue;
    seen.add(dep);
    if (out[dep] !== undefined) {
      out = { ...out };
      delete out[dep];
    }
    out = invalidate(out, dep, seen);
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Record an answer. When it differs from the previous one, the answers it invalidates are dropped,
 * and so is the confirmation of 'check-answers'.
 */
export function setAnswer<K extends StepId>(answers: WizardAnswers, id: K, value: WizardAnswers[K]): WizardAnswers {
  if (same(answers[id], value)) return answers;
  let out: WizardAnswers = { ...answers, [id]: value };
  if (answers[id] !== undefined) out = invalidate(out, id);
  if (id !== 'check-answers') delete out['check-answers'];
  return out;
}

/** The answers that count for the result: only active steps. */
export function effectiveAnswers(answers: WizardAnswers): WizardAnswers {
  const out: WizardAnswers = {};
  for (const id of activeSteps(answers)) if (answers[id] !== undefined) Object.assign(out, { [id]: answers[id] });
  return out;
}

/** The code to check: the national line when chosen, else the product code. */
export function codeToCheck(answers: WizardAnswers): string | undefined {
  const a = effectiveAnswers(answers);
  return a.line?.code ?? a.product?.code;
}

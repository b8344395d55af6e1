import type { z } from 'zod';
import {
  checkAnswersSchema,
  destinationAnswerSchema,
  lineAnswerSchema,
  originBomAnswerSchema,
  originMethodAnswerSchema,
  originQuickAnswerSchema,
  productAnswerSchema,
  shipmentAnswerSchema,
  type StepId,
  type WizardAnswers,
} from './answers.js';

/**
 * One wizard step = one declaration (architecture.md, example 1). The UI renders a step;
 * it never decides the flow: the order, the skips and the invalidations live here.
 */
export interface StepDef {
  id: StepId;
  schema: z.ZodType;
  /** true when the step does not apply to these answers (its answer is then ignored) */
  isSkipped: (answers: WizardAnswers) => boolean;
  /** answers that no longer hold when this step's answer changes */
  invalidates: StepId[];
  /** an optional step may be continued with an empty answer (defaults filled by the UI) */
  optional?: boolean;
}

const never = () => false;

/** A product given as a national code (8+ digits) needs no narrowing. */
export const hasNationalCode = (a: WizardAnswers): boolean => (a.product?.code.length ?? 0) >= 8;

export const STEPS: readonly StepDef[] = [
  { id: 'product', schema: productAnswerSchema, isSkipped: never, invalidates: ['line'] },
  { id: 'destination', schema: destinationAnswerSchema, isSkipped: never, invalidates: ['line'] },
  { id: 'line', schema: lineAnswerSchema, isSkipped: hasNationalCode, invalidates: [] },
  {
    id: 'origin-method',
    schema: originMethodAnswerSchema,
    isSkipped: never,
    invalidates: ['origin-quick', 'origin-bom'],
  },
  {
    id: 'origin-quick',
    schema: originQuickAnswerSchema,
    isSkipped: (a) => a['origin-method']?.method !== 'quick',
    invalidates: [],
  },
  {
    id: 'origin-bom',
    schema: originBomAnswerSchema,
    isSkipped: (a) => a['origin-method']?.method !== 'bom',
    invalidates: [],
  },
  { id: 'shipment', schema: shipmentAnswerSchema, isSkipped: never, invalidates: [], optional: true },
  { id: 'check-answers', schema: checkAnswersSchema, isSkipped: never, invalidates: [] },
];

export const STEP_IDS: StepId[] = STEPS.map((s) => s.id);

export function stepDef(id: StepId): StepDef {
  const s = STEPS.find((x) => x.id === id);
  if (!s) throw new Error(`unknown-step:${id}`);
  return s;
}

export function isStepId(x: string): x is StepId {
  return STEPS.some((s) => s.id === x);
}

import { z } from 'zod';
import type { OriginVerdict } from '../origin/types.js';
import type { WizardAnswers } from './answers.js';
import { codeToCheck } from './flow.js';

/**
 * The one question a rule with numbered cases may need (Annex 3A rows such as 1601.00 "1. 곤충의 것 … 2. 그 밖의 모든
 * 상품 …"): which case are your goods? It is a sub-question of the origin answers, asked on the result only when the
 * engine's verdict says the case decides it (question 'good-case': the cases give different verdicts on the answers
 * so far); when every case gives the same verdict the engine decides and nothing is asked.
 * The answer names the code it was given for, so a new product or line leaves it behind (it no longer applies).
 */
export const originCaseAnswerSchema = z.object({
  psrCase: z
    .number({ error: 'psr-case-invalid' })
    .int('psr-case-invalid')
    .min(1, 'psr-case-invalid')
    .max(20, 'psr-case-invalid'),
  code: z.string().regex(/^\d{4,12}$/, 'product-code-invalid'),
});
export type OriginCaseAnswer = z.infer<typeof originCaseAnswerSchema>;

export const ORIGIN_CASE_QUESTION = {
  id: 'origin-case' as const,
  schema: originCaseAnswerSchema,
  /** skipped unless the verdict on the answers so far turns on the case */
  isSkipped: (_answers: WizardAnswers, verdict: OriginVerdict | null | undefined): boolean =>
    !verdict?.questions.includes('good-case') || !verdict.cases?.length,
  /** answers whose change makes the case answer stale (enforced by `code`, see caseAnswerFor) */
  invalidates: [] as const,
  invalidatedBy: ['product', 'line'] as const,
};

/** The case number that applies to these answers, if the firm gave one for the code now checked. */
export function caseAnswerFor(answers: WizardAnswers, answer: OriginCaseAnswer | undefined): number | undefined {
  return answer && answer.code === codeToCheck(answers) ? answer.psrCase : undefined;
}

/** URL form (`k=<case>.<code>`), next to the wizard answers of encodeAnswers. */
export function encodeOriginCase(a: OriginCaseAnswer): string {
  return new URLSearchParams({ k: `${a.psrCase}.${a.code}` }).toString();
}

export function decodeOriginCase(query: string): OriginCaseAnswer | undefined {
  const m = /^(\d{1,2})\.(\d{4,12})$/.exec(new URLSearchParams(query).get('k') ?? '');
  if (!m) return undefined;
  const r = originCaseAnswerSchema.safeParse({ psrCase: Number(m[1]), code: m[2] });
  return r.success ? r.data : undefined;
}

/**
 * The proviso of heading 38.08 ("at least 50 % by weight of the active ingredients is originating"): asked on the
 * result only when the verdict turns on it (question 'active-ingredients'), i.e. the bill of materials does not
 * weigh the active ingredients and no other alternative of the rule is met. Bound to the code like the case answer.
 */
export const originProvisoAnswerSchema = z.object({
  activeIngredientsOriginating: z.boolean({ error: 'active-ingredients-required' }),
  code: z.string().regex(/^\d{4,12}$/, 'product-code-invalid'),
});
export type OriginProvisoAnswer = z.infer<typeof originProvisoAnswerSchema>;

export const ORIGIN_PROVISO_QUESTION = {
  id: 'origin-proviso' as const,
  schema: originProvisoAnswerSchema,
  isSkipped: (_answers: WizardAnswers, verdict: OriginVerdict | null | undefined): boolean =>
    !verdict?.questions.includes('active-ingredients'),
  invalidates: [] as const,
  invalidatedBy: ['product', 'line'] as const,
};

export function provisoAnswerFor(answers: WizardAnswers, answer: OriginProvisoAnswer | undefined): boolean | undefined {
  return answer && answer.code === codeToCheck(answers) ? answer.activeIngredientsOriginating : undefined;
}

/** URL form (`ai=<1|0>.<code>`). */
export function encodeOriginProviso(a: OriginProvisoAnswer): string {
  return new URLSearchParams({ ai: `${a.activeIngredientsOriginating ? 1 : 0}.${a.code}` }).toString();
}

export function decodeOriginProviso(query: string): OriginProvisoAnswer | undefined {
  const m = /^([01])\.(\d{4,12})$/.exec(new URLSearchParams(query).get('ai') ?? '');
  return m ? { activeIngredientsOriginating: m[1] === '1', code: m[2] } : undefined;
}

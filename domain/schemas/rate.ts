import { z } from 'zod';

/** Text kept in the language(s) the source gives it (a goods condition, a season). */
export const localTextSchema = z.object({
  zh: z.string().optional(),
  en: z.string().optional(),
  ja: z.string().optional(),
  ko: z.string().optional(),
});
export type LocalText = z.infer<typeof localTextSchema>;

/**
 * A duty rate as an expression, never flattened to one number.
 * - free: 0 (無税, Free, Exempted)
 * - adValorem: percent of customs value
 * - specific: amount of `currency` per `unit` (e.g. 10 JPY per kg)
 * - compound: sum of parts (e.g. 5% + 10 JPY/kg)
 * - higherOf / lowerOf: "whichever is higher/lower"
 * - conditional: the rate depends on a fact about the goods or the date (toe caps, seasons, quota);
 *   the engine shows the cases, it does not pick one
 * - notConceded: no RCEP commitment on this line (●, 非譲許, 미양허, "U"): the MFN rate applies
 */
export type RateExpr =
  | { kind: 'free' }
  | { kind: 'adValorem'; pct: number }
  | { kind: 'specific'; amount: number; currency: string; unit: string }
  | { kind: 'compound'; parts: RateExpr[] }
  | { kind: 'higherOf'; options: RateExpr[] }
  | { kind: 'lowerOf'; options: RateExpr[] }
  | { kind: 'conditional'; cases: { when: LocalText; rate: RateExpr }[] }
  | { kind: 'notConceded' };

export const rateExprSchema: z.ZodType<RateExpr> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('free') }),
    z.object({ kind: z.literal('adValorem'), pct: z.number().min(0).max(10000) }),
    z.object({
      kind: z.literal('specific'),
      amount: z.number().min(0),
      currency: z.string().min(3).max(3),
      unit: z.string().min(1),
    }),
    z.object({ kind: z.literal('compound'), parts: z.array(rateExprSchema).min(2) }),
    z.object({ kind: z.literal('higherOf'), options: z.array(rateExprSchema).min(2) }),
    z.object({ kind: z.literal('lowerOf'), options: z.array(rateExprSchema).min(2) }),
    z.object({
      kind: z.literal('conditional'),
      cases: z.array(z.object({ when: localTextSchema, rate: rateExprSchema })).min(2),
    }),
    z.object({ kind: z.literal('notConceded') }),
  ]),
) as z.ZodType<RateExpr>;

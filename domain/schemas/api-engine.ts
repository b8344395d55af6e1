import { z } from 'zod';
import { MATERIALS_TOO_MANY, MAX_MATERIAL_DESC, MAX_MATERIALS } from '../origin/bom-limits.js';
import { isChapterRange, parseChapterRange } from '../briefing/chapter-range.js';
import { firmProfileSchema } from './programme.js';
import {
  boolText,
  codeParamSchema,
  currencySchema,
  destParamSchema,
  hsCode,
  isoDateSchema,
  money,
  numberText,
} from './api-params.js';

// ---- tariff, lines, search ----

/** GET /api/v1/tariff?dest=JP&code=6109.10-020&origin=CN&date=2026-11-24 */
export const tariffQuerySchema = z.strictObject({
  dest: destParamSchema,
  code: codeParamSchema,
  origin: z.literal('CN').optional(),
  date: isoDateSchema.optional(),
  value: numberText('value-invalid').optional(),
  currency: currencySchema.optional(),
  quantity: numberText('quantity-invalid').optional(),
});
export type TariffQueryParams = z.output<typeof tariffQuerySchema>;

/** GET /api/v1/lines/:dest/:code */
export const lineParamsSchema = z.strictObject({ dest: destParamSchema, code: codeParamSchema });

/** GET /api/v1/search?q=摩托车&dest=VN&limit=20 */
export const searchQuerySchema = z.strictObject({
  q: z.string().trim().min(1, 'query-required').max(100, 'query-too-long'),
  dest: destParamSchema.optional(),
  limit: z
    .string()
    .regex(/^\d{1,3}$/, 'limit-invalid')
    .transform(Number)
    .pipe(z.number().int().min(1, 'limit-invalid').max(100, 'limit-invalid'))
    .optional(),
});

/**
 * GET /api/v1/briefings?dest=JP&chapters=84-85&date=2026-11-24&by=heading: workshop briefing for a sector.
 * `chapters` as parseChapterRange reads it ('84-85', '84–85', '61', full-width digits);
 * omitted = the whole country (01–97). Reasons: chapters-invalid, chapters-not-hs, chapters-reversed.
 */
export const briefingQuerySchema = z.strictObject({
  dest: destParamSchema,
  chapters: z
    .string()
    .transform((s, ctx) => {
      const r = parseChapterRange(s);
      if (isChapterRange(r)) return r;
      ctx.addIssue({ code: 'custom', message: r.error.reason });
      return z.NEVER;
    })
    .optional(),
  date: isoDateSchema.optional(),
  by: z.enum(['heading', 'chapter'], { error: 'by-invalid' }).optional(),
});

// ---- origin (the bill-of-materials JSON of `rcep origin --bom`) ----

export const bomMaterialSchema = z.strictObject({
  hs: hsCode,
  origin: z.string().regex(/^([A-Za-z]{2}|unknown)$/, 'material-origin-invalid'),
  value: money('material-value-invalid'),
  weightKg: money('material-weight-invalid').optional(),
  desc: z.string().max(MAX_MATERIAL_DESC).optional(),
  /** an active ingredient of the good (weighed for the proviso of Annex 3A heading 38.08) */
  activeIngredient: z.boolean().optional(),
});

/**
 * Answers to an Annex 3A rule with numbered cases or a proviso: `psrCase` = the case number (1-based, as printed)
 * the goods fall in; `activeIngredientsOriginating` = at least the share of the active ingredients the proviso
 * states (38.08: 50 % by weight) is originating.
 */
const psrAnswers = {
  psrCase: z.number().int('psr-case-invalid').min(1, 'psr-case-invalid').max(20, 'psr-case-invalid').optional(),
  activeIngredientsOriginating: z.boolean().optional(),
};

export const bomSchema = z.strictObject({
  hs: hsCode,
  fob: money('fob-invalid').positive('fob-invalid'),
  materials: z.array(bomMaterialSchema).max(MAX_MATERIALS, MATERIALS_TOO_MANY),
  costs: z
    .strictObject({
      labour: money('cost-invalid').optional(),
      overhead: money('cost-invalid').optional(),
      profit: money('cost-invalid').optional(),
      other: money('cost-invalid').optional(),
    })
    .optional(),
  weightKg: money('weight-invalid').optional(),
  minimalOperationsOnly: z.boolean().optional(),
  ...psrAnswers,
});
export type BomBody = z.infer<typeof bomSchema>;

/** Quick mode: the firm states its regional value content and/or that the good is wholly obtained. */
export const originQuickSchema = z
  .strictObject({
    code: hsCode,
    share: z.number().finite().min(0, 'share-range').max(100, 'share-range').optional(),
    wholly: z.boolean().optional(),
    minimalOperationsOnly: z.boolean().optional(),
    ...psrAnswers,
  })
  .refine((q) => q.share !== undefined || q.wholly !== undefined, { message: 'share-required', path: ['share'] });

/** POST /api/v1/origin: the BOM JSON of `rcep origin --bom` (has `materials`), or quick mode. */
export const originBodySchema = z.union([bomSchema, originQuickSchema]);
export type OriginBody = z.infer<typeof originBodySchema>;

// ---- check (the whole wizard in one call) ----

export const checkOriginSchema = z.discriminatedUnion('mode', [
  z.strictObject({
    mode: z.literal('quick'),
    share: z.number().finite().min(0, 'share-range').max(100, 'share-range'),
    wholly: z.boolean(),
    ...psrAnswers,
  }),
  z.strictObject({ mode: z.literal('bom'), bom: bomSchema, ...psrAnswers }),
]);

/** POST /api/v1/check: CheckInput of domain/check */
export const checkBodySchema = z.strictObject({
  code: codeParamSchema,
  dest: destParamSchema,
  date: isoDateSchema,
  value: money('value-invalid').optional(),
  currency: currencySchema.optional(),
  quantity: money('quantity-invalid').optional(),
  origin: checkOriginSchema,
  /** the firm profile: the answer then carries the programmes matched to the firm and this result */
  profile: firmProfileSchema.strict().optional(),
});
export type CheckBody = z.infer<typeof checkBodySchema>;

/** GET /api/v1/check?dest=JP&code=850980&date=2026-11-24&share=45&wholly=false (quick mode) */
export const checkQuerySchema = z.strictObject({
  dest: destParamSchema,
  code: codeParamSchema,
  date: isoDateSchema.optional(),
  share: numberText('share-range').pipe(z.number().max(100, 'share-range')),
  wholly: boolText.optional(),
  value: numberText('value-invalid').optional(),
  currency: currencySchema.optional(),
  quantity: numberText('quantity-invalid').optional(),
});

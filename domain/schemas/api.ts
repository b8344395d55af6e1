import { z } from 'zod';
import { DESTINATIONS } from './tariff-pack.js';
import { MATERIALS_TOO_MANY, MAX_MATERIAL_DESC, MAX_MATERIALS } from '../origin/bom-limits.js';
import { isChapterRange, parseChapterRange } from '../briefing/chapter-range.js';

/**
 * Bodies, queries and path parameters of the HTTP API (/api/v1), and the envelopes it answers.
 * Parameters mirror the `rcep` CLI. Query values arrive as text, so numbers are parsed here.
 * Validation messages are kebab-case reason codes; the server turns the first issue into
 * `{ error: { reason, field } }`.
 */

export const destParamSchema = z.enum(DESTINATIONS as [string, ...string[]]);
/** any form the engine's code normaliser accepts: '8509.80', '6109.10-020', full-width digits */
export const codeParamSchema = z.string().min(1).max(32);
export const isoDateSchema = z.iso.date({ error: 'date-invalid' });
const numberText = (reason: string) =>
  z
    .string()
    .regex(/^\d{1,15}(\.\d{1,6})?$/, reason)
    .transform(Number);
const boolText = z.enum(['true', 'false']).transform((v) => v === 'true');
const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'currency-invalid');
const hsCode = z.string().min(2).max(32);
const money = (reason: string) => z.number({ error: reason }).finite().min(0, reason).max(1e13, reason);

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

// ---- programmes, contacts, catalogue ----

const queryBool = z
  .enum(['true', 'false'], { error: 'boolean-invalid' })
  .transform((v) => v === 'true')
  .optional();
const commaList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(200)
    .transform((v) => (v === '' ? [] : v.split(',')))
    .pipe(z.array(z.enum(values)).max(10))
    .optional();
export const programmesQuerySchema = z.strictObject({
  dest: destParamSchema.optional(),
  code: codeParamSchema.optional(),
  verdict: z.enum(['originating', 'not-originating', 'rule-not-in-data', 'insufficient-information']).optional(),
  size: z.enum(['large', 'medium', 'small-micro']).optional(),
  aeo: z.enum(['none', 'general', 'advanced']).optional(),
  district: z.enum(['fuling', 'chongqing', 'outside']).optional(),
  direction: z.enum(['export', 'import', 'both']).optional(),
  /** comma-separated; an empty value means "none of these" (absent = not known) */
  firmTypes: commaList(['zhuanjingtexin', 'xiaojuren', 'foreign-invested', 'manufacturer', 'trader'] as const),
  exportModels: commaList(['e-commerce', 'overseas-warehouse', 'general-trade', 'processing'] as const),
  investor: queryBool,
  creditInsurance: queryBool,
  /** the RCEP rate is below the MFN rate for this check */
  rateGain: queryBool,
});
/** The answer of GET /api/v1/programmes: per programme whether it applies, why (reason codes) and the units. */
const matchReasonSchema = z.object({
  condition: z.string(),
  kind: z.string(),
  outcome: z.enum(['held', 'failed', 'unknown', 'invited']),
});
export const programmesAnswerSchema = z.object({
  matches: z.array(
    z.looseObject({
      programme: z.string(),
      applies: z.enum(['yes', 'maybe']),
      held: z.array(z.string()),
      unknown: z.array(z.string()),
      reasons: z.array(matchReasonSchema),
      units: z.array(
        z.object({ unit: z.string(), role: z.enum(['lead', 'cooperating', 'responsible']), level: z.string() }),
      ),
    }),
  ),
  others: z.array(
    z.looseObject({ programme: z.string(), failed: z.array(z.string()), reasons: z.array(matchReasonSchema) }),
  ),
});
export const contactsQuerySchema = z.strictObject({ programme: z.string().max(80).optional() });
export const catalogueQuerySchema = z.strictObject({ dest: destParamSchema.optional() });

// ---- enquiries, feedback ----

/**
 * Free text that is stored: well-formed Unicode (a lone surrogate would be silently replaced on write)
 * and no U+0000 (PostgreSQL text cannot hold it), so both stores keep exactly what was acknowledged.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const storable = <T extends z.ZodType<string>>(schema: T) =>
  schema.refine((v) => !v.includes('\u0000') && !LONE_SURROGATE.test(v), { message: 'text-invalid' });
const shortText = storable(z.string().max(200));
export const enquirySummarySchema = z.strictObject({
  status: z.string().max(40).optional(),
  verdict: z.string().max(40).optional(),
  rcepYear: z.number().int().min(0).max(100).nullable().optional(),
  mfn: z.number().finite().nullable().optional(),
  rcep: z.number().finite().nullable().optional(),
  saving: z.number().finite().nullable().optional(),
  programmes: z.array(z.string().max(80)).max(50).optional(),
  notes: z.array(z.string().max(80)).max(50).optional(),
});

/** POST /api/v1/enquiries: the wizard answers and a summary of the result */
export const enquiryBodySchema = z.strictObject({
  answers: checkBodySchema,
  summary: enquirySummarySchema.default({}),
  lang: z.enum(['zh-CN', 'en']).optional(),
});
export const enquiryIdParamsSchema = z.strictObject({ id: z.uuid({ error: 'enquiry-id-invalid' }) });

export const FEEDBACK_TOPICS = [
  'preference-refused',
  'certificate-of-origin',
  'origin-verification',
  'tariff-rate',
  'customs-clearance',
  'data-error',
  'other',
] as const;

/** POST /api/v1/feedback: an obstacle report (享惠受阻). Contact details only with consent. */
export const feedbackBodySchema = z
  .strictObject({
    topic: z.enum(FEEDBACK_TOPICS),
    message: storable(z.string().trim().min(1, 'message-required').max(4000, 'message-too-long')),
    dest: destParamSchema.optional(),
    code: storable(codeParamSchema).optional(),
    enquiryId: z.uuid({ error: 'enquiry-id-invalid' }).optional(),
    contact: z
      .strictObject({
        name: shortText.optional(),
        firm: shortText.optional(),
        email: z.email().max(200).optional(),
        phone: z
          .string()
          .regex(/^[0-9+() -]{3,30}$/, 'phone-invalid')
          .optional(),
      })
      .optional(),
    consent: z.boolean().default(false),
  })
  .refine((f) => !f.contact || f.consent, { message: 'consent-required', path: ['consent'] });
export type FeedbackBody = z.infer<typeof feedbackBodySchema>;

export const feedbackReferenceParamsSchema = z.strictObject({
  // 'FB-2026-K7QM-X4PD' (random, server/store/rows.ts), or the sequential form of earlier reports
  reference: z.string().regex(/^FB-\d{4}-(?:[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}|\d{6,})$/, 'reference-invalid'),
});

// ---- packs ----

export const packDestParamsSchema = z.strictObject({ dest: destParamSchema });
export const emptyQuerySchema = z.strictObject({});

// ---- answers ----

export const errorEnvelopeSchema = z.object({
  error: z.object({ reason: z.string(), field: z.string().optional() }),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  store: z.object({ ok: z.boolean(), kind: z.enum(['sqlite', 'postgres']), schemaVersion: z.number().int() }),
  data: z.object({
    packs: z.record(z.string(), z.enum(['loaded', 'missing'])),
    destinations: z.array(z.string()),
  }),
  uptimeS: z.number(),
});

export const feedbackCreatedSchema = z.object({
  reference: z.string(),
  status: z.enum(['new', 'in-progress', 'resolved']),
  routedUnit: z.string().nullable(),
  createdAt: z.string(),
});
export const feedbackStatusSchema = feedbackCreatedSchema.extend({
  topic: z.string(),
  updatedAt: z.string(),
  events: z.array(z.object({ at: z.string(), status: z.string() })),
});
export const enquiryCreatedSchema = z.object({ id: z.string(), createdAt: z.string() });

/** Engine answers are typed in domain/*\/types.ts; documented here as open objects. */
export const engineAnswerSchema = z.looseObject({});

import { z } from 'zod';
import { checkQuerySchema } from './api-engine.js';
import { codeParamSchema, commaList, destParamSchema, queryBool } from './api-params.js';

// ---- programmes, contacts, catalogue ----

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

/** the firm profile as query fields (GET /api/v1/programmes and GET /api/v1/check) */
export const profileQueryShape = {
  size: programmesQuerySchema.shape.size,
  aeo: programmesQuerySchema.shape.aeo,
  district: programmesQuerySchema.shape.district,
  direction: programmesQuerySchema.shape.direction,
  firmTypes: programmesQuerySchema.shape.firmTypes,
  exportModels: programmesQuerySchema.shape.exportModels,
  investor: programmesQuerySchema.shape.investor,
  creditInsurance: programmesQuerySchema.shape.creditInsurance,
};
/** GET /api/v1/check with the firm profile fields: the answer then carries the programmes matched */
export const checkProfileQuerySchema = checkQuerySchema.extend(profileQueryShape);
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
/**
 * The answer of GET and POST /api/v1/check: the CheckResult of domain/check (tariff, origin, proof,
 * notes) and the programmes matched to the firm profile sent (if any) and this result, as
 * GET /api/v1/programmes answers them; null while the programme catalogue is not loaded.
 */
export const checkAnswerSchema = z.looseObject({
  input: z.looseObject({}),
  tariff: z.looseObject({}),
  origin: z.looseObject({}).nullable(),
  proof: z.looseObject({}),
  notes: z.array(z.string()),
  programmes: programmesAnswerSchema.nullable(),
});
export const contactsQuerySchema = z.strictObject({ programme: z.string().max(80).optional() });
export const catalogueQuerySchema = z.strictObject({ dest: destParamSchema.optional() });

import { z } from 'zod';
import { checkBodySchema } from './api-engine.js';
import { codeParamSchema, destParamSchema, storable } from './api-params.js';

// ---- enquiries, feedback ----

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

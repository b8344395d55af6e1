import { z } from 'zod';

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

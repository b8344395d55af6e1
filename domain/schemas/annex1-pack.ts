import { z } from 'zod';
import { rateExprSchema } from './rate.js';
import { partySchema } from './tariff-pack.js';
import { quarantineSchema, sourceInfoSchema } from './source.js';

/**
 * A line of an official RCEP Annex I schedule (HS 2012), year by year as printed.
 * `forParties`: which exporting parties the schedule (or this line) applies to; 'all' for a single schedule.
 * `excludedFor`: parties the line is excluded for ("Unbound for China").
 */
export const annex1LineSchema = z.object({
  party: partySchema,
  code: z.string().regex(/^\d{6,12}$/),
  printed: z.string(),
  desc: z.string(),
  base: rateExprSchema,
  years: z.array(z.object({ rcepYear: z.number().int().min(1), rate: rateExprSchema })),
  forParties: z.union([z.literal('all'), z.array(partySchema)]),
  excludedFor: z.array(partySchema).optional(),
  note: z.string().optional(),
  src: z.string(),
  row: z.string(),
});
export type Annex1Line = z.infer<typeof annex1LineSchema>;

/** data/packs/annex1.json */
export const annex1PackSchema = z.object({
  _generated: z.string(),
  sources: z.array(sourceInfoSchema),
  lines: z.array(annex1LineSchema),
  quarantine: z.array(quarantineSchema),
});
export type Annex1Pack = z.infer<typeof annex1PackSchema>;

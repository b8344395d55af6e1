import { z } from 'zod';
import { sourceInfoSchema, quarantineSchema } from './source.js';

export const hsVersionSchema = z.enum(['2012', '2017', '2022']);
export type HsVersion = z.infer<typeof hsVersionSchema>;

/** A node of the HS nomenclature. `code` digits only: 2 (chapter), 4 (heading), 6 (subheading). */
export const hsNodeSchema = z.object({
  code: z.string().regex(/^\d{2}(\d{2}(\d{2})?)?$/),
  en: z.string(),
  /** authored Chinese name (data/curated), chapters, headings and subheadings of HS 2022 */
  zh: z.string().optional(),
  section: z.string().optional(),
});
export type HsNode = z.infer<typeof hsNodeSchema>;

/** UNSD correlation row: `from` (newer version) -> `to` (older version) with its relationship. */
export const correlationRowSchema = z.object({
  from: z.string().regex(/^\d{6}$/),
  to: z.string().regex(/^\d{6}$/),
  rel: z.enum(['1:1', '1:n', 'n:1', 'n:n']),
});
export type CorrelationRow = z.infer<typeof correlationRowSchema>;

/** A product term a user may type (zh or en), mapped to HS 2022 headings. Authored; cites the seed that names it. */
export const synonymSchema = z.object({
  term: z.string().min(1),
  lang: z.enum(['zh', 'en']),
  headings: z.array(z.string().regex(/^\d{4}(\d{2})?$/)).min(1),
  note: z.string().optional(),
  src: z.string(),
});
export type Synonym = z.infer<typeof synonymSchema>;

/** data/packs/hs.json */
export const hsPackSchema = z.object({
  _generated: z.string(),
  sources: z.array(sourceInfoSchema),
  sections: z.array(z.object({ id: z.string(), en: z.string(), chapters: z.array(z.string()) })),
  versions: z.object({
    '2022': z.array(hsNodeSchema),
    '2017': z.array(hsNodeSchema),
    '2012': z.array(hsNodeSchema),
  }),
  correlation: z.object({
    '2022-2012': z.array(correlationRowSchema),
    '2022-2017': z.array(correlationRowSchema),
  }),
  synonyms: z.array(synonymSchema),
  quarantine: z.array(quarantineSchema),
});
export type HsPack = z.infer<typeof hsPackSchema>;

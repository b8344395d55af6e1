import { z } from 'zod';

/** Where a record came from. Every pack record points at one of these by `src` id. */
export const sourceInfoSchema = z.object({
  id: z.string().min(1), // e.g. 'jp-customs-2026', 'kcs-2025-au'
  title: z.string().min(1),
  file: z.string().min(1), // path relative to the raw mirror root (never committed)
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  asOf: z.string().min(4), // date or year the figures apply to, as the source states
  publisher: z.string().min(1),
  url: z.string().optional(),
  licence: z.string().optional(),
});
export type SourceInfo = z.infer<typeof sourceInfoSchema>;

/** A pointer from a record to its source: source id plus row / node reference inside it. */
export const sourceRefSchema = z.object({
  src: z.string().min(1),
  row: z.string().optional(),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** A raw row the importers refused to turn into a value. Counted in the manifest, listed by data:check. */
export const quarantineSchema = z.object({
  src: z.string(),
  file: z.string(),
  row: z.string(),
  reason: z.string(), // kebab-case reason code, e.g. 'jp-kcs-rcep-disagree'
  detail: z.string().optional(),
  dest: z.string().optional(),
  code: z.string().optional(),
});
export type Quarantine = z.infer<typeof quarantineSchema>;

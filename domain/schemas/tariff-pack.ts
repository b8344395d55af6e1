import { z } from 'zod';
import { rateExprSchema } from './rate.js';
import { quarantineSchema, sourceInfoSchema } from './source.js';

/** ISO 3166 alpha-2 codes of the 15 RCEP parties. */
export const RCEP_PARTIES = [
  'AU',
  'BN',
  'CN',
  'ID',
  'JP',
  'KH',
  'KR',
  'LA',
  'MM',
  'MY',
  'NZ',
  'PH',
  'SG',
  'TH',
  'VN',
] as const;
export const partySchema = z.enum(RCEP_PARTIES);
export type Party = z.infer<typeof partySchema>;
/** The 14 destinations a Chinese exporter can ship to. */
export const DESTINATIONS = RCEP_PARTIES.filter((p) => p !== 'CN') as Exclude<Party, 'CN'>[];

/**
 * One rate as one source states it for one period.
 * `rcepYear` is the RCEP year the source's figures apply to (Annex I General Notes: Year 1 from EIF,
 * then calendar years, or 1 April years for ID, JP, PH). `asOf` is the source's own date.
 */
export const rateEntrySchema = z.object({
  rate: rateExprSchema,
  rcepYear: z.number().int().min(1).max(40).optional(),
  asOf: z.string(),
  src: z.string(),
  row: z.string().optional(),
  /** the cell as printed, when it helps a reader check the parse (short) */
  printed: z.string().optional(),
});
export type RateEntry = z.infer<typeof rateEntrySchema>;

/** Year-by-year RCEP path from a schedule (Annex I extract, AU phase-down text). */
export const ratePathSchema = z.object({
  src: z.string(),
  row: z.string().optional(),
  base: rateExprSchema.optional(),
  years: z.array(z.object({ rcepYear: z.number().int().min(1), rate: rateExprSchema })).min(1),
});
export type RatePath = z.infer<typeof ratePathSchema>;

/** A national tariff line of a destination. Empty `rcep` = not in the loaded data. */
export const tariffLineSchema = z.object({
  code: z.string().regex(/^\d{4,12}$/), // national code, digits only
  printed: z.string().optional(), // code as the source prints it, e.g. '6109.10-020'
  hsVersion: z.enum(['2012', '2017', '2022']),
  desc: z.string(), // English description (source's own, or HS description)
  unit: z.string().optional(),
  mfn: z.array(rateEntrySchema),
  /** RCEP rate for goods of China (the schedule that applies to China, Art. 2.6) */
  rcep: z.array(rateEntrySchema),
  path: ratePathSchema.optional(),
  /** other agreements open to goods of China (ACFTA for VN) */
  other: z.record(z.string(), z.array(rateEntrySchema)).optional(),
  /** rates that must never be shown as China's (e.g. TH/ID/PH rate granted to Korea) */
  referenceOnly: z.record(z.string(), z.array(rateEntrySchema)).optional(),
  /** where the line itself (code, description) is printed: needed when it carries no rate entry */
  src: z.string().optional(),
  row: z.string().optional(),
  /** applied unit of the PSR for this line, digits ('85', '8509', '850980'); absent = no rule resolved */
  psr: z.string().optional(),
  quarantined: z.array(z.object({ src: z.string(), reason: z.string() })).optional(),
});
export type TariffLine = z.infer<typeof tariffLineSchema>;

export const coverageSchema = z.object({
  lines: z.number().int(),
  withMfn: z.record(z.string(), z.number().int()), // by source year
  withRcepForChina: z.record(z.string(), z.number().int()),
  withRcepStatus: z.record(z.string(), z.number().int()),
  withPath: z.number().int(),
  withPsr: z.number().int(),
  quarantined: z.number().int(),
});
export type Coverage = z.infer<typeof coverageSchema>;

/** data/packs/tariff-<dest>.json */
export const tariffPackSchema = z.object({
  _generated: z.string(),
  dest: partySchema,
  /** how the destination's RCEP schedule treats goods of China, in words of the data (see mirror README) */
  chinaColumn: z.enum(['common', 'china-specific', 'korea-only', 'none']),
  sources: z.array(sourceInfoSchema),
  lines: z.array(tariffLineSchema),
  quarantine: z.array(quarantineSchema),
  /**
   * reason codes that hold for every figure of the pack and must travel with each answer (KR: the MFN
   * figures lack adjustment, quota and end-use rates, 'mfn-without-adjustment-quota-end-use-rates')
   */
  caveats: z.array(z.string()).optional(),
});
export type TariffPack = z.infer<typeof tariffPackSchema>;

import { z } from 'zod';
import { partySchema } from './tariff-pack.js';

/**
 * Programmes (supports promised by the Chongqing policy documents in ../shared/seeds/), the units
 * that run them, the Chongqing RCEP export catalogue and the optional firm profile used to match them.
 * Data: seeds/programmes.json, seeds/contact-units.json, seeds/catalogue.json (see seeds/README.md).
 */

/** Text in both product languages (written by the project, not copied from the documents). */
export const bilingualSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof bilingualSchema>;

/**
 * A pointer into a seed policy document: its number (文号), the item as the document numbers it
 * ('第16条' for numbered items, '四、保障措施（二）' for lettered ones), the file in ../shared/seeds/.
 * `part` names the plan when one document holds two (渝府办发〔2022〕107号). `note` says when the item
 * number had to be inferred (the scraped 000 file lost some item headings).
 */
export const policyCitationSchema = z.object({
  doc: z.string().min(1),
  item: z.string().min(1),
  file: z.string().regex(/^(\d{3}_[0-9a-f]{16}\.txt|reference\/rcep\/[a-z0-9-]+\.md)$/),
  part: z.string().optional(),
  note: z.string().optional(),
});
export type PolicyCitation = z.infer<typeof policyCitationSchema>;

/**
 * A source outside the seed documents that an admin cited for an edit made in the staff screen:
 * a unit's official web page or a published notice, read on `asOf`. Who made the
 * edit is kept in the edit history and the audit log, not in the published record.
 */
export const publishedSourceSchema = z.object({
  kind: z.literal('published'),
  title: z.string().min(1),
  /** URL or document number (文号) */
  reference: z.string().min(1),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  enteredAt: z.string().min(1),
});
export type PublishedSource = z.infer<typeof publishedSourceSchema>;

/** the source of an admin's programme edit: a seed-document item, or a published source */
export const editSourceSchema = z.discriminatedUnion('kind', [
  publishedSourceSchema,
  z.object({ kind: z.literal('policy'), citation: policyCitationSchema, enteredAt: z.string().min(1) }),
]);
export type EditSource = z.infer<typeof editSourceSchema>;

/** SME bands as the credit-insurance item defines them (渝府办发〔2022〕107号 外贸行动计划 第26条):
 * medium < US$50m, small-micro < US$5m annual exports ("认定标准分别放宽至 5000 万美元和 500 万美元"). */
export const SIZE_BANDS = ['large', 'medium', 'small-micro'] as const;
export const sizeBandSchema = z.enum(SIZE_BANDS);
export type SizeBand = z.infer<typeof sizeBandSchema>;

export const FIRM_TYPES = [
  'zhuanjingtexin', // on a 专精特新 list
  'xiaojuren', // on MIIT's 专精特新"小巨人" list
  'foreign-invested',
  'manufacturer',
  'trader',
] as const;
export const firmTypeSchema = z.enum(FIRM_TYPES);
export type FirmType = z.infer<typeof firmTypeSchema>;

export const AEO_STATUSES = ['none', 'general', 'advanced'] as const;
export const aeoStatusSchema = z.enum(AEO_STATUSES);
export type AeoStatus = z.infer<typeof aeoStatusSchema>;

export const EXPORT_MODELS = ['e-commerce', 'overseas-warehouse', 'general-trade', 'processing'] as const;
export const exportModelSchema = z.enum(EXPORT_MODELS);
export type ExportModel = z.infer<typeof exportModelSchema>;

/** Origin verdicts of domain/origin (evaluateOrigin). */
export const VERDICTS = ['originating', 'not-originating', 'rule-not-in-data', 'insufficient-information'] as const;
export const verdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof verdictSchema>;

/**
 * One machine-checkable eligibility condition. A programme's conditions all have to hold (AND);
 * `anyOf` / `in` lists are alternatives (OR). `id` is a kebab-case code shown as the reason.
 */
const cond = <K extends string, S extends z.ZodRawShape>(kind: K, shape: S) =>
  z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    kind: z.literal(kind),
    note: z.string().optional(),
    /** the document item the condition is read from */
    citation: policyCitationSchema.optional(),
    /**
     * the measure also reaches firms not yet in the group (e.g. 传统外贸企业 moving into e-commerce):
     * a "no" then leaves the programme as "may apply" instead of excluding it
     */
    invites: z.boolean().optional(),
    ...shape,
  });

export const DISTRICTS = ['fuling', 'chongqing', 'outside'] as const;
export const DIRECTIONS = ['export', 'import', 'both'] as const;

export const conditionSchema = z.discriminatedUnion('kind', [
  cond('size', { in: z.array(sizeBandSchema).min(1) }),
  cond('firm-type', { anyOf: z.array(firmTypeSchema).min(1) }),
  cond('aeo', { in: z.array(aeoStatusSchema).min(1) }),
  cond('dest', { in: z.array(partySchema).min(1) }),
  cond('hs-chapter', { in: z.array(z.string().regex(/^\d{2}$/)).min(1) }),
  cond('verdict', { in: z.array(verdictSchema).min(1) }),
  cond('export-model', { anyOf: z.array(exportModelSchema).min(1) }),
  cond('rate-gain', { equals: z.boolean() }),
  cond('investor', { equals: z.boolean() }),
  /** actual foreign capital paid in during a year, US$, strictly above `over` (107号 外资行动计划 第10条 "超过") */
  cond('fdi-paid-in-usd', { over: z.number().positive() }),
  /** where the firm is registered (a district plan's own measures) */
  cond('district', { in: z.array(z.enum(DISTRICTS)).min(1) }),
  /** the firm's trade direction: export-side measures list ['export','both'] */
  cond('direction', { in: z.array(z.enum(DIRECTIONS)).min(1) }),
  /** the firm already holds export credit insurance (policy financing is lent against a policy) */
  cond('credit-insurance', { equals: z.boolean() }),
  /** a fact the product cannot check (a recognition, a national SME class): always "ask", with the question */
  cond('confirm', { question: bilingualSchema }),
]);
export type Condition = z.infer<typeof conditionSchema>;
export type ConditionKind = Condition['kind'];

/** A figure as the document prints it, plus its value for machines. */
export const figureSchema = z.object({
  printed: z.string().min(1), // exactly as in the document, e.g. '5000 万美元'
  value: z.number(),
  unit: z.enum(['pct', 'usd', 'cny', 'working-days', 'hours', 'days', 'years', 'count', 'per-year']),
  /** how the document bounds it: 不低于 = at-least, 超过 = over, 以内/不超过 = at-most, 以下/及以下 = at-most */
  bound: z.enum(['exact', 'at-least', 'over', 'at-most', 'under']).default('exact'),
  citation: policyCitationSchema,
});
export type Figure = z.infer<typeof figureSchema>;

export const benefitSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  text: bilingualSchema,
  figures: z.array(figureSchema).default([]),
  citations: z.array(policyCitationSchema).min(1),
});
export type Benefit = z.infer<typeof benefitSchema>;

export const AUDIENCES = [
  'exporter',
  'importer',
  'sme',
  'foreign-investor',
  'foreign-business-person',
  'any-firm',
] as const;

export const programmeSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  names: bilingualSchema,
  summary: bilingualSchema,
  audience: z.array(z.enum(AUDIENCES)).min(1),
  topic: z.enum(['origin', 'customs', 'tax', 'finance', 'market', 'information', 'investment']),
  eligibility: z.array(conditionSchema),
  benefits: z.array(benefitSchema),
  steps: z.array(bilingualSchema),
  /** documents to prepare; empty when no source states them (the UI says "ask the lead unit") */
  documents: z.array(z.object({ text: bilingualSchema, citation: policyCitationSchema })),
  leadUnits: z.array(z.string()),
  cooperatingUnits: z.array(z.string()),
  /** units named with 责任单位 (documents that do not split lead and cooperating) */
  responsibleUnits: z.array(z.string()),
  citations: z.array(policyCitationSchema).min(1),
  /** gaps or readings a reviewer should know (kebab-case codes or short English) */
  notes: z.array(z.string()).default([]),
  /** 'planned' when the document only plans or encourages it (推动开发, 争取设立, 研究制定): shown as such */
  status: z.enum(['in-force', 'planned']).default('in-force'),
  /** set when an admin last edited the texts or unit lists (staff screen), with the source cited */
  textSource: editSourceSchema.optional(),
});
export type Programme = z.infer<typeof programmeSchema>;

export const UNIT_ROLES = ['lead', 'cooperating', 'responsible'] as const;
export type UnitRole = (typeof UNIT_ROLES)[number];

export const contactUnitSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** names as shown: a district unit's name says its district (涪陵区商务委), so a firm elsewhere does not read it as its own */
  names: bilingualSchema,
  /** the name as the documents print it, when the shown name adds the district (区商务委) */
  printed: z.string().optional(),
  level: z.enum(['city', 'district-fuling']),
  roles: z.array(z.object({ programme: z.string(), role: z.enum(UNIT_ROLES), citation: policyCitationSchema })),
  /** empty unless a seed document states them: the UI shows "contact details to be confirmed" */
  phone: z.string(),
  address: z.string(),
  url: z.string(),
  /** where phone, address and url were read, entered by an admin with the edit (staff screen) */
  detailSource: publishedSourceSchema.optional(),
  citations: z.array(policyCitationSchema).min(1),
});
export type ContactUnit = z.infer<typeof contactUnitSchema>;

/** A product x destination pair of 渝府办发〔2022〕83号 第1条 with the HS 2022 headings the project maps it to. */
export const catalogueEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  product: bilingualSchema,
  /** destinations as the document names them; 'all' = every RCEP party ("对RCEP成员国") */
  dest: z.union([z.literal('all'), z.array(partySchema).min(1)]),
  /** the document adds 等 ("and others") after the list of countries */
  destOpenEnded: z.boolean(),
  /** HS 2022 codes the project maps the product to: chapter (2 digits), heading (4) or subheading (6) */
  headings: z.array(z.string().regex(/^\d{2}(\d{2}){0,2}$/)).min(1),
  /** why these headings, and what is ambiguous */
  mappingNote: z.string().min(1),
  citation: policyCitationSchema,
});
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

/** Optional answers a firm gives in the wizard; every field may be missing. */
export const firmProfileSchema = z.object({
  size: sizeBandSchema.optional(),
  firmTypes: z.array(firmTypeSchema).optional(),
  aeo: aeoStatusSchema.optional(),
  exportModels: z.array(exportModelSchema).optional(),
  investor: z.boolean().optional(),
  fdiPaidInUsd: z.number().nonnegative().optional(),
  /** where the firm is registered: Fuling-district measures and units are for Fuling firms only */
  district: z.enum(DISTRICTS).optional(),
  /** whether the firm exports, imports or both: import-side measures are for importers */
  direction: z.enum(DIRECTIONS).optional(),
  /** the firm already holds export credit insurance */
  creditInsurance: z.boolean().optional(),
});
export type FirmProfile = z.infer<typeof firmProfileSchema>;

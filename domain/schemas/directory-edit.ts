import { z } from 'zod';
import { storable } from './api.js';

/**
 * Bodies of the admin edits of programmes and contact units ("edit programmes and
 * contact details (with source citation fields)"). Every edit carries the source the admin read it
 * from; a contact detail can only come from a published source (the seed documents state none, see
 * seeds/README.md). Messages are reason codes; the client lists every issue, the server the first.
 */

/**
 * digits, spaces, +, -, parentheses, and an extension after 转 / ext / ext. (at least 5 digits).
 * Each part matches characters the next cannot, so the test is linear in the length (an earlier
 * pattern let two space runs overlap and took seconds on a long run of spaces).
 */
export const PHONE_PATTERN = /^\+?[0-9()\s-]+(?:(?:转|ext\.?)\s*\d{1,6})?$/i;

export function isPhone(v: string): boolean {
  return v.length <= 40 && PHONE_PATTERN.test(v) && (v.match(/\d/g)?.length ?? 0) >= 5;
}

/** an absolute http(s) URL with a host and no spaces */
export function isHttpUrl(v: string): boolean {
  if (/\s/.test(v)) return false;
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

const text = (max: number, required: string, tooLong: string) =>
  storable(z.string({ error: required }).trim().min(1, required).max(max, tooLong));
const optionalText = (max: number, tooLong: string) => storable(z.string().trim().max(max, tooLong));

const bilingual = (max: number) =>
  z.strictObject({
    zh: text(max, 'text-required', 'text-too-long'),
    en: text(max, 'text-required', 'text-too-long'),
  });

/** the version the admin's screen was based on: the active publication id, or 'original' (the seeds) */
const version = z.string({ error: 'version-required' }).min(1, 'version-required').max(80, 'version-required');

const sourceFields = {
  title: text(200, 'source-title-required', 'source-title-too-long'),
  /** URL or document number (文号) of the source */
  reference: text(500, 'source-reference-required', 'source-reference-too-long'),
  /** the day the admin read it */
  asOf: z.iso.date({ error: 'source-date-invalid' }),
};

/** a published source outside the seed documents: an official web page or notice */
export const publishedSourceInputSchema = z.strictObject(
  { kind: z.literal('published', { error: 'source-kind-invalid' }), ...sourceFields },
  { error: 'source-required' },
);

/** an item of a seed policy document (doc as cited in the seeds; the server finds its file) */
export const policyCitationInputSchema = z.strictObject(
  {
    doc: text(200, 'citation-doc-required', 'citation-doc-unknown'),
    part: optionalText(200, 'citation-doc-unknown').optional(),
    item: text(60, 'citation-item-required', 'citation-item-too-long'),
  },
  { error: 'citation-required' },
);
export type PolicyCitationInput = z.infer<typeof policyCitationInputSchema>;

export const programmeSourceInputSchema = z.discriminatedUnion(
  'kind',
  [publishedSourceInputSchema, policyCitationInputSchema.extend({ kind: z.literal('policy') })],
  { error: 'source-required' },
);
export type ProgrammeSourceInput = z.infer<typeof programmeSourceInputSchema>;

export const phoneSchema = optionalText(40, 'phone-invalid').refine((v) => v === '' || isPhone(v), 'phone-invalid');
export const urlSchema = optionalText(500, 'url-invalid').refine((v) => v === '' || isHttpUrl(v), 'url-invalid');

/** POST /api/v1/staff/directory/units/:id: names and the three contact details ('' = not known) */
export const unitEditBodySchema = z.strictObject({
  version,
  names: bilingual(200),
  phone: phoneSchema,
  address: optionalText(200, 'address-too-long'),
  url: urlSchema,
  source: publishedSourceInputSchema,
});
export type UnitEditBody = z.infer<typeof unitEditBodySchema>;

const unitIds = z
  .array(z.string().regex(/^[a-z0-9-]{1,80}$/, 'unit-unknown'), { error: 'unit-list-invalid' })
  .max(80, 'unit-list-too-long');

/**
 * POST /api/v1/staff/directory/programmes/:id: the texts and the unit lists. Eligibility conditions,
 * benefits and their figures are not editable here (they come from the documents as printed).
 */
export const programmeEditBodySchema = z.strictObject({
  version,
  names: bilingual(200),
  summary: bilingual(2000),
  steps: z.array(bilingual(500)).max(30, 'list-too-long'),
  documents: z
    .array(z.strictObject({ text: bilingual(500), citation: policyCitationInputSchema }))
    .max(30, 'list-too-long'),
  notes: z.array(text(500, 'text-required', 'text-too-long')).max(30, 'list-too-long'),
  leadUnits: unitIds,
  cooperatingUnits: unitIds,
  responsibleUnits: unitIds,
  source: programmeSourceInputSchema,
});
export type ProgrammeEditBody = z.infer<typeof programmeEditBodySchema>;

export const directoryEditParamsSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,80}$/, 'directory-id-invalid'),
});
export const directoryVersionParamsSchema = z.strictObject({
  id: z.union([z.uuid(), z.literal('original')], { error: 'publication-id-invalid' }),
});

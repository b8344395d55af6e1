import { z } from 'zod';
import { storable } from './api.js';
import { contactUnitSchema, editSourceSchema, programmeSchema } from './programme.js';
import { quarantineSchema } from './source.js';

/**
 * The staff API's data uploads (Annex I schedule, Annex 3A rules), their publications and rollbacks, and
 * the answers of the directory edits (their bodies are in directory-edit.ts): see staff.ts.
 */

// ---- uploads and publications (admin) ----

/** the packs an admin may replace by upload (pack_publications.pack) */
export const UPLOAD_PACKS = ['annex1', 'psr'] as const;
export const uploadPackSchema = z.enum(UPLOAD_PACKS, { error: 'upload-kind-unsupported' });
export type UploadPack = z.infer<typeof uploadPackSchema>;

/** POST /api/v1/staff/data/uploads (examine) and /data/publications (publish) */
export const uploadBodySchema = z.strictObject({
  kind: uploadPackSchema,
  fileName: storable(z.string().trim().min(1).max(120)),
  csv: storable(z.string().min(1, 'upload-empty').max(8_000_000, 'upload-too-large')),
});
export type UploadBody = z.output<typeof uploadBodySchema>;

/** GET /api/v1/staff/data/publications?pack= */
export const publicationsQuerySchema = z.strictObject({ pack: uploadPackSchema.optional() });
/** POST /api/v1/staff/data/publications/:id/activate: a publication id, or 'original' (the boot pack) */
export const publicationIdParamsSchema = z.strictObject({
  id: z.union([z.uuid(), z.literal('original')], { error: 'publication-id-invalid' }),
});
export const rollbackBodySchema = z.strictObject({ pack: uploadPackSchema.optional() });

/** what an upload would change: counts, and up to 50 examples with the row before and after */
export const uploadDiffSchema = z.object({
  added: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  examples: z.array(
    z.object({
      key: z.string(),
      change: z.enum(['added', 'changed']),
      before: z.unknown().optional(),
      after: z.unknown(),
    }),
  ),
});
export type UploadDiff = z.infer<typeof uploadDiffSchema>;

/** the import report: rows accepted, rows quarantined and why (the first 500), the sources read */
export const uploadReportSchema = z.object({
  accepted: z.number().int(),
  quarantined: z.number().int(),
  quarantine: z.array(quarantineSchema),
  sources: z.array(z.object({ id: z.string(), title: z.string(), asOf: z.string() })),
});
export type UploadReport = z.infer<typeof uploadReportSchema>;

export const examinedUploadSchema = z.object({
  pack: uploadPackSchema,
  report: uploadReportSchema,
  diff: uploadDiffSchema,
});
export type ExaminedUpload = z.infer<typeof examinedUploadSchema>;
export const publishedUploadSchema = examinedUploadSchema.extend({ id: z.string() });
export type PublishedUpload = z.infer<typeof publishedUploadSchema>;

/** one publish of a pack: who, when, which file (sha256); the content itself is not listed */
export const publicationSchema = z.object({
  id: z.string(),
  pack: z.string(),
  publishedBy: z.string(),
  publishedAt: z.string(),
  sourceName: z.string(),
  sourceSha256: z.string(),
  report: z.unknown(),
  active: z.boolean(),
});
export type Publication = z.infer<typeof publicationSchema>;
export const publicationListSchema = z.object({
  pack: uploadPackSchema.nullable(),
  publications: z.array(publicationSchema),
});
export type PublicationList = z.infer<typeof publicationListSchema>;
export const rolledBackSchema = z.object({ pack: uploadPackSchema, active: z.string() });

// ---- directory edits (admin) ----

/** what one edit of a unit or programme changed and the source the admin gave */
export const directoryEditReportSchema = z.object({
  kind: z.enum(['unit', 'programme']),
  id: z.string(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  source: editSourceSchema,
});
export type DirectoryEditReport = z.infer<typeof directoryEditReportSchema>;
/** an edit as the history lists it: a publication of the directory pack whose report is the edit's */
export const directoryEditRecordSchema = publicationSchema.extend({ report: directoryEditReportSchema });
export type DirectoryEditRecord = z.infer<typeof directoryEditRecordSchema>;

/** GET /api/v1/staff/directory: what is served now, the documents a citation can name, every edit */
export const directoryAnswerSchema = z.object({
  version: z.string(),
  programmes: z.array(programmeSchema),
  units: z.array(contactUnitSchema),
  docs: z.array(
    z.object({ doc: z.string(), part: z.string().optional(), file: z.string(), note: z.string().optional() }),
  ),
  history: z.array(directoryEditRecordSchema),
});
export type DirectoryAnswer = z.infer<typeof directoryAnswerSchema>;

export const directorySavedSchema = z.object({
  id: z.string(),
  version: z.string(),
  report: directoryEditReportSchema,
});
export const directoryRolledBackSchema = z.object({ active: z.string(), version: z.string() });

import { z } from 'zod';
import {
  checkBodySchema,
  enquiryBodySchema,
  enquirySummarySchema,
  FEEDBACK_TOPICS,
  isoDateSchema,
  storable,
} from './api.js';

/**
 * The staff API's counter cases, obstacle-report triage and anonymous statistics: the request schemas
 * the server validates with and the answers the client reads (see staff.ts).
 */

// ---- counter cases ----

export const CASE_STATUSES = ['open', 'closed'] as const;
export const caseIdParamsSchema = z.strictObject({ id: z.uuid({ error: 'case-id-invalid' }) });

/** GET /api/v1/staff/cases and /cases-export: q searches firm, contact, clerk and case id */
export const caseSearchQuerySchema = z.strictObject({
  q: storable(z.string().trim().max(100)).optional(),
  status: z.enum(CASE_STATUSES, { error: 'status-invalid' }).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(100),
});
export type CaseSearchQuery = z.output<typeof caseSearchQuerySchema>;

const caseText = storable(z.string().trim().max(200, 'too-long'));
/** POST /api/v1/staff/cases: the firm's name and contact are kept only with its consent */
export const openCaseBodySchema = z
  .strictObject({
    firmName: caseText.optional(),
    firmContact: caseText.optional(),
    consent: z.boolean().default(false),
  })
  .refine((b) => b.consent || (!b.firmName && !b.firmContact), {
    message: 'consent-required',
    path: ['consent'],
  });

/** POST /api/v1/staff/cases/:id/checks: a check attached to a case is stored as an enquiry, so it is one */
export const attachCheckBodySchema = enquiryBodySchema;

export const caseSchema = z.object({
  id: z.string(),
  openedBy: z.string(),
  firmName: z.string().nullable(),
  firmContact: z.string().nullable(),
  consent: z.boolean(),
  status: z.enum(CASE_STATUSES),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});
export type StaffCase = z.infer<typeof caseSchema>;

/** a check as stored: the wizard answers and the result summary with the server's findings added */
export const caseCheckSchema = z.object({
  id: z.string(),
  enquiryId: z.string().nullable(),
  createdAt: z.string(),
  answers: checkBodySchema.nullable(),
  summary: enquirySummarySchema
    .extend({ serverVerdict: z.string().nullable().optional(), failure: z.unknown().optional() })
    .loose()
    .nullable(),
});
export type CaseCheck = z.infer<typeof caseCheckSchema>;

/** GET /api/v1/staff/cases/:id and the answer of closing it */
export const caseDetailSchema = caseSchema.extend({ checks: z.array(caseCheckSchema) });
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const caseRowSchema = caseSchema.extend({ checkCount: z.number().int() });
export type CaseRow = z.infer<typeof caseRowSchema>;
export const caseListSchema = z.object({ cases: z.array(caseRowSchema) });
export type CaseList = z.infer<typeof caseListSchema>;

export const attachedCheckSchema = z.object({ id: z.string(), enquiryId: z.string() });

// ---- obstacle reports (admin) ----

export const FEEDBACK_STATUSES = ['new', 'in-progress', 'resolved'] as const;
export const staffFeedbackStatusSchema = z.enum(FEEDBACK_STATUSES, { error: 'status-invalid' });
export type StaffFeedbackStatus = z.infer<typeof staffFeedbackStatusSchema>;

/** GET /api/v1/staff/feedback?status=&topic=&unit=&limit=&offset= */
export const feedbackListQuerySchema = z.strictObject({
  status: staffFeedbackStatusSchema.optional(),
  topic: z.enum(FEEDBACK_TOPICS, { error: 'topic-invalid' }).optional(),
  unit: storable(z.string().max(60)).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** POST /api/v1/staff/feedback/:reference/status */
export const feedbackMoveBodySchema = z.strictObject({
  status: staffFeedbackStatusSchema,
  note: storable(z.string().trim().max(4000, 'note-too-long')).optional(),
  assignedUnit: storable(z.string().max(60)).optional(),
});

export const feedbackItemSchema = z.object({
  reference: z.string(),
  topic: z.string(),
  status: staffFeedbackStatusSchema,
  dest: z.string().nullable(),
  code: z.string().nullable(),
  routedUnit: z.string().nullable(),
  assignedUnit: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type FeedbackItem = z.infer<typeof feedbackItemSchema>;
export const feedbackPageSchema = z.object({ total: z.number().int(), items: z.array(feedbackItemSchema) });
export type FeedbackPage = z.infer<typeof feedbackPageSchema>;

/** one report with what the firm wrote, its history, and (detail only) the units the documents name */
export const staffFeedbackSchema = z.object({
  reference: z.string(),
  topic: z.string(),
  message: z.string(),
  dest: z.string().optional(),
  code: z.string().optional(),
  enquiryId: z.string().optional(),
  contact: z.object({ name: z.string(), email: z.string(), phone: z.string(), firm: z.string() }).partial().optional(),
  routedUnit: z.string().nullable(),
  assignedUnit: z.string().nullable(),
  status: staffFeedbackStatusSchema,
  notes: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  events: z.array(
    z.object({
      at: z.string(),
      status: staffFeedbackStatusSchema,
      note: z.string().optional(),
      actor: z.string().optional(),
    }),
  ),
});
export type StaffFeedback = z.infer<typeof staffFeedbackSchema>;

export const suggestedUnitSchema = z.object({
  unit: z.string(),
  programme: z.string(),
  role: z.string(),
  citation: z.unknown(),
});
export const feedbackDetailSchema = staffFeedbackSchema.extend({ suggestedUnits: z.array(suggestedUnitSchema) });
export type FeedbackDetail = z.infer<typeof feedbackDetailSchema>;

// ---- anonymous statistics (workshop, admin) ----

/** GET /api/v1/staff/stats and /stats-export: both dates inclusive of the day they name */
export const statsQuerySchema = z.strictObject({ from: isoDateSchema.optional(), to: isoDateSchema.optional() });
/** the CSV export also takes the UI's language for its `label` column (ids stay in `key`) */
export const statsExportQuerySchema = statsQuerySchema.extend({ lang: z.enum(['zh-CN', 'en']).optional() });

const counts = z.record(z.string(), z.number());

/** which test of the rule failed and how short: rule x HS chapter x destination (domain/origin/failure.ts) */
export const ruleFailureStatSchema = z.object({
  rule: z.string(),
  chapter: z.string(),
  dest: z.string(),
  count: z.number().int(),
  measure: z.enum(['points', 'materials']).nullable(),
  medianShort: z.number().nullable(),
  shortBands: counts,
});

/** codes and figures only: no firm, contact, id or exact time */
export const statsSchema = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  checks: z.number().int(),
  byMonth: counts,
  byDest: counts,
  byChapter: counts,
  topHeadings: z.array(z.object({ heading: z.string(), count: z.number().int() })),
  rcepStatus: counts,
  verdict: counts,
  /** not-originating checks: where they fail (chapter x destination), quick-mode shares in 10-point bands */
  failures: z.array(z.object({ chapter: z.string(), dest: z.string(), count: z.number().int(), shareBands: counts })),
  programmes: counts,
  ruleFailures: z.array(ruleFailureStatSchema),
});
export type Stats = z.infer<typeof statsSchema>;

/**
 * POST /api/v1/staff/batch-counts: the inputs of a batch run on the device, once per batch, so the
 * server can recompute every row and count it. Inputs only (code, destination, declared share): no
 * result, label or programme the device worked out is sent or counted.
 */
export const batchCountsBodySchema = z.strictObject({
  rows: z
    .array(
      z.strictObject({
        code: z.string().max(40, 'code-invalid'),
        dest: z.string().max(8, 'dest-invalid'),
        share: z.number().finite().min(0, 'share-range').max(100, 'share-range').optional(),
      }),
    )
    .min(1, 'rows-required')
    .max(5000, 'too-many-rows'),
});
export type BatchCountsBody = z.infer<typeof batchCountsBodySchema>;
export const batchCountedSchema = z.object({ counted: z.number().int() });

import { errorEnvelopeSchema, feedbackReferenceParamsSchema } from '../../domain/schemas/api.js';
import {
  feedbackDetailSchema,
  feedbackListQuerySchema,
  feedbackMoveBodySchema,
  feedbackPageSchema,
  staffFeedbackSchema,
  type FeedbackDetail,
  type StaffFeedback,
} from '../../domain/schemas/staff-cases.js';
import type { ContactUnit } from '../../domain/schemas/programme.js';
import { HttpError } from '../http/errors.js';
import { route } from '../routes/route.js';
import { audit } from './audit-repo.js';
import { getStaffFeedback, listFeedback, moveFeedback } from './feedback-repo.js';
import { suggestUnits } from './feedback-triage.js';
import { staffOf } from './guard.js';
import type { SqlRunner } from './sql.js';
import { ADMIN, staff, STAFF_PREFIX, type StaffRouteDef } from './staff-route.js';

const err = (description: string) => ({ description, schema: errorEnvelopeSchema });
const denied = { 401: err('not-signed-in'), 403: err('wrong-role or csrf-token-invalid') };

export function feedbackRoutes(db: SqlRunner, units: ContactUnit[] | null): StaffRouteDef[] {
  const unitIds = new Set((units ?? []).map((u) => u.id));
  return [
    staff(
      ADMIN,
      route({
        method: 'get',
        path: `${STAFF_PREFIX}/feedback`,
        operationId: 'staffListFeedback',
        tag: 'staff',
        summary: 'Obstacle reports, newest first, by status / topic / unit (admin)',
        query: feedbackListQuerySchema,
        responses: {
          200: { description: 'page of reports', schema: feedbackPageSchema },
          400: err('bad input'),
          ...denied,
        },
        handle: async ({ query }) => ({ body: await listFeedback(db, query) }),
      }),
    ),
    staff(
      ADMIN,
      route({
        method: 'get',
        path: `${STAFF_PREFIX}/feedback/:reference`,
        operationId: 'staffGetFeedback',
        tag: 'staff',
        summary:
          'One report with message, contact (given with consent), history and the units the documents name for its topic',
        params: feedbackReferenceParamsSchema,
        responses: {
          200: { description: 'the report', schema: feedbackDetailSchema },
          400: err('bad reference'),
          404: err('unknown reference'),
          ...denied,
        },
        handle: async ({ params }) => {
          const f = await getStaffFeedback(db, params.reference);
          if (!f) throw new HttpError(404, 'unknown-feedback-reference', 'reference');
          return { body: { ...f, suggestedUnits: suggestUnits(f.topic, units) } satisfies FeedbackDetail };
        },
      }),
    ),
    staff(
      ADMIN,
      route({
        method: 'post',
        path: `${STAFF_PREFIX}/feedback/:reference/status`,
        operationId: 'staffMoveFeedback',
        tag: 'staff',
        summary: 'Move a report (new -> in-progress -> resolved) with a note; optionally assign a unit',
        params: feedbackReferenceParamsSchema,
        body: feedbackMoveBodySchema,
        responses: {
          200: { description: 'updated report', schema: staffFeedbackSchema },
          400: err('bad input'),
          404: err('unknown reference'),
          409: err('invalid-transition'),
          ...denied,
        },
        handle: async ({ params, body, res }) => {
          const me = staffOf(res);
          if (body.status === 'resolved' && !body.note) throw new HttpError(400, 'note-required', 'note');
          if (body.assignedUnit !== undefined && !unitIds.has(body.assignedUnit))
            throw new HttpError(400, 'unknown-unit', 'assignedUnit');
          const out = await db.tx(async (q) => {
            const f = await moveFeedback(q, params.reference, {
              ...body,
              note: body.note || undefined,
              actor: me.user.username,
            });
            if (f)
              await audit(q, {
                actor: me.user.username,
                action: 'feedback-status',
                target: params.reference,
                detail: { status: body.status, assignedUnit: body.assignedUnit ?? null },
              });
            return f;
          });
          if (out === null) throw new HttpError(404, 'unknown-feedback-reference', 'reference');
          if (out === false) throw new HttpError(409, 'invalid-transition', 'status');
          return { body: out satisfies StaffFeedback };
        },
      }),
    ),
  ];
}

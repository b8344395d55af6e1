import { errorEnvelopeSchema } from '../../domain/schemas/api.js';
import {
  attachCheckBodySchema,
  attachedCheckSchema,
  caseDetailSchema,
  caseIdParamsSchema,
  caseListSchema,
  caseSchema,
  caseSearchQuerySchema,
  openCaseBodySchema,
  type CaseDetail,
  type CaseList,
  type StaffCase,
} from '../../domain/schemas/staff-cases.js';
import { staffEmptyBodySchema } from '../../domain/schemas/staff.js';
import type { LoadedData } from '../data/load-data.js';
import { HttpError } from '../http/errors.js';
import { route } from '../routes/route.js';
import { withCounts } from '../services/enquiry-failure.js';
import { audit } from './audit-repo.js';
import { attachCheck, closeCase, getCase, openCase, searchCases } from './cases-repo.js';
import { toCsv } from './csv.js';
import { staffOf } from './guard.js';
import type { SqlRunner } from './sql.js';
import { COUNTER, staff, STAFF_PREFIX, type StaffRouteDef } from './staff-route.js';

const err = (description: string) => ({ description, schema: errorEnvelopeSchema });
const denied = { 401: err('not-signed-in'), 403: err('wrong-role or csrf-token-invalid') };
const CSV_COLUMNS = ['id', 'createdAt', 'closedAt', 'status', 'openedBy', 'firmName', 'firmContact', 'checkCount'];

export function caseRoutes(db: SqlRunner, data: Pick<LoadedData, 'index' | 'seeds'>): StaffRouteDef[] {
  const gone = (r: 'missing' | 'closed') =>
    r === 'missing' ? new HttpError(404, 'unknown-case', 'id') : new HttpError(409, 'case-closed', 'id');
  return [
    staff(
      COUNTER,
      route({
        method: 'post',
        path: `${STAFF_PREFIX}/cases`,
        operationId: 'staffOpenCase',
        tag: 'staff',
        summary: 'Start a counter case for a walk-in firm (firm name/contact only with consent); 201 after commit',
        body: openCaseBodySchema,
        responses: { 201: { description: 'opened', schema: caseSchema }, 400: err('bad input'), ...denied },
        handle: async ({ body, res }) => {
          const me = staffOf(res);
          const c = await db.tx(async (q) => {
            const opened = await openCase(q, {
              userId: me.user.id,
              ...body,
              firmName: body.firmName || undefined,
              firmContact: body.firmContact || undefined,
            });
            await audit(q, { actor: me.user.username, action: 'case-open', target: opened.id });
            return opened;
          });
          return { status: 201, body: c satisfies StaffCase };
        },
      }),
    ),
    staff(
      COUNTER,
      route({
        method: 'get',
        path: `${STAFF_PREFIX}/cases`,
        operationId: 'staffSearchCases',
        tag: 'staff',
        summary: 'Case history, newest first; q searches firm, contact, clerk and case id',
        query: caseSearchQuerySchema,
        responses: { 200: { description: 'cases', schema: caseListSchema }, 400: err('bad input'), ...denied },
        handle: async ({ query }) => ({ body: { cases: await searchCases(db, query) } satisfies CaseList }),
      }),
    ),
    staff(
      COUNTER,
      route({
        method: 'get',
        path: `${STAFF_PREFIX}/cases-export`,
        operationId: 'staffExportCases',
        tag: 'staff',
        summary: 'Case history as CSV (same filters as the search)',
        query: caseSearchQuerySchema,
        responses: { 200: { description: 'CSV', contentType: 'text/csv' }, 400: err('bad input'), ...denied },
        handle: async ({ query, res }) => {
          const rows = await searchCases(db, query);
          res.set('Content-Type', 'text/csv; charset=utf-8');
          res.set('Content-Disposition', 'attachment; filename="rcep-cases.csv"');
          res.status(200).send('\uFEFF' + toCsv(CSV_COLUMNS, rows as unknown as Record<string, unknown>[]));
        },
      }),
    ),
    staff(
      COUNTER,
      route({
        method: 'get',
        path: `${STAFF_PREFIX}/cases/:id`,
        operationId: 'staffGetCase',
        tag: 'staff',
        summary: 'A case with its checks (answers and result summaries)',
        params: caseIdParamsSchema,
        responses: {
          200: { description: 'the case', schema: caseDetailSchema },
          400: err('bad id'),
          404: err('unknown-case'),
          ...denied,
        },
        handle: async ({ params }) => {
          const c = await getCase(db, params.id, true);
          if (!c) throw new HttpError(404, 'unknown-case', 'id');
          return { body: c satisfies CaseDetail };
        },
      }),
    ),
    staff(
      COUNTER,
      route({
        method: 'post',
        path: `${STAFF_PREFIX}/cases/:id/checks`,
        operationId: 'staffAttachCheck',
        tag: 'staff',
        summary: 'Attach a wizard check (answers + result summary) to an open case; 201 after commit',
        params: caseIdParamsSchema,
        body: attachCheckBodySchema,
        responses: {
          201: { description: 'attached', schema: attachedCheckSchema },
          400: err('bad input'),
          404: err('unknown-case'),
          409: err('case-closed'),
          ...denied,
        },
        handle: async ({ params, body, res }) => {
          const me = staffOf(res);
          // the stored check is an enquiry like any other: the server works out where it fails (statistics)
          const directory = { programmes: data.seeds.programmes, units: data.seeds.contactUnits };
          const { summary, counts } = withCounts(data.index, body.answers, body.summary, directory);
          const check = { ...body, summary, counts };
          const out = await db.tx(async (q) => {
            const r = await attachCheck(q, params.id, check);
            if (typeof r !== 'string')
              await audit(q, {
                actor: me.user.username,
                action: 'case-check',
                target: params.id,
                detail: { check: r.id },
              });
            return r;
          });
          if (typeof out === 'string') throw gone(out);
          return { status: 201, body: out };
        },
      }),
    ),
    staff(
      COUNTER,
      route({
        method: 'post',
        path: `${STAFF_PREFIX}/cases/:id/close`,
        operationId: 'staffCloseCase',
        tag: 'staff',
        summary: 'Close a case',
        params: caseIdParamsSchema,
        body: staffEmptyBodySchema,
        responses: {
          200: { description: 'closed', schema: caseDetailSchema },
          400: err('bad id'),
          404: err('unknown-case'),
          409: err('case-closed'),
          ...denied,
        },
        handle: async ({ params, res }) => {
          const me = staffOf(res);
          const out = await db.tx(async (q) => {
            const r = await closeCase(q, params.id);
            if (typeof r !== 'string')
              await audit(q, { actor: me.user.username, action: 'case-close', target: params.id });
            return r;
          });
          if (typeof out === 'string') throw gone(out);
          return { body: out satisfies CaseDetail };
        },
      }),
    ),
  ];
}

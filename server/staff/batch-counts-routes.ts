import { errorEnvelopeSchema } from '../../domain/schemas/api.js';
import { batchCountedSchema, batchCountsBodySchema } from '../../domain/schemas/staff-cases.js';
import type { LoadedData } from '../data/load-data.js';
import { route } from '../routes/route.js';
import { serverCheck } from '../services/enquiry-failure.js';
import { bumpCounts, type CountFact } from '../store/stat-counts.js';
import type { SqlRunner } from './sql.js';
import { staff, STAFF_PREFIX, WORKSHOP, type StaffRouteDef } from './staff-route.js';

const err = (description: string) => ({ description, schema: errorEnvelopeSchema });
const denied = { 401: err('not-signed-in'), 403: err('wrong-role') };
/** facts that need an origin answer: a row without a declared share has none (the batch says so) */
const ORIGIN_FACTS = new Set(['verdict', 'not-originating', 'not-originating-share', 'rule-failed', 'rule-short']);

/**
 * Statistics of a batch run on the device: the server recomputes each row from its inputs (the check
 * the wizard runs, quick origin mode) and counts what it found, all rows in one transaction.
 */
export function batchCountRoutes(db: SqlRunner, data: Pick<LoadedData, 'index' | 'seeds'>): StaffRouteDef[] {
  return [
    staff(
      WORKSHOP,
      route({
        method: 'post',
        path: `${STAFF_PREFIX}/batch-counts`,
        operationId: 'staffBatchCounts',
        tag: 'staff',
        summary: 'Count the rows of a batch run on the device (inputs only; the server recomputes each row)',
        body: batchCountsBodySchema,
        responses: {
          201: { description: 'counted', schema: batchCountedSchema },
          400: err('bad input'),
          413: err('body too large'),
          ...denied,
        },
        handle: async ({ body }) => {
          const today = new Date().toISOString().slice(0, 10);
          const directory = { programmes: data.seeds.programmes, units: data.seeds.contactUnits };
          const facts: CountFact[] = [];
          for (const r of body.rows) {
            const answers = {
              code: r.code,
              dest: r.dest,
              date: today,
              origin: { mode: 'quick', share: r.share ?? 0, wholly: false },
            };
            const { counts } = serverCheck(data.index, answers, directory);
            facts.push(...(r.share === undefined ? counts.filter(([d]) => !ORIGIN_FACTS.has(d)) : counts));
          }
          await db.tx((q) => bumpCounts(q, today, facts));
          return { status: 201, body: { counted: body.rows.length } };
        },
      }),
    ),
  ];
}

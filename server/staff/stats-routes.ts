import { errorEnvelopeSchema } from '../../domain/schemas/api.js';
import { statsExportQuerySchema, statsQuerySchema, statsSchema, type Stats } from '../../domain/schemas/staff-cases.js';
import { route } from '../routes/route.js';
import { toCsv } from './csv.js';
import type { SqlRunner } from './sql.js';
import { staff, STAFF_PREFIX, WORKSHOP, type StaffRouteDef } from './staff-route.js';
import { computeStats, statsRows } from './stats.js';

const err = (description: string) => ({ description, schema: errorEnvelopeSchema });
const denied = { 401: err('not-signed-in'), 403: err('wrong-role') };

/** anonymous statistics of the checks asked (no personal data): admin and workshop staff */
export function statsRoutes(
  db: SqlRunner,
  label: (lang: 'zh-CN' | 'en', dimension: string, key: string) => string = () => '',
): StaffRouteDef[] {
  return [
    staff(
      WORKSHOP,
      route({
        method: 'get',
        path: `${STAFF_PREFIX}/stats`,
        operationId: 'staffStats',
        tag: 'staff',
        summary: 'Anonymous statistics: products and destinations asked, where verdicts fail, programmes matched',
        query: statsQuerySchema,
        responses: { 200: { description: 'counts', schema: statsSchema }, 400: err('bad input'), ...denied },
        handle: async ({ query }) => ({ body: (await computeStats(db, query)) satisfies Stats }),
      }),
    ),
    staff(
      WORKSHOP,
      route({
        method: 'get',
        path: `${STAFF_PREFIX}/stats-export`,
        operationId: 'staffStatsExport',
        tag: 'staff',
        summary: 'The same statistics as CSV (dimension, key, label in words in the language asked, count)',
        query: statsExportQuerySchema,
        responses: { 200: { description: 'CSV', contentType: 'text/csv' }, 400: err('bad input'), ...denied },
        handle: async ({ query, res }) => {
          const { lang = 'zh-CN', ...range } = query;
          const rows = statsRows(await computeStats(db, range)).map((r) => ({
            ...r,
            label: label(lang, r.dimension, r.key),
          }));
          res.set('Content-Type', 'text/csv; charset=utf-8');
          res.set('Content-Disposition', 'attachment; filename="rcep-stats.csv"');
          res.status(200).send('\uFEFF' + toCsv(['dimension', 'key', 'label', 'count'], rows));
        },
      }),
    ),
  ];
}

import { briefingQuerySchema, engineAnswerSchema, errorEnvelopeSchema } from '../../domain/schemas/api.js';
import type { BriefingService } from '../services/briefings.js';
import { route, type RouteDef } from './route.js';

/** Today (UTC) as YYYY-MM-DD: the default date, as for /tariff. */
const today = () => new Date().toISOString().slice(0, 10);

/** Public, read-only: figures of the loaded packs only (no personal or staff data). */
export function briefingRoutes(svc: BriefingService): RouteDef[] {
  return [
    route({
      method: 'get',
      path: '/api/v1/briefings',
      operationId: 'getBriefing',
      tag: 'engine',
      summary:
        'Workshop briefing for a destination and an HS chapter range (whole country when omitted): lines per RCEP status and the largest cuts, per heading or chapter',
      query: briefingQuerySchema,
      responses: {
        200: { description: 'BriefingSummary (domain/briefing/types.ts)', schema: engineAnswerSchema },
        400: {
          description: 'invalid query (chapters-invalid, chapters-not-hs, chapters-reversed…)',
          schema: errorEnvelopeSchema,
        },
      },
      handle: async ({ query }) => ({ body: svc.summary(query, today()) }),
    }),
  ];
}

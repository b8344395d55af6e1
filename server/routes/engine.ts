import {
  checkAnswerSchema,
  checkBodySchema,
  checkProfileQuerySchema,
  engineAnswerSchema,
  errorEnvelopeSchema,
  lineParamsSchema,
  originBodySchema,
  searchQuerySchema,
  tariffQuerySchema,
} from '../../domain/schemas/api.js';
import type { Party } from '../../domain/schemas/index.js';
import type { CheckInput, CheckResult } from '../../domain/check/types.js';
import type { FirmProfile } from '../../domain/schemas/index.js';
import type { EngineService } from '../services/engine.js';
import { route, type RouteDef } from './route.js';

const err = (description: string) => ({ description, schema: errorEnvelopeSchema });
const ok = (description: string) => ({ description, schema: engineAnswerSchema });
const bodyErrors = { 413: err('body too large'), 415: err('not application/json') };

type ProgrammesFor = (result: CheckResult, profile?: FirmProfile) => unknown;

/** the profile fields of GET /api/v1/check, apart from the check's own query */
function splitProfile<Q extends Record<string, unknown>>(q: Q) {
  const { size, aeo, district, direction, firmTypes, exportModels, investor, creditInsurance, ...check } = q;
  const profile = Object.fromEntries(
    Object.entries({ size, aeo, district, direction, firmTypes, exportModels, investor, creditInsurance }).filter(
      ([, v]) => v !== undefined,
    ),
  ) as FirmProfile;
  return { profile, check };
}

export function engineRoutes(svc: EngineService, programmesFor: ProgrammesFor = () => null): RouteDef[] {
  const withProgrammes = (result: CheckResult, profile?: FirmProfile) => ({
    ...result,
    programmes: programmesFor(result, profile),
  });
  // answers depend on the data and the query only (and on today's date where the query leaves it out)
  const cache = () => ({ version: svc.dataVersion(), key: new Date().toISOString().slice(0, 10) });
  return [
    route({
      method: 'get',
      path: '/api/v1/search',
      operationId: 'search',
      tag: 'engine',
      summary: 'Search HS nomenclature and national lines by words (zh/en), synonyms or code',
      query: searchQuerySchema,
      responses: { 200: ok('hits, best first'), 400: err('invalid query') },
      cache,
      handle: async ({ query }) => ({ body: svc.search(query.q, query.dest as Party | undefined, query.limit) }),
    }),
    route({
      method: 'get',
      path: '/api/v1/lines/:dest/:code',
      operationId: 'getLine',
      tag: 'engine',
      summary: 'A national tariff line of a destination as the pack holds it, with its sources',
      params: lineParamsSchema,
      responses: { 200: ok('the line'), 400: err('invalid code'), 404: err('unknown line') },
      handle: async ({ params }) => ({ body: svc.line(params.dest as Party, params.code) }),
    }),
    route({
      method: 'get',
      path: '/api/v1/tariff',
      operationId: 'getTariff',
      tag: 'engine',
      summary: 'MFN and RCEP rate for goods of China on a date (rcep tariff)',
      query: tariffQuerySchema,
      responses: {
        200: ok('TariffAnswer (domain/tariff/types.ts)'),
        400: err('invalid query'),
        404: err('unknown code'),
      },
      cache,
      handle: async ({ query }) => ({ body: svc.tariff(query) }),
    }),
    route({
      method: 'post',
      path: '/api/v1/origin',
      operationId: 'evaluateOrigin',
      tag: 'engine',
      summary: 'Origin verdict with its working from a bill of materials or quick answers (rcep origin)',
      body: originBodySchema,
      responses: { 200: ok('OriginVerdict (domain/origin/types.ts)'), 400: err('invalid input'), ...bodyErrors },
      handle: async ({ body }) => ({ body: svc.origin(body) }),
    }),
    route({
      method: 'get',
      path: '/api/v1/check',
      operationId: 'checkQuick',
      tag: 'engine',
      summary:
        'The whole wizard result for quick origin answers (rcep check), with the programmes matched to the firm profile fields given (as GET /api/v1/programmes)',
      query: checkProfileQuerySchema,
      responses: {
        200: { description: 'CheckResult (domain/check/types.ts) and programmes', schema: checkAnswerSchema },
        400: err('invalid query'),
        404: err('unknown code'),
      },
      cache,
      handle: async ({ query }) => {
        const { profile, check } = splitProfile(query);
        return { body: withProgrammes(svc.checkFromQuery(check) as CheckResult, profile) };
      },
    }),
    route({
      method: 'post',
      path: '/api/v1/check',
      operationId: 'check',
      tag: 'engine',
      summary:
        'The whole wizard result in one call: tariff, origin and proof (CheckInput); with `profile`, the programmes matched to the firm',
      body: checkBodySchema,
      responses: {
        200: { description: 'CheckResult (domain/check/types.ts) and programmes', schema: checkAnswerSchema },
        400: err('invalid input'),
        404: err('unknown code'),
        ...bodyErrors,
      },
      cache,
      handle: async ({ body }) => {
        const { profile, ...input } = body;
        return { body: withProgrammes(svc.check(input as CheckInput) as CheckResult, profile) };
      },
    }),
  ];
}

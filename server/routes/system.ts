import { emptyQuerySchema, engineAnswerSchema, errorEnvelopeSchema, healthSchema } from '../../domain/schemas/api.js';
import type { LoadedData } from '../data/load-data.js';
import { buildOpenApi, docsPage } from '../openapi/build-openapi.js';
import { manifestSummary } from '../services/meta.js';
import type { Store } from '../store/types.js';
import { route, type RouteDef } from './route.js';

export const API_VERSION = '1.0.0';

export function systemRoutes(store: Store, data: LoadedData, allRoutes: () => RouteDef[]): RouteDef[] {
  let openapi: unknown;
  let docs: string | undefined;
  return [
    route({
      method: 'get',
      path: '/api/v1/health',
      operationId: 'getHealth',
      tag: 'system',
      summary: 'Store and data status',
      query: emptyQuerySchema,
      responses: {
        200: { description: 'ok', schema: healthSchema },
        503: { description: 'store down', schema: healthSchema },
      },
      handle: async () => {
        const h = await store.health();
        const dataOk = Object.values(data.status).some((s) => s === 'loaded');
        const status = h.ok && dataOk ? 'ok' : 'degraded';
        return {
          status: h.ok ? 200 : 503,
          headers: { 'cache-control': 'no-store' },
          body: {
            status,
            store: { ok: h.ok, kind: h.kind, schemaVersion: h.schemaVersion },
            data: { packs: data.status, destinations: data.destinations },
            uptimeS: Math.round(process.uptime()),
          },
        };
      },
    }),
    route({
      method: 'get',
      path: '/api/v1/meta',
      operationId: 'getMeta',
      tag: 'system',
      summary: 'Data as-of dates, coverage per destination (data/manifest.json), versions',
      query: emptyQuerySchema,
      responses: { 200: { description: 'meta', schema: engineAnswerSchema } },
      handle: async () => {
        const h = await store.health();
        return {
          body: {
            ...manifestSummary(data.manifest),
            versions: { api: API_VERSION, node: process.versions.node, schema: h.schemaVersion },
            packs: Object.fromEntries([...data.files].map(([k, f]) => [k, { etag: f.etag, bytes: f.size }])),
            packsLoadMs: data.loadMs,
            destinations: data.destinations,
            manifest: data.manifest,
          },
        };
      },
    }),
    route({
      method: 'get',
      path: '/api/v1/openapi.json',
      operationId: 'getOpenApi',
      tag: 'system',
      summary: 'This OpenAPI 3.1 document',
      query: emptyQuerySchema,
      responses: { 200: { description: 'OpenAPI 3.1 document' } },
      handle: async () => ({ body: (openapi ??= buildOpenApi(allRoutes(), API_VERSION)) }),
    }),
    route({
      method: 'get',
      path: '/api/v1/docs',
      operationId: 'getDocs',
      tag: 'system',
      summary: 'Human-readable list of the routes',
      query: emptyQuerySchema,
      responses: {
        200: { description: 'HTML page', contentType: 'text/html' },
        400: { description: 'unexpected parameter', schema: errorEnvelopeSchema },
      },
      handle: async ({ res }) => {
        res.type('html').send((docs ??= docsPage(allRoutes())));
      },
    }),
  ];
}

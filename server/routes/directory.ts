import {
  catalogueQuerySchema,
  contactsQuerySchema,
  engineAnswerSchema,
  errorEnvelopeSchema,
  programmesAnswerSchema,
  programmesQuerySchema,
} from '../../domain/schemas/api.js';
import type { Party } from '../../domain/schemas/index.js';
import type { directoryService } from '../services/directory.js';
import { route, type RouteDef } from './route.js';

const err = (description: string) => ({ description, schema: errorEnvelopeSchema });
const ok = (description: string) => ({ description, schema: engineAnswerSchema });

export function directoryRoutes(svc: ReturnType<typeof directoryService>): RouteDef[] {
  return [
    route({
      method: 'get',
      path: '/api/v1/programmes',
      operationId: 'getProgrammes',
      tag: 'directory',
      summary:
        'Chongqing programmes for a firm profile and a result: applies yes (every condition held) or maybe (some unknown), with reason codes and units, most relevant first; others = ruled out',
      query: programmesQuerySchema,
      responses: {
        200: { description: 'matches with reasons and units', schema: programmesAnswerSchema },
        400: err('invalid query'),
        503: err('seed not loaded'),
      },
      handle: async ({ query }) => ({ body: svc.programmes(query) }),
    }),
    route({
      method: 'get',
      path: '/api/v1/contacts',
      operationId: 'getContacts',
      tag: 'directory',
      summary: 'Contact units (seeds/contact-units.json), optionally those of one programme',
      query: contactsQuerySchema,
      responses: { 200: ok('units'), 400: err('invalid query'), 503: err('seed not loaded') },
      handle: async ({ query }) => ({ body: svc.contacts(query.programme) }),
    }),
    route({
      method: 'get',
      path: '/api/v1/catalogue',
      operationId: 'getCatalogue',
      tag: 'directory',
      summary: 'The Chongqing RCEP export catalogue with tariff flags per destination',
      query: catalogueQuerySchema,
      responses: { 200: ok('entries and flags'), 400: err('invalid query'), 503: err('seed not loaded') },
      handle: async ({ query }) => ({ body: svc.catalogue(query.dest as Party | undefined) }),
    }),
  ];
}

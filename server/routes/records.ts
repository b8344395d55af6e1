import {
  engineAnswerSchema,
  enquiryBodySchema,
  enquiryCreatedSchema,
  enquiryIdParamsSchema,
  errorEnvelopeSchema,
  feedbackBodySchema,
  feedbackCreatedSchema,
  feedbackReferenceParamsSchema,
  feedbackStatusSchema,
} from '../../domain/schemas/api.js';
import type { recordsService } from '../services/records.js';
import { route, type RouteDef } from './route.js';

const err = (description: string) => ({ description, schema: errorEnvelopeSchema });
const bad = { 400: err('invalid input'), 413: err('body too large'), 415: err('not application/json') };

export function recordRoutes(svc: ReturnType<typeof recordsService>): RouteDef[] {
  return [
    route({
      method: 'post',
      path: '/api/v1/enquiries',
      operationId: 'createEnquiry',
      tag: 'records',
      summary: 'Store an enquiry (wizard answers + result summary); 201 after commit',
      body: enquiryBodySchema,
      responses: { 201: { description: 'stored', schema: enquiryCreatedSchema }, ...bad },
      handle: async ({ body }) => ({ status: 201, body: await svc.createEnquiry(body) }),
    }),
    route({
      method: 'get',
      path: '/api/v1/enquiries/:id',
      operationId: 'getEnquiry',
      tag: 'records',
      summary: 'An enquiry by id',
      params: enquiryIdParamsSchema,
      responses: {
        200: { description: 'the enquiry', schema: engineAnswerSchema },
        400: err('bad id'),
        404: err('unknown id'),
      },
      handle: async ({ params }) => ({ body: await svc.getEnquiry(params.id) }),
    }),
    route({
      method: 'post',
      path: '/api/v1/feedback',
      operationId: 'createFeedback',
      tag: 'records',
      summary: 'Report an obstacle in using RCEP; 201 with a reference number after commit',
      body: feedbackBodySchema,
      responses: { 201: { description: 'stored', schema: feedbackCreatedSchema }, ...bad, 404: err('unknown enquiry') },
      handle: async ({ body }) => ({ status: 201, body: await svc.createFeedback(body) }),
    }),
    route({
      method: 'get',
      path: '/api/v1/feedback/:reference',
      operationId: 'getFeedback',
      tag: 'records',
      summary: 'Status of an obstacle report, by its reference (no account needed)',
      params: feedbackReferenceParamsSchema,
      responses: {
        200: { description: 'status and history', schema: feedbackStatusSchema },
        400: err('bad reference'),
        404: err('unknown reference'),
      },
      handle: async ({ params }) => ({ body: await svc.getFeedback(params.reference) }),
    }),
  ];
}

import type { z } from 'zod';
import type { enquiryBodySchema, FeedbackBody } from '../../domain/schemas/api.js';
import type { EngineIndex } from '../../domain/engine-packs.js';
import { HttpError } from '../http/errors.js';
import { retention } from '../store/enquiry-retention.js';
import type { Feedback, Store } from '../store/types.js';
import { clientSummary, withCounts, type MatchDirectory } from './enquiry-failure.js';
import { routeFeedback } from './feedback-routing.js';

/** Enquiries and obstacle reports: stored in one transaction, answered only after commit. */
/** `data.index` is read per request: a publish swaps it (server/data/pack-snapshot.ts) */
export function recordsService(
  store: Store,
  contactUnits: unknown[] | null,
  data: {
    index: EngineIndex;
    seeds?: { programmes: MatchDirectory['programmes']; contactUnits: MatchDirectory['units'] };
  },
) {
  const publicView = (f: Feedback) => ({
    reference: f.reference,
    topic: f.topic,
    status: f.status,
    routedUnit: f.routedUnit,
    createdAt: f.createdAt,
    updatedAt: f.updatedAt,
    events: f.events.map((e) => ({ at: e.at, status: e.status })),
  });
  const purge = retention(store);
  return {
    async createEnquiry(body: z.output<typeof enquiryBodySchema>) {
      // the server's own findings and counts, from the answers (statistics never trust a client's claim)
      const directory = data.seeds && { programmes: data.seeds.programmes, units: data.seeds.contactUnits };
      const { summary, counts } = withCounts(data.index, body.answers, body.summary, directory);
      const e = await store.createEnquiry({ answers: body.answers, summary, lang: body.lang, counts });
      purge();
      return { id: e.id, createdAt: e.createdAt };
    },
    async getEnquiry(id: string) {
      const e = await store.getEnquiry(id);
      if (!e) throw new HttpError(404, 'unknown-enquiry', 'id');
      return { ...e, summary: clientSummary(e.summary) };
    },
    async createFeedback(body: FeedbackBody) {
      if (body.enquiryId && !(await store.getEnquiry(body.enquiryId)))
        throw new HttpError(404, 'unknown-enquiry', 'enquiryId');
      const f = await store.createFeedback({
        ...body,
        contact: body.consent ? body.contact : undefined,
        routedUnit: routeFeedback(body.topic, contactUnits),
      });
      return { reference: f.reference, status: f.status, routedUnit: f.routedUnit, createdAt: f.createdAt };
    },
    async getFeedback(reference: string) {
      const f = await store.getFeedback(reference);
      if (!f) throw new HttpError(404, 'unknown-feedback-reference', 'reference');
      return publicView(f);
    },
  };
}

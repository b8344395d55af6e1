import type { z } from 'zod';
import { ALL_CHAPTERS, summariseBriefing, type BriefingSummary } from '../../domain/briefing/index.js';
import type { briefingQuerySchema } from '../../domain/schemas/api.js';
import type { Party } from '../../domain/schemas/index.js';
import type { LoadedData } from '../data/load-data.js';
import { orThrow } from './domain-error.js';

/** Summaries kept (a workshop's attendees open the same briefing from the QR code at once). */
const CACHE_SIZE = 32;

/**
 * Workshop briefings over the loaded packs. A summary is kept while the packs it was
 * computed from are the ones loaded: publishing a schedule (server/staff) replaces the Annex I pack
 * object, which makes every kept summary stale.
 */
export function briefingService(data: LoadedData) {
  const cache = new Map<string, { annex1: unknown; tariff: unknown; value: BriefingSummary }>();
  return {
    summary(q: z.output<typeof briefingQuerySchema>, today: string): BriefingSummary {
      const query = {
        dest: q.dest as Party,
        chapters: q.chapters ?? ALL_CHAPTERS,
        date: q.date ?? today,
        by: q.by ?? (q.chapters ? 'heading' : 'chapter'),
      } as const;
      const key = JSON.stringify(query);
      const packs = data.index.packs;
      const hit = cache.get(key);
      if (hit && hit.annex1 === packs.annex1 && hit.tariff === packs.tariffs[query.dest]) return hit.value;
      const value = orThrow<BriefingSummary>(summariseBriefing(data.index, query));
      cache.delete(key);
      cache.set(key, { annex1: packs.annex1, tariff: packs.tariffs[query.dest], value });
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return value;
    },
  };
}

export type BriefingService = ReturnType<typeof briefingService>;

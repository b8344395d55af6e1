import type { Store } from './types.js';

/**
 * Anonymous enquiries are kept ENQUIRY_RETENTION_DAYS (a year of statistics plus a month to report on
 * it), then deleted, unless a counter case or an obstacle report refers to one (those are kept with
 * the record that needs them). The storage an anonymous caller can fill is bounded by this and by the
 * per-client rate limit (RCEP_RATE_LIMIT) times the per-route body limit.
 */
export const ENQUIRY_RETENTION_DAYS = 400;
/** the purge runs at most this often, on an enquiry write (no timer to keep alive) */
const PURGE_EVERY_MS = 3600_000;

export async function purgeOldEnquiries(store: Store, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - ENQUIRY_RETENTION_DAYS * 86_400_000).toISOString();
  return store.sql.run(
    'DELETE FROM enquiries WHERE created_at < ? ' +
      'AND id NOT IN (SELECT enquiry_id FROM case_checks WHERE enquiry_id IS NOT NULL) ' +
      'AND id NOT IN (SELECT enquiry_id FROM feedback WHERE enquiry_id IS NOT NULL)',
    [before],
  );
}

/** call on every enquiry write: purges in the background when the last purge is older than an hour */
export function retention(store: Store): () => void {
  let last = 0;
  return () => {
    if (Date.now() - last < PURGE_EVERY_MS) return;
    last = Date.now();
    void purgeOldEnquiries(store).catch(() => undefined);
  };
}

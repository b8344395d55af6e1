import type { LoadedData } from '../data/load-data.js';
import type { Store } from '../store/types.js';
import { activeVersions, PUBLICATIONS_CHANNEL, publicationContent } from './publications-repo.js';

/** how a published pack is put into service; `content` null means the boot content ('original') */
export type ApplyPublication = (data: LoadedData, content: unknown | null, version: string) => void;

/** a request re-reads the versions when the last read is older than this (LISTEN/NOTIFY is the fast path) */
export const RECHECK_MS = 250;
/** a request never waits longer than this for the re-check (a database outage must not stall the engine) */
const RECHECK_WAIT_MS = 1000;

/**
 * Keeps what this server serves equal to what the database records as active, for every server on
 * one database: after its own publish (`applied`), on a notification from another server (PostgreSQL
 * LISTEN/NOTIFY), and on a request when the last version read is older than RECHECK_MS (the cheap
 * query over the one-active-row index). Refreshes run one at a time; each reads the versions anew,
 * so two publishes that commit in one order are never applied in the other.
 */
export function publicationSync(store: Store, data: LoadedData, packs: Record<string, ApplyPublication>) {
  const db = store.sql;
  // nothing counts as applied yet: the first refresh puts every pack into service as the database says,
  // also when `data` was served by an earlier app (tests share one loaded data set)
  const applied = new Map<string, string>();
  /** content this server just committed, so it is not read back from the database */
  const known = new Map<string, unknown>();
  let checkedAt = 0;
  let pending: Promise<void> | null = null;
  let tail: Promise<void> = Promise.resolve();

  const once = async () => {
    checkedAt = Date.now();
    const active = await activeVersions(db);
    for (const [pack, apply] of Object.entries(packs)) {
      const want = active.get(pack) ?? 'original';
      if (applied.get(pack) === want) continue;
      const content =
        want === 'original' ? null : known.has(want) ? known.get(want) : await publicationContent(db, want);
      apply(data, content, want);
      applied.set(pack, want);
    }
    const live = new Set(active.values());
    for (const id of known.keys()) if (!live.has(id)) known.delete(id);
  };

  const refresh = (): Promise<void> => {
    if (pending) return pending;
    const run = tail.then(() => {
      pending = null;
      return once();
    });
    pending = run;
    tail = run.catch(() => undefined);
    return run;
  };

  let stopListening: (() => void) | undefined;
  const listening = store
    .listen(PUBLICATIONS_CHANNEL, () => void refresh().catch(() => undefined))
    .then((stop) => (stopListening = stop))
    .catch(() => undefined); // no channel: the re-check on requests still holds

  return {
    /** the first restore (call before serving); a failure keeps the boot data */
    ready: refresh().catch(() => undefined),
    refresh,
    /** the version this server serves for `pack`: the active publication id, or 'original' */
    version: (pack: string) => applied.get(pack) ?? 'original',
    /** after this server committed `id` with `content`: serve it (or whatever is newer) before answering */
    async applied(id: string, content: unknown): Promise<void> {
      known.set(id, content);
      // committed whatever happens next: a failed read-back is retried by the next request's re-check
      await refresh().catch(() => undefined);
    },
    /** after this server committed a rollback: serve it before answering (a failed read is retried later) */
    async committed(): Promise<void> {
      await refresh().catch(() => undefined);
    },
    /** re-read the versions if the last read is stale; never throws, waits at most RECHECK_WAIT_MS */
    async fresh(): Promise<void> {
      if (Date.now() - checkedAt < RECHECK_MS) return;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        refresh().catch(() => undefined),
        new Promise<void>((r) => (timer = setTimeout(r, RECHECK_WAIT_MS))),
      ]);
      clearTimeout(timer);
    },
    async stop(): Promise<void> {
      await listening;
      stopListening?.();
    },
  };
}

export type PublicationSync = ReturnType<typeof publicationSync>;

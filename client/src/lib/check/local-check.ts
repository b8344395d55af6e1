import type { CheckInput, CheckOutcome } from '../../../../domain/check/types.js';
import type { EngineIndex, EnginePacks } from '../../../../domain/engine-packs.js';
import type { Party } from '../../../../domain/schemas/index.js';
import type { DataService } from '../data/service.js';

/** how long an index is used before its packs are revalidated (conditional GETs, 304 while unchanged) */
export const REVALIDATE_MS = 10_000;

interface Held {
  at: number;
  packs: EnginePacks;
  index: EngineIndex;
}

const samePacks = (a: EnginePacks, b: EnginePacks, dest: Party) =>
  a.hs === b.hs && a.psr === b.psr && a.annex1 === b.annex1 && a.tariffs[dest] === b.tariffs[dest];

/**
 * The same domain engine as the server and the CLI (runCheck), on the packs cached in IndexedDB,
 * so the wizard answers identically online and offline. The engine is loaded lazily (not in the
 * initial bundle); the index of a destination is rebuilt only when one of its packs changed (the
 * data service revalidates them by ETag at most every REVALIDATE_MS, so a pack an admin publishes
 * reaches an open page too). Returns null when the packs are not available (the caller may then
 * ask the server).
 */
export type LocalCheck = ((input: CheckInput) => Promise<CheckOutcome | null>) & {
  /** true when the index of `dest` is held and fresh: a check answers without the network */
  ready(dest: Party): boolean;
  /** download (or revalidate) and index the packs of `dest` now, without running a check */
  prepare(dest: Party): Promise<void>;
};

export function localCheck(data: DataService, now: () => number = Date.now): LocalCheck {
  const held = new Map<Party, Held>();
  const pending = new Map<Party, Promise<Held | null>>();
  const refresh = (dest: Party) => {
    let p = pending.get(dest);
    if (!p) {
      p = (async () => {
        const packs = await data.enginePacks(dest);
        if (!packs) return null;
        const prev = held.get(dest);
        const { indexPacks } = await import('../../../../domain/engine-packs.js');
        const next =
          prev && samePacks(prev.packs, packs, dest)
            ? { ...prev, at: now() }
            : { at: now(), packs, index: indexPacks(packs) };
        held.set(dest, next);
        return next;
      })().finally(() => pending.delete(dest));
      pending.set(dest, p);
    }
    return p;
  };
  const indexFor = async (dest: Party) => {
    const h = held.get(dest);
    if (h && now() - h.at < REVALIDATE_MS) return h.index;
    return (await refresh(dest))?.index ?? null;
  };
  const run = async (input: CheckInput) => {
    const index = await indexFor(input.dest);
    if (!index) return null;
    const { runCheck } = await import('../../../../domain/check/run-check.js');
    return runCheck(index, input);
  };
  return Object.assign(run, {
    ready: (dest: Party) => {
      const h = held.get(dest);
      return !!h && now() - h.at < REVALIDATE_MS;
    },
    prepare: async (dest: Party) => {
      await indexFor(dest);
      // the engine code too, so a check offline finds it in the service worker's cache
      await import('../../../../domain/check/run-check.js');
    },
  });
}

import type { CheckInput, CheckOutcome } from '../../../../domain/check/types.js';
import type { EngineIndex } from '../../../../domain/engine-packs.js';
import type { Party } from '../../../../domain/schemas/index.js';
import type { DataService } from '../data/service.js';

/**
 * The same domain engine as the server and the CLI (runCheck), on the packs cached in IndexedDB,
 * so the wizard answers identically online and offline. The engine is loaded lazily (not in the
 * initial bundle) and the index is built once per destination. Returns null when the packs are
 * not available (the caller may then ask the server).
 */
export function localCheck(data: DataService): (input: CheckInput) => Promise<CheckOutcome | null> {
  const cache = new Map<Party, Promise<EngineIndex | null>>();
  const indexFor = (dest: Party) => {
    let p = cache.get(dest);
    if (!p) {
      p = (async () => {
        const packs = await data.enginePacks(dest);
        if (!packs) return null;
        const { indexPacks } = await import('../../../../domain/engine-packs.js');
        return indexPacks(packs);
      })();
      p.then((x) => x === null && cache.delete(dest)).catch(() => cache.delete(dest));
      cache.set(dest, p);
    }
    return p;
  };
  return async (input) => {
    const index = await indexFor(input.dest);
    if (!index) return null;
    const { runCheck } = await import('../../../../domain/check/run-check.js');
    return runCheck(index, input);
  };
}

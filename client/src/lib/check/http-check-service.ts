import type { CheckInput, CheckOutcome } from '../../../../domain/check/types.js';
import type { Party } from '../../../../domain/schemas/index.js';
import { ApiError, isOnline, postJson } from '../data/api.js';
import type { CheckRun, CheckService } from './check-service.js';
import type { LocalCheck } from './local-check.js';
import { whenIdle } from './when-idle.js';

type Local = ((input: CheckInput) => Promise<CheckOutcome | null>) & Partial<Pick<LocalCheck, 'ready' | 'prepare'>>;

/**
 * Runs a check with the same domain engine either on this device (`local`, on the packs cached in
 * IndexedDB) or on the server (/api/v1/check), so online and offline answers agree.
 *
 * Results before packs: while the packs of a destination are not yet indexed on this device and
 * the network is up, the server answers (a few KB instead of megabytes of packs), and the packs are
 * fetched and indexed when the browser is idle, so the next check, and every check offline, runs
 * locally. When the server cannot answer (network error, 5xx, rate limit) the local engine does.
 */
export function createCheckService(local?: Local): CheckService {
  const prepared = new Set<Party>();
  const prepareLater = (dest: Party) => {
    if (!local?.prepare || prepared.has(dest)) return;
    prepared.add(dest);
    whenIdle(() => {
      local.prepare!(dest).catch(() => prepared.delete(dest));
    });
  };
  const runLocal = async (input: CheckInput) => (local ? await local(input).catch(() => null) : null);
  return {
    async run(input: CheckInput): Promise<CheckRun> {
      const offline = !isOnline();
      const serverFirst = !offline && !!local?.ready && !local.ready(input.dest);
      if (!serverFirst) {
        const outcome = await runLocal(input);
        if (outcome) return { outcome, engine: 'local', offline };
        if (offline) throw new ApiError('offline-no-packs', 0);
      }
      try {
        const outcome = await postJson<CheckOutcome>('/api/v1/check', input);
        prepareLater(input.dest);
        return { outcome, engine: 'server', offline };
      } catch (e) {
        if (e instanceof ApiError && e.status >= 400 && e.status < 500 && e.status !== 429) {
          prepareLater(input.dest);
          return { outcome: { error: { reason: e.reason, field: e.field } }, engine: 'server', offline };
        }
        if (serverFirst) {
          const outcome = await runLocal(input);
          if (outcome) return { outcome, engine: 'local', offline: !isOnline() };
        }
        throw e;
      }
    },
  };
}

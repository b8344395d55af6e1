import type { CheckInput, CheckOutcome } from '../../../../domain/check/types.js';
import { ApiError, isOnline, postJson } from '../data/api.js';
import type { CheckRun, CheckService } from './check-service.js';

/**
 * Runs a check. `local` (the same domain engine on the packs cached in IndexedDB) is tried first,
 * so online and offline answers come from one code path; the server's /api/v1/check is the
 * fallback while the packs are not yet cached.
 */
export function createCheckService(local?: (input: CheckInput) => Promise<CheckOutcome | null>): CheckService {
  return {
    async run(input: CheckInput): Promise<CheckRun> {
      const offline = !isOnline();
      if (local) {
        const outcome = await local(input).catch(() => null);
        if (outcome) return { outcome, engine: 'local', offline };
      }
      if (offline) throw new ApiError('offline-no-packs', 0);
      try {
        const outcome = await postJson<CheckOutcome>('/api/v1/check', input);
        return { outcome, engine: 'server', offline };
      } catch (e) {
        if (e instanceof ApiError && e.status >= 400 && e.status < 500)
          return { outcome: { error: { reason: e.reason, field: e.field } }, engine: 'server', offline };
        throw e;
      }
    },
  };
}

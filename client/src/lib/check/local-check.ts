import type { CheckInput, CheckOutcome } from '../../../../domain/check/types.js';
import type { DataService } from '../data/service.js';

/**
 * The same domain engine on the packs cached in IndexedDB. Returns null while the engine's
 * runCheck (domain/check) or the packs are unavailable; the caller then asks the server.
 */
export function localCheck(_data: DataService): (input: CheckInput) => Promise<CheckOutcome | null> {
  return async () => null;
}

import { HttpError } from '../http/errors.js';

/** sign-in attempts of one account this server checks at once; the rest wait their turn */
const PER_ACCOUNT_RUNNING = 1;
/** attempts of one account allowed to wait; beyond that: 429 'sign-in-busy' (keyed by the name typed, known or not) */
const PER_ACCOUNT_WAITING = 40;
/** failed sign-ins from one address in ADDRESS_WINDOW_MS before it is refused (429 'too-many-attempts') */
export const ADDRESS_MAX_FAILURES = 30;
export const ADDRESS_WINDOW_MS = 15 * 60_000;

/**
 * Limits of the sign-in route, in this process (each server keeps its own; the account lock itself
 * is in the database and holds across servers):
 * - one attempt per account is checked at a time, so a burst of guesses is met by the lock after
 *   the fifth failure instead of racing past it;
 * - an address that fails ADDRESS_MAX_FAILURES times in the window is refused for the rest of it, so
 *   one stranger can lock at most a handful of accounts per window (an admin can unlock them).
 */
export function signInLimits(now = () => Date.now()) {
  const accounts = new Map<string, { running: number; queue: (() => void)[] }>();
  const failures = new Map<string, number[]>();

  const recent = (address: string) => {
    const since = now() - ADDRESS_WINDOW_MS;
    const list = (failures.get(address) ?? []).filter((t) => t > since);
    if (list.length) failures.set(address, list);
    else failures.delete(address);
    return list;
  };

  return {
    /** 429 when `address` has failed too often lately */
    checkAddress(address: string): void {
      const list = recent(address);
      if (list.length >= ADDRESS_MAX_FAILURES) throw new HttpError(429, 'too-many-attempts');
    },
    failed(address: string): void {
      failures.set(address, [...recent(address), now()]);
    },
    /** run `fn` when no other attempt of `account` is being checked here */
    async one<T>(account: string, fn: () => Promise<T>): Promise<T> {
      let a = accounts.get(account);
      if (!a) accounts.set(account, (a = { running: 0, queue: [] }));
      const slot = a;
      if (slot.running >= PER_ACCOUNT_RUNNING) {
        if (slot.queue.length >= PER_ACCOUNT_WAITING) throw new HttpError(429, 'sign-in-busy');
        await new Promise<void>((r) => slot.queue.push(r)); // the finishing attempt hands its place over
      } else slot.running++;
      try {
        return await fn();
      } finally {
        const next = slot.queue.shift();
        if (next) next();
        else if (--slot.running === 0) accounts.delete(account);
      }
    },
  };
}

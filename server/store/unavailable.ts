/**
 * Whether `err` says the database cannot be reached (as opposed to a bad statement): connection
 * refused/reset/timed out, a pool that cannot connect in time, a server shutting down or in
 * recovery, a SQLite file that is busy or locked for longer than the busy timeout. Such a failure is
 * answered 503 'store-unavailable' (try again later), not 500.
 */
export function isStoreUnavailable(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { code?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE'].includes(code)) return true;
  // PostgreSQL classes 08 (connection exception) and 57P (operator intervention: shutdown, recovery)
  if (/^08|^57P0[1-3]$/.test(code)) return true;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code === 'SQLITE_CANTOPEN') return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    message,
  );
}

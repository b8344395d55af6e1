import { randomBytes } from 'node:crypto';
import { IDLE_MS, MAX_SESSIONS_PER_USER, SESSION_MS, type StaffRole, type StaffUser } from './roles.js';
import type { Sql } from './sql.js';

export interface StaffSession {
  id: string;
  csrfToken: string;
  expiresAt: string;
  user: StaffUser;
}

const token = () => randomBytes(32).toString('base64url');

/**
 * A new session (fresh random id and CSRF token: a session id is never carried over from before sign-in).
 * Every sign-in also purges the sessions that have expired, so the table holds only live sessions
 * plus those expired since the last sign-in.
 */
export async function createSession(q: Sql, user: StaffUser, now = new Date()): Promise<StaffSession> {
  await purgeExpiredSessions(q, now);
  const s = { id: token(), csrfToken: token(), expiresAt: new Date(now.getTime() + SESSION_MS).toISOString() };
  // at most MAX_SESSIONS_PER_USER live sessions: the oldest beyond the limit end with this sign-in
  const live = await q.all('SELECT id FROM sessions WHERE user_id = ? ORDER BY created_at DESC, id DESC', [user.id]);
  for (const r of live.slice(MAX_SESSIONS_PER_USER - 1)) await q.run('DELETE FROM sessions WHERE id = ?', [r.id]);
  await q.run(
    'INSERT INTO sessions (id, user_id, csrf_token, created_at, expires_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)',
    [s.id, user.id, s.csrfToken, now.toISOString(), s.expiresAt, now.toISOString()],
  );
  return { ...s, user };
}

/** a session's last use is written at most this often (not on every request) */
const TOUCH_MS = 60_000;

/** the live session of an active (not disabled) user, or null; ended when idle longer than IDLE_MS */
export async function findSession(q: Sql, id: string, now = new Date()): Promise<StaffSession | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(id)) return null;
  const idleSince = new Date(now.getTime() - IDLE_MS).toISOString();
  const r = await q.get(
    'SELECT s.id, s.csrf_token, s.expires_at, COALESCE(s.last_seen_at, s.created_at) AS seen, u.id AS user_id, u.username, u.display_name, u.role ' +
      'FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ? AND s.expires_at > ? AND u.disabled = 0',
    [id, now.toISOString()],
  );
  if (!r) return null;
  if (String(r.seen) <= idleSince) {
    await q.run('DELETE FROM sessions WHERE id = ?', [id]);
    return null;
  }
  if (now.getTime() - Date.parse(String(r.seen)) > TOUCH_MS)
    await q.run('UPDATE sessions SET last_seen_at = ? WHERE id = ?', [now.toISOString(), id]);
  return {
    id: String(r.id),
    csrfToken: String(r.csrf_token),
    expiresAt: String(r.expires_at),
    user: {
      id: String(r.user_id),
      username: String(r.username),
      displayName: r.display_name == null ? null : String(r.display_name),
      role: String(r.role) as StaffRole,
    },
  };
}

/** delete every session whose absolute lifetime has ended; returns how many */
export async function purgeExpiredSessions(q: Sql, now = new Date()): Promise<number> {
  return q.run('DELETE FROM sessions WHERE expires_at <= ?', [now.toISOString()]);
}

export async function deleteSession(q: Sql, id: string): Promise<void> {
  await q.run('DELETE FROM sessions WHERE id = ?', [id]);
}

export async function deleteUserSessions(q: Sql, userId: string): Promise<void> {
  await q.run('DELETE FROM sessions WHERE user_id = ?', [userId]);
}

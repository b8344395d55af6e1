import { randomUUID } from 'node:crypto';
import { LOCKOUT_MS, MAX_FAILED_LOGINS, type StaffRole, type StaffUser } from './roles.js';
import { forUpdate, type Row, type Sql } from './sql.js';

export interface UserRecord extends StaffUser {
  passwordHash: string;
  failedLogins: number;
  lockedUntil: string | null;
  disabled: boolean;
  createdAt: string;
}

export function userFromRow(r: Row): UserRecord {
  return {
    id: String(r.id),
    username: String(r.username),
    displayName: r.display_name == null ? null : String(r.display_name),
    role: String(r.role) as StaffRole,
    passwordHash: String(r.password_hash),
    failedLogins: Number(r.failed_logins),
    lockedUntil: r.locked_until == null ? null : String(r.locked_until),
    disabled: Number(r.disabled) === 1,
    createdAt: String(r.created_at),
  };
}

/** whether the account is locked at `now` */
export const lockedAt = (u: Pick<UserRecord, 'lockedUntil'>, now: Date) =>
  !!u.lockedUntil && u.lockedUntil > now.toISOString();

export const publicUser = (u: UserRecord) => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  disabled: u.disabled,
  locked: !!u.lockedUntil && u.lockedUntil > new Date().toISOString(),
  createdAt: u.createdAt,
});

export async function findUserByName(q: Sql, username: string): Promise<UserRecord | null> {
  const r = await q.get('SELECT * FROM users WHERE username = ?', [username]);
  return r ? userFromRow(r) : null;
}

/**
 * The user row, locked until the transaction ends (PostgreSQL row lock; SQLite's BEGIN IMMEDIATE
 * already holds the write lock): the failure count and lock are read and changed as one step.
 */
export async function lockUserByName(q: Sql, username: string): Promise<UserRecord | null> {
  const r = await q.get(`SELECT * FROM users WHERE username = ?${forUpdate(q)}`, [username]);
  return r ? userFromRow(r) : null;
}

export async function listUsers(q: Sql): Promise<UserRecord[]> {
  return (await q.all('SELECT * FROM users ORDER BY username')).map(userFromRow);
}

/** inserts a user; returns null when the username is taken */
export async function insertUser(
  q: Sql,
  u: { username: string; role: StaffRole; passwordHash: string; displayName?: string | null },
): Promise<UserRecord | null> {
  if (await findUserByName(q, u.username)) return null;
  const id = randomUUID();
  await q.run(
    'INSERT INTO users (id, username, display_name, role, password_hash, failed_logins, locked_until, disabled, created_at) ' +
      'VALUES (?, ?, ?, ?, ?, 0, NULL, 0, ?)',
    [id, u.username, u.displayName ?? null, u.role, u.passwordHash, new Date().toISOString()],
  );
  return findUserByName(q, u.username);
}

/**
 * Counts a failed sign-in; locks the account at MAX_FAILED_LOGINS; returns whether it is now locked.
 * Call inside the transaction that read the row with lockUserByName.
 */
export async function recordFailedLogin(q: Sql, id: string, now = new Date()): Promise<boolean> {
  const r = await q.get(`SELECT failed_logins FROM users WHERE id = ?${forUpdate(q)}`, [id]);
  const n = Number(r?.failed_logins ?? 0) + 1;
  const lock = n >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MS).toISOString() : null;
  await q.run('UPDATE users SET failed_logins = ?, locked_until = COALESCE(?, locked_until) WHERE id = ?', [
    lock ? 0 : n,
    lock,
    id,
  ]);
  return lock !== null;
}

export async function resetFailedLogins(q: Sql, id: string): Promise<void> {
  await q.run('UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?', [id]);
}

export async function setUserDisabled(q: Sql, id: string, disabled: boolean): Promise<number> {
  return q.run('UPDATE users SET disabled = ? WHERE id = ?', [disabled ? 1 : 0, id]);
}

/** an admin lifts a lock (and the failure count); returns the rows changed (0: unknown user) */
export async function unlockUser(q: Sql, id: string): Promise<number> {
  return q.run('UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?', [id]);
}

/** Staff roles: counter clerks, workshop presenters, commerce-commission admins. */
export const STAFF_ROLES = ['counter', 'workshop', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffUser {
  id: string;
  username: string;
  displayName: string | null;
  role: StaffRole;
}

/** sign-in failures before the account is locked, and for how long */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60_000;
/** absolute session lifetime */
export const SESSION_MS = 8 * 3600_000;
/** a session not used for this long ends (a counter PC left signed in) */
export const IDLE_MS = 30 * 60_000;
/** live sessions per user; a new sign-in ends the oldest beyond this */
export const MAX_SESSIONS_PER_USER = 5;

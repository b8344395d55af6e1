import type { StaffSessionUser } from '../../domain/schemas/staff.js';

/** the roles are part of the staff API contract (domain/schemas/staff.ts) */
export { STAFF_ROLES, type StaffRole } from '../../domain/schemas/staff.js';

export type StaffUser = StaffSessionUser;

/** sign-in failures before the account is locked, and for how long */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60_000;
/** absolute session lifetime */
export const SESSION_MS = 8 * 3600_000;
/** a session not used for this long ends (a counter PC left signed in) */
export const IDLE_MS = 30 * 60_000;
/** live sessions per user; a new sign-in ends the oldest beyond this */
export const MAX_SESSIONS_PER_USER = 5;

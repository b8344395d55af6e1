import { z } from 'zod';
import { storable } from './api.js';

/**
 * The staff API (/api/v1/staff): sign-in, accounts and the audit log. Cases, feedback and statistics are
 * in staff-cases.ts, uploads, publications and directory edits in staff-data.ts. The server validates
 * with these schemas and documents them (OpenAPI); the client reads the answers through the inferred
 * types, so a field renamed on one side is a type error on the other. Messages are reason codes.
 */

/** counter clerks, workshop presenters, commerce-commission admins: the one list of staff roles */
export const STAFF_ROLES = ['counter', 'workshop', 'admin'] as const;
export const staffRoleSchema = z.enum(STAFF_ROLES, { error: 'role-invalid' });
export type StaffRole = z.infer<typeof staffRoleSchema>;

/** shortest password accepted for a staff account (by the API and by `rcep admin create`) */
export const MIN_PASSWORD_LENGTH = 12;

/** POST bodies that carry nothing (the action is in the path) */
export const staffEmptyBodySchema = z.strictObject({});

// ---- sign-in ----

export const staffUsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, 'username-invalid');

/** POST /api/v1/staff/session */
export const signInBodySchema = z.strictObject({
  username: staffUsernameSchema,
  password: z.string().min(1, 'password-required').max(200),
});

/** who is signed in, as a session carries it */
export const staffSessionUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string().nullable(),
  role: staffRoleSchema,
});
export type StaffSessionUser = z.infer<typeof staffSessionUserSchema>;

/** answer of the sign-in and of GET /api/v1/staff/session */
export const staffMeSchema = z.object({
  user: staffSessionUserSchema,
  csrfToken: z.string(),
  expiresAt: z.string(),
});
export type StaffMe = z.infer<typeof staffMeSchema>;

export const signedOutSchema = z.object({ signedOut: z.literal(true) });

// ---- accounts (admin) ----

export const staffPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, 'password-too-short')
  .max(200, 'password-too-long');

/** POST /api/v1/staff/users */
export const newUserBodySchema = z.strictObject({
  username: staffUsernameSchema,
  role: staffRoleSchema,
  password: staffPasswordSchema,
  displayName: storable(z.string().trim().max(80)).optional(),
});
export type NewUserBody = z.infer<typeof newUserBodySchema>;

export const userIdParamsSchema = z.strictObject({ id: z.uuid({ error: 'user-id-invalid' }) });
export const userDisabledBodySchema = z.strictObject({ disabled: z.boolean() });

/** an account as the admin sees it (never its password hash) */
export const staffAccountSchema = staffSessionUserSchema.extend({
  disabled: z.boolean(),
  locked: z.boolean(),
  createdAt: z.string(),
});
export type StaffAccount = z.infer<typeof staffAccountSchema>;
export const staffAccountsSchema = z.object({ users: z.array(staffAccountSchema) });
export type StaffAccounts = z.infer<typeof staffAccountsSchema>;
export const userDisabledSchema = z.object({ id: z.string(), disabled: z.boolean() });

// ---- audit log (admin) ----

/** GET /api/v1/staff/audit?actor=&action=&limit= */
export const auditQuerySchema = z.strictObject({
  actor: storable(z.string().max(40)).optional(),
  action: storable(z.string().max(60)).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const auditEntrySchema = z.object({
  at: z.string(),
  actor: z.string().nullable(),
  action: z.string(),
  target: z.string().nullable(),
  detail: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditLogSchema = z.object({ entries: z.array(auditEntrySchema) });

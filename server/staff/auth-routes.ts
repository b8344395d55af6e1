import { z } from 'zod';
import { errorEnvelopeSchema } from '../../domain/schemas/api.js';
import { HttpError } from '../http/errors.js';
import { route } from '../routes/route.js';
import { audit } from './audit-repo.js';
import { clearSessionCookies, setSessionCookies } from './cookies.js';
import { sessionOf, staffOf } from './guard.js';
import { dummyHash, verifyPassword } from './password.js';
import { SESSION_MS } from './roles.js';
import { createSession, deleteSession } from './sessions-repo.js';
import type { SqlRunner } from './sql.js';
import { signInLimits } from './sign-in-limits.js';
import { ALL_STAFF, staff, STAFF_PREFIX, type StaffRouteDef } from './staff-route.js';
import { findUserByName, lockedAt, lockUserByName, recordFailedLogin, resetFailedLogins } from './users-repo.js';

const err = (description: string) => ({ description, schema: errorEnvelopeSchema });
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, 'username-invalid');
const signInBody = z.strictObject({
  username: usernameSchema,
  password: z.string().min(1, 'password-required').max(200),
});
const meSchema = z.object({
  user: z.object({ id: z.string(), username: z.string(), displayName: z.string().nullable(), role: z.string() }),
  csrfToken: z.string(),
  expiresAt: z.string(),
});

/** the answer to every refused sign-in: an unknown, disabled or locked account looks like a wrong password */
const refused = () => new HttpError(401, 'invalid-credentials');

export function authRoutes(db: SqlRunner): StaffRouteDef[] {
  const limits = signInLimits();
  return [
    staff(
      null,
      route({
        method: 'post',
        path: `${STAFF_PREFIX}/session`,
        operationId: 'staffSignIn',
        tag: 'staff',
        summary:
          'Sign in (sets an HttpOnly SameSite=Strict session cookie and a CSRF cookie); a locked account gets the same 401 as a wrong password',
        body: signInBody,
        responses: {
          201: { description: 'signed in', schema: meSchema },
          400: err('bad input'),
          401: err('invalid-credentials (also for an unknown, disabled or locked account)'),
          429: err('too-many-attempts (this address) or sign-in-busy (this account)'),
        },
        handle: async ({ body, req, res }) => {
          const address = req.ip ?? req.socket.remoteAddress ?? '';
          limits.checkAddress(address);
          const old = await sessionOf(db, req);
          const out = await limits.one(body.username, async () => {
            // a first read decides what to verify (a locked account's password is not checked at all);
            // the decision is taken again on the row read inside the transaction, under its lock
            const seen = await findUserByName(db, body.username);
            const usable = !!seen && !seen.disabled && !lockedAt(seen, new Date());
            const ok = await verifyPassword(body.password, usable ? seen.passwordHash : await dummyHash());
            return db.tx(async (q) => {
              if (old) await deleteSession(q, old.id); // no session survives a sign-in (fixation)
              const now = new Date();
              const user = await lockUserByName(q, body.username);
              if (!user || user.disabled) {
                await audit(q, {
                  actor: body.username,
                  action: 'sign-in-failed',
                  detail: { reason: 'invalid-credentials' },
                });
                return { error: refused() };
              }
              if (lockedAt(user, now)) {
                await audit(q, {
                  actor: user.username,
                  action: 'sign-in-failed',
                  detail: { reason: 'account-locked' },
                });
                return { error: refused() };
              }
              // the password checked must be the one stored now (not one changed since the first read)
              if (!ok || !usable || user.passwordHash !== seen.passwordHash) {
                const nowLocked = await recordFailedLogin(q, user.id, now);
                await audit(q, {
                  actor: user.username,
                  action: 'sign-in-failed',
                  detail: { reason: 'wrong-password', locked: nowLocked },
                });
                return { error: refused() };
              }
              await resetFailedLogins(q, user.id);
              const s = await createSession(q, user, now);
              await audit(q, { actor: user.username, action: 'sign-in' });
              return { session: s };
            });
          });
          if (out.error) {
            limits.failed(address);
            throw out.error;
          }
          const s = out.session!;
          setSessionCookies(req, res, { id: s.id, csrfToken: s.csrfToken, maxAgeS: SESSION_MS / 1000 });
          res.set('Cache-Control', 'no-store');
          return { status: 201, body: { user: s.user, csrfToken: s.csrfToken, expiresAt: s.expiresAt } };
        },
      }),
    ),
    staff(
      ALL_STAFF,
      route({
        method: 'get',
        path: `${STAFF_PREFIX}/session`,
        operationId: 'staffMe',
        tag: 'staff',
        summary: 'The signed-in staff member and the CSRF token',
        responses: { 200: { description: 'me', schema: meSchema }, 401: err('not-signed-in') },
        handle: async ({ res }) => {
          const s = staffOf(res);
          res.set('Cache-Control', 'no-store');
          return { body: { user: s.user, csrfToken: s.csrfToken, expiresAt: s.expiresAt } };
        },
      }),
    ),
    staff(
      ALL_STAFF,
      route({
        method: 'post',
        path: `${STAFF_PREFIX}/session/end`,
        operationId: 'staffSignOut',
        tag: 'staff',
        summary: 'Sign out (deletes the session)',
        body: z.strictObject({}),
        responses: { 200: { description: 'signed out' }, 401: err('not-signed-in'), 403: err('csrf-token-invalid') },
        handle: async ({ req, res }) => {
          const s = staffOf(res);
          await db.tx(async (q) => {
            await deleteSession(q, s.id);
            await audit(q, { actor: s.user.username, action: 'sign-out' });
          });
          clearSessionCookies(req, res);
          return { body: { signedOut: true } };
        },
      }),
    ),
  ];
}

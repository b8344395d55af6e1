import { errorEnvelopeSchema } from '../../domain/schemas/api.js';
import {
  signInBodySchema,
  staffEmptyBodySchema,
  staffMeSchema,
  staffSessionUserSchema,
  signedOutSchema,
  type StaffMe,
} from '../../domain/schemas/staff.js';
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
        body: signInBodySchema,
        responses: {
          201: { description: 'signed in', schema: staffMeSchema },
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
          return {
            status: 201,
            // only what the contract names: the session was made from the stored account row, which holds
            // the password hash and the failure count, and none of that may reach the browser
            body: {
              user: staffSessionUserSchema.parse(s.user),
              csrfToken: s.csrfToken,
              expiresAt: s.expiresAt,
            } satisfies StaffMe,
          };
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
        responses: { 200: { description: 'me', schema: staffMeSchema }, 401: err('not-signed-in') },
        handle: async ({ res }) => {
          const s = staffOf(res);
          res.set('Cache-Control', 'no-store');
          return { body: { user: s.user, csrfToken: s.csrfToken, expiresAt: s.expiresAt } satisfies StaffMe };
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
        body: staffEmptyBodySchema,
        responses: {
          200: { description: 'signed out', schema: signedOutSchema },
          401: err('not-signed-in'),
          403: err('csrf-token-invalid'),
        },
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

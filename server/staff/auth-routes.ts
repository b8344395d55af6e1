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
import { ALL_STAFF, staff, STAFF_PREFIX, type StaffRouteDef } from './staff-route.js';
import { findUserByName, recordFailedLogin, resetFailedLogins } from './users-repo.js';

const err = (description: string) => ({ description, schema: errorEnvelopeSchema });

export function authRoutes(db: SqlRunner): StaffRouteDef[] {
  return [
    staff(
      null,
      route({
        method: 'post',
        path: `${STAFF_PREFIX}/session`,
        operationId: 'staffSignIn',
        tag: 'staff',
        summary: 'Sign in (sets an HttpOnly SameSite=Strict session cookie and a CSRF cookie)',
        body: signInBodySchema,
        responses: {
          201: { description: 'signed in', schema: staffMeSchema },
          400: err('bad input'),
          401: err('invalid-credentials'),
          423: err('account-locked'),
        },
        handle: async ({ body, req, res }) => {
          const old = await sessionOf(db, req);
          const user = await findUserByName(db, body.username);
          const ok = await verifyPassword(body.password, user?.passwordHash ?? (await dummyHash()));
          const now = new Date();
          const locked = !!user?.lockedUntil && user.lockedUntil > now.toISOString();
          const out = await db.tx(async (q) => {
            if (old) await deleteSession(q, old.id); // no session survives a sign-in (fixation)
            if (!user || user.disabled) {
              await audit(q, {
                actor: body.username,
                action: 'sign-in-failed',
                detail: { reason: 'invalid-credentials' },
              });
              return { error: new HttpError(401, 'invalid-credentials') };
            }
            if (locked) {
              await audit(q, { actor: user.username, action: 'sign-in-failed', detail: { reason: 'account-locked' } });
              return { error: new HttpError(423, 'account-locked') };
            }
            if (!ok) {
              const nowLocked = await recordFailedLogin(q, user.id, now);
              await audit(q, {
                actor: user.username,
                action: 'sign-in-failed',
                detail: { reason: 'invalid-credentials', locked: nowLocked },
              });
              return {
                error: nowLocked ? new HttpError(423, 'account-locked') : new HttpError(401, 'invalid-credentials'),
              };
            }
            await resetFailedLogins(q, user.id);
            const s = await createSession(q, user, now);
            await audit(q, { actor: user.username, action: 'sign-in' });
            return { session: s };
          });
          if (out.error) throw out.error;
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

import { errorEnvelopeSchema } from '../../domain/schemas/api.js';
import {
  auditLogSchema,
  auditQuerySchema,
  newUserBodySchema,
  staffAccountSchema,
  staffAccountsSchema,
  userDisabledBodySchema,
  userDisabledSchema,
  userIdParamsSchema,
  staffEmptyBodySchema,
  type StaffAccount,
  type StaffAccounts,
} from '../../domain/schemas/staff.js';
import { HttpError } from '../http/errors.js';
import { route } from '../routes/route.js';
import { audit, listAudit } from './audit-repo.js';
import { staffOf } from './guard.js';
import { hashPassword, passwordProblem } from './password.js';
import { deleteUserSessions } from './sessions-repo.js';
import type { SqlRunner } from './sql.js';
import { ADMIN, staff, STAFF_PREFIX, type StaffRouteDef } from './staff-route.js';
import { insertUser, listUsers, publicUser, setUserDisabled, unlockUser } from './users-repo.js';

const err = (description: string) => ({ description, schema: errorEnvelopeSchema });
const denied = { 401: err('not-signed-in'), 403: err('wrong-role or csrf-token-invalid') };

/** the account form's body, with the password policy (a server rule: its deny-list stays on the server) */
const newUserBody = newUserBodySchema.superRefine((b, ctx) => {
  const problem = passwordProblem(b.password, b.username);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['password'] });
});

export function userRoutes(db: SqlRunner): StaffRouteDef[] {
  return [
    staff(
      ADMIN,
      route({
        method: 'get',
        path: `${STAFF_PREFIX}/users`,
        operationId: 'staffListUsers',
        tag: 'staff',
        summary: 'Staff accounts (admin)',
        responses: { 200: { description: 'users', schema: staffAccountsSchema }, ...denied },
        handle: async () => ({ body: { users: (await listUsers(db)).map(publicUser) } satisfies StaffAccounts }),
      }),
    ),
    staff(
      ADMIN,
      route({
        method: 'post',
        path: `${STAFF_PREFIX}/users`,
        operationId: 'staffCreateUser',
        tag: 'staff',
        summary: 'Create a staff account (admin); 201 after commit',
        body: newUserBody,
        responses: {
          201: { description: 'created', schema: staffAccountSchema },
          400: err('bad input'),
          409: err('username-taken'),
          ...denied,
        },
        handle: async ({ body, res }) => {
          const me = staffOf(res);
          const passwordHash = await hashPassword(body.password);
          const u = await db.tx(async (q) => {
            const created = await insertUser(q, { ...body, passwordHash });
            if (created)
              await audit(q, {
                actor: me.user.username,
                action: 'user-create',
                target: created.username,
                detail: { role: created.role },
              });
            return created;
          });
          if (!u) throw new HttpError(409, 'username-taken', 'username');
          return { status: 201, body: publicUser(u) satisfies StaffAccount };
        },
      }),
    ),
    staff(
      ADMIN,
      route({
        method: 'post',
        path: `${STAFF_PREFIX}/users/:id/disabled`,
        operationId: 'staffSetUserDisabled',
        tag: 'staff',
        summary: 'Disable or re-enable a staff account (admin); disabling ends its sessions',
        params: userIdParamsSchema,
        body: userDisabledBodySchema,
        responses: {
          200: { description: 'updated', schema: userDisabledSchema },
          400: err('bad input'),
          404: err('unknown-user'),
          ...denied,
        },
        handle: async ({ params, body, res }) => {
          const me = staffOf(res);
          if (params.id === me.user.id) throw new HttpError(400, 'cannot-disable-self', 'id');
          const n = await db.tx(async (q) => {
            const changed = await setUserDisabled(q, params.id, body.disabled);
            if (changed && body.disabled) await deleteUserSessions(q, params.id);
            if (changed)
              await audit(q, {
                actor: me.user.username,
                action: body.disabled ? 'user-disable' : 'user-enable',
                target: params.id,
              });
            return changed;
          });
          if (!n) throw new HttpError(404, 'unknown-user', 'id');
          return { body: { id: params.id, disabled: body.disabled } };
        },
      }),
    ),
    staff(
      ADMIN,
      route({
        method: 'post',
        path: `${STAFF_PREFIX}/users/:id/unlock`,
        operationId: 'staffUnlockUser',
        tag: 'staff',
        summary: 'Lift the sign-in lock of a staff account (admin): its failure count starts again from zero',
        params: userIdParamsSchema,
        body: staffEmptyBodySchema,
        responses: { 200: { description: 'unlocked' }, 400: err('bad input'), 404: err('unknown-user'), ...denied },
        handle: async ({ params, res }) => {
          const me = staffOf(res);
          const n = await db.tx(async (q) => {
            const changed = await unlockUser(q, params.id);
            if (changed) await audit(q, { actor: me.user.username, action: 'user-unlock', target: params.id });
            return changed;
          });
          if (!n) throw new HttpError(404, 'unknown-user', 'id');
          return { body: { id: params.id, locked: false } };
        },
      }),
    ),
    staff(
      ADMIN,
      route({
        method: 'get',
        path: `${STAFF_PREFIX}/audit`,
        operationId: 'staffAuditLog',
        tag: 'staff',
        summary: 'Audit log of staff actions, newest first (admin)',
        query: auditQuerySchema,
        responses: { 200: { description: 'entries', schema: auditLogSchema }, 400: err('bad input'), ...denied },
        handle: async ({ query }) => ({ body: { entries: await listAudit(db, query) } }),
      }),
    ),
  ];
}

import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { HttpError } from '../http/errors.js';
import { audit } from './audit-repo.js';
import { CSRF_COOKIE, CSRF_HEADER, readCookies, SESSION_COOKIE } from './cookies.js';
import type { StaffRole } from './roles.js';
import { findSession, type StaffSession } from './sessions-repo.js';
import type { SqlRunner } from './sql.js';

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** the signed-in staff member of this request (set by the guard) */
export function staffOf(res: Response): StaffSession {
  const s = res.locals.staff as StaffSession | undefined;
  if (!s) throw new HttpError(401, 'not-signed-in');
  return s;
}

/** session of the request, or null (no throw) */
export async function sessionOf(db: SqlRunner, req: Request): Promise<StaffSession | null> {
  const id = readCookies(req)[SESSION_COOKIE];
  return id ? findSession(db, id) : null;
}

/**
 * Before every staff route: 401 'not-signed-in' without a live session, 403 'wrong-role' for a role
 * not listed, 403 'csrf-token-invalid' on a state-changing request whose X-CSRF-Token header does not
 * match both the session's token and the CSRF cookie. Reads are audited when answered; writes audit
 * themselves inside their transaction.
 */
export function guard(db: SqlRunner, roles: readonly StaffRole[], action: string, write: boolean): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    (async () => {
      const s = await sessionOf(db, req);
      if (!s) throw new HttpError(401, 'not-signed-in');
      res.locals.staff = s;
      if (!roles.includes(s.user.role)) {
        await audit(db, { actor: s.user.username, action: 'denied:wrong-role', target: action });
        throw new HttpError(403, 'wrong-role');
      }
      if (write) {
        const header = req.get(CSRF_HEADER) ?? '';
        const cookie = readCookies(req)[CSRF_COOKIE] ?? '';
        if (!header || !same(header, s.csrfToken) || !same(cookie, s.csrfToken)) {
          await audit(db, { actor: s.user.username, action: 'denied:csrf', target: action });
          throw new HttpError(403, 'csrf-token-invalid');
        }
      } else {
        res.on('finish', () => {
          if (res.statusCode < 400)
            void audit(db, { actor: s.user.username, action: `view:${action}`, target: req.path }).catch(() => {});
        });
      }
    })().then(() => next(), next);
  };
}

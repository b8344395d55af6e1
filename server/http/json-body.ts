import express, { type Request, type RequestHandler } from 'express';

export const BODY_LIMIT = '256kb';
/** the routes whose body may carry a whole bill of materials, and their limit (the schema's 500 materials) */
export const BOM_ROUTES = ['/api/v1/origin', '/api/v1/check', '/api/v1/enquiries'];
export const BOM_BODY_LIMIT = '1mb';

const PARSED = Symbol('json-body-parsed');
type Marked = Request & { [PARSED]?: true };

const bytesOf = (limit: string): number => {
  const m = /^(\d+)(kb|mb)$/.exec(limit);
  if (!m) throw new Error(`body limit ${limit}: use <n>kb or <n>mb`);
  return Number(m[1]) * (m[2] === 'kb' ? 1024 : 1024 * 1024);
};

/**
 * JSON bodies only (application/json, strict: objects and arrays), at most `limit`.
 * A declared Content-Length over the limit is refused before any of the body is read, and the
 * connection is closed: a client announcing 1 GB cannot hold a socket until the request timeout.
 * A route with a larger limit mounts its own jsonBody before the general one; the general one then
 * leaves the request alone (marked here: body-parser 2 no longer sets `req._body`, which an earlier
 * version of this check relied on, so every admin upload over 256 KiB was refused).
 */
export function jsonBody(limit = BODY_LIMIT): RequestHandler[] {
  const max = bytesOf(limit);
  const refuseDeclaredTooLarge: RequestHandler = (req, res, next) => {
    if ((req as Marked)[PARSED]) return next();
    const declared = Number(req.headers['content-length'] ?? 0);
    if (!(declared > max)) return next();
    res.set('Connection', 'close');
    res.status(413).json({ error: { reason: 'body-too-large' } });
  };
  const parse = express.json({ limit, strict: true, type: ['application/json', 'application/*+json'] });
  const parseOnce: RequestHandler = (req, res, next) => {
    if ((req as Marked)[PARSED]) return next();
    parse(req, res, (e?: unknown) => {
      if (!e) (req as Marked)[PARSED] = true;
      next(e);
    });
  };
  return [refuseDeclaredTooLarge, parseOnce];
}

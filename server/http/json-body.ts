import express, { type RequestHandler } from 'express';

export const BODY_LIMIT = '256kb';
const BODY_LIMIT_BYTES = 256 * 1024;

/**
 * JSON bodies only (application/json, strict: objects and arrays), at most BODY_LIMIT.
 * A declared Content-Length over the limit is refused before any of the body is read, and the
 * connection is closed: a client announcing 1 GB cannot hold a socket until the request timeout.
 */
export function jsonBody(): RequestHandler[] {
  const refuseDeclaredTooLarge: RequestHandler = (req, res, next) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    const parsedAlready = (req as { _body?: boolean })._body === true; // a route with its own larger limit read it
    if (!(declared > BODY_LIMIT_BYTES) || parsedAlready) return next();
    res.set('Connection', 'close');
    res.status(413).json({ error: { reason: 'body-too-large' } });
  };
  const parse = express.json({ limit: BODY_LIMIT, strict: true, type: ['application/json', 'application/*+json'] });
  return [refuseDeclaredTooLarge, parse];
}

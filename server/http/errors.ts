import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logger.js';
import { isStoreUnavailable } from '../store/unavailable.js';

/** An answer with an error envelope: `{ error: { reason, field? } }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    readonly field?: string,
  ) {
    super(reason);
  }
}

export function envelope(reason: string, field?: string): { error: { reason: string; field?: string } } {
  return { error: field ? { reason, field } : { reason } };
}

/** body-parser error types -> status and reason */
const PARSER_ERRORS: Record<string, [number, string]> = {
  'entity.too.large': [413, 'body-too-large'],
  'entity.parse.failed': [400, 'invalid-json'],
  'encoding.unsupported': [415, 'unsupported-encoding'],
  'charset.unsupported': [415, 'unsupported-charset'],
  'request.aborted': [400, 'request-aborted'],
  'request.size.invalid': [400, 'request-size-invalid'],
  'stream.encoding.set': [500, 'internal-error'],
  'parameters.too.many': [413, 'too-many-parameters'],
};

export const notFound: RequestHandler = (_req, _res, next) => next(new HttpError(404, 'unknown-route'));

/** The last handler: every error becomes an envelope; only real faults are 500 (and logged). */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    let status = 500;
    let reason = 'internal-error';
    let field: string | undefined;
    if (err instanceof HttpError) {
      ({ status, reason, field } = err);
    } else if (err && typeof err === 'object' && typeof err.type === 'string' && PARSER_ERRORS[err.type]) {
      [status, reason] = PARSER_ERRORS[err.type];
    } else if (err instanceof URIError) {
      [status, reason] = [400, 'invalid-url'];
    } else if (err && typeof err.status === 'number' && err.status >= 400 && err.status < 500) {
      [status, reason] = [err.status, 'bad-request'];
    } else if (isStoreUnavailable(err)) {
      [status, reason] = [503, 'store-unavailable'];
    }
    if (status >= 500) logger.error({ err, reqId: res.locals.reqId, url: req.originalUrl }, 'request failed');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.status(status).json(envelope(reason, field));
  };
}

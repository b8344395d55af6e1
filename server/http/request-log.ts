import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../logger.js';

const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** x-request-id (taken from the caller when well formed, else generated) + one JSON log line per request. */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const given = req.get('x-request-id');
    const reqId = given && SAFE_ID.test(given) ? given : randomUUID();
    res.locals.reqId = reqId;
    res.setHeader('x-request-id', reqId);
    const t0 = process.hrtime.bigint();
    res.on('finish', () => {
      if (!logger.isLevelEnabled('info')) return;
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      logger.info(
        { reqId, method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 },
        'request',
      );
    });
    next();
  };
}

import express, { type RequestHandler } from 'express';

export const BODY_LIMIT = '256kb';

/** JSON bodies only (application/json, strict: objects and arrays), at most BODY_LIMIT. */
export function jsonBody(): RequestHandler {
  return express.json({ limit: BODY_LIMIT, strict: true, type: ['application/json', 'application/*+json'] });
}

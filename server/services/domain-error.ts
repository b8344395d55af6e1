import { HttpError } from '../http/errors.js';

/** Domain reasons that mean "no such thing" (404); every other domain error is bad input (400). */
const NOT_FOUND = new Set(['unknown-hs-code', 'unknown-line', 'no-tariff-data-for-destination', 'pack-not-available']);

export interface DomainErrorLike {
  error: { reason: string; field?: string };
}

export function isDomainError(x: unknown): x is DomainErrorLike {
  return (
    typeof x === 'object' && x !== null && 'error' in x && typeof (x as DomainErrorLike).error?.reason === 'string'
  );
}

/** Return the answer, or throw the domain error as an HTTP error with its reason and field. */
export function orThrow<T>(r: T | DomainErrorLike): T {
  if (isDomainError(r)) throw new HttpError(NOT_FOUND.has(r.error.reason) ? 404 : 400, r.error.reason, r.error.field);
  return r;
}

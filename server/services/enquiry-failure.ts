import { runCheck } from '../../domain/check/run-check.js';
import type { CheckInput } from '../../domain/check/types.js';
import type { EngineIndex } from '../../domain/engine-packs.js';
import { originFailure, type OriginFailure } from '../../domain/origin/failure.js';

/**
 * Where the stored answers fail, worked out by the server's own engine (the check POST /api/v1/check runs),
 * never taken from the client. null when the verdict is not a failure, the check answers with a domain error,
 * or it throws: recording statistics must never stop an enquiry from being stored.
 */
export function enquiryFailure(index: EngineIndex, answers: unknown): OriginFailure | null {
  try {
    const out = runCheck(index, answers as CheckInput);
    return 'error' in out || !out.origin ? null : originFailure(out.origin);
  } catch {
    return null;
  }
}

/** The summary as stored: the client's summary unchanged, plus the server's `failure` record. */
export function withFailure<S extends object>(index: EngineIndex, answers: unknown, summary: S) {
  return { ...summary, failure: enquiryFailure(index, answers) };
}

/** The summary as the client sent it (the public enquiry view: what was acknowledged, nothing added). */
export function clientSummary(summary: unknown): unknown {
  if (!summary || typeof summary !== 'object' || Array.isArray(summary)) return summary;
  const { failure: _failure, ...rest } = summary as Record<string, unknown>;
  return rest;
}

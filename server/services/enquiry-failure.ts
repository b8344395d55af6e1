import { runCheck } from '../../domain/check/run-check.js';
import type { CheckInput } from '../../domain/check/types.js';
import type { EngineIndex } from '../../domain/engine-packs.js';
import { originFailure, type OriginFailure } from '../../domain/origin/failure.js';

/** What the server's own engine says about stored answers (statistics never take the client's word). */
export interface ServerFindings {
  /** the origin verdict of the server's check; null when the check did not reach one */
  serverVerdict: string | null;
  /** where a not-originating verdict fails (domain/origin/failure.ts); null otherwise */
  failure: OriginFailure | null;
  /** the RCEP status of the server's tariff answer ('reduced', 'not-in-data' …); null when none */
  serverStatus: string | null;
}

const NONE: ServerFindings = { serverVerdict: null, failure: null, serverStatus: null };

/**
 * The check POST /api/v1/check runs, on the stored answers. Both fields are null when the check answers
 * with a domain error or throws: recording statistics must never stop an enquiry from being stored.
 */
export function serverFindings(index: EngineIndex, answers: unknown): ServerFindings {
  try {
    const out = runCheck(index, answers as CheckInput);
    if ('error' in out) return NONE;
    const serverStatus = out.tariff?.rcep?.status ?? null;
    if (!out.origin) return { ...NONE, serverStatus };
    return { serverVerdict: out.origin.verdict, failure: originFailure(out.origin), serverStatus };
  } catch {
    return NONE;
  }
}

/** The summary as stored: the client's summary unchanged, plus the server's findings. */
export function withFailure<S extends object>(index: EngineIndex, answers: unknown, summary: S) {
  return { ...summary, ...serverFindings(index, answers) };
}

/** The summary as the client sent it (the public enquiry view: what was acknowledged, nothing added). */
export function clientSummary(summary: unknown): unknown {
  if (!summary || typeof summary !== 'object' || Array.isArray(summary)) return summary;
  const {
    failure: _failure,
    serverVerdict: _verdict,
    serverStatus: _status,
    ...rest
  } = summary as Record<string, unknown>;
  return rest;
}

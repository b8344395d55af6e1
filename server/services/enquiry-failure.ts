import { runCheck } from '../../domain/check/run-check.js';
import type { CheckInput, CheckResult } from '../../domain/check/types.js';
import type { EngineIndex } from '../../domain/engine-packs.js';
import { originFailure, type OriginFailure } from '../../domain/origin/failure.js';
import { matchFactsFromCheck } from '../../domain/programmes/facts.js';
import { matchProgrammes } from '../../domain/programmes/match.js';
import type { ContactUnit, Programme } from '../../domain/schemas/index.js';
import type { CountFact } from '../store/stat-counts.js';

/** What the server's own engine says about stored answers (statistics never take the client's word). */
export interface ServerFindings {
  /** the origin verdict of the server's check; null when the check did not reach one */
  serverVerdict: string | null;
  /** where a not-originating verdict fails (domain/origin/failure.ts); null otherwise */
  failure: OriginFailure | null;
  /** the RCEP status of the server's tariff answer ('reduced', 'not-in-data' …); null when none */
  serverStatus: string | null;
  /** ids of the programmes the server matched to this result (domain/programmes), null when not matched */
  serverProgrammes: string[] | null;
}

/** The programme catalogue and units the server matches against (null while the seeds are not loaded). */
export interface MatchDirectory {
  programmes: readonly Programme[] | null;
  units: readonly ContactUnit[] | null;
}

const NONE: ServerFindings = { serverVerdict: null, failure: null, serverStatus: null, serverProgrammes: null };

/** only codes the engine writes are counted: nothing else stored in a summary can reach the statistics */
const RULE_CODE = /^(RVC\d{1,3}(\.\d{1,2})?|CC|CTH|CTSH|WO|CR|minimal-operations)$/;
const PARTY = /^[A-Z]{2}$/;

/**
 * The statistics facts of one check, all taken from what the server computed: the destination and
 * code as its check read them, its status, verdict, failure and programme matches, the share band of a
 * quick answer (a number). Nothing the client wrote in a summary is ever a key.
 */
function countFacts(out: CheckResult | null, f: ServerFindings): CountFact[] {
  const facts: CountFact[] = [['checks', 'all']];
  if (!out) return facts;
  const dest = typeof out.input?.dest === 'string' && PARTY.test(out.input.dest) ? out.input.dest : undefined;
  const digits = String(out.input?.code ?? '').replace(/\D/g, '');
  const chapter = digits.length >= 2 ? digits.slice(0, 2) : undefined;
  if (dest) facts.push(['dest', dest]);
  if (chapter) facts.push(['chapter', chapter]);
  if (digits.length >= 4) facts.push(['heading', digits.slice(0, 4)]);
  if (f.serverStatus) facts.push(['rcep-status', f.serverStatus]);
  if (f.serverVerdict) facts.push(['verdict', f.serverVerdict]);
  for (const p of f.serverProgrammes ?? []) facts.push(['programme', p]);
  if (!chapter || !dest) return facts;
  const place = `${chapter}|${dest}`;
  if (f.serverVerdict === 'not-originating') {
    facts.push(['not-originating', place]);
    const origin = out.input.origin as { mode?: unknown; share?: unknown } | undefined;
    if (origin?.mode === 'quick' && typeof origin.share === 'number' && Number.isFinite(origin.share)) {
      const lo = Math.max(0, Math.min(90, Math.floor(origin.share / 10) * 10));
      facts.push(['not-originating-share', `${place}|${lo}-${lo + 10}`]);
    }
  }
  for (const x of f.failure?.failed ?? []) {
    if (typeof x.rule !== 'string' || !RULE_CODE.test(x.rule)) continue;
    facts.push(['rule-failed', `${x.rule}|${place}`]);
    if (typeof x.short === 'number' && Number.isFinite(x.short) && x.short >= 0)
      facts.push(['rule-short', `${x.rule}|${place}|${x.short}`]);
  }
  return facts;
}

/**
 * The check POST /api/v1/check runs, on the stored answers, with the counts it gives. The findings are
 * null when the check answers with a domain error or throws: recording statistics must never stop an
 * enquiry from being stored (it is then counted as a check and nothing else).
 */
export function serverCheck(
  index: EngineIndex,
  answers: unknown,
  directory?: MatchDirectory,
): { findings: ServerFindings; counts: CountFact[] } {
  let out: CheckResult;
  try {
    const r = runCheck(index, answers as CheckInput);
    if ('error' in r) return { findings: NONE, counts: countFacts(null, NONE) };
    out = r;
  } catch {
    return { findings: NONE, counts: countFacts(null, NONE) };
  }
  let serverProgrammes: string[] | null = null;
  try {
    if (directory?.programmes && directory.units)
      serverProgrammes = matchProgrammes(directory.programmes, directory.units, {
        result: matchFactsFromCheck(out),
      }).map((m) => m.programme);
  } catch {
    serverProgrammes = null;
  }
  const serverStatus = out.tariff?.rcep?.status ?? null;
  const findings: ServerFindings = out.origin
    ? { serverVerdict: out.origin.verdict, failure: originFailure(out.origin), serverStatus, serverProgrammes }
    : { ...NONE, serverStatus, serverProgrammes };
  return { findings, counts: countFacts(out, findings) };
}

/** The stored summary and the statistics facts of one check (one engine run for both). */
export function withCounts<S extends object>(
  index: EngineIndex,
  answers: unknown,
  summary: S,
  directory?: MatchDirectory,
) {
  const { findings, counts } = serverCheck(index, answers, directory);
  return { summary: { ...summary, ...findings }, counts };
}

/** The summary as the client sent it (the public enquiry view: what was acknowledged, nothing added). */
export function clientSummary(summary: unknown): unknown {
  if (!summary || typeof summary !== 'object' || Array.isArray(summary)) return summary;
  const {
    failure: _failure,
    serverVerdict: _verdict,
    serverStatus: _status,
    serverProgrammes: _programmes,
    ...rest
  } = summary as Record<string, unknown>;
  return rest;
}

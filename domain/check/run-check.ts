import type { EngineIndex } from '../engine-packs.js';
import { isCodeError, normaliseCode } from '../hs/normalise.js';
import { evaluateOrigin } from '../origin/evaluate.js';
import { psrInputFor } from '../origin/find-rule.js';
import { OriginInputError, type OriginInput, type OriginVerdict } from '../origin/types.js';
import { proofOptions } from '../proof/proof-options.js';
import { isTariffError, lookupTariff } from '../tariff/lookup-tariff.js';
import type { DomainError } from '../tariff/types.js';
import { compareLines } from './compare-lines.js';
import type { CheckInput, CheckOutcome, CheckResult, PsrAnswers } from './types.js';

const err = (reason: string, field: string): DomainError => ({ error: { reason, field } });

function originInput(input: CheckInput, code: string): OriginInput | DomainError {
  const o = input.origin as CheckInput['origin'] | undefined;
  if (!o || typeof o !== 'object') return err('missing-origin', 'origin');
  if (o.mode === 'quick') {
    if (typeof o.share !== 'number' || !Number.isFinite(o.share) || o.share < 0 || o.share > 100)
      return err('share-out-of-range', 'origin.share');
    if (typeof o.wholly !== 'boolean') return err('missing-wholly', 'origin.wholly');
    return { code, share: o.share, wholly: o.wholly, ...psrAnswers(o) };
  }
  if (o.mode === 'bom') return { code, bom: o.bom, ...psrAnswers(o) };
  return err('bad-origin-mode', 'origin.mode');
}

const psrAnswers = (o: PsrAnswers): PsrAnswers => ({
  ...(o.psrCase !== undefined ? { psrCase: o.psrCase } : {}),
  ...(o.activeIngredientsOriginating !== undefined
    ? { activeIngredientsOriginating: o.activeIngredientsOriginating }
    : {}),
});

/**
 * The whole wizard result in one call: the tariff answer (lookupTariff), the origin verdict with
 * its working (evaluateOrigin over the PSR of the code) and the proof-of-origin options.
 */
export function runCheck(index: EngineIndex, input: CheckInput): CheckOutcome {
  if (!input || typeof input !== 'object') return err('bad-input', 'input');
  const tariff = lookupTariff(index, {
    dest: input.dest,
    code: input.code,
    date: input.date,
    origin: 'CN',
    value: input.value,
    currency: input.currency,
    quantity: input.quantity,
  });
  if (isTariffError(tariff)) return tariff;
  const notes: string[] = [];
  const nc = normaliseCode(input.code);
  const compare = compareLines(index, tariff);
  let digits = tariff.line?.code ?? (isCodeError(nc) ? '' : nc.digits);
  // a heading whose lines all fall under one rule can be judged at the rule's own level
  if (digits.length < 6 && compare?.sharedRuleUnit && compare.lines.length) {
    digits = compare.lines[0].code;
    notes.push('origin-at-rule-level');
  }

  let origin: OriginVerdict | null = null;
  if (digits.length < 6) notes.push('origin-needs-subheading');
  else {
    const oi = originInput(input, digits);
    if ('error' in oi) return oi;
    try {
      origin = evaluateOrigin({ ...oi, ...psrInputFor(index.psr, index.psrQuarantined, digits) });
    } catch (e) {
      if (e instanceof OriginInputError) return err(e.reason, e.field ? `origin.${e.field}` : 'origin');
      throw e;
    }
  }
  if (origin?.verdict === 'not-originating') notes.push('rcep-needs-originating-goods');
  if (origin?.verdict === 'originating' && (tariff.rcep.status === 'free' || tariff.rcep.status === 'reduced')) {
    notes.push('rcep-preference-available');
  }
  // Art. 3.22.3: the US$200 waiver is judged on the customs value in US$ only; no FX is guessed
  const proof = proofOptions({
    dest: tariff.dest,
    verdict: origin ?? undefined,
    customsValueUsd: input.currency === 'USD' ? input.value : undefined,
    approvedExporter: input.approvedExporter,
  });
  const result: CheckResult = { input, tariff, origin, proof, notes };
  if (compare) result.compare = compare;
  return result;
}

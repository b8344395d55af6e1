import type { PsrRule } from '../schemas/index.js';
import { isOriginating, usesCumulation } from './cumulation.js';
import { hsDigits } from './ctc.js';
import { RuleWalk } from './evaluate-rule.js';
import { shareProvesPe, wouldSatisfy } from './quick-mode.js';
import { renderPsrRule } from './render-rule.js';
import { computeRvc, round2 } from './rvc.js';
import { OriginInputError, type OriginInput, type OriginVerdict, type RvcWorking } from './types.js';
import { articleOrder, validateOriginInput } from './validate-input.js';

export { validateOriginInput };

function maxThreshold(rule: PsrRule): number | undefined {
  switch (rule.kind) {
    case 'RVC':
      return rule.threshold;
    case 'or':
    case 'and': {
      const t = rule.rules.map(maxThreshold).filter((x): x is number => x !== undefined);
      return t.length ? Math.max(...t) : undefined;
    }
    case 'proviso':
      return maxThreshold(rule.rule);
    case 'cases': {
      const t = rule.cases.map((c) => maxThreshold(c.rule)).filter((x): x is number => x !== undefined);
      return t.length ? Math.max(...t) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Origin verdict for a good under RCEP Chapter 3 Section A, with its working. Order of tests:
 * WO (Art. 3.2(a), 3.3, declared) -> PE (3.2(b); materials of any Party count, 3.4) -> minimal operations (3.6,
 * declared) -> PSR of Annex 3A (3.2(c)): RVC (3.5), CTC per non-originating material (headnotes 5-6) with de minimis
 * (3.7), alternatives (headnotes 4, 8), combinations, cases. Throws OriginInputError on invalid input.
 */
export function evaluateOrigin(input: OriginInput): OriginVerdict {
  const { issues, bom } = validateOriginInput(input);
  const ruleCases = input.rule?.rule.kind === 'cases' ? input.rule.rule.cases.length : 0;
  if (input.psrCase !== undefined && ruleCases > 0 && input.psrCase > ruleCases)
    issues.push({ reason: 'psr-case-out-of-range', field: 'psrCase' });
  if (issues.length > 0) throw new OriginInputError(issues);
  const goodDigits = hsDigits(input.code);
  const mode: OriginVerdict['mode'] = bom
    ? 'bom'
    : input.share !== undefined || input.wholly !== undefined
      ? 'quick'
      : 'none';
  const v: OriginVerdict = {
    verdict: 'insufficient-information',
    code: input.code,
    mode,
    ctc: [],
    failingMaterials: [],
    questions: [],
    reasons: [],
    steps: [],
    articles: ['3.2'],
  };
  const cite = (a: string) => {
    if (!v.articles.includes(a)) v.articles.push(a);
  };
  if (input.rule)
    v.rule = {
      unit: input.rule.unit,
      hsVersion: input.rule.hsVersion,
      tree: input.rule.rule,
      text: renderPsrRule(input.rule.rule),
      src: input.rule.src,
      row: input.rule.row,
    };

  let rvcExact: number | undefined;
  if (bom) {
    const f = computeRvc(bom);
    rvcExact = f.bestExact;
    const rvc: RvcWorking = { fob: f.fob, vnm: f.vnm, vom: f.vom, buildDown: f.buildDown, best: f.best };
    if (f.buildUp !== undefined) Object.assign(rvc, { costs: f.costs, buildUp: f.buildUp });
    v.rvc = rvc;
    if (input.share !== undefined) v.reasons.push('share-ignored-bom-given');
    if (usesCumulation(bom.materials)) {
      cite('3.4');
      v.steps.push({
        step: 'cumulation',
        result: 'info',
        article: '3.4',
        reason: 'party-materials-counted-originating',
      });
    }
    if (bom.materials.some((m) => m.origin === 'unknown'))
      v.steps.push({
        step: 'undetermined-origin',
        result: 'info',
        article: '3.5',
        reason: 'undetermined-counted-non-originating',
      });
  } else if (input.share !== undefined) {
    rvcExact = input.share;
    v.rvc = { share: input.share, best: round2(input.share) };
  }
  const nonOrig = bom?.materials.some((m) => !isOriginating(m)) ?? false;

  // Art. 3.2(a): wholly obtained or produced (declared answer).
  if (input.wholly === true) {
    cite('3.3');
    if (nonOrig) {
      v.reasons.push('wholly-declared-but-non-originating-materials');
      v.steps.push({
        step: 'wholly-obtained',
        result: 'fail',
        article: '3.3',
        reason: 'non-originating-materials-present',
      });
    } else {
      v.steps.push({ step: 'wholly-obtained', result: 'pass', article: '3.3', reason: 'declared' });
      return finish(v, 'originating', { criterion: 'WO' });
    }
  }
  // Art. 3.2(b): produced exclusively from originating materials (headnote 7(e): also where the rule is WO).
  const pe = bom ? bom.materials.length > 0 && !nonOrig : shareProvesPe(input.share);
  if (pe) {
    v.steps.push({
      step: 'produced-exclusively',
      result: 'pass',
      article: '3.2',
      figures: bom ? { materials: bom.materials.length } : { share: input.share ?? 0 },
    });
    return finish(v, 'originating', { criterion: 'PE' });
  }
  if (bom)
    v.steps.push({
      step: 'produced-exclusively',
      result: 'fail',
      article: '3.2',
      reason: 'non-originating-materials-present',
    });

  // Art. 3.6: minimal operations never confer origin on non-originating materials (declared answer).
  const minimal = input.minimalOperationsOnly ?? bom?.minimalOperationsOnly;
  if (minimal === true) {
    cite('3.6');
    v.steps.push({ step: 'minimal-operations', result: 'fail', article: '3.6', reason: 'minimal-operations-only' });
    v.reasons.push('minimal-operations-only');
    return finish(v, 'not-originating');
  }
  v.steps.push({
    step: 'minimal-operations',
    result: minimal === false ? 'pass' : 'unknown',
    article: '3.6',
    reason: minimal === false ? 'declared' : 'not-declared',
  });

  if (!input.rule) {
    v.wouldSatisfy = wouldSatisfy({ goodDigits, bom, rvc: rvcExact, wholly: input.wholly });
    if (input.quarantinedRule) {
      v.reasons.push('psr-row-quarantined');
      v.steps.push({
        step: 'rule-lookup',
        result: 'unknown',
        reason: input.quarantinedRule.reason,
        figures: { unit: input.quarantinedRule.unit },
      });
    } else v.reasons.push('no-psr-loaded');
    if (mode === 'none') v.questions.push('bom');
    return finish(v, 'rule-not-in-data');
  }

  // Art. 3.2(c): the product-specific rule of Annex 3A.
  cite('3A-headnote-7');
  const walk = new RuleWalk({
    goodDigits,
    bom,
    rvc: rvcExact,
    wholly: input.wholly,
    chemicalReaction: input.chemicalReaction,
    psrCase: input.psrCase,
    activeIngredientsOriginating: input.activeIngredientsOriginating,
  });
  if (input.psrCase !== undefined && ruleCases === 0) v.reasons.push('psr-case-not-applicable');
  const res = walk.run(input.rule.rule);
  v.steps.push(...walk.steps);
  v.ctc = walk.ctc;
  walk.articles.forEach(cite);
  if (walk.caseIndex !== undefined) v.caseIndex = walk.caseIndex;
  if (walk.caseOutcomes) v.cases = walk.caseOutcomes;
  const threshold = maxThreshold(
    walk.caseIndex !== undefined && input.rule.rule.kind === 'cases'
      ? input.rule.rule.cases[walk.caseIndex].rule
      : input.rule.rule,
  );
  if (v.rvc && threshold !== undefined && rvcExact !== undefined)
    Object.assign(v.rvc, { threshold, met: rvcExact + 1e-9 >= threshold });
  else if (threshold !== undefined) v.rvc = { ...(v.rvc ?? {}), threshold };
  v.deMinimis = walk.ctc.find((c) => c.deMinimis)?.deMinimis;
  if (res.status === 'pass') {
    const rule = res.satisfied ?? input.rule.rule;
    if (res.alternativesMet.length > 1) v.reasons.push('several-alternatives-met-exporter-chooses');
    return finish(v, 'originating', { criterion: 'PSR', rule, text: renderPsrRule(rule) });
  }
  v.failingMaterials = [...new Set(walk.ctc.flatMap((c) => (c.passes === true ? [] : c.failing)))].sort(
    (a, b) => a - b,
  );
  if (res.status === 'fail') {
    v.reasons.push('psr-not-met');
    return finish(v, 'not-originating');
  }
  v.questions.push(...walk.questions);
  v.reasons.push(mode === 'quick' ? 'quick-mode-cannot-decide' : 'psr-undecided');
  return finish(v, 'insufficient-information');
}

function finish(
  v: OriginVerdict,
  verdict: OriginVerdict['verdict'],
  satisfiedBy?: OriginVerdict['satisfiedBy'],
): OriginVerdict {
  v.verdict = verdict;
  if (satisfiedBy) v.satisfiedBy = satisfiedBy;
  v.questions = [...new Set(v.questions)];
  v.articles.sort(articleOrder);
  return v;
}

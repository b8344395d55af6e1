import type { PsrRule } from '../schemas/index.js';
import { isOriginating } from './cumulation.js';
import { evaluateCtc } from './ctc.js';
import { refCovers } from './hs-ref.js';
import { atLeast } from './rvc.js';
import { renderPsrRule } from './render-rule.js';
import type { Bom, CaseOutcome, CtcWorking, OriginQuestion, WorkingStep } from './types.js';

export interface RuleContext {
  goodDigits: string;
  bom?: Bom;
  /** best RVC of the bill of materials (unrounded), or the quick-mode share */
  rvc?: number;
  wholly?: boolean;
  chemicalReaction?: boolean;
  /** declared case number (1-based) of a 'cases' rule */
  psrCase?: number;
  /** declared answer to the active-ingredients proviso */
  activeIngredientsOriginating?: boolean;
}

export type NodeStatus = 'pass' | 'fail' | 'unknown';

export interface NodeResult {
  status: NodeStatus;
  /** the alternative that is met (first in rule order; the exporter may choose any met one, headnote 8) */
  satisfied?: PsrRule;
  /** every alternative of a top-level 'or' that is met */
  alternativesMet: PsrRule[];
}

/** Accumulates the working of a tree walk. */
export class RuleWalk {
  readonly steps: WorkingStep[] = [];
  readonly ctc: CtcWorking[] = [];
  readonly questions = new Set<OriginQuestion>();
  readonly articles = new Set<string>();
  caseIndex?: number;
  caseOutcomes?: CaseOutcome[];
  constructor(readonly ctx: RuleContext) {}

  run(rule: PsrRule): NodeResult {
    const r = this.node(rule);
    const alternativesMet =
      rule.kind === 'or'
        ? rule.rules.filter((x) => this.quiet(x) === 'pass')
        : r.status === 'pass'
          ? [r.satisfied ?? rule]
          : [];
    return { ...r, alternativesMet };
  }

  /** Status of a subtree without recording working (used to list every alternative met). */
  private quiet(rule: PsrRule): NodeStatus {
    return new RuleWalk(this.ctx).node(rule).status;
  }

  private node(rule: PsrRule): Omit<NodeResult, 'alternativesMet'> {
    const ctx = this.ctx;
    switch (rule.kind) {
      case 'WO': {
        this.articles.add('3.3');
        const nonOrig = ctx.bom?.materials.some((m) => !isOriginating(m)) ?? false;
        const status: NodeStatus =
          ctx.wholly === true && !nonOrig ? 'pass' : ctx.wholly === false || nonOrig ? 'fail' : 'unknown';
        if (status === 'unknown') this.questions.add('wholly-obtained');
        this.steps.push({
          step: 'psr-wo',
          result: status === 'unknown' ? 'unknown' : status,
          article: '3.3',
          ...(nonOrig ? { reason: 'non-originating-materials-present' } : {}),
        });
        return { status, satisfied: status === 'pass' ? rule : undefined };
      }
      case 'CR': {
        this.articles.add('3A-headnote-7');
        const status: NodeStatus =
          ctx.chemicalReaction === true ? 'pass' : ctx.chemicalReaction === false ? 'fail' : 'unknown';
        if (status === 'unknown') this.questions.add('chemical-reaction');
        this.steps.push({
          step: 'psr-cr',
          result: status === 'unknown' ? 'unknown' : status,
          article: '3A-headnote-7',
        });
        return { status, satisfied: status === 'pass' ? rule : undefined };
      }
      case 'RVC': {
        this.articles.add('3.5');
        if (ctx.rvc === undefined) {
          this.questions.add('bom');
          this.steps.push({
            step: 'psr-rvc',
            result: 'unknown',
            article: '3.5',
            reason: 'no-rvc-figures',
            figures: { threshold: rule.threshold },
          });
          return { status: 'unknown' };
        }
        const ok = atLeast(ctx.rvc, rule.threshold);
        this.steps.push({
          step: 'psr-rvc',
          result: ok ? 'pass' : 'fail',
          article: '3.5',
          ...(ok ? {} : { reason: 'rvc-below-threshold' }),
          figures: { rvc: Math.round(ctx.rvc * 100) / 100, threshold: rule.threshold },
        });
        return { status: ok ? 'pass' : 'fail', satisfied: ok ? rule : undefined };
      }
      case 'CC':
      case 'CTH':
      case 'CTSH': {
        this.articles.add('3A-headnote-5');
        if (rule.except?.length) this.articles.add('3A-headnote-6');
        if (!ctx.bom) {
          this.questions.add('bom');
          this.steps.push({
            step: 'psr-ctc',
            result: 'unknown',
            article: '3A-headnote-5',
            reason: 'ctc-needs-bom',
            figures: { rule: rule.kind },
          });
          return { status: 'unknown' };
        }
        const r = evaluateCtc(rule, ctx.goodDigits, ctx.bom);
        this.ctc.push(r.working);
        if (r.working.deMinimis) this.articles.add('3.7');
        r.questions.forEach((q) => this.questions.add(q));
        const status: NodeStatus = r.passes === undefined ? 'unknown' : r.passes ? 'pass' : 'fail';
        const dm = r.working.deMinimis;
        this.steps.push({
          step: 'psr-ctc',
          result: status === 'unknown' ? 'unknown' : status,
          article: '3A-headnote-5',
          ...(status === 'fail'
            ? { reason: 'ctc-not-met' }
            : dm && status === 'pass'
              ? { reason: 'met-by-de-minimis' }
              : {}),
          figures: {
            rule: rule.kind,
            failing: r.working.failing.length,
            ...(dm ? { deMinimisValuePct: dm.valuePct } : {}),
          },
        });
        return { status, satisfied: status === 'pass' ? rule : undefined };
      }
      case 'or': {
        this.articles.add('3A-headnote-4');
        const results = rule.rules.map((r) => this.node(r));
        const met = results.find((r) => r.status === 'pass');
        if (met) {
          this.articles.add('3A-headnote-8');
          return { status: 'pass', satisfied: met.satisfied };
        }
        return { status: results.some((r) => r.status === 'unknown') ? 'unknown' : 'fail' };
      }
      case 'and': {
        const results = rule.rules.map((r) => this.node(r));
        if (results.every((r) => r.status === 'pass')) return { status: 'pass', satisfied: rule };
        return { status: results.some((r) => r.status === 'fail') ? 'fail' : 'unknown' };
      }
      case 'proviso':
        return this.proviso(rule);
      case 'cases':
        return this.cases(rule);
    }
  }

  /**
   * A rule with a proviso holds when both the rule and the proviso hold. The proviso is settled by the bill of
   * materials when it marks the active ingredients and weighs them all, else by the firm's declared answer.
   */
  private proviso(rule: Extract<PsrRule, { kind: 'proviso' }>): Omit<NodeResult, 'alternativesMet'> {
    const inner = this.node(rule.rule);
    const minPct = rule.proviso.minPct;
    const active = this.ctx.bom?.materials.filter((m) => m.activeIngredient === true) ?? [];
    let status: NodeStatus = 'unknown';
    const figures: Record<string, number | string | boolean> = { minPct };
    let reason: string;
    if (active.length > 0 && active.every((m) => m.weightKg !== undefined)) {
      const total = active.reduce((t, m) => t + (m.weightKg ?? 0), 0);
      const orig = active.filter(isOriginating).reduce((t, m) => t + (m.weightKg ?? 0), 0);
      const pct = total > 0 ? Math.round((orig / total) * 10000) / 100 : 0;
      status = total > 0 && atLeast((orig / total) * 100, minPct) ? 'pass' : 'fail';
      reason = 'active-ingredients-weighed';
      Object.assign(figures, { originatingKg: orig, activeKg: total, pct });
    } else if (this.ctx.activeIngredientsOriginating !== undefined) {
      status = this.ctx.activeIngredientsOriginating ? 'pass' : 'fail';
      reason = 'declared';
    } else {
      reason = active.length > 0 ? 'active-ingredient-weights-missing' : 'active-ingredients-not-stated';
      // asked only where the answer can matter: the rule itself is not already failed
      if (inner.status !== 'fail') this.questions.add('active-ingredients');
    }
    this.steps.push({ step: 'psr-proviso', result: status, article: '3.2', reason, figures });
    if (inner.status === 'fail' || status === 'fail') return { status: 'fail' };
    if (inner.status === 'pass' && status === 'pass') return { status: 'pass', satisfied: rule };
    return { status: 'unknown' };
  }

  /**
   * Numbered cases: the case is taken from the HS code where the cases are named by codes, else from the firm's
   * answer. Without an answer, every case is evaluated: when all give the same verdict it is the verdict (no need
   * to ask); when they differ the firm is asked which case its goods are (question 'good-case').
   */
  private cases(rule: Extract<PsrRule, { kind: 'cases' }>): Omit<NodeResult, 'alternativesMet'> {
    const d = this.ctx.goodDigits;
    const walks = rule.cases.map((c) => {
      const w = new RuleWalk(this.ctx);
      return { w, r: w.node(c.rule) };
    });
    this.caseOutcomes = rule.cases.map((c, i) => ({
      n: i + 1,
      goods: c.goods,
      text: renderPsrRule(c.rule),
      status: walks[i].r.status,
    }));
    let idx = rule.cases.findIndex((c) => (c.goods.hs ?? []).some((ref) => refCovers(ref, d)));
    const undecidable = rule.cases.some(
      (c) =>
        !c.goods.otherwise &&
        (!c.goods.hs || c.goods.hs.length === 0 || c.goods.hs.some((ref) => d.length < ref.code.length)),
    );
    if (idx < 0 && !undecidable) idx = rule.cases.findIndex((c) => c.goods.otherwise);
    let reason = 'case-from-hs-code';
    const declared = this.ctx.psrCase;
    if (idx < 0 && declared !== undefined && declared >= 1 && declared <= rule.cases.length) {
      idx = declared - 1;
      reason = 'declared';
    }
    if (idx >= 0) {
      this.caseIndex = idx;
      this.steps.push({ step: 'case-selected', result: 'info', article: '3.2', reason, figures: { case: idx + 1 } });
      return this.node(rule.cases[idx].rule);
    }
    const statuses = walks.map((x) => x.r.status);
    const same = statuses.every((st) => st === statuses[0]) && statuses[0] !== 'unknown';
    walks.forEach(({ w }) => w.articles.forEach((a) => this.articles.add(a)));
    if (same) {
      // every case gives the same verdict: the case does not matter, so the firm is not asked
      this.steps.push({
        step: 'case-selected',
        result: 'info',
        article: '3.2',
        reason: 'same-verdict-in-every-case',
        figures: { cases: rule.cases.length, verdict: statuses[0] },
      });
      walks.forEach(({ w }, i) => {
        this.steps.push({ step: 'case', result: statuses[i], figures: { case: i + 1 } }, ...w.steps);
      });
      this.ctc.push(...walks[0].w.ctc);
      return { status: statuses[0], satisfied: walks[0].r.satisfied };
    }
    walks.forEach(({ w }) => w.questions.forEach((q) => this.questions.add(q)));
    const differs = statuses.some((st) => st !== 'unknown');
    if (differs) this.questions.add('good-case');
    this.steps.push({
      step: 'case-selected',
      result: 'unknown',
      article: '3.2',
      reason: differs ? 'verdict-differs-by-case' : 'cases-need-other-answers-first',
      figures: Object.fromEntries(statuses.map((st, i) => [`case${i + 1}`, st])),
    });
    return { status: 'unknown' };
  }
}

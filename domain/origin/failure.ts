import type { PsrRule } from '../schemas/index.js';
import { round2 } from './rvc.js';
import type { OriginVerdict, WorkingStep } from './types.js';

/** One test of the rule that did not hold, and by how much. Codes and numbers only: nothing about the firm. */
export interface RuleShortfall {
  /** 'RVC40' (any threshold), 'CC', 'CTH', 'CTSH', 'WO', 'CR', or 'minimal-operations' (Art. 3.6) */
  rule: string;
  /**
   * How short: for RVC, threshold − achieved RVC in percentage points (Art. 3.5.1, best of the two formulas);
   * for CC/CTH/CTSH, the number of non-originating materials that did not make the change (headnotes 5-7) and
   * that de minimis (Art. 3.7) could not cover; otherwise null.
   */
  short: number | null;
}

/** Where a not-originating verdict fails: the Annex 3A unit of the rule and every test of it that failed. */
export interface OriginFailure {
  /** PSR unit the rule came from ('850980', '8701'); null when no rule was loaded */
  unit: string | null;
  /** failed tests in rule order (for 'A or B' both alternatives failed, headnote 4) */
  failed: RuleShortfall[];
}

const LEAF_STEP: Record<string, string> = { WO: 'psr-wo', CR: 'psr-cr', RVC: 'psr-rvc', CC: 'psr-ctc' };
const stepOf = (kind: string) => LEAF_STEP[kind] ?? (kind === 'CTH' || kind === 'CTSH' ? 'psr-ctc' : '');

/**
 * The compact failure record of an origin verdict (null unless the verdict is 'not-originating').
 * It reads the evaluator's own working: each rule leaf the walk visited left one step of its kind, in tree order
 * (all alternatives of 'or'/'and'; only the selected case of 'cases'), so the k-th leaf of a kind matches the
 * k-th step of that kind. Nothing is re-decided here.
 */
export function originFailure(v: OriginVerdict): OriginFailure | null {
  if (v.verdict !== 'not-originating') return null;
  const unit = v.rule?.unit ?? null;
  if (v.reasons.includes('minimal-operations-only'))
    return { unit, failed: [{ rule: 'minimal-operations', short: null }] };
  if (!v.rule) return { unit, failed: [] };
  const queues = new Map<string, WorkingStep[]>();
  for (const s of v.steps) if (s.step.startsWith('psr-')) queues.set(s.step, [...(queues.get(s.step) ?? []), s]);
  const failed: RuleShortfall[] = [];
  const visit = (r: PsrRule): void => {
    if (r.kind === 'or' || r.kind === 'and') return r.rules.forEach(visit);
    if (r.kind === 'cases') {
      if (v.caseIndex !== undefined && r.cases[v.caseIndex]) visit(r.cases[v.caseIndex].rule);
      return;
    }
    const step = queues.get(stepOf(r.kind))?.shift();
    if (step?.result !== 'fail') return;
    if (r.kind === 'RVC') {
      const achieved = Number(step.figures?.rvc);
      failed.push({
        rule: `RVC${r.threshold}`,
        short: Number.isFinite(achieved) ? round2(r.threshold - achieved) : null,
      });
    } else if (r.kind === 'CC' || r.kind === 'CTH' || r.kind === 'CTSH') {
      const n = Number(step.figures?.failing);
      failed.push({ rule: r.kind, short: Number.isFinite(n) ? n : null });
    } else failed.push({ rule: r.kind, short: null });
  };
  visit(v.rule.tree);
  return { unit, failed };
}

/** Failures counted by the staff statistics (GET /api/v1/staff/stats `ruleFailures`): rule x HS chapter x destination. */
export interface RuleFailureStat {
  /** 'RVC40', 'CC', 'CTH', 'CTSH', 'WO', 'CR', 'minimal-operations' */
  rule: string;
  chapter: string;
  dest: string;
  /** checks in which this test failed (a check failing 'CTH or RVC40' counts once for each) */
  count: number;
  /** what `short` measures: RVC percentage points below the threshold (Art. 3.5), or CTC materials not qualifying */
  measure: 'points' | 'materials' | null;
  medianShort: number | null;
  /** counts per band of the shortfall (lower bound included) */
  shortBands: Record<string, number>;
}

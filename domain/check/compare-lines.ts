import type { EngineIndex } from '../engine-packs.js';
import { nationalLines } from '../hs/hierarchy.js';
import { lineSummary } from '../tariff/select-entry.js';
import { findRule } from '../origin/find-rule.js';
import type { PsrRow, RateExpr } from '../schemas/index.js';
import { isTariffError, lookupTariff } from '../tariff/lookup-tariff.js';
import type { TariffAnswer, TariffStatus } from '../tariff/types.js';

/** One national line under a heading/subheading, with the rates a firm compares. */
export interface LineCompare {
  code: string;
  printed?: string;
  desc: string;
  /** null when the line has no RCEP rate for goods of China in the data */
  rcep: RateExpr | null;
  rcepPct: number | null;
  rcepStatus: TariffStatus;
  mfn: RateExpr | null;
  mfnPct: number | null;
  /** percentage points saved with RCEP (MFN - RCEP, never negative); null when not both ad valorem */
  savingPts: number | null;
  /** the agreement giving the lowest duty on this line, when the engine can tell */
  recommendation: string | null;
  /** PSR unit of the line (6/4/2 digits), when a rule is loaded */
  psrUnit?: string;
  /** another agreement open to goods of China that is cheaper than RCEP and MFN on this line (ACFTA for VN) */
  better?: { agreement: string; rate: RateExpr };
}

export interface CompareAnswer {
  lines: LineCompare[];
  /** min–max of the ad valorem rates over the lines (null when none is ad valorem) */
  rcepRange: [number, number] | null;
  mfnRange: [number, number] | null;
  /** every line has the same RCEP, MFN and rule: the choice makes no difference */
  allSame: boolean;
  /** the one rule all lines share (its unit), when they do */
  sharedRuleUnit?: string;
}

function betterOf(a: TariffAnswer): { better?: LineCompare['better'] } {
  const o = a.other.find((x) => x.agreement === a.recommendation);
  return o?.rate ? { better: { agreement: o.agreement, rate: o.rate.expr } } : {};
}

const range = (xs: (number | null)[]): [number, number] | null => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length ? [Math.min(...v), Math.max(...v)] : null;
};

/**
 * The candidate lines of a code that is not one national line, each looked up on its own (same
 * date, same shipment), sorted by the duty a firm pays with the better of RCEP and MFN, then code.
 */
export function compareLines(index: EngineIndex, tariff: TariffAnswer): CompareAnswer | null {
  if (tariff.line || tariff.candidates.length < 2) return null;
  const lines: LineCompare[] = [];
  const rules = new Set<PsrRow | undefined>();
  // every line under the code, also beyond the answer's candidate list (which is capped)
  const all = nationalLines(index, tariff.dest, tariff.code).map(lineSummary);
  for (const c of all.length ? all : tariff.candidates) {
    const a = lookupTariff(index, { dest: tariff.dest, code: c.code, date: tariff.date, origin: 'CN' });
    if (isTariffError(a) || !a.line) continue;
    const rule = findRule(index.psr, c.code);
    rules.add(rule);
    const rcepUsable = a.rcep.status !== 'not-in-data' && a.rcep.status !== 'excluded';
    const rcepPct = rcepUsable ? a.rcep.adValorem : null;
    const mfnPct = a.mfn?.adValorem ?? null;
    lines.push({
      code: c.code,
      ...(c.printed ? { printed: c.printed } : {}),
      desc: c.desc,
      rcep: rcepUsable ? (a.rcep.rate?.expr ?? null) : null,
      rcepPct,
      rcepStatus: a.rcep.status,
      mfn: a.mfn?.expr ?? null,
      mfnPct,
      savingPts: rcepPct !== null && mfnPct !== null ? Math.max(0, Math.round((mfnPct - rcepPct) * 1e6) / 1e6) : null,
      recommendation: a.recommendation,
      ...betterOf(a),
      ...(rule ? { psrUnit: rule.unit } : {}),
    });
  }
  if (lines.length < 2) return null;
  const paid = (l: LineCompare) => {
    const xs = [l.rcepPct, l.mfnPct].filter((x): x is number => x !== null);
    return xs.length ? Math.min(...xs) : Number.POSITIVE_INFINITY;
  };
  lines.sort((a, b) => paid(a) - paid(b) || a.code.localeCompare(b.code));
  const key = (l: LineCompare) => JSON.stringify([l.rcep, l.rcepStatus, l.mfn]);
  const shared = rules.size === 1 ? [...rules][0] : undefined;
  return {
    lines,
    rcepRange: range(lines.map((l) => l.rcepPct)),
    mfnRange: range(lines.map((l) => l.mfnPct)),
    allSame: rules.size === 1 && new Set(lines.map(key)).size === 1,
    ...(shared ? { sharedRuleUnit: shared.unit } : {}),
  };
}

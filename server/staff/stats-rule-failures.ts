/**
 * Where verdicts fail: the server's own failure records (summary.failure, see
 * server/services/enquiry-failure.ts and domain/origin/failure.ts) counted by rule x HS chapter x destination,
 * with how short they fell. Codes and numbers only.
 */
import type { RuleFailureStat } from '../../domain/origin/failure.js';

/** only codes the engine writes are counted: nothing else stored in a summary can reach the statistics */
const RULE_CODE = /^(RVC\d{1,3}(\.\d{1,2})?|CC|CTH|CTSH|WO|CR|minimal-operations)$/;
const POINT_BANDS: [number, string][] = [
  [20, '20+'],
  [10, '10-20'],
  [5, '5-10'],
  [0, '0-5'],
];
const MATERIAL_BANDS: [number, string][] = [
  [6, '6+'],
  [3, '3-5'],
  [2, '2'],
  [0, '1'],
];

const measureOf = (rule: string): RuleFailureStat['measure'] =>
  rule.startsWith('RVC') ? 'points' : rule === 'CC' || rule === 'CTH' || rule === 'CTSH' ? 'materials' : null;

/** the median of values given with how often each occurred (the counters keep a histogram, not a list) */
function median(xs: [value: number, n: number][]): number | null {
  const total = xs.reduce((t, [, n]) => t + n, 0);
  if (total === 0) return null;
  const s = [...xs].sort((a, b) => a[0] - b[0]);
  const at = (i: number) => {
    let seen = 0;
    for (const [v, n] of s) {
      seen += n;
      if (i < seen) return v;
    }
    return s[s.length - 1][0];
  };
  const m = Math.floor(total / 2);
  const v = total % 2 ? at(m) : (at(m - 1) + at(m)) / 2;
  return Math.round(v * 100) / 100;
}

/** the bands from the smallest shortfall up (for the table and the CSV) */
function ascending(r: RuleFailureStat): Record<string, number> {
  const bands = r.measure === 'points' ? POINT_BANDS : r.measure === 'materials' ? MATERIAL_BANDS : [];
  return Object.fromEntries(
    [...bands]
      .reverse()
      .filter(([, b]) => b in r.shortBands)
      .map(([, b]) => [b, r.shortBands[b]]),
  );
}

export class RuleFailureTally {
  private readonly rows = new Map<string, RuleFailureStat & { shorts: [number, number][] }>();

  /** `failure`: summary.failure as stored (null or absent for checks that did not fail, or older rows) */
  add(failure: unknown, chapter: string | undefined, dest: string | undefined): void {
    if (!chapter || !dest || !failure || typeof failure !== 'object') return;
    const failed = (failure as { failed?: unknown }).failed;
    if (!Array.isArray(failed)) return;
    for (const f of failed as { rule?: unknown; short?: unknown }[]) {
      if (typeof f?.rule !== 'string') continue;
      this.addCount(f.rule, chapter, dest, 1, 0);
      if (typeof f.short === 'number') this.addCount(f.rule, chapter, dest, 0, 1, f.short);
    }
  }

  /**
   * `failedN` failures of a rule at a chapter x destination, and `shortN` shortfalls of `short` among them
   * (the form the statistics counters keep them in). Rule codes other than the engine's are ignored.
   */
  addCount(rule: string, chapter: string, dest: string, failedN: number, shortN: number, short?: number): void {
    if (!RULE_CODE.test(rule) || !chapter || !dest) return;
    const k = `${rule}|${chapter}|${dest}`;
    const measure = measureOf(rule);
    const row = this.rows.get(k) ?? {
      rule,
      chapter,
      dest,
      count: 0,
      measure,
      medianShort: null,
      shortBands: Object.create(null) as Record<string, number>,
      shorts: [],
    };
    row.count += failedN;
    if (measure && shortN > 0 && typeof short === 'number' && Number.isFinite(short) && short >= 0) {
      row.shorts.push([short, shortN]);
      const band = (measure === 'points' ? POINT_BANDS : MATERIAL_BANDS).find(([lo]) => short >= lo);
      if (band) row.shortBands[band[1]] = (row.shortBands[band[1]] ?? 0) + shortN;
    }
    this.rows.set(k, row);
  }

  result(): RuleFailureStat[] {
    return [...this.rows.values()]
      .map(({ shorts, ...r }) => ({ ...r, medianShort: median(shorts), shortBands: ascending(r) }))
      .sort(
        (x, y) =>
          y.count - x.count ||
          x.rule.localeCompare(y.rule) ||
          x.chapter.localeCompare(y.chapter) ||
          x.dest.localeCompare(y.dest),
      );
  }
}

/** long CSV rows of the failures: count, shortfall bands and the median shortfall (its value in the count column) */
export function ruleFailureRows(list: RuleFailureStat[]): { dimension: string; key: string; count: number }[] {
  const out: { dimension: string; key: string; count: number }[] = [];
  for (const f of list) {
    const key = `${f.rule}/${f.chapter}/${f.dest}`;
    out.push({ dimension: 'rule-failed', key, count: f.count });
    for (const [band, n] of Object.entries(f.shortBands))
      out.push({ dimension: `rule-failed-short-${f.measure}`, key: `${key}/${band}`, count: n });
    if (f.medianShort !== null)
      out.push({ dimension: `rule-failed-median-short-${f.measure}`, key, count: f.medianShort });
  }
  return out;
}

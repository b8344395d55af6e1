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

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  const v = s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
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
  private readonly rows = new Map<string, RuleFailureStat & { shorts: number[] }>();

  /** `failure`: summary.failure as stored (null or absent for checks that did not fail, or older rows) */
  add(failure: unknown, chapter: string | undefined, dest: string | undefined): void {
    if (!chapter || !dest || !failure || typeof failure !== 'object') return;
    const failed = (failure as { failed?: unknown }).failed;
    if (!Array.isArray(failed)) return;
    for (const f of failed as { rule?: unknown; short?: unknown }[]) {
      if (typeof f?.rule !== 'string' || !RULE_CODE.test(f.rule)) continue;
      const k = `${f.rule}|${chapter}|${dest}`;
      const measure = measureOf(f.rule);
      const row = this.rows.get(k) ?? {
        rule: f.rule,
        chapter,
        dest,
        count: 0,
        measure,
        medianShort: null,
        shortBands: {},
        shorts: [],
      };
      row.count++;
      if (measure && typeof f.short === 'number' && Number.isFinite(f.short) && f.short >= 0) {
        row.shorts.push(f.short);
        const band = (measure === 'points' ? POINT_BANDS : MATERIAL_BANDS).find(([lo]) => (f.short as number) >= lo);
        if (band) row.shortBands[band[1]] = (row.shortBands[band[1]] ?? 0) + 1;
      }
      this.rows.set(k, row);
    }
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

import type { Sql } from './sql.js';
import type { Stats } from '../../domain/schemas/staff-cases.js';
import { readCounts } from '../store/stat-counts.js';
import { RuleFailureTally, ruleFailureRows } from './stats-rule-failures.js';

// what is counted is the statistics answer of the staff API (domain/schemas/staff-cases.ts): codes and
// figures only; no firm, contact, id or exact time ever leaves this module

/** keys come from stored data: a record without a prototype, so 'constructor' or '__proto__' is just a key */
const tally = (): Record<string, number> => Object.create(null) as Record<string, number>;
const add = (m: Record<string, number>, k: string, n: number) => {
  m[k] = (m[k] ?? 0) + n;
};

/**
 * The statistics of the checks of [from, to), from the counters bumped when each check was stored
 * (server/store/stat-counts.ts): one row per day x dimension x key, so the cost follows the variety of
 * what was asked, not the number of enquiries. Every key there is the server's own finding.
 */
export async function computeStats(q: Sql, range: { from?: string; to?: string }): Promise<Stats> {
  const s: Stats = {
    from: range.from ?? null,
    to: range.to ?? null,
    checks: 0,
    byMonth: tally(),
    byDest: tally(),
    byChapter: tally(),
    topHeadings: [],
    rcepStatus: tally(),
    verdict: tally(),
    failures: [],
    programmes: tally(),
    ruleFailures: [],
  };
  const ruleFailures = new RuleFailureTally();
  const headings = tally();
  const fails = new Map<string, Stats['failures'][number]>();
  const failAt = (place: string) => {
    const [chapter, dest] = place.split('|');
    const f = fails.get(place) ?? { chapter, dest, count: 0, shareBands: tally() };
    fails.set(place, f);
    return f;
  };
  const byDimension: Record<string, Record<string, number>> = {
    dest: s.byDest,
    chapter: s.byChapter,
    heading: headings,
    'rcep-status': s.rcepStatus,
    verdict: s.verdict,
    programme: s.programmes,
  };
  for (const { day, dimension, key, n } of await readCounts(q, range)) {
    if (dimension === 'checks') {
      s.checks += n;
      add(s.byMonth, day.slice(0, 7), n);
    } else if (Object.hasOwn(byDimension, dimension)) add(byDimension[dimension], key, n);
    else if (dimension === 'not-originating') failAt(key).count += n;
    else if (dimension === 'not-originating-share') {
      const [chapter, dest, band] = key.split('|');
      add(failAt(`${chapter}|${dest}`).shareBands, band, n);
    } else if (dimension === 'rule-failed') {
      const [rule, chapter, dest] = key.split('|');
      ruleFailures.addCount(rule, chapter, dest, n, 0);
    } else if (dimension === 'rule-short') {
      const [rule, chapter, dest, short] = key.split('|');
      ruleFailures.addCount(rule, chapter, dest, 0, n, Number(short));
    }
  }
  s.topHeadings = Object.entries(headings)
    .map(([heading, count]) => ({ heading, count }))
    .sort((x, y) => y.count - x.count || x.heading.localeCompare(y.heading))
    .slice(0, 20);
  s.failures = [...fails.values()].sort((x, y) => y.count - x.count || x.chapter.localeCompare(y.chapter));
  s.ruleFailures = ruleFailures.result();
  return s;
}

/** long CSV rows: dimension, key, count */
export function statsRows(s: Stats): { dimension: string; key: string; count: number }[] {
  const out: { dimension: string; key: string; count: number }[] = [
    { dimension: 'checks', key: 'all', count: s.checks },
  ];
  const add = (dimension: string, m: Record<string, number>) =>
    Object.entries(m)
      .sort(([a], [b]) => a.localeCompare(b))
      .forEach(([key, count]) => out.push({ dimension, key, count }));
  add('month', s.byMonth);
  add('dest', s.byDest);
  add('chapter', s.byChapter);
  s.topHeadings.forEach((h) => out.push({ dimension: 'heading', key: h.heading, count: h.count }));
  add('rcep-status', s.rcepStatus);
  add('verdict', s.verdict);
  s.failures.forEach((f) => {
    out.push({ dimension: 'not-originating', key: `${f.chapter}/${f.dest}`, count: f.count });
    Object.entries(f.shareBands).forEach(([b, n]) =>
      out.push({ dimension: 'not-originating-share', key: `${f.chapter}/${f.dest}/${b}`, count: n }),
    );
  });
  out.push(...ruleFailureRows(s.ruleFailures));
  add('programme', s.programmes);
  return out;
}

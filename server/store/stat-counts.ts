import type { Sql } from './sql-runner.js';

/** One counted fact of a check: a dimension ('dest', 'verdict' …) and its key ('JP', 'originating' …). */
export type CountFact = readonly [dimension: string, key: string];

const BUMP =
  'INSERT INTO stat_counts (day, dimension, key, n) VALUES (?, ?, ?, ?) ' +
  'ON CONFLICT (day, dimension, key) DO UPDATE SET n = stat_counts.n + excluded.n';

/**
 * Add the facts of one or more checks to the day's counters. Called inside the transaction that
 * stores the record, so a count exists exactly when its record does. Facts repeated in one call are
 * summed first (one statement per distinct counter).
 */
export async function bumpCounts(q: Sql, day: string, facts: readonly CountFact[]): Promise<void> {
  const sums = new Map<string, { dimension: string; key: string; n: number }>();
  for (const [dimension, key] of facts) {
    const k = `${dimension}\u0000${key}`;
    const row = sums.get(k) ?? { dimension, key, n: 0 };
    row.n++;
    sums.set(k, row);
  }
  for (const r of sums.values()) await q.run(BUMP, [day, r.dimension, r.key, r.n]);
}

/** The counters of the days in [from, to) (either end open), one row per day x dimension x key. */
export async function readCounts(
  q: Sql,
  range: { from?: string; to?: string },
): Promise<{ day: string; dimension: string; key: string; n: number }[]> {
  const where: string[] = [];
  const p: unknown[] = [];
  if (range.from) {
    where.push('day >= ?');
    p.push(range.from.slice(0, 10));
  }
  if (range.to) {
    where.push('day < ?');
    p.push(range.to.slice(0, 10));
  }
  const rows = await q.all(
    `SELECT day, dimension, key, n FROM stat_counts ${where.length ? 'WHERE ' + where.join(' AND ') : ''}`,
    p,
  );
  return rows.map((r) => ({ day: String(r.day), dimension: String(r.dimension), key: String(r.key), n: Number(r.n) }));
}

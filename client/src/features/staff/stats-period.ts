/** The period a statistics page shows: dates as typed (both inclusive), or why they cannot be used. */
export type StatsPeriod = { ok: true; query: string } | { ok: false; reason: 'period-reversed' | 'date-invalid' };

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const valid = (d: string) => ISO.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`));
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The query of GET /api/v1/staff/stats for a period typed as "from" and "to" (both inclusive, either may be
 * empty): the API's `to` is exclusive (created_at < to), so the day after the typed one is sent.
 */
export function statsPeriod(from: string, to: string): StatsPeriod {
  if ((from && !valid(from)) || (to && !valid(to))) return { ok: false, reason: 'date-invalid' };
  if (from && to && from > to) return { ok: false, reason: 'period-reversed' };
  const q = new URLSearchParams();
  if (from) q.set('from', from);
  if (to) q.set('to', nextDay(to));
  const s = q.toString();
  return { ok: true, query: s ? `?${s}` : '' };
}

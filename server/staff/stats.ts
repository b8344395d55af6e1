import type { Sql } from './sql.js';
import type { Stats } from '../../domain/schemas/staff-cases.js';
import { RuleFailureTally, ruleFailureRows } from './stats-rule-failures.js';

// what is counted is the statistics answer of the staff API (domain/schemas/staff-cases.ts): codes and
// figures only; no firm, contact, id or exact time ever leaves this module

const inc = (m: Record<string, number>, k: string | undefined) => {
  if (k) m[k] = (m[k] ?? 0) + 1;
};
/** keys come from stored data: a record without a prototype, so 'constructor' or '__proto__' is just a key */
const tally = (): Record<string, number> => Object.create(null) as Record<string, number>;
const obj = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

export async function computeStats(q: Sql, range: { from?: string; to?: string }): Promise<Stats> {
  const where: string[] = [];
  const p: unknown[] = [];
  if (range.from) {
    where.push('created_at >= ?');
    p.push(range.from);
  }
  if (range.to) {
    where.push('created_at < ?');
    p.push(range.to);
  }
  const rows = await q.all(
    `SELECT created_at, answers, summary FROM enquiries ${where.length ? 'WHERE ' + where.join(' AND ') : ''}`,
    p,
  );
  const s: Stats = {
    from: range.from ?? null,
    to: range.to ?? null,
    checks: rows.length,
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
  for (const r of rows) {
    let a: Record<string, unknown>;
    let sum: Record<string, unknown>;
    try {
      a = obj(JSON.parse(String(r.answers)));
      sum = obj(JSON.parse(String(r.summary)));
    } catch {
      continue;
    }
    const digits = String(a.code ?? '').replace(/\D/g, '');
    const dest = typeof a.dest === 'string' ? a.dest : undefined;
    const chapter = digits.length >= 2 ? digits.slice(0, 2) : undefined;
    inc(s.byMonth, String(r.created_at).slice(0, 7));
    inc(s.byDest, dest);
    inc(s.byChapter, chapter);
    if (digits.length >= 4) inc(headings, digits.slice(0, 4));
    // the server's own tariff status; a client's string is never counted
    inc(s.rcepStatus, typeof sum.serverStatus === 'string' ? sum.serverStatus : undefined);
    // the server's own verdict on the stored answers; the client's summary only for enquiries stored before it
    const verdict =
      typeof sum.serverVerdict === 'string'
        ? sum.serverVerdict
        : !('serverVerdict' in sum) && typeof sum.verdict === 'string'
          ? sum.verdict
          : undefined;
    inc(s.verdict, verdict);
    // programmes are counted only as the server matched them (serverProgrammes), never from a client's list
    for (const prog of Array.isArray(sum.serverProgrammes) ? sum.serverProgrammes : []) inc(s.programmes, String(prog));
    ruleFailures.add(sum.failure, chapter, dest);
    const origin = obj(a.origin);
    if (verdict === 'not-originating' && chapter && dest) {
      const k = `${chapter}|${dest}`;
      const f = fails.get(k) ?? { chapter, dest, count: 0, shareBands: tally() };
      f.count++;
      if (origin.mode === 'quick' && typeof origin.share === 'number') {
        const lo = Math.min(90, Math.floor(origin.share / 10) * 10);
        inc(f.shareBands, `${lo}-${lo + 10}`);
      }
      fails.set(k, f);
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

import type { LocalText, RateExpr } from '../../../domain/schemas/index.js';
import { appliedMfn, printedMfn, type AppliedMfn, type MfnCells } from './applied-mfn.js';
import type { RcepStatus } from './cross-check.js';
import { parseJpRate } from './parse-jp-rate.js';

/** One source row (a node of the tree or a KCS row) reduced to what the importer needs. */
export interface SourceRow {
  when: LocalText; // condition text of the row, used when one code has several rows (seasons)
  mfn: MfnCells;
  rcep: string; // RCEP-for-China cell as printed ('' = blank)
}

export type Merged<T> = { ok: true; value: T; printed: string } | { ok: false; reason: string; detail: string };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One rate for the code: the rows' common rate, or conditional cases by the rows' conditions. */
function merge(rows: SourceRow[], rates: RateExpr[]): RateExpr {
  if (rates.every((r) => same(r, rates[0]))) return rates[0]!;
  return { kind: 'conditional', cases: rows.map((row, i) => ({ when: row.when, rate: rates[i]! })) };
}

/** Applied MFN of a code from its row(s). */
export function mergedMfn(rows: SourceRow[], lang: 'ja' | 'en'): Merged<RateExpr> {
  const results: AppliedMfn[] = rows.map((r) => appliedMfn(r.mfn, lang));
  const printed = rows.map((r) => printedMfn(r.mfn)).join(' | ');
  const bad = results.find((r) => !r.ok);
  if (bad && !bad.ok) return { ok: false, reason: bad.reason, detail: printed };
  const rates = results.map((r) => (r as { rate: RateExpr }).rate);
  return { ok: true, value: merge(rows, rates), printed };
}

/** RCEP-for-China status of a code from its row(s); a blank row is "not conceded" (MFN applies). */
export function mergedRcep(rows: SourceRow[], lang: 'ja' | 'en', prefix: string): RcepStatus & { printed: string } {
  const printed = rows.map((r) => r.rcep).join(' | ');
  if (rows.every((r) => r.rcep.trim() === '')) return { kind: 'blank', printed: '' };
  const rates: RateExpr[] = [];
  for (const r of rows) {
    if (r.rcep.trim() === '') {
      rates.push({ kind: 'notConceded' });
      continue;
    }
    const p = parseJpRate(r.rcep, { lang });
    if (!p.ok) return { kind: 'failed', reason: `${prefix}-${p.reason}`, printed };
    rates.push(p.rate);
  }
  return { kind: 'rate', rate: merge(rows, rates), printed };
}

/** A reference-only column (other RCEP schedules): blank = not conceded, else the parsed rate. */
export function mergedReference(rows: SourceRow[], cells: string[], prefix: string): Merged<RateExpr> {
  const st = mergedRcep(
    rows.map((r, i) => ({ ...r, rcep: cells[i] ?? '' })),
    'ja',
    prefix,
  );
  if (st.kind === 'failed') return { ok: false, reason: st.reason, detail: st.printed };
  return { ok: true, value: st.kind === 'blank' ? { kind: 'notConceded' } : st.rate, printed: st.printed };
}

import type { Quarantine, RateEntry, RateExpr, TariffLine } from '../../../domain/schemas/index.js';
import { normaliseCell } from './parse-kcs-rate.js';

/** Context of one importer run: where figures come from and where refusals go. */
export interface Ctx {
  src: string;
  file: string;
  dest: string;
  asOf: string;
  rcepYear?: number;
  quarantine: Quarantine[];
  stats: Record<string, number>;
}

export const count = (ctx: Ctx, key: string, n = 1): void => {
  ctx.stats[key] = (ctx.stats[key] ?? 0) + n;
};

/** `rcepYear`: omitted = the table's RCEP year; null = none (e.g. an ACFTA rate). */
export function entry(
  ctx: Ctx,
  rate: RateExpr,
  row: number | string,
  printed: string,
  rcepYear?: number | null,
): RateEntry {
  const e: RateEntry = { rate, asOf: ctx.asOf, src: ctx.src, row: String(row) };
  const y = rcepYear === undefined ? ctx.rcepYear : rcepYear;
  if (y !== undefined && y !== null) e.rcepYear = y;
  const p = normaliseCell(printed);
  // plain "5%" / "Free" cells say nothing the rate does not: not repeated (keeps the packs small)
  if (p && !/^(\d+(\.\d+)?\s*%|free)$/i.test(p)) e.printed = p.length > 200 ? `${p.slice(0, 197)}...` : p;
  return e;
}

export function refuse(
  ctx: Ctx,
  line: TariffLine | undefined,
  row: number,
  reason: string,
  detail: string,
  code?: string,
): void {
  const q: Quarantine = { src: ctx.src, file: ctx.file, row: String(row), reason, dest: ctx.dest };
  const d = normaliseCell(detail);
  if (d) q.detail = d.length > 300 ? `${d.slice(0, 297)}...` : d;
  const c = code ?? line?.code;
  if (c) q.code = c;
  ctx.quarantine.push(q);
  count(ctx, `quarantined:${reason}`);
  if (line) (line.quarantined ??= []).push({ src: ctx.src, reason });
}

/** Ad valorem level of a simple rate (free = 0), undefined for anything else. */
export function simplePct(rate: RateExpr): number | undefined {
  if (rate.kind === 'free') return 0;
  if (rate.kind === 'adValorem') return rate.pct;
  return undefined;
}

export const sameRate = (a: RateExpr, b: RateExpr): boolean => JSON.stringify(a) === JSON.stringify(b);

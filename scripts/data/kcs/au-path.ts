import type { RateExpr } from '../../../domain/schemas/index.js';
import { normaliseCell, parseKcsRate, type KcsRateOptions } from './parse-kcs-rate.js';

/**
 * AU's RCEP cell in the KCS table holds the whole phase-down, e.g.
 * "5% From 1 January 2023: 4% From 1 January 2024: 3% ... Free" (kcs-2025-au.xlsx).
 * The leading rate (if any) applies from entry into force, 1 January 2022 = AU Year 1;
 * "From 1 January YYYY" starts Year YYYY - 2021 (AU counts RCEP years by calendar year).
 * Any other date, or years that do not increase, is refused (the caller quarantines).
 */
export const AU_YEAR1 = 2022;

export type AuPathResult =
  | { kind: 'single'; rate: RateExpr }
  | { kind: 'path'; years: { rcepYear: number; rate: RateExpr }[] }
  | { kind: 'empty' }
  | { kind: 'unconfirmed' }
  | { kind: 'invalid'; reason: string };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** A full stop closing a rate ("… From 1 January 2031: Free.", "4%."): punctuation, not part of the rate. */
const closingStop = (s: string) => s.replace(/(%|\bfree)\s*\.+$/i, '$1');

export function parseAuPhaseDown(raw: string, opts: KcsRateOptions = {}): AuPathResult {
  try {
    const text = closingStop(normaliseCell(raw));
    if (!/from\s+\d/i.test(text)) {
      const one = parseKcsRate(text, opts);
      return one.kind === 'rate' ? { kind: 'single', rate: one.rate } : one;
    }
    // split into [lead, date1, rate1, date2, rate2, ...]
    const pieces = text.split(/\s*From\s+(\d{1,2}\s+[A-Za-z]+\s+\d{4})\s*:?\s*/i);
    const years: { rcepYear: number; rate: RateExpr }[] = [];
    const lead = closingStop(pieces[0]!.trim());
    if (lead !== '') {
      const r = parseKcsRate(lead, opts);
      if (r.kind !== 'rate') return { kind: 'invalid', reason: 'path-step-unparseable' };
      years.push({ rcepYear: 1, rate: r.rate });
    }
    for (let i = 1; i + 1 < pieces.length; i += 2) {
      const [day, month, year] = pieces[i]!.split(/\s+/);
      if (day !== '1' || MONTHS.indexOf(month!.toLowerCase()) !== 0)
        return { kind: 'invalid', reason: 'path-date-not-year-start' };
      const rcepYear = Number(year) - AU_YEAR1 + 1;
      const r = parseKcsRate(closingStop(pieces[i + 1]!.replace(/:\s*$/, '')), opts);
      if (r.kind !== 'rate') return { kind: 'invalid', reason: 'path-step-unparseable' };
      const last = years[years.length - 1];
      if (rcepYear < 1 || (last && last.rcepYear >= rcepYear))
        return { kind: 'invalid', reason: 'path-years-not-increasing' };
      years.push({ rcepYear, rate: r.rate });
    }
    if (years.length === 0) return { kind: 'invalid', reason: 'path-empty' };
    return { kind: 'path', years };
  } catch {
    return { kind: 'invalid', reason: 'parser-error' };
  }
}

/** The rate in force in `rcepYear`: the last step starting at or before it; undefined when the path starts later. */
export function rateInYear(
  years: { rcepYear: number; rate: RateExpr }[],
  rcepYear: number,
): { rcepYear: number; rate: RateExpr } | undefined {
  let hit: { rcepYear: number; rate: RateExpr } | undefined;
  for (const y of years) if (y.rcepYear <= rcepYear) hit = y;
  return hit;
}

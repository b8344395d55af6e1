import type { Party } from '../schemas/index.js';
import { PARTIES, STAGING_START } from '../parties.js';

/**
 * RCEP year of a date for an importing party (Annex I General Notes, see docs/rcep-primer.md):
 * Year 1 runs from entry into force to 31 December, or to 31 March for ID, JP and PH; each later
 * year is the calendar year (1 April–31 March for ID, JP, PH). Staged reductions are deemed to have
 * started on 2022-01-01 (the Agreement's EIF), also for parties that joined later, so Year 1 is
 * counted from 2022-01-01 for every party: e.g. ID (EIF 2023-01-02) applies Year 2 on its EIF.
 */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export type RcepYearResult = { rcepYear: number; notes: string[] } | { rcepYear: null; notes: string[] };

/** RCEP year in force on `date` in `dest`, with reason codes ('before-entry-into-force', 'eif-unverified'). */
export function rcepYearOf(dest: Party, date: string): RcepYearResult {
  const info = PARTIES[dest];
  const notes: string[] = [];
  if (!isIsoDate(date)) return { rcepYear: null, notes: ['bad-date'] };
  if (date < STAGING_START) return { rcepYear: null, notes: ['before-entry-into-force'] };
  if (info.eif === undefined) notes.push('eif-unverified');
  else if (date < info.eif) return { rcepYear: null, notes: ['before-entry-into-force'] };
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const n = info.yearStart === 'apr' ? (m >= 4 ? y - 2020 : y - 2021) : y - 2021;
  return { rcepYear: n, notes };
}

/** Shorthand: the year number, or null before EIF. */
export function rcepYear(dest: Party, date: string): number | null {
  return rcepYearOf(dest, date).rcepYear;
}

export interface RcepYearPeriod {
  rcepYear: number;
  /** first and last day of the year as the schedule counts it (Year 1 starts 2022-01-01) */
  from: string;
  to: string;
  /** first day the party actually applied it, when its EIF falls inside the year */
  inForceFrom?: string;
}

/** Inverse of rcepYear: the period RCEP year `n` covers for `dest`. */
export function rcepYearPeriod(dest: Party, n: number): RcepYearPeriod {
  const info = PARTIES[dest];
  let from: string;
  let to: string;
  if (info.yearStart === 'apr') {
    from = n === 1 ? STAGING_START : `${2020 + n}-04-01`;
    to = `${2021 + n}-03-31`;
  } else {
    from = `${2021 + n}-01-01`;
    to = `${2021 + n}-12-31`;
  }
  const out: RcepYearPeriod = { rcepYear: n, from, to };
  if (info.eif && info.eif > from) {
    if (info.eif <= to) out.inForceFrom = info.eif;
  }
  return out;
}

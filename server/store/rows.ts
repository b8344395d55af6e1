import { randomBytes } from 'node:crypto';
import type { Enquiry, Feedback, FeedbackEvent, FeedbackStatus, NewFeedback } from './types.js';

/** Row <-> record mapping shared by the SQLite and PostgreSQL stores (same portable schema). */

export type Row = Record<string, unknown>;

const str = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : String(v));

export function enquiryFromRow(r: Row): Enquiry {
  return {
    id: String(r.id),
    createdAt: String(r.created_at),
    lang: str(r.lang),
    answers: JSON.parse(String(r.answers)),
    summary: JSON.parse(String(r.summary)),
  };
}

export function eventFromRow(r: Row): FeedbackEvent {
  return {
    at: String(r.at),
    status: String(r.status) as FeedbackStatus,
    note: str(r.note),
    actor: str(r.actor),
  };
}

export function feedbackFromRow(r: Row, events: Row[]): Feedback {
  return {
    reference: String(r.reference),
    topic: String(r.topic),
    message: String(r.message),
    dest: str(r.dest),
    code: str(r.code),
    enquiryId: str(r.enquiry_id),
    contact: r.contact ? JSON.parse(String(r.contact)) : undefined,
    routedUnit: str(r.routed_unit) ?? null,
    status: String(r.status) as FeedbackStatus,
    notes: JSON.parse(String(r.notes)),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
    events: events.map(eventFromRow),
  };
}

/** letters and digits that cannot be misread for each other on a slip or over the phone (no 0 O 1 I L U) */
const READABLE = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * 'FB-2026-K7QM-X4PD': the year, then 8 random characters (30^8, about 6.6e11) in two groups of four.
 * A reference is the only key to a report's public status, so it must not be guessable from another
 * one (sequential numbers let anyone walk every report's topic, status and unit).
 */
export function feedbackReference(year: number): string {
  const bytes = randomBytes(8);
  const chars = [...bytes].map((b) => READABLE[b % READABLE.length]).join('');
  return `FB-${year}-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** Parameters of SQL.insertFeedback, in column order (both stores). */
export function feedbackInsertParams(reference: string, at: string, f: NewFeedback): unknown[] {
  const contact = f.contact ? JSON.stringify(f.contact) : null;
  return [
    reference,
    at,
    at,
    f.topic,
    f.message,
    f.dest ?? null,
    f.code ?? null,
    f.enquiryId ?? null,
    contact,
    f.consent ? 1 : 0,
    f.routedUnit,
  ];
}

/** the form given now, and the sequential form of reports filed before it (still looked up) */
export const REFERENCE_PATTERN = /^FB-\d{4}-(?:[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}|\d{6,})$/;

export const SQL = {
  insertEnquiry: 'INSERT INTO enquiries (id, created_at, lang, answers, summary) VALUES (?, ?, ?, ?, ?)',
  getEnquiry: 'SELECT * FROM enquiries WHERE id = ?',
  countEnquiries: 'SELECT COUNT(*) AS n FROM enquiries',
  nextCounter:
    'INSERT INTO reference_counters (name, year, last) VALUES (?, ?, 1) ' +
    'ON CONFLICT (name, year) DO UPDATE SET last = reference_counters.last + 1 RETURNING last',
  insertFeedback:
    'INSERT INTO feedback (reference, created_at, updated_at, topic, message, dest, code, enquiry_id, contact, consent, status, notes, routed_unit) ' +
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', '[]', ?)",
  insertEvent: 'INSERT INTO feedback_events (id, reference, at, status, note, actor) VALUES (?, ?, ?, ?, ?, ?)',
  getFeedback: 'SELECT * FROM feedback WHERE reference = ?',
  getEvents: 'SELECT * FROM feedback_events WHERE reference = ? ORDER BY at, id',
  updateFeedback: 'UPDATE feedback SET status = ?, notes = ?, updated_at = ? WHERE reference = ?',
  maxMigration: 'SELECT MAX(version) AS v FROM schema_migrations',
  insertMigration: 'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
};

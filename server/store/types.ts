import type { SqlRunner } from './sql-runner.js';
import type { CountFact } from './stat-counts.js';

/** Records kept by the service and the one repository interface both stores implement. */

export type FeedbackStatus = 'new' | 'in-progress' | 'resolved';

export interface NewEnquiry {
  /** the wizard answers (CheckInput) as sent */
  answers: unknown;
  /** a summary of the result (codes and figures only) */
  summary: unknown;
  lang?: string;
  /** the statistics facts the server worked out for this check: counted in the same transaction */
  counts?: readonly CountFact[];
}

export interface Enquiry extends NewEnquiry {
  id: string;
  createdAt: string;
}

export interface NewFeedback {
  topic: string;
  /** what went wrong, as the firm tells it (stored inertly) */
  message: string;
  dest?: string;
  code?: string;
  enquiryId?: string;
  contact?: { name?: string; email?: string; phone?: string; firm?: string };
  consent: boolean;
  /** contact-unit id the report is routed to (null when no unit is named for the topic) */
  routedUnit: string | null;
}

export interface FeedbackEvent {
  at: string;
  status: FeedbackStatus;
  note?: string;
  actor?: string;
}

export interface Feedback {
  reference: string;
  topic: string;
  message: string;
  dest?: string;
  code?: string;
  enquiryId?: string;
  contact?: NewFeedback['contact'];
  routedUnit: string | null;
  status: FeedbackStatus;
  notes: string[];
  createdAt: string;
  updatedAt: string;
  events: FeedbackEvent[];
}

export interface StoreHealth {
  ok: boolean;
  kind: 'sqlite' | 'postgres';
  /** highest applied migration */
  schemaVersion: number;
  reason?: string;
}

/** The repository interface (server/store). Every write runs in one transaction and resolves after commit. */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** plain SQL and transactions on the store's own connection (the staff repositories use only this) */
  readonly sql: SqlRunner;
  /**
   * Call `fn` when another process (or this one) announces a change on `channel` (PostgreSQL
   * LISTEN/NOTIFY; SQLite has no such channel and returns a no-op). Resolves once listening.
   */
  listen(channel: string, fn: (payload: string) => void): Promise<() => void>;
  /** apply pending migrations (forward-only); returns the versions applied now */
  migrate(): Promise<number[]>;
  health(): Promise<StoreHealth>;
  createEnquiry(e: NewEnquiry): Promise<Enquiry>;
  getEnquiry(id: string): Promise<Enquiry | null>;
  countEnquiries(): Promise<number>;
  /** stores a report and gives it the next reference of the year, e.g. 'FB-2026-000123' */
  createFeedback(f: NewFeedback): Promise<Feedback>;
  getFeedback(reference: string): Promise<Feedback | null>;
  /** staff update; records a feedback_events row; null when the reference is unknown */
  updateFeedbackStatus(
    reference: string,
    change: { status: FeedbackStatus; note?: string; actor?: string },
  ): Promise<Feedback | null>;
  close(): Promise<void>;
}

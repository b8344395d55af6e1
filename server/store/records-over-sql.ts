import * as records from './records-repo.js';
import type { SqlRunner } from './sql-runner.js';
import type { Enquiry, Feedback, NewEnquiry, NewFeedback, StoreHealth } from './types.js';

/**
 * The records part of the Store, written once over the store's SqlRunner: SQLite and PostgreSQL
 * differ only in how they connect, migrate and listen.
 */
export abstract class RecordsOverSql {
  abstract readonly sql: SqlRunner;

  health(): Promise<StoreHealth> {
    return records.health(this.sql);
  }

  createEnquiry(e: NewEnquiry): Promise<Enquiry> {
    return records.createEnquiry(this.sql, e);
  }

  getEnquiry(id: string): Promise<Enquiry | null> {
    return records.getEnquiry(this.sql, id);
  }

  countEnquiries(): Promise<number> {
    return records.countEnquiries(this.sql);
  }

  createFeedback(f: NewFeedback): Promise<Feedback> {
    return records.createFeedback(this.sql, f);
  }

  getFeedback(reference: string): Promise<Feedback | null> {
    return records.getFeedback(this.sql, reference);
  }

  updateFeedbackStatus(
    reference: string,
    change: { status: Feedback['status']; note?: string; actor?: string },
  ): Promise<Feedback | null> {
    return records.updateFeedbackStatus(this.sql, reference, change);
  }
}

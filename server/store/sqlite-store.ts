import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { MIGRATIONS_TABLE, readMigrations, type Migration } from './migrations.js';
import { SQL, enquiryFromRow, feedbackFromRow, feedbackInsertParams, feedbackReference, type Row } from './rows.js';
import { sqliteRunner, type SqlRunner } from './sql-runner.js';
import type { Enquiry, Feedback, NewEnquiry, NewFeedback, Store, StoreHealth } from './types.js';

/** Embedded default store: one SQLite file (WAL, foreign keys on, synchronous FULL). */
export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private db: Database.Database;
  readonly sql: SqlRunner;

  constructor(
    file: string,
    private migrations: Migration[] = readMigrations(),
  ) {
    if (file !== ':memory:') {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // the file holds password hashes and firm contacts: readable by the service account only
      if (!fs.existsSync(file)) fs.closeSync(fs.openSync(file, 'a', 0o600));
    }
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.sql = sqliteRunner(this.db);
    if (file !== ':memory:') for (const f of [file, `${file}-wal`, `${file}-shm`]) chmodIfThere(f);
  }

  /** one SQLite file has no notification channel: other processes are seen by the version re-check */
  async listen(): Promise<() => void> {
    return () => undefined;
  }

  async migrate(): Promise<number[]> {
    this.db.exec(MIGRATIONS_TABLE);
    const current = Number((this.db.prepare(SQL.maxMigration).get() as Row).v ?? 0);
    const applied: number[] = [];
    for (const m of this.migrations.filter((x) => x.version > current)) {
      this.db.transaction(() => {
        this.db.exec(m.sql);
        this.db.prepare(SQL.insertMigration).run(m.version, m.name, new Date().toISOString());
      })();
      applied.push(m.version);
    }
    return applied;
  }

  async health(): Promise<StoreHealth> {
    try {
      const v = Number((this.db.prepare(SQL.maxMigration).get() as Row).v ?? 0);
      return { ok: true, kind: this.kind, schemaVersion: v };
    } catch {
      return { ok: false, kind: this.kind, schemaVersion: 0, reason: 'store-unavailable' };
    }
  }

  async createEnquiry(e: NewEnquiry): Promise<Enquiry> {
    const rec: Enquiry = { id: randomUUID(), createdAt: new Date().toISOString(), ...e };
    this.db
      .prepare(SQL.insertEnquiry)
      .run(rec.id, rec.createdAt, e.lang ?? null, JSON.stringify(e.answers), JSON.stringify(e.summary));
    return rec;
  }

  async getEnquiry(id: string): Promise<Enquiry | null> {
    const r = this.db.prepare(SQL.getEnquiry).get(id) as Row | undefined;
    return r ? enquiryFromRow(r) : null;
  }

  async countEnquiries(): Promise<number> {
    return Number((this.db.prepare(SQL.countEnquiries).get() as Row).n);
  }

  async createFeedback(f: NewFeedback): Promise<Feedback> {
    const now = new Date();
    const at = now.toISOString();
    const year = now.getUTCFullYear();
    const reference = this.db
      .transaction(() => {
        const ref = feedbackReference(year);
        this.db.prepare(SQL.insertFeedback).run(...feedbackInsertParams(ref, at, f));
        this.db.prepare(SQL.insertEvent).run(randomUUID(), ref, at, 'new', null, null);
        return ref;
      })
      .immediate();
    return (await this.getFeedback(reference))!;
  }

  async getFeedback(reference: string): Promise<Feedback | null> {
    const r = this.db.prepare(SQL.getFeedback).get(reference) as Row | undefined;
    if (!r) return null;
    return feedbackFromRow(r, this.db.prepare(SQL.getEvents).all(reference) as Row[]);
  }

  async updateFeedbackStatus(
    reference: string,
    change: { status: Feedback['status']; note?: string; actor?: string },
  ): Promise<Feedback | null> {
    const at = new Date().toISOString();
    const found = this.db
      .transaction(() => {
        const r = this.db.prepare(SQL.getFeedback).get(reference) as Row | undefined;
        if (!r) return false;
        const notes = JSON.parse(String(r.notes)) as string[];
        if (change.note) notes.push(change.note);
        this.db.prepare(SQL.updateFeedback).run(change.status, JSON.stringify(notes), at, reference);
        this.db
          .prepare(SQL.insertEvent)
          .run(randomUUID(), reference, at, change.status, change.note ?? null, change.actor ?? null);
        return true;
      })
      .immediate();
    return found ? this.getFeedback(reference) : null;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function chmodIfThere(f: string): void {
  try {
    fs.chmodSync(f, 0o600);
  } catch {
    /* not created yet (WAL files appear on first write, with the main file's mode) */
  }
}

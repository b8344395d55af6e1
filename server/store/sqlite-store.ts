import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS_TABLE, readMigrations, type Migration } from './migrations.js';
import { RecordsOverSql } from './records-over-sql.js';
import { SQL, type Row } from './rows.js';
import { sqliteRunner, type SqlRunner } from './sql-runner.js';
import type { Store } from './types.js';

/** Embedded default store: one SQLite file (WAL, foreign keys on, synchronous FULL). */
export class SqliteStore extends RecordsOverSql implements Store {
  readonly kind = 'sqlite' as const;
  private db: Database.Database;
  readonly sql: SqlRunner;

  constructor(
    file: string,
    private migrations: Migration[] = readMigrations(),
  ) {
    super();
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

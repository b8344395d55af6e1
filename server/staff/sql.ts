import type Database from 'better-sqlite3';
import type pg from 'pg';
import { toPg } from '../store/pg-store.js';
import type { Store } from '../store/types.js';

export type Row = Record<string, unknown>;

/** Plain SQL on the store's own connection ('?' placeholders, portable statements only). */
export interface Sql {
  readonly kind: 'sqlite' | 'postgres';
  all(sql: string, params?: unknown[]): Promise<Row[]>;
  get(sql: string, params?: unknown[]): Promise<Row | undefined>;
  run(sql: string, params?: unknown[]): Promise<number>;
}

export interface SqlRunner extends Sql {
  /** one transaction; resolves after COMMIT (rolls back when fn throws) */
  tx<T>(fn: (q: Sql) => Promise<T>): Promise<T>;
}

/**
 * The Store interface has no generic query method, so the staff repositories reach the store's
 * connection (SqliteStore.db / PgStore.pool) here, in one place. If the Store gains a public
 * `sql()` accessor this file is the only one to change.
 */
export function sqlRunner(store: Store): SqlRunner {
  const known = runners.get(store);
  if (known) return known;
  const inner = store as unknown as { db?: Database.Database; pool?: pg.Pool };
  const made =
    store.kind === 'sqlite' && inner.db
      ? sqliteRunner(inner.db)
      : store.kind === 'postgres' && inner.pool
        ? pgRunner(inner.pool)
        : null;
  if (!made) throw new Error('store-without-sql-connection');
  runners.set(store, made); // one runner (and so one SQLite transaction queue) per store
  return made;
}

const runners = new WeakMap<Store, SqlRunner>();

/** row lock inside a transaction on PostgreSQL (SQLite's BEGIN IMMEDIATE already serialises writers) */
export const forUpdate = (q: Sql) => (q.kind === 'postgres' ? ' FOR UPDATE' : '');

const norm = (p: unknown[]) => p.map((v) => (v === undefined ? null : typeof v === 'boolean' ? (v ? 1 : 0) : v));

function sqliteRunner(db: Database.Database): SqlRunner {
  const q: Sql = {
    kind: 'sqlite',
    all: async (sql, p = []) => db.prepare(sql).all(...norm(p)) as Row[],
    get: async (sql, p = []) => db.prepare(sql).get(...norm(p)) as Row | undefined,
    run: async (sql, p = []) => db.prepare(sql).run(...norm(p)).changes,
  };
  // better-sqlite3 is synchronous: transactions are serialised by this queue so that two async
  // bodies never share one BEGIN ... COMMIT.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    ...q,
    tx<T>(fn: (q: Sql) => Promise<T>): Promise<T> {
      const next = queue.then(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const out = await fn(q);
          db.exec('COMMIT');
          return out;
        } catch (e) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw e;
        }
      });
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

function pgRunner(pool: pg.Pool): SqlRunner {
  const on = (c: pg.Pool | pg.PoolClient): Sql => ({
    kind: 'postgres',
    all: async (sql, p = []) => (await c.query(toPg(sql), norm(p))).rows as Row[],
    get: async (sql, p = []) => (await c.query(toPg(sql), norm(p))).rows[0] as Row | undefined,
    run: async (sql, p = []) => (await c.query(toPg(sql), norm(p))).rowCount ?? 0,
  });
  return {
    ...on(pool),
    async tx<T>(fn: (q: Sql) => Promise<T>): Promise<T> {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const out = await fn(on(c));
        await c.query('COMMIT');
        return out;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        c.release();
      }
    },
  };
}

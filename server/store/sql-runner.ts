import type Database from 'better-sqlite3';
import type pg from 'pg';

export type Row = Record<string, unknown>;

/** Plain SQL on a store's connection ('?' placeholders, portable statements only). */
export interface Sql {
  readonly kind: 'sqlite' | 'postgres';
  all(sql: string, params?: unknown[]): Promise<Row[]>;
  get(sql: string, params?: unknown[]): Promise<Row | undefined>;
  run(sql: string, params?: unknown[]): Promise<number>;
}

/** The one way the repositories reach the database: statements, and transactions that resolve after COMMIT. */
export interface SqlRunner extends Sql {
  /** one transaction; resolves after COMMIT (rolls back when fn throws) */
  tx<T>(fn: (q: Sql) => Promise<T>): Promise<T>;
}

/** '?' placeholders (shared SQL) -> '$1..$n' */
export function toPg(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

const norm = (p: unknown[]) => p.map((v) => (v === undefined ? null : typeof v === 'boolean' ? (v ? 1 : 0) : v));

/**
 * better-sqlite3 is synchronous and the store has one connection: transactions are serialised by
 * a queue so that two async bodies never share one BEGIN ... COMMIT. BEGIN IMMEDIATE takes the
 * file's write lock at once, so a second process on the same file waits (busy_timeout) instead of
 * reading a state it is about to overwrite.
 */
export function sqliteRunner(db: Database.Database): SqlRunner {
  const q: Sql = {
    kind: 'sqlite',
    all: async (sql, p = []) => db.prepare(sql).all(...norm(p)) as Row[],
    get: async (sql, p = []) => db.prepare(sql).get(...norm(p)) as Row | undefined,
    run: async (sql, p = []) => db.prepare(sql).run(...norm(p)).changes,
  };
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

export function pgRunner(pool: pg.Pool): SqlRunner {
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

/** row lock inside a transaction on PostgreSQL (SQLite's BEGIN IMMEDIATE already serialises writers) */
export const forUpdate = (q: Sql) => (q.kind === 'postgres' ? ' FOR UPDATE' : '');

/**
 * Tell every server listening on `channel` (Store.listen) that something changed; on PostgreSQL the
 * notification is delivered at COMMIT, so nobody hears of a change that was rolled back. The
 * channel is prefixed with the schema, as PgStore.listen names it. SQLite: nothing to do.
 */
export async function notify(q: Sql, channel: string, payload: string): Promise<void> {
  if (q.kind !== 'postgres') return;
  await q.get("SELECT pg_notify(regexp_replace(current_schema() || '_' || ?, '[^a-z0-9_]', '_', 'g'), ?)", [
    channel,
    payload,
  ]);
}

import pg from 'pg';
import { MIGRATIONS_TABLE, readMigrations, type Migration } from './migrations.js';
import { RecordsOverSql } from './records-over-sql.js';
import { SQL, type Row } from './rows.js';
import { pgRunner, toPg, type SqlRunner } from './sql-runner.js';
import type { Store } from './types.js';

export { toPg };

type Q = { query: (sql: string, params?: unknown[]) => Promise<pg.QueryResult> };

export interface PgStoreOptions {
  connectionString: string;
  /** schema to use (created if missing); tests use a fresh one per run */
  schema?: string;
  max?: number;
}

/** PostgreSQL store (DATABASE_URL), same migrations and behaviour as the SQLite store. */
export class PgStore extends RecordsOverSql implements Store {
  readonly kind = 'postgres' as const;
  private pool: pg.Pool;
  private schema?: string;
  private connectionString: string;
  private listeners: pg.Client[] = [];
  private closed = false;
  readonly sql: SqlRunner;

  constructor(
    opts: PgStoreOptions,
    private migrations: Migration[] = readMigrations(),
  ) {
    super();
    if (opts.schema && !/^[a-z_][a-z0-9_]{0,62}$/.test(opts.schema)) throw new Error('invalid schema name');
    this.schema = opts.schema;
    this.connectionString = opts.connectionString;
    this.pool = new pg.Pool({
      connectionString: opts.connectionString,
      max: opts.max ?? 10,
      // a database that cannot be reached fails the request (503) in seconds instead of holding it
      connectionTimeoutMillis: 5000,
      options: opts.schema ? `-c search_path=${opts.schema}` : undefined,
    });
    // an idle client's error must not crash the process; the next query reports it
    this.pool.on('error', () => undefined);
    this.sql = pgRunner(this.pool);
  }

  /** the channel name carries the schema, so test schemas on one cluster do not hear each other (as notify() in sql-runner.ts) */
  private channel(name: string): string {
    return `${this.schema ?? 'public'}_${name}`.replace(/[^a-z0-9_]/g, '_');
  }

  /**
   * LISTEN on a dedicated connection (a pooled one would be returned and lose it). A lost connection
   * is re-opened after a second; meanwhile the version re-check on requests keeps servers coherent.
   */
  async listen(name: string, fn: (payload: string) => void): Promise<() => void> {
    const ch = this.channel(name);
    let client: pg.Client | null = null;
    let stopped = false;
    const open = async (): Promise<void> => {
      if (stopped || this.closed) return;
      const c = new pg.Client({ connectionString: this.connectionString });
      c.on('notification', (m) => {
        if (m.channel === ch) fn(m.payload ?? '');
      });
      c.on('error', () => {
        this.listeners = this.listeners.filter((x) => x !== c);
        c.end().catch(() => undefined);
        if (!stopped && !this.closed) setTimeout(() => void open().catch(() => undefined), 1000).unref();
      });
      await c.connect();
      await c.query(`LISTEN ${ch}`);
      client = c;
      this.listeners.push(c);
      fn(''); // (re)connected: something may have changed while nobody listened
    };
    await open();
    return () => {
      stopped = true;
      if (client) void client.end().catch(() => undefined);
    };
  }

  private async one(q: Q, sql: string, params: unknown[] = []): Promise<Row | undefined> {
    return (await q.query(toPg(sql), params)).rows[0] as Row | undefined;
  }

  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  }

  async migrate(): Promise<number[]> {
    if (this.schema) await this.pool.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
    return this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock(4242001)');
      await c.query(MIGRATIONS_TABLE);
      const current = Number((await this.one(c, SQL.maxMigration))?.v ?? 0);
      const applied: number[] = [];
      for (const m of this.migrations.filter((x) => x.version > current)) {
        await c.query(m.sql);
        await c.query(toPg(SQL.insertMigration), [m.version, m.name, new Date().toISOString()]);
        applied.push(m.version);
      }
      return applied;
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.listeners.map((c) => c.end().catch(() => undefined)));
    await this.pool.end();
  }
}

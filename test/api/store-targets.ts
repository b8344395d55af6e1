import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PgStore } from '../../server/store/pg-store';
import { SqliteStore } from '../../server/store/sqlite-store';
import type { Store } from '../../server/store/types';

/**
 * Which stores the repository tests run against: SQLite always; PostgreSQL when TEST_DATABASE_URL is set.
 * Under CI=true a missing TEST_DATABASE_URL is an error (the PG tests fail; they are never skipped silently).
 */
export interface StoreTarget {
  name: 'sqlite' | 'postgres';
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

export const PG_URL = process.env.TEST_DATABASE_URL;
export const PG_REQUIRED = process.env.CI === 'true';
export const PG_MISSING_MESSAGE =
  'TEST_DATABASE_URL is not set but CI=true: start PostgreSQL (scripts/dev/pg-test.sh start) and export TEST_DATABASE_URL';

export function sqliteTarget(): StoreTarget {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcep-store-'));
  return {
    name: 'sqlite',
    open: async () => {
      const s = new SqliteStore(path.join(dir, 'test.sqlite'));
      await s.migrate();
      return s;
    },
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** a fresh schema per test file run; dropped in cleanup */
export function pgTarget(url: string): StoreTarget {
  const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
  return {
    name: 'postgres',
    open: async () => {
      const s = new PgStore({ connectionString: url, schema, max: 4 });
      await s.migrate();
      return s;
    },
    cleanup: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    },
  };
}

export function storeTargets(): StoreTarget[] {
  return PG_URL ? [sqliteTarget(), pgTarget(PG_URL)] : [sqliteTarget()];
}

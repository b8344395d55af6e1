import path from 'node:path';
import type { Config } from '../config.js';
import { PgStore } from './pg-store.js';
import { SqliteStore } from './sqlite-store.js';
import { migrationsDir, readMigrations } from './migrations.js';
import type { Store } from './types.js';

/** PostgreSQL when DATABASE_URL is set, else SQLite at RCEP_DATA_DIR/rcep.sqlite; migrated on open. */
export async function openStore(config: Pick<Config, 'dataDir' | 'databaseUrl' | 'root'>): Promise<Store> {
  const migrations = readMigrations(migrationsDir(config.root));
  const store: Store = config.databaseUrl
    ? new PgStore({ connectionString: config.databaseUrl }, migrations)
    : new SqliteStore(path.join(config.dataDir, 'rcep.sqlite'), migrations);
  try {
    await store.migrate();
  } catch (e) {
    await store.close().catch(() => undefined);
    throw e;
  }
  return store;
}

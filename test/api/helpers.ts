import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { createApp } from '../../server/app';
import { loadData, type LoadedData } from '../../server/data/load-data';
import { SqliteStore } from '../../server/store/sqlite-store';
import type { Store } from '../../server/store/types';

let data: LoadedData | undefined;
/** the real committed packs and seeds (loaded once per test file) */
export function realData(): LoadedData {
  return (data ??= loadData(process.cwd()));
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  store: Store;
  close(): Promise<void>;
}

/** An in-process app over a temp SQLite store (or the given store). */
export async function testApp(opts: { rateLimit?: number; store?: Store; root?: string } = {}): Promise<TestApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcep-api-'));
  const store = opts.store ?? new SqliteStore(path.join(dir, 'db.sqlite'));
  await store.migrate();
  const app = createApp({
    store,
    packs: realData(),
    config: { rateLimit: opts.rateLimit ?? 0, root: opts.root ?? process.cwd() },
    logger: pino({ level: 'silent' }),
  });
  return {
    app,
    store,
    close: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

import { loadConfig, ConfigError } from '../config.js';
import { openStore } from './open-store.js';

/** `npm run db:migrate`: apply pending migrations to the configured store and print the result. */
async function main(): Promise<void> {
  const config = loadConfig();
  const store = await openStore(config);
  const h = await store.health();
  await store.close();
  console.log(JSON.stringify({ store: h.kind, schemaVersion: h.schemaVersion }));
}

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? e.message : `db:migrate failed: ${(e as Error).message}`);
  process.exit(1);
});

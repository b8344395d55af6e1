import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Server } from 'node:http';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { loadData, PackLoadError } from './data/load-data.js';
import { createLogger } from './logger.js';
import { openStore } from './store/open-store.js';
import { answerClientErrors } from './http/client-error.js';
import { warmWhenQuiet } from './warm-up.js';

/**
 * One full garbage collection once boot is over (pack text, validation and index-building garbage),
 * so the resident size reflects the live data rather than the boot peak. Best effort.
 */
function releaseBootGarbage(): void {
  try {
    v8.setFlagsFromString('--expose-gc');
    (vm.runInNewContext('gc') as () => void)();
  } catch {
    /* not available: V8 collects on its own schedule */
  }
}

/** `npm start`: config from env -> packs -> store (migrated) -> listen; graceful stop on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const t0 = performance.now();
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    console.error(e instanceof ConfigError ? e.message : String(e));
    process.exit(1);
  }
  const logger = createLogger(config.logLevel);
  let packs;
  try {
    packs = loadData(config.root, path.join(config.dataDir, 'cache'));
  } catch (e) {
    console.error(e instanceof PackLoadError ? e.message : `data load failed: ${(e as Error).message}`);
    process.exit(1);
  }
  const store = await openStore(config).catch((e: Error) => {
    console.error(`store failed to open: ${e.message}`);
    process.exit(1);
  });
  const app = createApp({ store, packs, config, logger });
  const server: Server = app.listen(config.port, config.host, (err?: Error) => {
    // Express 5 hands a bind error (port taken, no permission) to this callback instead of throwing
    if (err) {
      const code = (err as NodeJS.ErrnoException).code;
      console.error(
        code === 'EADDRINUSE'
          ? `port ${config.port} on ${config.host} is already in use: stop the other server or set PORT`
          : `cannot listen on ${config.host}:${config.port}: ${err.message}`,
      );
      process.exit(1);
    }
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : config.port;
    logger.info(
      {
        port,
        store: store.kind,
        packs: packs.status,
        loadMs: packs.loadMs,
        readyMs: Math.round(performance.now() - t0),
      },
      'listening',
    );
    warmWhenQuiet(server, () => app.warm(), packs, logger, releaseBootGarbage);
  });
  server.keepAliveTimeout = 5_000;
  answerClientErrors(server);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    server.close(async () => {
      await store.close().catch(() => undefined);
      clearTimeout(force);
      logger.info('stopped');
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('unhandledRejection', (e) => logger.error({ err: e }, 'unhandled rejection'));
}

void main();

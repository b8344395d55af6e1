import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import express from 'express';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { loadDataAsync, PackLoadError, type LoadedData } from './data/load-data.js';
import { clientFiles } from './http/client-files.js';
import { securityHeaders } from './http/security.js';
import { createLogger } from './logger.js';
import { openStore } from './store/open-store.js';
import type { Store } from './store/types.js';
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

type Pending = [IncomingMessage, ServerResponse];

/**
 * What answers while the packs load: /api/v1/health (the store's state; no packs yet, so 'degraded'
 * with an empty pack list) and the client's static files; every other request is held and handed to
 * the full app once it exists, so nobody is answered from half-loaded data.
 */
function bootApp(store: Store, root: string, hold: (req: IncomingMessage, res: ServerResponse) => void) {
  const pre = express();
  pre.disable('x-powered-by');
  pre.set('etag', false);
  pre.use(securityHeaders());
  pre.get('/api/v1/health', (_req, res) => {
    void store.health().then((h) =>
      res
        .status(h.ok ? 200 : 503)
        .set('cache-control', 'no-store')
        .json({
          status: 'degraded',
          store: { ok: h.ok, kind: h.kind, schemaVersion: h.schemaVersion },
          data: { packs: {}, destinations: [] },
          uptimeS: Math.round(process.uptime()),
        }),
    );
  });
  pre.use('/api', (req, res) => hold(req, res));
  pre.use(clientFiles(root));
  pre.use((req, res) => hold(req, res));
  return pre;
}

/**
 * `npm start`: config from env -> store (migrated) -> listen -> packs, loaded while /api/v1/health
 * already answers -> the full app; graceful stop on SIGTERM/SIGINT.
 */
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
  const store = await openStore(config).catch((e: Error) => {
    console.error(`store failed to open: ${e.message}`);
    process.exit(1);
  });
  const ready: { app?: (req: IncomingMessage, res: ServerResponse) => void } = {};
  const held: Pending[] = [];
  // the URL as it arrived: express's mounts rewrite req.url while a request passes through them
  const hold = (req: IncomingMessage, res: ServerResponse) => {
    req.url = (req as { originalUrl?: string }).originalUrl ?? req.url;
    held.push([req, res]);
  };
  const pre = bootApp(store, config.root, hold);
  const server: Server = createServer((req, res) => (ready.app ? ready.app(req, res) : pre(req, res)));
  server.once('error', (err: NodeJS.ErrnoException) => {
    // a bind error (port taken, no permission) stops the boot with one line
    console.error(
      err.code === 'EADDRINUSE'
        ? `port ${config.port} on ${config.host} is already in use: stop the other server or set PORT`
        : `cannot listen on ${config.host}:${config.port}: ${err.message}`,
    );
    process.exit(1);
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  logger.info(
    {
      port,
      store: store.kind,
      listenMs: Math.round(performance.now() - t0),
      sinceSpawnMs: Math.round(performance.now()),
    },
    'listening',
  );

  let packs: LoadedData;
  try {
    packs = await loadDataAsync(config.root, path.join(config.dataDir, 'cache'));
  } catch (e) {
    console.error(e instanceof PackLoadError ? e.message : `data load failed: ${(e as Error).message}`);
    process.exit(1);
  }
  const full = createApp({ store, packs, config, logger });
  ready.app = full;
  for (const [req, res] of held.splice(0)) full(req, res);
  logger.info({ packs: packs.status, loadMs: packs.loadMs, readyMs: Math.round(performance.now() - t0) }, 'ready');
  warmWhenQuiet(server, () => full.warm(), packs, logger, releaseBootGarbage);
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

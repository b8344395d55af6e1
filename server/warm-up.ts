import type { Server } from 'node:http';
import type { LoadedData } from './data/load-data.js';
import type { Logger } from './logger.js';

/** how long the server must have had no request in flight before the warm-up may block it */
const QUIET_MS = 300;

/**
 * The work a first search or first pack download would otherwise pay for (building the search
 * index; brotli and gzip copies of the packs), done after the server listens and only once it has
 * been quiet for QUIET_MS, so `/api/v1/health` and the first answers never wait behind it. The
 * search index is built in one synchronous step (~0.6 s on 2 cores); the pack copies are made one
 * at a time on the thread pool, so they never hold the event loop.
 */
export function warmWhenQuiet(
  server: Server,
  buildIndex: () => void,
  packs: LoadedData,
  logger: Logger,
  afterwards: () => void,
): void {
  let inFlight = 0;
  let last = performance.now();
  const onRequest = (_req: unknown, res: { once(e: string, f: () => void): void }) => {
    inFlight++;
    last = performance.now();
    res.once('close', () => {
      inFlight--;
      last = performance.now();
    });
  };
  server.on('request', onRequest);
  const t0 = performance.now();
  const tick = () => {
    const quietFor = performance.now() - last;
    if (inFlight > 0 || quietFor < QUIET_MS) {
      setTimeout(tick, Math.max(20, QUIET_MS - quietFor)).unref();
      return;
    }
    server.off('request', onRequest);
    const t = performance.now();
    buildIndex();
    const indexMs = Math.round(performance.now() - t);
    void (async () => {
      for (const f of packs.files.values()) {
        await f.brotli().catch((e: Error) => logger.warn({ pack: f.name, err: e.message }, 'brotli failed'));
        await f.gzip().catch((e: Error) => logger.warn({ pack: f.name, err: e.message }, 'gzip failed'));
      }
      afterwards();
      logger.info(
        {
          indexMs,
          ms: Math.round(performance.now() - t0),
          rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
        },
        'warm',
      );
    })();
  };
  setTimeout(tick, QUIET_MS).unref();
}

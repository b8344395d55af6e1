/**
 * npm run bench:boot: the server as `npm start` runs it (compiled, heap capped), on a fresh and then
 * a warm RCEP_DATA_DIR. Measures spawn -> first 200 from /api/v1/health, spawn -> first correct
 * /api/v1/tariff answer (JP, 8509.80: the answer names the destination and the line asked for),
 * the longest /api/v1/health round trip in the 3 s after the first one (an event-loop stall shows
 * here), RSS idle after the warm-up, and RSS while 64 connections load /api/v1/check.
 * Prints the load average with the figures; writes bench/results/boot.json.
 * Targets: health <= 1.0 s warm, <= 1.5 s fresh; no stall > 50 ms; RSS idle <= 150 MB, peak <= 300 MB.
 * Env: BENCH_RUNS (default 3 per kind; the median is reported).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { freePort } from '../../test/api/child-server.js';
import { loadText, machine, prepareServer, rssMb, spawnServer, stopServer, writeResult } from './server-child.js';

const autocannon = createRequire(import.meta.url)('autocannon') as (o: {
  url: string;
  connections: number;
  duration: number;
}) => Promise<{ requests: { average: number } }>;

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARIFF = '/api/v1/tariff?dest=JP&code=8509.80&date=2026-11-24';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function bootOnce(args: string[], dataDir: string, load: boolean) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const child = spawnServer(args, { PORT: String(port), RCEP_DATA_DIR: dataDir });
  try {
    let healthMs = 0;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}`);
      const ok = await fetch(`${base}/api/v1/health`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) {
        healthMs = performance.now() - t0;
        break;
      }
      await sleep(5);
    }
    let tariffMs = 0;
    for (;;) {
      const r = await fetch(base + TARIFF);
      const j = (await r.json().catch(() => null)) as { data?: { dest?: string; line?: { code?: string } } } | null;
      const s = JSON.stringify(j);
      if (r.status === 200 && s.includes('"JP"') && s.includes('8509.80')) {
        tariffMs = performance.now() - t0;
        break;
      }
      if (r.status !== 503) throw new Error(`${TARIFF} -> ${r.status} ${s.slice(0, 200)}`);
      await sleep(5);
    }
    // the longest health round trip while the post-listen warm-up runs
    let stallMs = 0;
    const until = performance.now() + 3000;
    while (performance.now() < until) {
      const t = performance.now();
      await fetch(`${base}/api/v1/health`).then((r) => r.arrayBuffer());
      stallMs = Math.max(stallMs, performance.now() - t);
      await sleep(10);
    }
    await sleep(1000);
    const idle = rssMb(child.pid!);
    let loadPeak = 0;
    let reqPerSec = 0;
    if (load) {
      const sampler = setInterval(() => (loadPeak = Math.max(loadPeak, rssMb(child.pid!).rss)), 50);
      const check = '/api/v1/check?dest=JP&code=850980&date=2026-11-24&share=45&wholly=false';
      const search = `/api/v1/search?q=${encodeURIComponent('电动')}&limit=20`;
      const [a, b] = await Promise.all([
        autocannon({ url: base + check, connections: 32, duration: 8 }),
        autocannon({ url: base + search, connections: 32, duration: 8 }),
      ]);
      clearInterval(sampler);
      reqPerSec = Math.round(a.requests.average + b.requests.average);
    }
    const after = rssMb(child.pid!);
    return {
      healthMs: Math.round(healthMs),
      tariffMs: Math.round(tariffMs),
      stallMs: Math.round(stallMs),
      rssIdleMb: idle.rss,
      rssLoadPeakMb: loadPeak || undefined,
      vmHwmMb: after.peak,
      loadReqPerSec: reqPerSec || undefined,
    };
  } finally {
    await stopServer(child);
  }
}

async function main(): Promise<void> {
  const args = prepareServer();
  const fresh: Awaited<ReturnType<typeof bootOnce>>[] = [];
  const warm: Awaited<ReturnType<typeof bootOnce>>[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcep-boot-'));
    fresh.push(await bootOnce(args, dir, false));
    warm.push(await bootOnce(args, dir, i === RUNS - 1));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const sum = (rows: typeof fresh) => ({
    healthMs: median(rows.map((r) => r.healthMs)),
    tariffMs: median(rows.map((r) => r.tariffMs)),
    stallMs: median(rows.map((r) => r.stallMs)),
    rssIdleMb: median(rows.map((r) => r.rssIdleMb)),
  });
  const loaded = warm[warm.length - 1];
  const out = {
    name: 'boot',
    date: new Date().toISOString(),
    machine: machine(),
    command: `node ${args.join(' ')}`,
    runs: RUNS,
    fresh: sum(fresh),
    warm: sum(warm),
    underLoad: {
      connections: 64,
      rssPeakMb: loaded.rssLoadPeakMb,
      vmHwmMb: loaded.vmHwmMb,
      reqPerSec: loaded.loadReqPerSec,
    },
    raw: { fresh, warm },
  };
  console.table({ fresh: out.fresh, warm: out.warm });
  console.log(
    `under 64-connection load: RSS peak ${loaded.rssLoadPeakMb} MB (VmHWM ${loaded.vmHwmMb} MB) · ${loadText()}`,
  );
  writeResult('boot', out);
}

main().catch((e) => {
  console.error(`bench:boot failed: ${(e as Error).message}`);
  process.exit(1);
});

/**
 * npm run bench:http: autocannon on 127.0.0.1 against the server as `npm start` runs it (compiled,
 * heap capped; RCEP_RATE_LIMIT=0, embedded SQLite store), at 16 and then 64 connections, ~10 s per
 * route: /api/v1/health, /api/v1/tariff, /api/v1/check, /api/v1/search. Reports req/s, p50, p99,
 * the ratios tariff/health and check/health with each p99 next to health's, and RSS.
 * Prints the load average with its figures; writes bench/results/http.json.
 * Targets: tariff/health and check/health >= 0.8 at 16 and 64 connections, p99 <= 1.5x health's.
 * Env: BENCH_SECONDS (default 10).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { freePort } from '../../test/api/child-server.js';
import { loadText, machine, prepareServer, rssMb, spawnServer, stopServer, writeResult } from './server-child.js';

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
/** autocannon ships no types: the part used here */
const autocannon = createRequire(import.meta.url)('autocannon') as (o: {
  url: string;
  connections: number;
  duration: number;
}) => Promise<CannonResult>;

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = [16, 64];

const ROUTES: { name: string; path: string }[] = [
  { name: 'health', path: '/api/v1/health' },
  { name: 'tariff', path: '/api/v1/tariff?dest=JP&code=8509.80&date=2026-11-24' },
  { name: 'check', path: '/api/v1/check?dest=JP&code=850980&date=2026-11-24&share=45&wholly=false' },
  { name: 'search', path: `/api/v1/search?q=${encodeURIComponent('摩托车')}&limit=20` },
];

async function main(): Promise<void> {
  const args = prepareServer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcep-bench-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawnServer(args, { PORT: String(port), RCEP_DATA_DIR: dir });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}`);
    const ok = await fetch(`${base}/api/v1/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  await new Promise((r) => setTimeout(r, 4000)); // let the post-listen warm-up finish
  const rssIdle = rssMb(child.pid!);
  let rssMax = 0;
  const sampler = setInterval(() => (rssMax = Math.max(rssMax, rssMb(child.pid!).rss)), 100);

  const rows: {
    connections: number;
    route: string;
    reqPerSec: number;
    p50ms: number;
    p99ms: number;
    errors: number;
    non2xx: number;
  }[] = [];
  for (const connections of CONNECTIONS) {
    for (const r of ROUTES) {
      const probe = await fetch(base + r.path);
      if (probe.status !== 200) throw new Error(`${r.path} -> ${probe.status} ${await probe.text()}`);
      await autocannon({ url: base + r.path, connections, duration: 1 }); // warm-up
      const res = await autocannon({ url: base + r.path, connections, duration: SECONDS });
      rows.push({
        connections,
        route: r.name,
        reqPerSec: Math.round(res.requests.average),
        p50ms: res.latency.p50,
        p99ms: res.latency.p99,
        errors: res.errors + res.timeouts,
        non2xx: res.non2xx,
      });
    }
  }
  clearInterval(sampler);
  const rss = rssMb(child.pid!);
  await stopServer(child);
  fs.rmSync(dir, { recursive: true, force: true });

  const ratios = CONNECTIONS.map((connections) => {
    const by = (n: string) => rows.find((x) => x.route === n && x.connections === connections)!;
    const h = by('health');
    const rel = (n: string) => ({
      ratio: Math.round((by(n).reqPerSec / h.reqPerSec) * 100) / 100,
      p99ms: by(n).p99ms,
      healthP99ms: h.p99ms,
      p99VsHealth: Math.round((by(n).p99ms / Math.max(1, h.p99ms)) * 100) / 100,
    });
    return { connections, tariff: rel('tariff'), check: rel('check'), search: rel('search') };
  });
  console.table(rows);
  for (const r of ratios)
    console.log(
      `${r.connections} connections: tariff/health ${r.tariff.ratio} (p99 ${r.tariff.p99ms} vs ${r.tariff.healthP99ms} ms), ` +
        `check/health ${r.check.ratio} (p99 ${r.check.p99ms} vs ${r.check.healthP99ms} ms), search/health ${r.search.ratio}`,
    );
  console.log(`RSS idle ${rssIdle.rss} MB, max under load ${rssMax} MB (VmHWM ${rss.peak} MB) · ${loadText()}`);
  writeResult('http', {
    name: 'http',
    date: new Date().toISOString(),
    machine: machine(),
    command: `node ${args.join(' ')}`,
    settings: { seconds: SECONDS, connections: CONNECTIONS, store: 'sqlite' },
    rssMb: { idle: rssIdle.rss, maxUnderLoad: rssMax, vmHwm: rss.peak },
    ratios,
    routes: rows,
  });
}

main().catch((e) => {
  console.error(`bench:http failed: ${(e as Error).message}`);
  process.exit(1);
});

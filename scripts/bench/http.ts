/**
 * npm run bench:http: autocannon on 127.0.0.1 against the real server
 * (child process, RCEP_RATE_LIMIT=0, embedded SQLite store), 64 connections, ~10 s per route:
 * /api/v1/health, /api/v1/search, /api/v1/check. Reports req/s, p50, p99, the server's ready time
 * (spawn -> first 200 from /health, including tsx start-up) and its RSS. Writes bench/results/http.json.
 * Targets: check >= 50% of health's req/s with p99 < 25 ms; ready < 2 s; RSS < 300 MB.
 * Env: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 64).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { freePort } from '../../test/api/child-server.js';

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
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);

const ROUTES: { name: string; path: string }[] = [
  { name: 'health', path: '/api/v1/health' },
  { name: 'search', path: `/api/v1/search?q=${encodeURIComponent('摩托车')}&limit=20` },
  { name: 'search-en', path: '/api/v1/search?q=electric%20motor&dest=JP&limit=20' },
  { name: 'check', path: '/api/v1/check?dest=JP&code=850980&date=2026-11-24&share=45&wholly=false' },
];

function rssMb(pid: number): { rss: number; peak: number } {
  const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? 0);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcep-bench-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  /** spawn -> first 200 from /health (includes tsx start-up), and the server's own pack-loading time */
  const boot = async () => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        RCEP_DATA_DIR: dir,
        RCEP_RATE_LIMIT: '0',
        LOG_LEVEL: 'warn',
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}`);
      const ok = await fetch(`${base}/api/v1/health`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const readyMs = Math.round(performance.now() - t0);
    const meta = (await (await fetch(`${base}/api/v1/meta`)).json()) as { packsLoadMs?: number };
    return { child, readyMs, packsLoadMs: meta.packsLoadMs };
  };
  // cold: empty RCEP_DATA_DIR (packs schema-validated, gzips computed); warm: restart on the same directory
  const cold = await boot();
  cold.child.kill('SIGTERM');
  await new Promise((r) => cold.child.once('exit', r));
  const { child, readyMs, packsLoadMs } = await boot();
  await new Promise((r) => setTimeout(r, 3000)); // let the post-listen warm-up (search index, GC) finish
  const rssIdle = rssMb(child.pid!);
  const health = await (await fetch(`${base}/api/v1/health`)).json();

  const rows: Record<string, unknown>[] = [];
  for (const r of ROUTES) {
    const probe = await fetch(base + r.path);
    if (probe.status !== 200) throw new Error(`${r.path} -> ${probe.status} ${await probe.text()}`);
    await autocannon({ url: base + r.path, connections: CONNECTIONS, duration: 1 }); // warm-up
    const res = await autocannon({ url: base + r.path, connections: CONNECTIONS, duration: SECONDS });
    rows.push({
      route: r.name,
      path: r.path,
      reqPerSec: Math.round(res.requests.average),
      p50ms: res.latency.p50,
      p99ms: res.latency.p99,
      errors: res.errors + res.timeouts,
      non2xx: res.non2xx,
      total: res.requests.total,
    });
  }
  const rss = rssMb(child.pid!);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  fs.rmSync(dir, { recursive: true, force: true });

  const by = (n: string) => rows.find((x) => x.route === n)!;
  const ratio = Math.round(((by('check').reqPerSec as number) / (by('health').reqPerSec as number)) * 100) / 100;
  console.table(rows.map(({ path: _p, ...x }) => x));
  console.log(
    `ready cold ${cold.readyMs} ms (packs ${cold.packsLoadMs} ms), warm ${readyMs} ms (packs ${packsLoadMs} ms) · load ${os.loadavg()[0].toFixed(1)} · RSS idle ${rssIdle.rss} MB, after ${rss.rss} MB (peak ${rss.peak} MB) · check/health ${ratio}`,
  );
  const out = {
    name: 'http',
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      memGb: Math.round(os.totalmem() / 2 ** 30),
      loadavg1: Math.round(os.loadavg()[0] * 100) / 100,
      node: process.versions.node,
      platform: `${os.platform()} ${os.release()}`,
    },
    settings: { seconds: SECONDS, connections: CONNECTIONS, store: 'sqlite', packs: health.data?.packs },
    readyMs: { cold: cold.readyMs, warm: readyMs },
    packsLoadMs: { cold: cold.packsLoadMs, warm: packsLoadMs },
    rssMb: { idle: rssIdle.rss, after: rss.rss, peak: rss.peak },
    checkToHealthRatio: ratio,
    routes: rows,
  };
  fs.mkdirSync('bench/results', { recursive: true });
  fs.writeFileSync('bench/results/http.json', JSON.stringify(out, null, 2) + '\n');
}

main().catch((e) => {
  console.error(`bench:http failed: ${(e as Error).message}`);
  process.exit(1);
});

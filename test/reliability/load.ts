import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, stopServer } from '../api/child-server';
import { attendee, summarise, type Failure, type Sample } from './load-attendee';

/**
 * Load: the real server as a child process (temp RCEP_DATA_DIR, free port on 127.0.0.1,
 * RCEP_RATE_LIMIT=0) and ATTENDEES simulated workshop attendees doing search -> check for
 * RCEP_LOAD_SECONDS (default 60). Prints requests, errors, p50/p95/p99; writes bench/results/load.json.
 * Exit code: 0 when there were no errors, 1 on any error.
 *   node --import tsx test/reliability/load.ts
 * Env: RCEP_LOAD_SECONDS (60), RCEP_LOAD_ATTENDEES (200), RCEP_LOAD_THINK_MS (2000: an attendee pauses
 * 0..N ms, mean N/2, to read an answer before the next click; 0 = stress without pauses), RCEP_LOAD_TIMEOUT_MS (10000: a slower answer counts as an error).
 */
const int = (name: string, dflt: number) => {
  const v = process.env[name];
  if (v === undefined || v === '') return dflt;
  if (!/^\d+$/.test(v)) throw new Error(`${name} must be a whole number, got '${v}'`);
  return Number(v);
};

export interface LoadResult {
  ok: boolean;
  errors: number;
  requests: number;
  rps: number;
}

export async function runLoad(): Promise<LoadResult> {
  const seconds = int('RCEP_LOAD_SECONDS', 60);
  const attendees = int('RCEP_LOAD_ATTENDEES', 200);
  const thinkMs = int('RCEP_LOAD_THINK_MS', 2000);
  const timeoutMs = int('RCEP_LOAD_TIMEOUT_MS', 10_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcep-load-'));
  const loadBefore = os.loadavg()[0];
  console.log(`load: starting server (RCEP_DATA_DIR=${dir}, RCEP_RATE_LIMIT=0)`);
  // generous start-up allowance: the machine may be shared (ready time is measured by bench:http, not here)
  const child = await startServer({ RCEP_DATA_DIR: dir, DATABASE_URL: '', RCEP_RATE_LIMIT: '0' }, 180_000);
  // the first search builds the index (warm-up); not counted
  await fetch(`${child.base}/api/v1/search?q=${encodeURIComponent('吸尘器')}`).then((r) => r.text());
  const samples: Sample[] = [];
  const failures: Failure[] = [];
  console.log(`load: ${attendees} attendees, ${seconds} s, think 0..${thinkMs} ms, on ${child.base}`);
  const t0 = Date.now();
  const deadline = t0 + seconds * 1000;
  const date = new Date().toISOString().slice(0, 10);
  try {
    await Promise.all(
      Array.from({ length: attendees }, (_, i) =>
        attendee({ base: child.base, deadline, thinkMs, timeoutMs, date, seed: 1000 + i }, samples, failures),
      ),
    );
  } finally {
    const code = await stopServer(child);
    if (code !== 0) failures.push({ kind: 'check', url: '(server)', what: `server exit code ${code}`, at: Date.now() });
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const elapsedS = (Date.now() - t0) / 1000;
  const all = summarise(samples.map((s) => s.ms));
  const search = summarise(samples.filter((s) => s.kind === 'search').map((s) => s.ms));
  const check = summarise(samples.filter((s) => s.kind === 'check').map((s) => s.ms));
  const rps = Math.round((all.requests / elapsedS) * 10) / 10;
  const out = {
    name: 'load',
    date: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model,
      cores: os.cpus().length,
      memGb: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.platform()} ${os.release()}`,
      node: process.version,
      loadavg1Before: Math.round(loadBefore * 100) / 100,
      loadavg1After: Math.round(os.loadavg()[0] * 100) / 100,
    },
    config: { attendees, seconds, thinkMs, timeoutMs, store: 'sqlite', rateLimit: 0 },
    elapsedS: Math.round(elapsedS * 10) / 10,
    requests: all.requests,
    rps,
    errors: failures.length,
    latencyMs: { all, search, check },
    errorKinds: countBy(failures.map((f) => f.what)),
    /** per 10 s of the run: answers, errors and p99 (a stall shows as a bucket with few answers) */
    timeline: timeline(t0, samples, failures),
    firstErrors: failures.slice(0, 20),
  };
  console.table({ all, search, check });
  console.log(`load: ${all.requests} requests in ${out.elapsedS} s (${rps}/s), errors ${failures.length}`);
  for (const [what, n] of Object.entries(out.errorKinds)) console.log(`  error x${n}: ${what}`);
  console.table(out.timeline);
  fs.mkdirSync('bench/results', { recursive: true });
  fs.writeFileSync('bench/results/load.json', JSON.stringify(out, null, 2) + '\n');
  console.log('load: wrote bench/results/load.json');
  return { ok: failures.length === 0 && all.requests > 0, errors: failures.length, requests: all.requests, rps };
}

function countBy(xs: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}

function timeline(t0: number, samples: Sample[], failures: Failure[]) {
  const buckets = new Map<number, { ms: number[]; errors: number }>();
  const at = (ms: number) => Math.floor((ms - t0) / 10_000) * 10;
  const get = (k: number) =>
    buckets.get(k) ?? (buckets.set(k, { ms: [], errors: 0 }).get(k) as { ms: number[]; errors: number });
  for (const s of samples) get(at(s.at)).ms.push(s.ms);
  for (const f of failures) get(at(f.at)).errors++;
  return [...buckets]
    .sort(([a], [b]) => a - b)
    .map(([fromS, b]) => ({ fromS, answers: b.ms.length, errors: b.errors, p99: summarise(b.ms).p99 }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runLoad().then(
    (r) => process.exit(r.ok ? 0 : 1),
    (e) => {
      console.error(`load: ${(e as Error).message}`);
      process.exit(1);
    },
  );
}

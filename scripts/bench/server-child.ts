import fs from 'node:fs';
import os from 'node:os';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

/**
 * The server as `npm start` runs it: scripts/start/prepare.mjs (builds what is stale), then
 * `node <flags> .build/server/index.mjs` with the node flags taken from package.json's start script,
 * so the benchmarks measure the command users run.
 */
export function prepareServer(): string[] {
  const r = spawnSync(process.execPath, ['scripts/start/prepare.mjs'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('scripts/start/prepare.mjs failed');
  const start = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
  const m = /exec node (.*)$/.exec(start);
  if (!m) throw new Error(`package.json start script has no "exec node …": ${start}`);
  return m[1].trim().split(/\s+/);
}

export function spawnServer(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, {
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', RCEP_RATE_LIMIT: '0', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

/** resident and peak resident size of a process, MB (Linux /proc) */
export function rssMb(pid: number): { rss: number; peak: number } {
  const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? 0);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

export function machine() {
  return {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memGb: Math.round(os.totalmem() / 2 ** 30),
    loadavg: os.loadavg().map((x) => Math.round(x * 100) / 100),
    node: process.versions.node,
    platform: `${os.platform()} ${os.release()}`,
  };
}

export const loadText = () =>
  `load average ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`;

export function writeResult(name: string, out: unknown): void {
  fs.mkdirSync('bench/results', { recursive: true });
  fs.writeFileSync(`bench/results/${name}.json`, JSON.stringify(out, null, 2) + '\n');
}

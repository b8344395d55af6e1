import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
  url: string;
  dataDir: string;
  proc: ChildProcess;
  /** the last 4000 characters the server wrote */
  log: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (a && typeof a === 'object' ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Start the real server (API + built client) on a free port with a throwaway data dir.
 * `prepare(dataDir)` runs before the server starts (e.g. `rcep admin create` against the same store).
 */
export async function startServer(
  root: string,
  prepare?: (dataDir: string) => Promise<void> | void,
): Promise<RunningServer> {
  if (!existsSync(join(root, 'client/dist/index.html')))
    throw new Error('client/dist missing: run `npm run build` first');
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'rcep-e2e-'));
  await prepare?.(dataDir);
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), RCEP_DATA_DIR: dataDir, RCEP_RATE_LIMIT: '0', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  proc.stdout?.on('data', (b) => (log += String(b)));
  proc.stderr?.on('data', (b) => (log += String(b)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited (${proc.exitCode}):\n${log.slice(-2000)}`);
    try {
      const r = await fetch(`${url}/api/v1/health`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server not ready in 120 s:\n${log.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (proc.exitCode !== null) return resolve();
      proc.once('exit', () => resolve());
      proc.kill('SIGTERM');
      setTimeout(() => proc.exitCode === null && proc.kill('SIGKILL'), 10_000).unref();
    });
  return { url, dataDir, proc, stop, log: () => log.slice(-4000) };
}

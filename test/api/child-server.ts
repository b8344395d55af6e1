import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export interface Child {
  proc: ChildProcess;
  base: string;
  /** stderr + stdout, for failure messages */
  output(): string;
}

/**
 * Start the real server (`node --import tsx server/index.ts`) and wait until /api/v1/health answers with
 * its packs read (the server answers health while they load, with an empty pack list).
 */
export async function startServer(env: Record<string, string>, timeoutMs = 60_000): Promise<Child> {
  const port = await freePort();
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: process.cwd(),
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', RCEP_RATE_LIMIT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const base = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited ${proc.exitCode}: ${out}`);
    if (Date.now() - t0 > timeoutMs) {
      proc.kill('SIGKILL');
      throw new Error(`server not ready in ${timeoutMs} ms: ${out}`);
    }
    try {
      const r = await fetch(`${base}/api/v1/health`, { signal: AbortSignal.timeout(1000) });
      const body = (await r.json().catch(() => null)) as { data?: { packs?: object } } | null;
      if (r.status === 200 && Object.keys(body?.data?.packs ?? {}).length > 0) break;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { proc, base, output: () => out };
}

export async function stopServer(c: Child, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (c.proc.exitCode !== null) return c.proc.exitCode;
  const done = new Promise<number | null>((r) => c.proc.once('exit', (code) => r(code)));
  c.proc.kill(signal);
  return done;
}

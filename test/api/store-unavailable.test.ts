/** @jest-environment node */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { pino } from 'pino';
import request from 'supertest';
import { createApp } from '../../server/app';
import { PgStore } from '../../server/store/pg-store';
import { freePort } from './child-server';
import { realData } from './helpers';

test('a write while PostgreSQL cannot be reached answers 503 store-unavailable (not 500)', async () => {
  const port = await freePort(); // nothing listens there: the database is "down"
  const store = new PgStore({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`, max: 1 });
  try {
    const app = createApp({
      store,
      packs: realData(),
      config: { rateLimit: 0, root: process.cwd() },
      logger: pino({ level: 'silent' }),
    });
    const r = await request(app)
      .post('/api/v1/feedback')
      .send({ topic: 'other', message: 'the database is down', consent: false });
    expect([r.status, r.body.error?.reason]).toEqual([503, 'store-unavailable']);
  } finally {
    await store.close();
  }
}, 180_000); // most of it loading the packs (tens of seconds on a busy machine)

test('a server whose port is taken says so and exits non-zero', async () => {
  const blocker = net.createServer();
  const port = await new Promise<number>((resolve) =>
    blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as net.AddressInfo).port)),
  );
  try {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcep-port-'));
    const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: String(port), RCEP_DATA_DIR: dir };
    delete env.DATABASE_URL;
    const proc = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
      cwd: process.cwd(),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    proc.stdout.on('data', (d) => (out += d));
    proc.stderr.on('data', (d) => (out += d));
    const code = await new Promise<number | null>((resolve) => proc.once('exit', resolve));
    expect(code).toBe(1);
    expect(out).toContain(`port ${port} on 127.0.0.1 is already in use`);
    expect(out).not.toMatch(/"msg":"listening"/);
  } finally {
    blocker.close();
  }
}, 120_000);

/** @jest-environment node */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PG_MISSING_MESSAGE, PG_REQUIRED, PG_URL } from './store-targets';
import { startServer, stopServer, type Child } from './child-server';

/**
 * Durability: a real server process receives a stream of enquiry writes and is
 * killed with SIGKILL mid-stream; after a restart every write that got a 2xx is present and intact.
 */
jest.setTimeout(180_000);

const answers = (i: number) => ({
  code: '850980',
  dest: 'JP',
  date: '2026-11-24',
  origin: { mode: 'quick', share: i % 101, wholly: false },
});

/** POST enquiries with `concurrency` writers until the process dies; returns acknowledged id -> index. */
async function stream(c: Child, concurrency: number, killAfterMs: number): Promise<Map<string, number>> {
  const acked = new Map<string, number>();
  let next = 0;
  let dead = false;
  const writer = async () => {
    while (!dead) {
      const i = next++;
      try {
        const r = await fetch(`${c.base}/api/v1/enquiries`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ answers: answers(i), summary: { notes: [`n-${i}`] } }),
        });
        if (r.status === 201) acked.set(((await r.json()) as { id: string }).id, i);
        else throw new Error(`unexpected ${r.status}`);
      } catch {
        if (c.proc.exitCode !== null || c.proc.signalCode !== null) dead = true;
      }
    }
  };
  const killer = (async () => {
    await new Promise((r) => setTimeout(r, killAfterMs));
    c.proc.kill('SIGKILL');
    await new Promise((r) => c.proc.once('exit', r));
    dead = true;
  })();
  await Promise.all([...Array.from({ length: concurrency }, writer), killer]);
  return acked;
}

async function verify(c: Child, acked: Map<string, number>) {
  const missing: string[] = [];
  for (const [id, i] of acked) {
    const r = await fetch(`${c.base}/api/v1/enquiries/${id}`);
    if (r.status !== 200) {
      missing.push(id);
      continue;
    }
    const body = (await r.json()) as { answers: unknown; summary: unknown };
    expect(body.answers).toEqual(answers(i));
    expect(body.summary).toEqual({ notes: [`n-${i}`] });
  }
  expect(missing).toEqual([]);
}

async function killAndCheck(env: Record<string, string>) {
  const first = await startServer(env);
  const acked = await stream(first, 8, 1500);
  expect(first.proc.signalCode).toBe('SIGKILL');
  expect(acked.size).toBeGreaterThan(10);
  const second = await startServer(env);
  try {
    await verify(second, acked);
    // still writable after the crash
    const r = await fetch(`${second.base}/api/v1/enquiries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: answers(0) }),
    });
    expect(r.status).toBe(201);
  } finally {
    expect(await stopServer(second)).toBe(0); // graceful stop on SIGTERM exits 0
  }
}

test('SQLite: every acknowledged enquiry survives SIGKILL mid-stream', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcep-durable-'));
  try {
    await killAndCheck({ RCEP_DATA_DIR: dir, DATABASE_URL: '' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

const pgTest = PG_URL || PG_REQUIRED ? test : test.skip;
pgTest('PostgreSQL: every acknowledged enquiry survives SIGKILL mid-stream', async () => {
  if (!PG_URL) throw new Error(PG_MISSING_MESSAGE);
  const schema = `d_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcep-durable-'));
  try {
    await killAndCheck({ RCEP_DATA_DIR: dir, DATABASE_URL: url.toString() });
  } finally {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

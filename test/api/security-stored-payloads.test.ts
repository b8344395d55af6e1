/** @jest-environment node */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import { testApp, type TestApp } from './helpers';
import { PG_URL } from './store-targets';
import { PgStore } from '../../server/store/pg-store';
import { SqliteStore } from '../../server/store/sqlite-store';
import type { Store } from '../../server/store/types';
import { SQL_PAYLOADS, XSS_PAYLOADS } from '../reliability/edge-strings';
import { contractFailure, probe, withValue } from '../reliability/probe-app';
import { readBackDiffs } from '../reliability/records-readback';
import { STORED_TEXT, VALID_BODIES } from '../reliability/route-samples';

/**
 * Stored inertly: SQL-injection and XSS payloads in every text field of enquiries and
 * feedback are stored as sent (read back byte-identical), no table is dropped or altered, row counts are
 * exactly the acknowledged writes, and no payload slows the store (pg_sleep) or answers 500. Runs on
 * SQLite and, with TEST_DATABASE_URL, on PostgreSQL.
 */
jest.setTimeout(120_000);

interface Target {
  name: string;
  store: Store;
  tables(): Promise<string[]>;
  cleanup(): Promise<void>;
}

async function sqlite(): Promise<Target> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcep-sec-'));
  const file = path.join(dir, 'db.sqlite');
  return {
    name: 'sqlite',
    store: new SqliteStore(file),
    tables: async () => {
      const db = new Database(file, { readonly: true });
      const rows = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table','index') ORDER BY name").all();
      db.close();
      return (rows as { name: string }[]).map((r) => r.name);
    },
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

async function postgres(url: string): Promise<Target> {
  const schema = `sec_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  return {
    name: 'postgres',
    store: new PgStore({ connectionString: url, schema, max: 4 }),
    tables: async () =>
      (
        await admin.query(
          `SELECT tablename AS name FROM pg_tables WHERE schemaname = $1
           UNION SELECT indexname FROM pg_indexes WHERE schemaname = $1 ORDER BY name`,
          [schema],
        )
      ).rows.map((r: { name: string }) => r.name),
    cleanup: async () => {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    },
  };
}

const factories: [string, () => Promise<Target>][] = [['sqlite', sqlite]];
const pgUrl = PG_URL;
if (pgUrl) factories.push(['postgres', () => postgres(pgUrl)]);

describe.each(factories)('%s store', (_name, make) => {
  let target: Target;
  let t: TestApp;
  beforeAll(async () => {
    target = await make();
    t = await testApp({ store: target.store });
    t.app.warm(); // build the search index now, not inside the first timed request
  });
  afterAll(async () => {
    await t?.close();
    await target?.cleanup();
  });

  test('every SQL/XSS payload in every stored text field: stored as sent or refused with a reason', async () => {
    const tablesBefore = await target.tables();
    expect(tablesBefore).toEqual(expect.arrayContaining(['enquiries', 'feedback', 'feedback_events', 'users']));
    const failures: string[] = [];
    const refs: string[] = [];
    let enquiries = 0;
    let storedPayloads = 0;
    for (const op of ['createEnquiry', 'createFeedback'] as const) {
      const url = op === 'createEnquiry' ? '/api/v1/enquiries' : '/api/v1/feedback';
      const { body } = VALID_BODIES[op][0];
      for (const field of STORED_TEXT[op])
        for (const p of [...SQL_PAYLOADS, ...XSS_PAYLOADS]) {
          const sent = withValue(body, field, p.value) as Record<string, unknown>;
          const res = await probe(t, 'post', url, sent);
          const tag = `${op} ${field} [${p.name}]`;
          const f = contractFailure(res);
          if (f) failures.push(`${tag} ${f}`);
          else if (res.status === 201) {
            storedPayloads++;
            if (op === 'createEnquiry') enquiries++;
            else refs.push(String((res.body as { reference: string }).reference));
            const diffs = await readBackDiffs(t, op, sent, res.body as Record<string, unknown>, [field]);
            if (diffs.length) failures.push(`${tag} altered: ${diffs.join('; ')}`);
          } else if (res.status !== 400) failures.push(`${tag} -> ${res.status}`);
        }
    }
    expect(failures).toEqual([]);
    // the free-text fields (message, notes) take every payload; short fields may refuse long ones (too-big)
    expect(storedPayloads).toBeGreaterThan(2 * (SQL_PAYLOADS.length + XSS_PAYLOADS.length));
    // tables intact, counts exact, references all different and all stored (no write lost or duplicated)
    expect(await target.tables()).toEqual(tablesBefore);
    expect(await t.store.countEnquiries()).toBe(enquiries);
    const year = new Date().getUTCFullYear();
    expect(new Set(refs).size).toBe(refs.length);
    for (const r of refs) expect([r.startsWith(`FB-${year}-`), !!(await t.store.getFeedback(r))]).toEqual([true, true]);
    expect((await t.store.health()).ok).toBe(true);
  });

  test('payloads in lookups (ids, references, search, codes) leak nothing and harm nothing', async () => {
    const before = await target.tables();
    const count = await t.store.countEnquiries();
    for (const p of SQL_PAYLOADS) {
      const v = encodeURIComponent(p.value);
      for (const url of [
        `/api/v1/enquiries/${v}`,
        `/api/v1/feedback/${v}`,
        `/api/v1/search?q=${v}`,
        `/api/v1/tariff?dest=JP&code=${v}`,
        `/api/v1/lines/JP/${v}`,
        `/api/v1/contacts?programme=${v}`,
      ]) {
        const res = await probe(t, 'get', url);
        expect([url, contractFailure(res)]).toEqual([url, null]);
        // nothing but the echo of the query may mention the schema (no rows leaked by a UNION)
        const { q: _echo, ...answer } = (res.body ?? {}) as Record<string, unknown>;
        if (res.status === 200) expect(JSON.stringify(answer)).not.toMatch(/sqlite_master|CREATE TABLE|password/i);
      }
    }
    expect(await target.tables()).toEqual(before);
    expect(await t.store.countEnquiries()).toBe(count);
  });
});

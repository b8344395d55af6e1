/** @jest-environment node */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { hashPassword } from '../../server/staff/password';
import { sqlRunner } from '../../server/staff/sql';
import { insertUser } from '../../server/staff/users-repo';
import { PgStore } from '../../server/store/pg-store';
import { startServer, stopServer, type Child } from './child-server';
import { PG_URL } from './store-targets';

/**
 * Two real server processes on one throwaway PostgreSQL database behave as one service: concurrent
 * publishes are all kept, a change on one server is served by the other within a second, an edit
 * against a stale version is refused everywhere, the sign-in lock holds against a parallel burst,
 * and a server killed during a publish leaves the database and the other server coherent.
 *
 * Every Annex I, PSR and directory change below is SYNTHETIC test input (mechanism only, never
 * data): rows of test/fixtures/operator/*.csv (typed from the mirror's extracts) with one rate cell
 * edited, and the directory test's synthetic contact details (example.org, 000 numbers).
 */
const FIXTURE = fs.readFileSync(path.join(process.cwd(), 'test/fixtures/operator/annex1-8509.csv'), 'utf8');
const PSR = fs.readFileSync(path.join(process.cwd(), 'test/fixtures/operator/psr-8509.csv'), 'utf8');
const [HEADER, AU_ROW, KH_ROW] = FIXTURE.split('\n');
/** the KH row (25 Schedule - CA.pdf p.161, year_5 = 23%) with year_5 set to `pct` */
const kh = (pct: number) => `${HEADER}\n${KH_ROW.replace('35%,32%,29%,26%,23%', `35%,32%,29%,26%,${pct}%`)}\n`;
/** the AU row (09 Schedule - AU.pdf p.102, base 5%) with the base rate set to `pct` */
const au = (pct: number) => `${HEADER}\n${AU_ROW.replace('Floor polishers,5%', `Floor polishers,${pct}%`)}\n`;

const PASSWORD = 'correct horse battery staple';
const UNIT = 'cq-commerce'; // seeds/contact-units.json (phone empty in the seeds)
const SOURCE = {
  kind: 'published',
  title: 'SYNTHETIC test source page',
  reference: 'https://example.org/synthetic-notice',
  asOf: '2026-11-20',
};

/** PostgreSQL is what this suite is about: without it the suite fails with the reason, it is never skipped */
if (!PG_URL) {
  test('the multi-server suite needs PostgreSQL', () => {
    throw new Error(
      'TEST_DATABASE_URL is not set: start PostgreSQL (scripts/dev/pg-test.sh start) and export TEST_DATABASE_URL',
    );
  });
} else {
  describe('two servers on one PostgreSQL', () => {
    const dbName = `ms_${process.pid}_${randomBytes(3).toString('hex')}`;
    const url = new URL(PG_URL!);
    url.pathname = `/${dbName}`;
    const DATABASE_URL = url.toString();
    const dirs: string[] = [];
    let store: PgStore;
    let a: Child;
    let b: Child;
    const admin = async (sql: string) => {
      const c = new pg.Client({ connectionString: PG_URL! });
      await c.connect();
      try {
        await c.query(sql);
      } finally {
        await c.end();
      }
    };
    const boot = () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcep-ms-'));
      dirs.push(dir);
      return startServer({ DATABASE_URL, RCEP_DATA_DIR: dir }, 170_000);
    };

    beforeAll(async () => {
      await admin(`CREATE DATABASE ${dbName}`);
      store = new PgStore({ connectionString: DATABASE_URL, max: 2 });
      await store.migrate();
      const passwordHash = await hashPassword(PASSWORD);
      for (const [username, role] of [
        ['admin1', 'admin'],
        ['admin2', 'admin'],
        ['target', 'counter'],
      ] as const)
        await insertUser(sqlRunner(store), { username, role, passwordHash });
      [a, b] = await Promise.all([boot(), boot()]);
    }, 360_000);

    afterAll(async () => {
      for (const c of [a, b]) if (c) await stopServer(c).catch(() => undefined);
      await store?.close();
      await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
      for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
    });

    const rows = async (sql: string, params: unknown[] = []) => sqlRunner(store).all(sql, params);
    const activeCount = async (pack: string) =>
      Number((await rows('SELECT COUNT(*) AS n FROM pack_publications WHERE pack = ? AND active = 1', [pack]))[0].n);

    test('concurrent publishes of one pack on both servers and of two packs: every one kept, one active row per pack', async () => {
      const [adminA, adminB] = await Promise.all([signIn(a, 'admin1'), signIn(b, 'admin2')]);
      for (const [round, [khPct, auPct]] of [
        [21, 4],
        [22, 3],
        [20, 2],
      ].entries()) {
        const answers = await Promise.all([
          adminA.post('/api/v1/staff/data/publications', {
            kind: 'annex1',
            fileName: `kh-${round}.csv`,
            csv: kh(khPct),
          }),
          adminB.post('/api/v1/staff/data/publications', {
            kind: 'annex1',
            fileName: `au-${round}.csv`,
            csv: au(auPct),
          }),
          adminA.post('/api/v1/staff/data/publications', { kind: 'psr', fileName: `psr-${round}.csv`, csv: PSR }),
        ]);
        const active = [await activeCount('annex1'), await activeCount('psr')];
        const served = await Promise.all(
          [a, b].map(async (c) => {
            const lines = (await getJson(c, '/api/v1/packs/annex1')).lines as Annex1Line[];
            return `KH y5 ${year(lines, 'KH', 5)}% AU base ${base(lines, 'AU')}%`;
          }),
        );
        console.log(
          `multi-server: concurrent publishes round ${round}: answers ${answers.map((r) => r.status).join(' ')}, ` +
            `active rows annex1/psr ${active.join('/')}, sent KH y5 ${khPct}% AU base ${auPct}%, served A: ${served[0]}, B: ${served[1]}`,
        );
        expect(answers.map((r) => r.status)).toEqual([201, 201, 201]);
        expect(active).toEqual([1, 1]);
        // both acknowledged publishes are in what each server serves (after the notification: < 1 s)
        for (const c of [a, b])
          await eventually(async () => {
            const lines = (await getJson(c, '/api/v1/packs/annex1')).lines as Annex1Line[];
            expect([year(lines, 'KH', 5), base(lines, 'AU')]).toEqual([khPct, auPct]);
          }, 1000);
      }
    }, 120_000);

    test('a publish on A is served by B within a second: same ETag, the new rate in the engine', async () => {
      const adminA = await signIn(a, 'admin1');
      const before = await fetch(`${b.base}/api/v1/packs/annex1`);
      const pub = await adminA.post('/api/v1/staff/data/publications', {
        kind: 'annex1',
        fileName: 'kh-19.csv',
        csv: kh(19),
      });
      expect(pub.status).toBe(201);
      const t0 = Date.now();
      const etagA = (await fetch(`${a.base}/api/v1/packs/annex1`)).headers.get('etag');
      expect(etagA).not.toBe(before.headers.get('etag'));
      await eventually(async () => {
        expect((await fetch(`${b.base}/api/v1/packs/annex1`)).headers.get('etag')).toBe(etagA);
        // KH Year 5 = calendar 2026 (the fixture's year columns)
        const t = await getJson(b, '/api/v1/tariff?dest=KH&code=85098010&date=2026-11-24');
        expect((t.rcep as { adValorem: number }).adValorem).toBe(19);
      }, 1000);
      console.log(`multi-server: publish on A served by B after ${Date.now() - t0} ms`);
    }, 60_000);

    test('an edit against a stale version is refused 409 on the other server, which serves the first edit', async () => {
      const [adminA, adminB] = await Promise.all([signIn(a, 'admin1'), signIn(b, 'admin2')]);
      const dirB = await adminB.get('/api/v1/staff/directory');
      const version = dirB.body.version as string;
      const names = (dirB.body.units as { id: string; names: unknown }[]).find((u) => u.id === UNIT)!.names;
      const body = (phone: string) => ({ version, names, phone, address: '', url: '', source: SOURCE });
      const first = await adminA.post(`/api/v1/staff/directory/units/${UNIT}`, body('023-0000 0000 转 001'));
      expect(first.status).toBe(201);
      const stale = await adminB.post(`/api/v1/staff/directory/units/${UNIT}`, body('023-0000 0000 转 002'));
      console.log(`multi-server: stale edit on B answered ${stale.status} ${stale.body.error?.reason ?? ''}`);
      expect([stale.status, stale.body.error?.reason]).toEqual([409, 'directory-changed']);
      await eventually(async () => {
        const units = (await getJson(b, '/api/v1/contacts')).units as { id: string; phone: string }[];
        expect(units.find((u) => u.id === UNIT)!.phone).toBe('023-0000 0000 转 001');
      }, 1000);
      expect((await fetch(`${b.base}/api/v1/packs/directory`)).headers.get('etag')).toBe(
        (await fetch(`${a.base}/api/v1/packs/directory`)).headers.get('etag'),
      );
    }, 60_000);

    test('40 wrong passwords and the right one at once on both servers: at most 5 checked, the lock holds', async () => {
      const attempt = (c: Child, password: string) =>
        fetch(`${c.base}/api/v1/staff/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'target', password }),
        }).then(async (r) => ({ status: r.status, body: (await r.json()) as { error?: { reason: string } } }));
      const wrong = Array.from({ length: 40 }, (_, i) => attempt(i % 2 ? b : a, `wrong password ${i}`));
      const right = attempt(b, PASSWORD);
      const answers = await Promise.all([...wrong, right]);
      const checked = await rows(
        "SELECT detail FROM audit_log WHERE actor = 'target' AND action = 'sign-in-failed'",
      ).then((r) => r.filter((x) => /"reason":"(invalid-credentials|wrong-password)"/.test(String(x.detail))).length);
      const signedIn = answers.filter((r) => r.status === 201).length;
      console.log(
        `multi-server: sign-in burst: ${checked} wrong passwords checked, ${signedIn} signed in, answers ${JSON.stringify(
          count(answers.map((r) => `${r.status} ${r.body.error?.reason ?? ''}`)),
        )}`,
      );
      expect(checked).toBeLessThanOrEqual(5);
      expect(signedIn).toBe(0);
      const locked = await rows("SELECT locked_until FROM users WHERE username = 'target'");
      expect(String(locked[0].locked_until) > new Date().toISOString()).toBe(true);
      // the right password on either server is refused while locked, with the answer an unknown user gets
      const unknown = await fetch(`${a.base}/api/v1/staff/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'nobody-here', password: PASSWORD }),
      }).then(async (r) => ({ status: r.status, body: await r.json() }));
      for (const c of [a, b]) expect(await attempt(c, PASSWORD)).toEqual(unknown);
      expect(unknown.status).toBe(401);
      // an admin unlocks it (on B); the right password then works on A
      const adminB = await signIn(b, 'admin2');
      const id = (await rows("SELECT id FROM users WHERE username = 'target'"))[0].id;
      expect((await adminB.post(`/api/v1/staff/users/${String(id)}/unlock`, {})).status).toBe(200);
      expect((await attempt(a, PASSWORD)).status).toBe(201);
    }, 120_000);

    test('SIGKILL of A during a publish: B keeps serving, the database holds exactly one active publication', async () => {
      const adminA = await signIn(a, 'admin1');
      let serving = true;
      const failures: string[] = [];
      const probe = (async () => {
        while (serving) {
          const r = await fetch(`${b.base}/api/v1/tariff?dest=KH&code=85098010&date=2026-11-24`).catch((e: Error) => ({
            status: 0,
            statusText: e.message,
          }));
          if (r.status !== 200) failures.push(`${r.status} ${r.statusText}`);
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const publishing = adminA
        .post('/api/v1/staff/data/publications', { kind: 'annex1', fileName: 'kh-18.csv', csv: kh(18) })
        .catch(() => ({ status: 0 }));
      await new Promise((r) => setTimeout(r, 30));
      a.proc.kill('SIGKILL');
      const answered = await publishing;
      await new Promise((r) => setTimeout(r, 1500));
      serving = false;
      await probe;
      expect(failures).toEqual([]);
      expect(await activeCount('annex1')).toBe(1);
      // B serves what the database records as active (the kill landed before or after the commit)
      const active = (await rows("SELECT content FROM pack_publications WHERE pack = 'annex1' AND active = 1"))[0];
      const recorded = year(JSON.parse(String(active.content)).lines as Annex1Line[], 'KH', 5);
      if (answered.status === 201) expect(recorded).toBe(18); // acknowledged: never dropped
      await eventually(async () => {
        expect(year((await getJson(b, '/api/v1/packs/annex1')).lines as Annex1Line[], 'KH', 5)).toBe(recorded);
      }, 1000);
      console.log(`multi-server: SIGKILL during publish: answer ${answered.status}, served KH year 5 = ${recorded}%`);
      // a restarted A serves the same
      a = await boot();
      expect(year((await getJson(a, '/api/v1/packs/annex1')).lines as Annex1Line[], 'KH', 5)).toBe(recorded);
    }, 240_000);
  });
}

interface Annex1Line {
  party: string;
  code: string;
  base: { pct?: number };
  years: { rcepYear: number; rate: { pct?: number } }[];
}
const line = (lines: Annex1Line[], party: string) =>
  lines.find((l) => l.party === party && l.code === '85098010') ?? null;
const year = (lines: Annex1Line[], party: string, n: number) =>
  line(lines, party)?.years.find((y) => y.rcepYear === n)?.rate.pct ?? null;
const base = (lines: Annex1Line[], party: string) => line(lines, party)?.base.pct ?? null;

const count = (xs: string[]) => xs.reduce<Record<string, number>>((m, x) => ((m[x] = (m[x] ?? 0) + 1), m), {});

async function getJson(c: Child, p: string): Promise<Record<string, unknown>> {
  const r = await fetch(`${c.base}${p}`);
  if (r.status !== 200) throw new Error(`${p}: ${r.status}`);
  return (await r.json()) as Record<string, unknown>;
}

/** retry `check` until it passes or `withinMs` has gone by (then its last failure is the test's) */
async function eventually(check: () => Promise<void>, withinMs: number): Promise<void> {
  const t0 = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() - t0 > withinMs) throw e;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

interface Agent {
  get(p: string): Promise<{ status: number; body: Record<string, unknown> & { error?: { reason: string } } }>;
  post(
    p: string,
    body: object,
  ): Promise<{ status: number; body: Record<string, unknown> & { error?: { reason: string } } }>;
}

/** a signed-in staff member on one server (session and CSRF cookies kept by hand, as a browser would) */
async function signIn(c: Child, username: string): Promise<Agent> {
  const r = await fetch(`${c.base}/api/v1/staff/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (r.status !== 201) throw new Error(`sign-in ${username}: ${r.status} ${await r.text()}`);
  const cookie = r.headers
    .getSetCookie()
    .map((x) => x.split(';')[0])
    .join('; ');
  const csrf = ((await r.json()) as { csrfToken: string }).csrfToken;
  const send = async (method: string, p: string, body?: object) => {
    const res = await fetch(`${c.base}${p}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrf, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : {} };
  };
  return { get: (p) => send('GET', p), post: (p, body) => send('POST', p, body) };
}

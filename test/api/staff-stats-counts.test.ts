/** @jest-environment node */
/**
 * Every result shown is counted once by the server, from what it computed itself: a wizard result
 * (POST /api/v1/enquiries), a counter check (a case's check) and each row of a batch run on the device
 * (POST /api/v1/staff/batch-counts, inputs only). Counts are kept in counters, not re-read from enquiries.
 * Codes and shares are SYNTHETIC inputs; 8701.21 / 8509.80 to Japan are the rules of
 * staff-stats-failures.test.ts, 0805.10 / 7604.10 to Viet Nam the workshop sheet's codes.
 */
import request from 'supertest';
import type { Store } from '../../server/store/types';
import { addUser, signIn, sqlRunner, staffApp, type Signed } from './staff-helpers';
import { storeTargets } from './store-targets';

const quick = (code: string, dest: string, share: number) => ({
  code,
  dest,
  date: '2026-11-24',
  origin: { mode: 'quick', share, wholly: false },
});

describe.each(storeTargets())('statistics of every check shown on $name', (target) => {
  let store: Store;
  let app: ReturnType<typeof staffApp>;
  let clerk: Signed;
  let ws: Signed;
  beforeAll(async () => {
    store = await target.open();
    app = staffApp(store);
    const db = sqlRunner(store);
    await addUser(db, 'ws-counts', 'workshop');
    await addUser(db, 'clerk-counts', 'counter');
    clerk = await signIn(app, 'clerk-counts');
    ws = await signIn(app, 'ws-counts');
  }, 120_000);
  afterAll(async () => {
    await store.close();
    await target.cleanup();
  });

  test('10 wizard results + 2 counter checks + 20 batch rows show as 32 checks', async () => {
    // 10 wizard results: 6 to Japan, 4 to Viet Nam
    for (let i = 0; i < 10; i++) {
      const answers = i < 6 ? quick('8701.21', 'JP', 30 + i) : quick('0805.10', 'VN', 50);
      expect((await request(app).post('/api/v1/enquiries').send({ answers })).status).toBe(201);
    }
    // 2 counter checks in one case, both to Japan
    const c = await clerk.agent
      .post('/api/v1/staff/cases')
      .set('X-CSRF-Token', clerk.csrf)
      .send({ firmName: 'Counted Firm', consent: true });
    for (const code of ['8509.80', '8701.21']) {
      const k = await clerk.agent
        .post(`/api/v1/staff/cases/${c.body.id}/checks`)
        .set('X-CSRF-Token', clerk.csrf)
        .send({ answers: quick(code, 'JP', 45) });
      expect(k.status).toBe(201);
    }
    // a batch of 20 rows to Viet Nam, one call (some rows without a declared share)
    const rows = Array.from({ length: 20 }, (_, i) => ({
      code: i % 2 ? '7604.10' : '0805.10',
      dest: 'VN',
      ...(i < 15 ? { share: 40 + i } : {}),
    }));
    const b = await ws.agent.post('/api/v1/staff/batch-counts').set('X-CSRF-Token', ws.csrf).send({ rows });
    expect(b.status).toBe(201);
    expect(b.body).toEqual({ counted: 20 });

    const s = (await ws.agent.get('/api/v1/staff/stats')).body;
    expect(s.checks).toBe(32);
    expect(Object.values(s.byMonth as Record<string, number>).reduce((a, n) => a + n, 0)).toBe(32);
    // destinations as the inputs above give them: 6 + 2 to Japan, 4 + 20 to Viet Nam
    expect(s.byDest).toEqual({ JP: 8, VN: 24 });
    expect(s.byChapter).toEqual({ '87': 7, '85': 1, '08': 14, '76': 10 });
    // every check reached a tariff status of the server's own; the 5 batch rows without a share have no verdict
    expect(Object.values(s.rcepStatus as Record<string, number>).reduce((a, n) => a + n, 0)).toBe(32);
    expect(Object.values(s.verdict as Record<string, number>).reduce((a, n) => a + n, 0)).toBe(27);
    // the server matched programmes itself: some programme is counted for the checks
    expect(Object.keys(s.programmes).length).toBeGreaterThan(0);

    // the CSV carries the same count
    const csv = await ws.agent.get('/api/v1/staff/stats-export');
    expect(csv.text.split('\r\n')).toContain('checks,all,,32');
    // destinations in words in the UI's language (client/locales parties), the ids in the key column
    expect(csv.text.split('\r\n')).toContain('dest,VN,越南,24');
    const en = await ws.agent.get('/api/v1/staff/stats-export?lang=en');
    expect(en.text.split('\r\n')).toContain('dest,JP,Japan,8');
  });

  test('a batch sends inputs only: a result or label of its own is refused; a counter clerk cannot count a batch', async () => {
    const before = (await ws.agent.get('/api/v1/staff/stats')).body.checks;
    const bad = await ws.agent
      .post('/api/v1/staff/batch-counts')
      .set('X-CSRF-Token', ws.csrf)
      .send({ rows: [{ code: '0805.10', dest: 'VN', verdict: 'constructor', programmes: ['made-up'] }] });
    expect(bad.status).toBe(400);
    const denied = await clerk.agent
      .post('/api/v1/staff/batch-counts')
      .set('X-CSRF-Token', clerk.csrf)
      .send({ rows: [{ code: '0805.10', dest: 'VN' }] });
    expect(denied.status).toBe(403);
    expect((await ws.agent.get('/api/v1/staff/stats')).body.checks).toBe(before);
  });

  test('posting summary.programmes ["constructor","made-up"] changes no count', async () => {
    const answers = quick('8701.21', 'JP', 30);
    const before = (await ws.agent.get('/api/v1/staff/stats')).body;
    await request(app).post('/api/v1/enquiries').send({ answers });
    const mid = (await ws.agent.get('/api/v1/staff/stats')).body;
    await request(app)
      .post('/api/v1/enquiries')
      .send({ answers, summary: { programmes: ['constructor', 'made-up'], status: 'constructor' } });
    const after = (await ws.agent.get('/api/v1/staff/stats')).body;
    for (const dim of ['programmes', 'rcepStatus', 'verdict'] as const) {
      const keys = new Set([...Object.keys(before[dim]), ...Object.keys(after[dim])]);
      for (const k of keys) {
        // the plain check and the one with the client's list add the very same counts
        expect([k, (after[dim][k] ?? 0) - (mid[dim][k] ?? 0)]).toEqual([k, (mid[dim][k] ?? 0) - (before[dim][k] ?? 0)]);
      }
      expect(Object.keys(after[dim])).not.toContain('constructor');
      expect(Object.keys(after[dim])).not.toContain('made-up');
    }
  });

  test('the counters live in their own table: the statistics do not read the enquiries', async () => {
    const db = sqlRunner(store);
    const before = (await ws.agent.get('/api/v1/staff/stats')).body.checks;
    // removing stored enquiries (as retention does) leaves the counted checks as they were
    await db.run('DELETE FROM case_checks');
    await db.run('DELETE FROM enquiries');
    expect((await ws.agent.get('/api/v1/staff/stats')).body.checks).toBe(before);
  });
});

describe('the check answer carries the programmes for a firm profile', () => {
  const target = storeTargets()[0];
  let store: Store;
  let app: ReturnType<typeof staffApp>;
  beforeAll(async () => {
    store = await target.open();
    app = staffApp(store);
  }, 120_000);
  afterAll(async () => {
    await store.close();
    await target.cleanup();
  });

  // seeds/programmes.json import-priorities: eligibility 'importer' (direction in import | both), citing
  // 涪陵区贯彻落实RCEP行动计划实施方案 第2条 (import-side measures are for importers)
  test('POST /api/v1/check with an importer profile lists the import priorities as applying, with the reason', async () => {
    const r = await request(app)
      .post('/api/v1/check')
      .send({ ...quick('8701.21', 'JP', 30), profile: { direction: 'import', district: 'chongqing' } });
    expect(r.status).toBe(200);
    const m = r.body.programmes.matches.find((x: { programme: string }) => x.programme === 'import-priorities');
    expect(m).toMatchObject({ applies: 'yes' });
    expect(m.reasons).toContainEqual({ condition: 'importer', kind: 'direction', outcome: 'held' });
    expect(Array.isArray(m.units)).toBe(true);
    for (const x of r.body.programmes.matches) expect(['yes', 'maybe']).toContain(x.applies);
    expect(r.body.tariff).toBeTruthy();
  });

  test('GET /api/v1/check with an exporter profile rules the import priorities out, with the failed condition', async () => {
    const r = await request(app).get(
      '/api/v1/check?dest=JP&code=8701.21&date=2026-11-24&share=30&direction=export&size=small-micro&exportModels=e-commerce',
    );
    expect(r.status).toBe(200);
    const ids = r.body.programmes.matches.map((x: { programme: string }) => x.programme);
    expect(ids).not.toContain('import-priorities');
    expect(r.body.programmes.others).toContainEqual(
      expect.objectContaining({ programme: 'import-priorities', failed: ['importer'] }),
    );
    // the same profile and facts through GET /api/v1/programmes give the same list
    const p = await request(app).get(
      `/api/v1/programmes?dest=JP&code=8701.21&direction=export&size=small-micro&exportModels=e-commerce&verdict=${r.body.origin.verdict}`,
    );
    expect(p.status).toBe(200);
    expect(ids.slice().sort()).toEqual(p.body.matches.map((x: { programme: string }) => x.programme).sort());
  });

  test('a profile field outside the schema is refused with its reason', async () => {
    const r = await request(app)
      .post('/api/v1/check')
      .send({ ...quick('8701.21', 'JP', 30), profile: { direction: 'sideways' } });
    expect(r.status).toBe(400);
  });
});

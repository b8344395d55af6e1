/** @jest-environment node */
/**
 * Anonymous statistics say where verdicts fail: which rule, how short. The server works the
 * failure out from the stored answers with its own engine (never from the client's summary).
 * Rules (raw mirror psr/rcep-psr-hs2022-ko.tsv, "line N"):
 *   line 1998  87.01    "당사자에서 발생한 부가가치가 40퍼센트 이상일 것" = RVC40
 *   line 1840  8509.80  "6단위 세번변경기준 또는 … 40퍼 센트 이상일 것" = CTSH or RVC40
 * Every share, value and material below is SYNTHETIC; the shortfalls are worked by hand next to each input.
 */
import { pino } from 'pino';
import request from 'supertest';
import type { LoadedData } from '../../server/data/load-data';
import { createApp } from '../../server/app';
import type { Store } from '../../server/store/types';
import { realData } from './helpers';
import { addUser, signIn, sqlRunner, staffApp, type Signed } from './staff-helpers';
import { storeTargets } from './store-targets';

const quick = (code: string, share: number) => ({
  code,
  dest: 'JP',
  date: '2026-11-24',
  origin: { mode: 'quick', share, wholly: false },
});
// FOB 1000. 8509.80 (US) 150: no change of subheading, 15 % > 10 % de minimis (Art. 3.7.1(a)) -> 1 material short;
// 8501.40 (US) 500 changes subheading. RVC (1000 − 650) / 1000 × 100 = 35 (Art. 3.5.1(a)) -> 5 points short.
const BOM_8509 = {
  code: '8509.80',
  dest: 'JP',
  date: '2026-11-24',
  origin: {
    mode: 'bom',
    bom: {
      hs: '8509.80',
      fob: 1000,
      materials: [
        { hs: '8509.80', origin: 'US', value: 150 },
        { hs: '8501.40', origin: 'US', value: 500 },
      ],
    },
  },
};

describe.each(storeTargets())('statistics of failing rules on $name', (target) => {
  let store: Store;
  let app: ReturnType<typeof staffApp>;
  let clerk: Signed;
  let ws: Signed;
  let caseId: string;
  beforeAll(async () => {
    store = await target.open();
    app = staffApp(store);
    const db = sqlRunner(store);
    await addUser(db, 'ws-stats', 'workshop');
    await addUser(db, 'clerk-stats', 'counter');
    clerk = await signIn(app, 'clerk-stats');
    ws = await signIn(app, 'ws-stats');
    const c = await clerk.agent
      .post('/api/v1/staff/cases')
      .set('X-CSRF-Token', clerk.csrf)
      .send({ firmName: 'Hidden Motors Co', firmContact: '13900001111', consent: true });
    caseId = c.body.id;
    // the client claims 'originating' each time: the statistics must follow the server's engine instead
    const claim = { status: 'reduced', verdict: 'originating' };
    for (const share of [32.5, 38, 12]) {
      const r = await request(app)
        .post('/api/v1/enquiries')
        .send({ answers: quick('8701.21', share), summary: claim });
      expect(r.status).toBe(201);
    }
    const k = await clerk.agent
      .post(`/api/v1/staff/cases/${caseId}/checks`)
      .set('X-CSRF-Token', clerk.csrf)
      .send({ answers: BOM_8509, summary: claim });
    expect(k.status).toBe(201);
    // 8509.80 at 30 %: CTSH cannot be judged without a bill of materials -> not a failure, nothing recorded
    await request(app)
      .post('/api/v1/enquiries')
      .send({ answers: quick('8509.80', 30) });
  }, 180_000);
  afterAll(async () => {
    await store.close();
    await target.cleanup();
  });

  test('RVC40 of 87.01 at 32.5, 38 and 12 % is short by 7.5, 2 and 28 points; the 8509.80 bill fails CTSH by one material and RVC40 by 5', async () => {
    const s = await ws.agent.get('/api/v1/staff/stats');
    expect(s.status).toBe(200);
    expect(s.body.checks).toBe(5);
    // verdict counts follow the server too: four not originating (the 'originating' claims are ignored) and
    // 8509.80 at 30 % without a bill, where CTSH cannot be judged
    expect(s.body.verdict).toEqual({ 'not-originating': 4, 'insufficient-information': 1 });
    expect(s.body.ruleFailures).toEqual([
      // shortfalls 2, 7.5, 28: median 7.5; bands 0-5, 5-10, 20+
      {
        rule: 'RVC40',
        chapter: '87',
        dest: 'JP',
        count: 3,
        measure: 'points',
        medianShort: 7.5,
        shortBands: { '0-5': 1, '5-10': 1, '20+': 1 },
      },
      {
        rule: 'CTSH',
        chapter: '85',
        dest: 'JP',
        count: 1,
        measure: 'materials',
        medianShort: 1,
        shortBands: { '1': 1 },
      },
      {
        rule: 'RVC40',
        chapter: '85',
        dest: 'JP',
        count: 1,
        measure: 'points',
        medianShort: 5,
        shortBands: { '5-10': 1 },
      },
    ]);
    const csv = await ws.agent.get('/api/v1/staff/stats-export');
    expect(csv.status).toBe(200);
    for (const line of [
      'rule-failed,RVC40/87/JP,3',
      'rule-failed-short-points,RVC40/87/JP/0-5,1',
      'rule-failed-short-points,RVC40/87/JP/5-10,1',
      'rule-failed-short-points,RVC40/87/JP/20+,1',
      'rule-failed-median-short-points,RVC40/87/JP,7.5',
      'rule-failed,CTSH/85/JP,1',
      'rule-failed-short-materials,CTSH/85/JP/1,1',
      'rule-failed,RVC40/85/JP,1',
      'rule-failed-median-short-points,RVC40/85/JP,5',
    ])
      expect(csv.text.split('\r\n')).toContain(line);
    // no firm, contact, case id or username in the answer or the CSV
    for (const text of [JSON.stringify(s.body), csv.text])
      for (const secret of ['Hidden Motors', '13900001111', caseId, 'clerk-stats', 'ws-stats'])
        expect(text).not.toContain(secret);
  });

  test('a client cannot post a failure record of its own; the public enquiry view returns the summary as sent', async () => {
    const forged = await request(app)
      .post('/api/v1/enquiries')
      .send({
        answers: quick('8701.21', 80),
        summary: { failure: { unit: '8701', failed: [{ rule: 'WO', short: null }] } },
      });
    expect(forged.status).toBe(400);
    const ok = await request(app)
      .post('/api/v1/enquiries')
      .send({ answers: quick('8701.21', 32.5), summary: { verdict: 'originating' } });
    const got = await request(app).get(`/api/v1/enquiries/${ok.body.id}`);
    expect(got.body.summary).toEqual({ verdict: 'originating' });
    const c = await clerk.agent.get(`/api/v1/staff/cases/${caseId}`);
    expect(c.body.checks[0].summary.failure).toEqual({
      unit: '850980',
      failed: [
        { rule: 'CTSH', short: 1 },
        { rule: 'RVC40', short: 5 },
      ],
    });
  });

  test('a check that throws still stores the enquiry, with failure null', async () => {
    // a broken PSR index (real engine, corrupted data): runCheck throws inside the enquiry path
    const data = realData();
    const broken = { ...data, index: { ...data.index, psr: null } } as unknown as LoadedData;
    const app2 = createApp({
      store,
      packs: broken,
      config: { rateLimit: 0, root: process.cwd() },
      logger: pino({ level: 'silent' }),
    });
    const r = await request(app2)
      .post('/api/v1/enquiries')
      .send({ answers: quick('8701.21', 10) });
    expect(r.status).toBe(201);
    const row = await sqlRunner(store).get('SELECT summary FROM enquiries WHERE id = ?', [r.body.id]);
    expect(JSON.parse(String(row?.summary))).toEqual({ serverVerdict: null, failure: null, serverStatus: null });
  });

  test("a client's programme and status strings change no count, 'constructor' included", async () => {
    const before = (await ws.agent.get('/api/v1/staff/stats')).body;
    const r = await request(app)
      .post('/api/v1/enquiries')
      .send({
        answers: quick('8701.21', 32.5),
        summary: { programmes: ['constructor', 'made-up'], status: 'constructor', verdict: 'constructor' },
      });
    expect(r.status).toBe(201);
    const after = (await ws.agent.get('/api/v1/staff/stats')).body;
    expect(after.checks).toBe(before.checks + 1);
    expect(after.programmes).toEqual(before.programmes);
    for (const m of [after.rcepStatus, after.verdict, after.programmes]) {
      expect(Object.keys(m)).not.toContain('constructor');
      expect(Object.keys(m)).not.toContain('made-up');
    }
    // the status counted is the one the server's own tariff answer gives for 8701.21 to Japan
    const added = Object.entries(after.rcepStatus as Record<string, number>).filter(
      ([k, n]) => n !== ((before.rcepStatus as Record<string, number>)[k] ?? 0),
    );
    expect(added).toHaveLength(1);
  });
});

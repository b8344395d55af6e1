/** @jest-environment node */
import request from 'supertest';
import type { Store } from '../../server/store/types';
import { addUser, signIn, sqlRunner, staffApp, type Signed } from './staff-helpers';
import { storeTargets } from './store-targets';

const ANSWERS = { code: '850980', dest: 'JP', date: '2026-11-24', origin: { mode: 'quick', share: 45, wholly: false } };

describe.each(storeTargets())('staff feedback and counter cases on $name', (target) => {
  let store: Store;
  let app: ReturnType<typeof staffApp>;
  let admin: Signed;
  let clerk: Signed;
  beforeAll(async () => {
    store = await target.open();
    app = staffApp(store);
    const db = sqlRunner(store);
    await addUser(db, 'admin1', 'admin');
    await addUser(db, 'clerk1', 'counter');
    admin = await signIn(app, 'admin1');
    clerk = await signIn(app, 'clerk1');
  }, 180_000);
  afterAll(async () => {
    await store.close();
    await target.cleanup();
  });

  test('a filed report is listed for admin, moved new -> in-progress -> resolved with notes, and the firm sees it', async () => {
    const filed = await request(app)
      .post('/api/v1/feedback')
      .send({
        topic: 'certificate-of-origin',
        message: '<b>visa</b> refused',
        consent: true,
        contact: { email: 'f@example.com' },
      });
    expect(filed.status).toBe(201);
    const ref = filed.body.reference as string;
    const list = await admin.agent.get('/api/v1/staff/feedback?status=new');
    expect(list.body.items.map((i: { reference: string }) => i.reference)).toContain(ref);
    const one = await admin.agent.get(`/api/v1/staff/feedback/${ref}`);
    expect(one.body).toMatchObject({ message: '<b>visa</b> refused', contact: { email: 'f@example.com' } });
    // seeds/contact-units.json: cq-commerce is 'lead' for programme certificate-of-origin (渝府办发〔2022〕83号)
    expect(one.body.suggestedUnits[0]).toMatchObject({
      unit: 'cq-commerce',
      programme: 'certificate-of-origin',
      role: 'lead',
    });
    const move = (body: object) =>
      admin.agent.post(`/api/v1/staff/feedback/${ref}/status`).set('X-CSRF-Token', admin.csrf).send(body);
    const noNote = await move({ status: 'resolved' });
    expect([noNote.status, noNote.body.error.reason]).toEqual([400, 'note-required']);
    const badUnit = await move({ status: 'in-progress', assignedUnit: 'no-such-unit' });
    expect([badUnit.status, badUnit.body.error.reason]).toEqual([400, 'unknown-unit']);
    const wip = await move({ status: 'in-progress', note: 'called the firm', assignedUnit: 'cq-commerce' });
    expect(wip.body).toMatchObject({ status: 'in-progress', assignedUnit: 'cq-commerce', notes: ['called the firm'] });
    const done = await move({ status: 'resolved', note: 'certificate reissued' });
    expect(done.body.status).toBe('resolved');
    expect(done.body.events.map((e: { status: string; actor?: string }) => [e.status, e.actor ?? null])).toEqual([
      ['new', null],
      ['in-progress', 'admin1'],
      ['resolved', 'admin1'],
    ]);
    const back = await move({ status: 'new' });
    expect([back.status, back.body.error.reason]).toEqual([409, 'invalid-transition']);
    const pub = await request(app).get(`/api/v1/feedback/${ref}`);
    expect(pub.body.status).toBe('resolved');
    const missing = await admin.agent
      .post('/api/v1/staff/feedback/FB-2000-000001/status')
      .set('X-CSRF-Token', admin.csrf)
      .send({ status: 'in-progress' });
    expect([missing.status, missing.body.error.reason]).toEqual([404, 'unknown-feedback-reference']);
    const badQuery = await admin.agent.get('/api/v1/staff/feedback?status=closed');
    expect([badQuery.status, badQuery.body.error.reason]).toEqual([400, 'status-invalid']);
  });

  test('a counter case: open with consent, two checks, close; closed cases take no more checks', async () => {
    const post = (url: string, body: object) => clerk.agent.post(url).set('X-CSRF-Token', clerk.csrf).send(body);
    const noConsent = await post('/api/v1/staff/cases', { firmName: 'Acme' });
    expect([noConsent.status, noConsent.body.error.reason]).toEqual([400, 'consent-required']);
    const opened = await post('/api/v1/staff/cases', {
      firmName: '=HYPERLINK("x") 重庆公司',
      firmContact: '023-1234',
      consent: true,
    });
    expect(opened.status).toBe(201);
    const id = opened.body.id as string;
    for (const dest of ['JP', 'VN']) {
      const c = await post(`/api/v1/staff/cases/${id}/checks`, {
        answers: { ...ANSWERS, dest },
        summary: { status: 'reduced' },
      });
      expect(c.status).toBe(201);
    }
    const bad = await post(`/api/v1/staff/cases/${id}/checks`, { answers: { ...ANSWERS, date: '2026-13-45' } });
    expect(bad.status).toBe(400);
    const got = await clerk.agent.get(`/api/v1/staff/cases/${id}`);
    expect(got.body.checks.map((k: { answers: { dest: string } }) => k.answers.dest)).toEqual(['JP', 'VN']);
    expect(got.body).toMatchObject({ openedBy: 'clerk1', status: 'open', consent: true });
    const closed = await post(`/api/v1/staff/cases/${id}/close`, {});
    expect(closed.body.status).toBe('closed');
    const again = await post(`/api/v1/staff/cases/${id}/close`, {});
    expect([again.status, again.body.error.reason]).toEqual([409, 'case-closed']);
    const late = await post(`/api/v1/staff/cases/${id}/checks`, { answers: ANSWERS });
    expect([late.status, late.body.error.reason]).toEqual([409, 'case-closed']);
    const unknown = await clerk.agent.get('/api/v1/staff/cases/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    const badId = await clerk.agent.get("/api/v1/staff/cases/1' OR '1'='1");
    expect([badId.status, badId.body.error.reason]).toEqual([400, 'case-id-invalid']);

    const found = await clerk.agent.get(`/api/v1/staff/cases?q=${encodeURIComponent('重庆')}`);
    expect(found.body.cases.map((c: { id: string; checkCount: number }) => [c.id, c.checkCount])).toEqual([[id, 2]]);
    const wild = await clerk.agent.get('/api/v1/staff/cases?q=%25');
    expect(wild.body.cases).toEqual([]);
    const csv = await clerk.agent.get('/api/v1/staff/cases-export?status=closed');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text).toContain(`"'=HYPERLINK(""x"") 重庆公司"`);
    expect(csv.text.split('\r\n')[0]).toBe(
      '\uFEFFid,createdAt,closedAt,status,openedBy,firmName,firmContact,checkCount',
    );
  });
});

describe('anonymous statistics', () => {
  test('counts codes, destinations and verdicts; no firm, contact or id in the answer or the CSV', async () => {
    const target = storeTargets()[0];
    const store = await target.open();
    const app = staffApp(store);
    const db = sqlRunner(store);
    await addUser(db, 'ws1', 'workshop');
    await addUser(db, 'clerk9', 'counter');
    const clerk = await signIn(app, 'clerk9');
    const c = await clerk.agent
      .post('/api/v1/staff/cases')
      .set('X-CSRF-Token', clerk.csrf)
      .send({ firmName: 'Secret Firm Ltd', firmContact: '13800000000', consent: true });
    const attach = (share: number, verdict: string, dest: string, code = ANSWERS.code) =>
      clerk.agent
        .post(`/api/v1/staff/cases/${c.body.id}/checks`)
        .set('X-CSRF-Token', clerk.csrf)
        .send({
          answers: { ...ANSWERS, code, dest, origin: { mode: 'quick', share, wholly: false } },
          summary: { status: 'reduced', verdict, programmes: ['rcep-service-platform'] },
        });
    await attach(45, 'originating', 'JP');
    // 87.01 is RVC40 alone (Annex 3A; mirror psr/rcep-psr-hs2022-ko.tsv line 1998): 32 and 38 % fail it
    await attach(32, 'not-originating', 'VN', '8701.21');
    await attach(38, 'not-originating', 'VN', '8701.21');
    const ws = await signIn(app, 'ws1');
    const s = await ws.agent.get('/api/v1/staff/stats');
    expect(s.body).toMatchObject({
      checks: 3,
      byDest: { JP: 1, VN: 2 },
      byChapter: { '85': 1, '87': 2 },
      verdict: { originating: 1, 'not-originating': 2 },
      // the client's programme list is not counted: only programmes the server matched itself would be
      programmes: {},
      failures: [{ chapter: '87', dest: 'VN', count: 2, shareBands: { '30-40': 2 } }],
    });
    const csv = await ws.agent.get('/api/v1/staff/stats-export');
    for (const text of [JSON.stringify(s.body), csv.text]) {
      expect(text).not.toContain('Secret Firm');
      expect(text).not.toContain('13800000000');
      expect(text).not.toContain(c.body.id);
      expect(text).not.toContain('clerk9');
    }
    expect(csv.text).toContain('not-originating-share,87/VN/30-40,2');
    // the failing-rule statistics (87.01 RVC40, SYNTHETIC share 32.5 -> 7.5 points short) carry no personal data either
    await clerk.agent
      .post(`/api/v1/staff/cases/${c.body.id}/checks`)
      .set('X-CSRF-Token', clerk.csrf)
      .send({ answers: { ...ANSWERS, code: '8701.21', origin: { mode: 'quick', share: 32.5, wholly: false } } });
    const s2 = await ws.agent.get('/api/v1/staff/stats');
    expect(s2.body.ruleFailures).toContainEqual(
      expect.objectContaining({ rule: 'RVC40', chapter: '87', dest: 'JP', medianShort: 7.5 }),
    );
    const csv2 = await ws.agent.get('/api/v1/staff/stats-export');
    for (const text of [JSON.stringify(s2.body.ruleFailures), csv2.text]) {
      expect(text).not.toContain('Secret Firm');
      expect(text).not.toContain('13800000000');
      expect(text).not.toContain(c.body.id);
      expect(text).not.toContain('clerk9');
    }
    expect((await clerk.agent.get('/api/v1/staff/stats')).status).toBe(403);
    await store.close();
    await target.cleanup();
  }, 180_000);
});

/** @jest-environment node */
import request from 'supertest';
import type { z } from 'zod';
import {
  auditLogSchema,
  caseDetailSchema,
  caseListSchema,
  caseSchema,
  directoryAnswerSchema,
  feedbackDetailSchema,
  feedbackPageSchema,
  publicationListSchema,
  staffAccountSchema,
  staffAccountsSchema,
  staffFeedbackSchema,
  staffMeSchema,
  statsSchema,
} from '../../domain/schemas';
import type { Store } from '../../server/store/types';
import { addUser, PASSWORD, signIn, sqlRunner, staffApp, type Signed } from './staff-helpers';
import { storeTargets } from './store-targets';

const ANSWERS = { code: '850980', dest: 'JP', date: '2026-11-24', origin: { mode: 'quick', share: 45, wholly: false } };

/**
 * The client reads the staff API through the types inferred from domain/schemas/staff*.ts, so each answer
 * must be what its schema says: it parses, and parsing drops nothing (no field the contract leaves out).
 */
function holds<S extends z.ZodType>(schema: S, res: { status: number; body: unknown }, status = 200) {
  expect(res.status).toBe(status);
  expect(schema.parse(res.body)).toEqual(res.body);
}

describe.each(storeTargets())('staff answers match the shared contract on $name', (target) => {
  let store: Store;
  let app: ReturnType<typeof staffApp>;
  let admin: Signed;
  beforeAll(async () => {
    store = await target.open();
    app = staffApp(store);
    const db = sqlRunner(store);
    await addUser(db, 'admin-contract', 'admin');
    admin = await signIn(app, 'admin-contract');
  }, 180_000);
  afterAll(async () => {
    await store.close();
    await target.cleanup();
  });
  const post = (path: string, body: object) =>
    admin.agent.post(`/api/v1/staff${path}`).set('X-CSRF-Token', admin.csrf).send(body);

  test('session and accounts', async () => {
    const signedIn = await request(app)
      .post('/api/v1/staff/session')
      .send({ username: 'admin-contract', password: PASSWORD });
    // the account row behind the session holds the password hash: it must not be part of the answer
    expect(JSON.stringify(signedIn.body)).not.toMatch(/scrypt|passwordHash|failedLogins|lockedUntil/);
    holds(staffMeSchema, signedIn, 201);
    holds(staffMeSchema, await admin.agent.get('/api/v1/staff/session'));
    holds(
      staffAccountSchema,
      await post('/users', { username: 'clerk-contract', role: 'counter', password: 'a long enough password' }),
      201,
    );
    holds(staffAccountsSchema, await admin.agent.get('/api/v1/staff/users'));
    holds(auditLogSchema, await admin.agent.get('/api/v1/staff/audit'));
  });

  test('a counter case with a check, listed, closed', async () => {
    const opened = await post('/cases', { firmName: 'Firm', consent: true });
    holds(caseSchema, opened, 201);
    const id = opened.body.id as string;
    expect((await post(`/cases/${id}/checks`, { answers: ANSWERS, summary: { status: 'in-schedule' } })).status).toBe(
      201,
    );
    const detail = await admin.agent.get(`/api/v1/staff/cases/${id}`);
    holds(caseDetailSchema, detail);
    expect(detail.body.checks).toHaveLength(1);
    holds(caseListSchema, await admin.agent.get('/api/v1/staff/cases'));
    holds(caseDetailSchema, await post(`/cases/${id}/close`, {}));
  });

  test('an obstacle report listed, read and moved', async () => {
    const filed = await request(app)
      .post('/api/v1/feedback')
      .send({ topic: 'certificate-of-origin', message: 'refused', consent: true, contact: { email: 'f@example.com' } });
    const ref = filed.body.reference as string;
    holds(feedbackPageSchema, await admin.agent.get('/api/v1/staff/feedback'));
    holds(feedbackDetailSchema, await admin.agent.get(`/api/v1/staff/feedback/${ref}`));
    holds(staffFeedbackSchema, await post(`/feedback/${ref}/status`, { status: 'in-progress', note: 'called' }));
  });

  test('statistics, publications and the directory', async () => {
    holds(statsSchema, await admin.agent.get('/api/v1/staff/stats'));
    holds(publicationListSchema, await admin.agent.get('/api/v1/staff/data/publications?pack=psr'));
    holds(directoryAnswerSchema, await admin.agent.get('/api/v1/staff/directory'));
  });
});

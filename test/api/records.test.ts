/** @jest-environment node */
import request from 'supertest';
import { testApp, type TestApp } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const answers = { code: '850980', dest: 'JP', date: '2026-11-24', origin: { mode: 'quick', share: 45, wholly: false } };

describe('enquiries', () => {
  test('POST stores answers + summary and answers 201 with an id; GET returns it', async () => {
    const res = await request(t.app)
      .post('/api/v1/enquiries')
      .send({ answers, summary: { status: 'reduced', verdict: 'originating' }, lang: 'zh-CN' })
      .expect(201);
    expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
    const got = await request(t.app).get(`/api/v1/enquiries/${res.body.id}`).expect(200);
    expect(got.body).toMatchObject({ answers, summary: { status: 'reduced' }, lang: 'zh-CN' });
  });

  test.each([
    [{}, 'required', 'answers'],
    [{ answers: { ...answers, dest: 'CN' } }, 'invalid-value', 'answers.dest'],
    [{ answers: { ...answers, date: '2026-13-40' } }, 'date-invalid', 'answers.date'],
    [
      { answers: { ...answers, origin: { mode: 'quick', share: 140, wholly: false } } },
      'share-range',
      'answers.origin.share',
    ],
    [{ answers, extra: 1 }, 'unknown-field', 'extra'],
  ])('bad body %j -> 400 %s', async (body, reason, field) => {
    const res = await request(t.app).post('/api/v1/enquiries').send(body).expect(400);
    expect(res.body).toEqual({ error: { reason, field } });
  });

  test('unknown or malformed ids', async () => {
    await request(t.app)
      .get('/api/v1/enquiries/00000000-0000-4000-8000-000000000000')
      .expect(404, { error: { reason: 'unknown-enquiry', field: 'id' } });
    await request(t.app)
      .get('/api/v1/enquiries/abc')
      .expect(400, { error: { reason: 'enquiry-id-invalid', field: 'id' } });
  });
});

describe('feedback', () => {
  test('POST answers 201 with a reference; GET shows status without contact details', async () => {
    const res = await request(t.app)
      .post('/api/v1/feedback')
      .send({
        topic: 'preference-refused',
        message: '进口国海关不认可原产地证书',
        dest: 'JP',
        consent: true,
        contact: { email: 'firm@example.com' },
      })
      .expect(201);
    // random, in two readable groups of four (no 0/O, 1/I/L, U), so one reference does not reveal another
    expect(res.body.reference).toMatch(/^FB-\d{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    expect(res.body.status).toBe('new');
    const got = await request(t.app).get(`/api/v1/feedback/${res.body.reference}`).expect(200);
    expect(got.body).toMatchObject({ reference: res.body.reference, status: 'new', topic: 'preference-refused' });
    expect(JSON.stringify(got.body)).not.toContain('firm@example.com');
    expect(got.body.events).toHaveLength(1);
  });

  test('staff status changes show up for the firm', async () => {
    const res = await request(t.app).post('/api/v1/feedback').send({ topic: 'other', message: 'x' }).expect(201);
    await t.store.updateFeedbackStatus(res.body.reference, { status: 'resolved', note: 'done' });
    const got = await request(t.app).get(`/api/v1/feedback/${res.body.reference}`).expect(200);
    expect(got.body.status).toBe('resolved');
    expect(got.body.events.map((e: { status: string }) => e.status)).toEqual(['new', 'resolved']);
  });

  test.each([
    [{ message: 'x' }, 'required', 'topic'],
    [{ topic: 'gossip', message: 'x' }, 'invalid-value', 'topic'],
    [{ topic: 'other', message: '   ' }, 'message-required', 'message'],
    [{ topic: 'other', message: 'x'.repeat(4001) }, 'message-too-long', 'message'],
    [{ topic: 'other', message: 'x', contact: { name: 'A' } }, 'consent-required', 'consent'],
    [{ topic: 'other', message: 'x', enquiryId: 'nope' }, 'enquiry-id-invalid', 'enquiryId'],
  ])('bad body %j -> 400 %s', async (body, reason, field) => {
    const res = await request(t.app).post('/api/v1/feedback').send(body).expect(400);
    expect(res.body).toEqual({ error: { reason, field } });
  });

  test('a report about an unknown enquiry is 404; unknown/malformed references', async () => {
    await request(t.app)
      .post('/api/v1/feedback')
      .send({ topic: 'other', message: 'x', enquiryId: '00000000-0000-4000-8000-000000000000' })
      .expect(404, { error: { reason: 'unknown-enquiry', field: 'enquiryId' } });
    await request(t.app).get('/api/v1/feedback/FB-1999-000001').expect(404);
    await request(t.app)
      .get('/api/v1/feedback/FB-x')
      .expect(400, { error: { reason: 'reference-invalid', field: 'reference' } });
  });
});

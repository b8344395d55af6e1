/** @jest-environment node */
import request from 'supertest';
import { testApp, type TestApp } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('bad input is a 400 with a reason and field', () => {
  test.each([
    ['/api/v1/tariff?code=850980', 'required', 'dest'],
    ['/api/v1/tariff?dest=CN&code=850980', 'invalid-value', 'dest'],
    ['/api/v1/tariff?dest=JP', 'required', 'code'],
    ['/api/v1/tariff?dest=JP&code=850980&date=2026-02-30', 'date-invalid', 'date'],
    ['/api/v1/tariff?dest=JP&code=850980&origin=VN', 'invalid-value', 'origin'],
    ['/api/v1/tariff?dest=JP&code=850980&value=-1', 'value-invalid', 'value'],
    ['/api/v1/tariff?dest=JP&code=850980&currency=yen', 'currency-invalid', 'currency'],
    ['/api/v1/tariff?dest=JP&code=abc', 'not-a-code', 'code'],
    ['/api/v1/search', 'required', 'q'],
    ['/api/v1/search?q=%20', 'query-required', 'q'],
    ['/api/v1/search?q=x&limit=0', 'limit-invalid', 'limit'],
    ['/api/v1/lines/XX/850980', 'invalid-value', 'dest'],
    ['/api/v1/lines/JP/abc', 'not-a-code', 'code'],
    ['/api/v1/check?dest=JP&code=850980', 'required', 'share'],
    ['/api/v1/check?dest=JP&code=850980&share=101', 'share-range', 'share'],
    ['/api/v1/programmes?size=huge', 'invalid-value', 'size'],
    ['/api/v1/catalogue?dest=cn', 'invalid-value', 'dest'],
  ])('GET %s -> %s', async (url, reason, field) => {
    const res = await request(t.app).get(url).expect(400);
    expect(res.body).toEqual({ error: { reason, field } });
  });

  const bom = { hs: '8509.80', fob: 100, materials: [{ hs: '8501.10', origin: 'JP', value: 30 }] };
  test.each([
    [{}, 'required'],
    [{ ...bom, fob: -1 }, 'fob-invalid'],
    [{ ...bom, materials: [{ hs: '8501.10', origin: 'Japan', value: 30 }] }, 'material-origin-invalid'],
    [{ code: '850980' }, 'share-required'],
    [{ code: '850980', share: 120 }, 'share-range'],
  ])('POST /api/v1/origin %j -> 400 %s', async (body, reason) => {
    const res = await request(t.app).post('/api/v1/origin').send(body).expect(400);
    expect(res.body.error.reason).toBe(reason);
  });

  test.each([
    [{ code: '850980', dest: 'JP', date: '2026-11-24' }, 'required', 'origin'],
    [{ code: '850980', dest: 'JP', date: '2026-11-24', origin: { mode: 'guess' } }, 'invalid-union', 'origin.mode'],
  ])('POST /api/v1/check %j -> 400', async (body, _reason, field) => {
    const res = await request(t.app).post('/api/v1/check').send(body).expect(400);
    expect(res.body.error.field).toBe(field);
  });
});

describe('answers', () => {
  test('origin: a BOM whose only material is from an RCEP party is produced exclusively from originating materials (Art. 3.2(b), 3.4)', async () => {
    const body = { hs: '8509.80', fob: 100, materials: [{ hs: '8501.10', origin: 'JP', value: 30 }] };
    const res = await request(t.app).post('/api/v1/origin').send(body).expect(200);
    expect(res.body).toMatchObject({ verdict: 'originating', mode: 'bom', satisfiedBy: { criterion: 'PE' } });
    expect(res.body.articles).toEqual(expect.arrayContaining(['3.2', '3.4']));
  });

  test('programmes, contacts and catalogue answer from the seeds', async () => {
    const p = await request(t.app).get('/api/v1/programmes?dest=JP').expect(200);
    expect(p.body.matches.length).toBeGreaterThan(0);
    const c = await request(t.app).get('/api/v1/contacts?programme=obstacle-feedback').expect(200);
    expect(c.body.units.length).toBeGreaterThan(0);
    const k = await request(t.app).get('/api/v1/catalogue?dest=JP').expect(200);
    expect(k.body.entries.length).toBeGreaterThan(0);
  });

  test('search answers hits (possibly none) for Chinese and English words', async () => {
    for (const q of ['摩托车', 'motorcycle', '8711']) {
      const res = await request(t.app)
        .get(`/api/v1/search?q=${encodeURIComponent(q)}&limit=5`)
        .expect(200);
      expect(Array.isArray(res.body.hits)).toBe(true);
    }
  });
});

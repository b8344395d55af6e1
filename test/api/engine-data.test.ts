/** @jest-environment node */
import request from 'supertest';
import { testApp, type TestApp } from './helpers';

/**
 * The API answers from the committed packs with the CLI's fields. Expected values are read from the
 * raw sources, not from the engine:
 * - ../shared/data/jp/j_61_tariff_data.json, node 6109.10 / 020 ("その他のもの"): 基本 11.2%, WTO協定 7.4%
 *   (applied: not in parentheses), EPA_RCEP_中国 4.6%; the tariff of 2026-07-09 is Japan's RCEP Year 6
 *   (1 April years), so 2026-11-24 falls in Year 6.
 * - ../shared/data/psr/rcep-psr-hs2022-ko-with-en-codes.csv row 1144: chapter 61, 2단위 세번변경기준 (CC).
 */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const Q = 'dest=JP&code=6109.10-020&origin=CN&date=2026-11-24';

test('GET /api/v1/tariff mirrors `rcep tariff` (JP 6109.10-020 on 2026-11-24)', async () => {
  const res = await request(t.app).get(`/api/v1/tariff?${Q}`).expect(200);
  expect(res.body).toMatchObject({
    dest: 'JP',
    origin: 'CN',
    code: '610910020',
    date: '2026-11-24',
    rcepYear: 6,
    mfn: { adValorem: 7.4 },
    rcep: { status: 'reduced', adValorem: 4.6 },
  });
  expect(res.body.sources.length).toBeGreaterThan(0);
  expect(Array.isArray(res.body.notes)).toBe(true);
});

test('the same query with full-width digits gives the same line', async () => {
  const code = encodeURIComponent('６１０９．１０－０２０');
  const res = await request(t.app).get(`/api/v1/tariff?dest=JP&code=${code}&date=2026-11-24`);
  expect(res.status).toBeLessThan(500);
  if (res.status === 200) expect(res.body.code).toBe('610910020');
  else expect(res.body.error.reason).toMatch(/^[a-z-]+$/);
});

test('GET /api/v1/lines/JP/6109.10-020 returns the pack line with its sources', async () => {
  const res = await request(t.app).get('/api/v1/lines/JP/6109.10-020').expect(200);
  expect(res.body.line).toMatchObject({ code: '610910020', printed: '6109.10-020' });
  expect(res.body.sources.length).toBeGreaterThan(0);
  await request(t.app)
    .get('/api/v1/lines/JP/6109.10-999')
    .expect(404, { error: { reason: 'unknown-line', field: 'code' } });
});

test('GET and POST /api/v1/check give the whole result: tariff + origin under the chapter 61 rule (CC)', async () => {
  const g = await request(t.app).get(`/api/v1/check?dest=JP&code=6109.10-020&date=2026-11-24&share=45`).expect(200);
  expect(g.body.tariff).toMatchObject({ rcepYear: 6, rcep: { status: 'reduced', adValorem: 4.6 } });
  expect(g.body.origin.rule).toMatchObject({ unit: '61', tree: { kind: 'CC' } });
  const p = await request(t.app)
    .post('/api/v1/check')
    .send({ code: '6109.10-020', dest: 'JP', date: '2026-11-24', origin: { mode: 'quick', share: 45, wholly: false } })
    .expect(200);
  expect(p.body.tariff).toEqual(g.body.tariff);
  expect(p.body.origin).toEqual(g.body.origin);
});

test('an unknown HS code is 404 unknown-hs-code', async () => {
  const res = await request(t.app).get('/api/v1/tariff?dest=JP&code=8599.10&date=2026-11-24').expect(404);
  expect(res.body.error.reason).toBe('unknown-hs-code');
});

test('search finds the cotton T-shirt subheading by its English words', async () => {
  const res = await request(t.app).get('/api/v1/search?q=t-shirts%20cotton&limit=20').expect(200);
  expect(res.body.hits.some((h: { code: string }) => h.code.startsWith('610910'))).toBe(true);
});

/** @jest-environment node */
import request from 'supertest';
import { testApp, type TestApp } from './helpers';

/**
 * Full-width and decorated HS codes (the normaliser accepts full-width
 * digits): wherever the API accepts a code, '８５０９．８０' must give exactly the answer of '8509.80'.
 * 8509.80 is HS 2022 subheading "other appliances" of heading 85.09 (electro-mechanical domestic
 * appliances), present in every destination schedule the packs hold; the JP national line 8509.80.000 is
 * in the Japanese customs tariff 2026 (data/packs/tariff-jp.json sources).
 */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const ASCII = '8509.80';
const VARIANTS = ['８５０９．８０', '８５０９\u3000８０', 'ＨＳ８５０９．８０', ' 850980 ', '8509-80', '８５０９８０'];
const DESTS = ['JP', 'VN', 'AU', 'TH'];
const q = (o: Record<string, string>) => new URLSearchParams(o).toString();
/** drop the echo of the request, keep the answer */
const answer = (body: Record<string, unknown>) => {
  const { input: _input, q: _q, ...rest } = body;
  return rest;
};

test.each(DESTS)('GET /tariff (%s): each variant resolves to the same line and rates as 8509.80', async (dest) => {
  const base = await request(t.app).get(`/api/v1/tariff?${q({ dest, code: ASCII, date: '2026-11-24' })}`);
  expect(base.status).toBe(200);
  expect(String(base.body.code)).toMatch(/^850980/);
  for (const code of VARIANTS) {
    const r = await request(t.app).get(`/api/v1/tariff?${q({ dest, code, date: '2026-11-24' })}`);
    expect([code, r.status]).toEqual([code, 200]);
    expect(r.body).toEqual(base.body);
  }
});

test('GET /lines/JP/:code: full-width national code = ASCII national code', async () => {
  const base = await request(t.app).get('/api/v1/lines/JP/8509.80.000').expect(200);
  expect(base.body.line.code).toBe('850980000');
  for (const code of ['８５０９．８０．０００', '８５０９８００００', '８５０９．８０－０００']) {
    const r = await request(t.app).get(`/api/v1/lines/JP/${encodeURIComponent(code)}`);
    expect([code, r.status]).toEqual([code, 200]);
    expect(r.body).toEqual(base.body);
  }
});

test.each(DESTS)('GET and POST /check (%s): full-width code gives the same tariff, origin and proof', async (dest) => {
  const get = (code: string) =>
    request(t.app).get(`/api/v1/check?${q({ dest, code, share: '45', wholly: 'false', date: '2026-11-24' })}`);
  const post = (code: string) =>
    request(t.app)
      .post('/api/v1/check')
      .send({ code, dest, date: '2026-11-24', origin: { mode: 'quick', share: 45, wholly: false } });
  const [g0, p0] = [await get(ASCII), await post(ASCII)];
  expect([g0.status, p0.status]).toEqual([200, 200]);
  for (const code of VARIANTS) {
    const [g, p] = [await get(code), await post(code)];
    expect([code, g.status, p.status]).toEqual([code, 200, 200]);
    expect(answer(g.body)).toEqual(answer(g0.body));
    expect(answer(p.body)).toEqual(answer(p0.body));
  }
});

const quick = (code: string) => request(t.app).post('/api/v1/origin').send({ code, share: 45 });
const bom = (hs: string, mat: string) =>
  request(t.app)
    .post('/api/v1/origin')
    .send({ hs, fob: 100, materials: [{ hs: mat, origin: 'JP', value: 30 }] });

test('POST /origin answers the ASCII code (quick and BOM)', async () => {
  const [q0, b0] = [await quick(ASCII), await bom(ASCII, '8501.10')];
  expect([q0.status, b0.status]).toEqual([200, 200]);
});

// Once an open finding: POST /origin refused full-width codes while /tariff and /check accepted them.
test('POST /origin (quick and BOM): full-width codes give the same verdict and working', async () => {
  const [q0, b0] = [await quick(ASCII), await bom(ASCII, '8501.10')];
  for (const code of VARIANTS) {
    const [qr, br] = [await quick(code), await bom(code, '８５０１．１０')];
    expect([code, qr.status, br.status]).toEqual([code, 200, 200]);
    expect(answer(qr.body)).toEqual(answer(q0.body));
    expect(answer(br.body)).toEqual(answer(b0.body));
  }
});

test('GET /search and /programmes: full-width code = ASCII code', async () => {
  const s0 = await request(t.app)
    .get(`/api/v1/search?${q({ q: ASCII, dest: 'JP' })}`)
    .expect(200);
  expect(s0.body.hits.length).toBeGreaterThan(0);
  const p0 = await request(t.app)
    .get(`/api/v1/programmes?${q({ dest: 'JP', code: ASCII })}`)
    .expect(200);
  for (const code of ['８５０９．８０', '８５０９\u3000８０']) {
    const s = await request(t.app)
      .get(`/api/v1/search?${q({ q: code, dest: 'JP' })}`)
      .expect(200);
    expect(s.body.hits).toEqual(s0.body.hits);
    const p = await request(t.app)
      .get(`/api/v1/programmes?${q({ dest: 'JP', code })}`)
      .expect(200);
    expect(p.body).toEqual(p0.body);
  }
});

test('codes that only look like codes are refused with the normaliser reason, not guessed', async () => {
  // zero-width space and RTL mark are not separators a person types: refused rather than silently dropped
  for (const [code, reason] of [
    ['8509\u200B80', 'not-a-code'],
    ['\u200F8509.80', 'not-a-code'],
    ['８５０', 'bad-code-length'],
    ['００.１０', 'bad-chapter'],
  ]) {
    const r = await request(t.app).get(`/api/v1/tariff?${q({ dest: 'JP', code, date: '2026-11-24' })}`);
    expect([code, r.status, r.body.error?.reason]).toEqual([code, 400, reason]);
  }
});

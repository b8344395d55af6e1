/** @jest-environment node */
import request from 'supertest';
import { testApp, type TestApp } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

/** one sample request per route (path parameters filled) */
function samples(): { method: 'get' | 'post'; url: string }[] {
  return t.app.apiRoutes.map((r) => ({
    method: r.method,
    url: r.path
      .replace(':dest', 'JP')
      .replace(':code', '850980')
      .replace(':id', '00000000-0000-4000-8000-000000000000')
      .replace(':reference', 'FB-2026-000001'),
  }));
}

test('security headers (strict CSP, nosniff, frame-ancestors) on every route, the SPA and 404s', async () => {
  const urls = [...samples(), { method: 'get' as const, url: '/' }, { method: 'get' as const, url: '/api/v1/nope' }];
  for (const s of urls) {
    const req = s.method === 'post' ? request(t.app).post(s.url).send({}) : request(t.app).get(s.url);
    const res = await req;
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toBeTruthy();
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.status).toBeLessThan(500);
  }
});

test('a well-formed x-request-id is echoed, a bad one replaced', async () => {
  const a = await request(t.app).get('/api/v1/health').set('x-request-id', 'abc-123');
  expect(a.headers['x-request-id']).toBe('abc-123');
  const b = await request(t.app).get('/api/v1/health').set('x-request-id', '<script>');
  expect(b.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
});

test('unknown API route -> 404 envelope; unknown query parameter -> 400', async () => {
  await request(t.app)
    .get('/api/v1/nope')
    .expect(404, { error: { reason: 'unknown-route' } });
  await request(t.app)
    .delete('/api/v1/feedback')
    .expect(404, { error: { reason: 'unknown-route' } });
  await request(t.app)
    .get('/api/v1/health?x=1')
    .expect(400, { error: { reason: 'unknown-field', field: 'x' } });
});

test('malformed JSON -> 400 invalid-json; non-object JSON -> 400', async () => {
  await request(t.app)
    .post('/api/v1/feedback')
    .set('content-type', 'application/json')
    .send('{"topic":')
    .expect(400, { error: { reason: 'invalid-json' } });
  await request(t.app).post('/api/v1/feedback').set('content-type', 'application/json').send('"x"').expect(400);
  await request(t.app).post('/api/v1/feedback').set('content-type', 'application/json').send('[]').expect(400);
});

test('wrong or missing content type -> 415', async () => {
  await request(t.app)
    .post('/api/v1/feedback')
    .set('content-type', 'text/plain')
    .send('{"topic":"other","message":"x"}')
    .expect(415, { error: { reason: 'unsupported-media-type' } });
  await request(t.app).post('/api/v1/enquiries').type('form').send('a=1').expect(415);
  await request(t.app).post('/api/v1/feedback').expect(415);
});

test('body over 256kb -> 413 body-too-large', async () => {
  const message = 'x'.repeat(300 * 1024);
  await request(t.app)
    .post('/api/v1/feedback')
    .send({ topic: 'other', message })
    .expect(413, { error: { reason: 'body-too-large' } });
});

test('deeply nested JSON is refused as a 4xx, not a crash', async () => {
  const deep = '['.repeat(50_000) + ']'.repeat(50_000);
  const res = await request(t.app).post('/api/v1/feedback').set('content-type', 'application/json').send(deep);
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
});

test('rate limit answers 429 rate-limited', async () => {
  const limited = await testApp({ rateLimit: 3 });
  try {
    for (let i = 0; i < 3; i++) await request(limited.app).get('/api/v1/health').expect(200);
    await request(limited.app)
      .get('/api/v1/health')
      .expect(429, { error: { reason: 'rate-limited' } });
  } finally {
    await limited.close();
  }
});

test('SPA fallback: a placeholder page (or the built client) for app paths, 404 for missing files', async () => {
  const res = await request(t.app).get('/wizard/step-1').set('accept', 'text/html').expect(200);
  expect(res.text).toMatch(/<html/i);
  await request(t.app).get('/missing.js').expect(404);
});

/** @jest-environment node */
import request from 'supertest';
import { testApp, type TestApp } from './helpers';
import { docsPage } from '../../server/openapi/build-openapi';
import type { RouteDef } from '../../server/routes/route';
import { XSS_PAYLOADS } from '../reliability/edge-strings';
import { VALID_BODIES, VALID_PARAMS, VALID_QUERIES } from '../reliability/route-samples';

/**
 * Security headers: every registered route (app.apiRoutes, public and staff), in its success
 * and its error answers (400, 401/403, 404, 413, 415), plus static pages, the SPA fallback and 404s,
 * carries the full set; and no HTML the server produces reflects input unescaped.
 * (http-errors.test.ts checks CSP and nosniff on one sample per route; this suite checks the whole set
 * on every kind of answer.)
 */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

type Res = { status: number; headers: Record<string, string | undefined> };

function headerProblems(label: string, res: Res): string[] {
  const h = res.headers;
  const csp = h['content-security-policy'] ?? '';
  const bad: string[] = [];
  const need = (ok: boolean, what: string) => ok || bad.push(`${label} (${res.status}): ${what}`);
  need(csp.includes("default-src 'self'"), 'CSP default-src self');
  need(csp.includes("script-src 'self'"), 'CSP script-src self');
  need(csp.includes("object-src 'none'"), "CSP object-src 'none'");
  need(csp.includes("frame-ancestors 'none'"), "CSP frame-ancestors 'none'");
  need(csp.includes("base-uri 'self'"), 'CSP base-uri');
  // the one allowance: 'wasm-unsafe-eval' (WebAssembly for the PDF layout engine); never eval of script text
  need(
    !/unsafe-inline|unsafe-eval|\*/.test(csp.replaceAll("'wasm-unsafe-eval'", '')),
    'CSP without unsafe-* or wildcards',
  );
  need(h['x-content-type-options'] === 'nosniff', 'X-Content-Type-Options nosniff');
  need(['DENY', 'SAMEORIGIN'].includes(h['x-frame-options'] ?? ''), 'X-Frame-Options');
  need(h['referrer-policy'] === 'no-referrer', 'Referrer-Policy no-referrer');
  need(h['x-powered-by'] === undefined, 'no X-Powered-By');
  need(h['cross-origin-opener-policy'] === 'same-origin', 'Cross-Origin-Opener-Policy');
  need(/max-age=\d{7,}/.test(h['strict-transport-security'] ?? ''), 'Strict-Transport-Security');
  need(res.status < 500, 'no 5xx');
  return bad;
}

const fill = (r: RouteDef) => r.path.replace(/:([a-z]+)/gi, (_m, k: string) => VALID_PARAMS[k] ?? 'x');

/** each route: a valid request, a bad query, and for POSTs a 415, a 413 and malformed JSON */
function requestsFor(r: RouteDef) {
  const url = fill(r);
  const qs = new URLSearchParams(VALID_QUERIES[r.operationId] ?? {}).toString();
  const out: [string, () => request.Test][] = [];
  if (r.method === 'get') {
    out.push([`GET ${url}?${qs}`, () => request(t.app).get(`${url}?${qs}`)]);
    out.push([`GET ${url}?<script>`, () => request(t.app).get(`${url}?%3Cscript%3E=1`)]);
  } else {
    const body = VALID_BODIES[r.operationId]?.[0]?.body ?? {};
    out.push([`POST ${url}`, () => request(t.app).post(url).send(body)]);
    out.push([`POST ${url} text/plain`, () => request(t.app).post(url).set('content-type', 'text/plain').send('x')]);
    out.push([
      `POST ${url} 300kB`,
      () =>
        request(t.app)
          .post(url)
          .send({ pad: 'x'.repeat(300 * 1024) }),
    ]);
    out.push([
      `POST ${url} bad json`,
      () => request(t.app).post(url).set('content-type', 'application/json').send('{'),
    ]);
  }
  return out;
}

test('the full header set on every answer of every registered route', async () => {
  const problems: string[] = [];
  let answers = 0;
  for (const r of t.app.apiRoutes)
    for (const [label, send] of requestsFor(r)) {
      problems.push(...headerProblems(label, (await send()) as unknown as Res));
      answers++;
    }
  expect(problems).toEqual([]);
  expect(answers).toBeGreaterThan(t.app.apiRoutes.length * 2 - 1);
});

test('the full header set on static pages, the SPA fallback, 404s, 405-like methods and HEAD', async () => {
  const problems: string[] = [];
  const cases: [string, () => request.Test][] = [
    ['GET /', () => request(t.app).get('/').set('accept', 'text/html')],
    ['GET /wizard/step-1', () => request(t.app).get('/wizard/step-1').set('accept', 'text/html')],
    ['GET /missing.js', () => request(t.app).get('/missing.js')],
    ['GET /assets/missing.js', () => request(t.app).get('/assets/missing.js')],
    ['GET /favicon.ico', () => request(t.app).get('/favicon.ico')],
    ['GET /api/v1/nope', () => request(t.app).get('/api/v1/nope')],
    ['GET /api/v2/health', () => request(t.app).get('/api/v2/health')],
    ['DELETE /api/v1/enquiries', () => request(t.app).delete('/api/v1/enquiries')],
    ['PUT /api/v1/feedback', () => request(t.app).put('/api/v1/feedback').send({})],
    ['HEAD /api/v1/health', () => request(t.app).head('/api/v1/health')],
    ['OPTIONS /api/v1/check', () => request(t.app).options('/api/v1/check')],
    ['GET /api/v1/docs', () => request(t.app).get('/api/v1/docs')],
    ['GET /%E0%A4%A', () => request(t.app).get('/%E0%A4%A')],
  ];
  for (const [label, send] of cases) problems.push(...headerProblems(label, (await send()) as unknown as Res));
  expect(problems).toEqual([]);
});

test('API answers are JSON (never sniffed as HTML), except the docs page', async () => {
  for (const r of t.app.apiRoutes) {
    const res = await request(t.app).get(`${fill(r)}?%3Cscript%3Ealert(1)%3C/script%3E=1`);
    if (r.operationId === 'getDocs' && res.status === 200) continue;
    expect([r.path, res.headers['content-type']]).toEqual([r.path, expect.stringMatching(/^application\/json/)]);
  }
});

test('no input is reflected into HTML: SPA fallback, 404 and docs page with XSS in path and query', async () => {
  for (const { value } of XSS_PAYLOADS) {
    const enc = encodeURIComponent(value);
    for (const url of [`/${enc}`, `/wizard/${enc}?x=${enc}`, `/api/v1/${enc}`, `/api/v1/docs?x=${enc}`]) {
      const res = await request(t.app).get(url).set('accept', 'text/html');
      expect(res.status).toBeLessThan(500);
      expect(res.text).not.toContain(value);
      if (/html/.test(res.headers['content-type'] ?? ''))
        expect(res.text).not.toMatch(/<script>alert|onerror=|onload=/);
    }
  }
});

test('the OpenAPI docs page escapes what it renders (route paths and summaries)', () => {
  const hostile = XSS_PAYLOADS.map(
    (p, i) => ({ method: 'get', path: `/api/v1/x${i}/${p.value}`, summary: p.value }) as unknown as RouteDef,
  );
  const html = docsPage(hostile);
  for (const { value } of XSS_PAYLOADS) if (/[<>"'&]/.test(value)) expect(html).not.toContain(value);
  expect(html).not.toMatch(/<script>alert|<img |<svg|<iframe/);
  expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
});

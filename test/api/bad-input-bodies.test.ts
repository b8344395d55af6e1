/** @jest-environment node */
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { testApp, type TestApp } from './helpers';
import { contractFailure, MAX_MS, probe } from '../reliability/probe-app';
import { reasonOf } from '../reliability/edge-strings';
import { VALID_BODIES } from '../reliability/route-samples';
import { BOM_ROUTES } from '../../server/http/json-body';

/**
 * Bad input, bodies: oversized bodies (413), wrong content types (415), deeply nested and
 * malformed JSON (400/413), on every POST route of the registry (public and staff), each answered
 * quickly with a reason, never a 500 or a hang. (http-errors.test.ts has one sample of each on
 * /api/v1/feedback; this suite covers every POST route and the raw-socket cases.)
 */
jest.setTimeout(120_000);

let t: TestApp;
let server: Server;
let port: number;
beforeAll(async () => {
  t = await testApp();
  t.app.warm();
  server = t.app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections(); // the declared-1GB request may still be open
  await new Promise((r) => server.close(r));
  await t.close();
});

const staff = (url: string) => url.startsWith('/api/v1/staff/');
const posts = () => t.app.apiRoutes.filter((r) => r.method === 'post').map((r) => r.path.replace(/:[a-z]+/gi, 'x1'));
const sample = (url: string) =>
  VALID_BODIES[t.app.apiRoutes.find((r) => r.path === url)?.operationId ?? '']?.[0]?.body ?? { a: 1 };

async function raw(method: string, url: string, body: string | Buffer, headers: Record<string, string> = {}) {
  const t0 = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}${url}`, {
    method,
    headers,
    body: typeof body === 'string' ? body : new Uint8Array(body),
    signal: AbortSignal.timeout(MAX_MS * 2),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, ms: performance.now() - t0 };
}

test('oversized bodies -> 413 body-too-large on every POST route, quickly (over its limit, 8 MB)', async () => {
  for (const url of posts()) {
    // the routes that carry a bill of materials allow 1 MB (server/http/json-body.ts BOM_ROUTES)
    const over = BOM_ROUTES.includes(url) ? 1100 * 1024 : 300 * 1024;
    for (const size of [over, 8 * 1024 * 1024]) {
      const body = JSON.stringify({ ...sample(url), pad: 'x'.repeat(size) });
      const r = await raw('POST', url, body, { 'content-type': 'application/json' });
      // staff routes may refuse an anonymous caller before reading the body (401/403): also fine
      const ok = r.status === 413 ? reasonOf(r.json) === 'body-too-large' : staff(url) && [401, 403].includes(r.status);
      expect([url, size, r.status, ok]).toEqual([url, size, r.status, true]);
      expect(r.ms).toBeLessThan(MAX_MS);
    }
  }
});

// Once an open finding: body-parser answered 413 only after reading the whole declared body, so a client
// declaring 1 GB and sending nothing held the connection until Node's requestTimeout (300 s).
test('a declared Content-Length over the limit is refused before the body is sent (no hang)', async () => {
  const answer = await new Promise<string>((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1', () => {
      s.write(
        'POST /api/v1/feedback HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
          'Content-Length: 1000000000\r\nConnection: close\r\n\r\n{"topic":',
      );
    });
    let got = '';
    s.on('data', (d) => (got += d));
    s.on('end', () => resolve(got));
    s.on('error', reject);
    s.setTimeout(MAX_MS, () => {
      s.destroy();
      resolve(got || 'timeout');
    });
  });
  expect(answer).toMatch(/^HTTP\/1\.1 413/);
  expect(answer).toContain('"reason":"body-too-large"');
});

const WRONG_TYPES: [string | undefined, string][] = [
  ['text/plain', '{"a":1}'],
  ['application/x-www-form-urlencoded', 'a=1&b=2'],
  ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--'],
  ['application/xml', '<a>1</a>'],
  ['text/html', '<script>alert(1)</script>'],
  ['application/octet-stream', '\u0000\u0001'],
  [undefined, '{"a":1}'],
];

test('wrong or missing content types -> 415 on every POST route (staff: 401/403 first when anonymous)', async () => {
  for (const url of posts()) {
    const allowed = url.startsWith('/api/v1/staff/') ? [401, 403, 415] : [415];
    for (const [type, body] of WRONG_TYPES) {
      const r = await raw('POST', url, body, type ? { 'content-type': type } : {});
      expect([url, type, allowed.includes(r.status), reasonOf(r.json)]).toEqual([url, type, true, expect.any(String)]);
    }
  }
});

test('unsupported charsets and encodings -> 415 with a reason; gzip garbage -> 4xx', async () => {
  const body = JSON.stringify(sample('/api/v1/feedback'));
  const a = await raw('POST', '/api/v1/feedback', body, { 'content-type': 'application/json; charset=latin1' });
  expect([a.status, reasonOf(a.json)]).toEqual([415, 'unsupported-charset']);
  const b = await raw('POST', '/api/v1/feedback', body, {
    'content-type': 'application/json',
    'content-encoding': 'xz',
  });
  expect([b.status, reasonOf(b.json)]).toEqual([415, 'unsupported-encoding']);
  const c = await raw('POST', '/api/v1/feedback', 'not gzip', {
    'content-type': 'application/json',
    'content-encoding': 'gzip',
  });
  expect(c.status).toBeGreaterThanOrEqual(400);
  expect(c.status).toBeLessThan(500);
  expect(reasonOf(c.json)).toBeDefined();
});

const DEPTH = 10_000;
const DEEP: [string, string][] = [
  ['objects', '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH)],
  ['arrays', '['.repeat(DEPTH) + ']'.repeat(DEPTH)],
  ['mixed', '{"a":['.repeat(DEPTH / 2) + 'null' + ']}'.repeat(DEPTH / 2)],
  ['unclosed', '['.repeat(100_000)],
];

test(`JSON nested ${DEPTH} levels (at the root and inside a valid field) -> 400/413 quickly, every POST route`, async () => {
  const failures: string[] = [];
  for (const url of posts()) {
    const base = JSON.stringify(sample(url));
    for (const [name, deep] of DEEP) {
      for (const body of [deep, base.replace(/^\{/, `{"deep":${deep},`)]) {
        const p = await probe(t, 'post', url, body);
        // staff routes check the session before the body: anonymous -> 401/403
        const allowed = url.startsWith('/api/v1/staff/') ? [400, 401, 403, 413] : [400, 413];
        const f = contractFailure(p) ?? (allowed.includes(p.status) ? null : `${name} -> ${p.status}`);
        if (f) failures.push(`${url} ${name}: ${f}`);
      }
    }
  }
  expect(failures).toEqual([]);
});

const MALFORMED: [string, string][] = [
  ['truncated', '{"topic":"other","message":'],
  ['trailing-comma', '{"topic":"other",}'],
  ['single-quotes', "{'topic':'other'}"],
  ['nan', '{"share":NaN}'],
  ['comment', '{"a":1 /* x */}'],
  ['bom', '\uFEFF{"topic":"other"}'],
  ['bare-word', 'undefined'],
  ['empty', ''],
  ['whitespace', '   '],
  ['huge-number', '{"fob":1e400}'],
  ['lone-surrogate-escape', '{"message":"\\ud800"}'],
  ['bad-escape', '{"message":"\\x41"}'],
];

test('malformed JSON -> 400 with a reason on every POST route', async () => {
  const failures: string[] = [];
  for (const url of posts())
    for (const [name, body] of MALFORMED) {
      const p = await probe(t, 'post', url, body);
      const f = contractFailure(p) ?? (p.status >= 400 && p.status < 500 ? null : `${name} -> ${p.status}`);
      if (f) failures.push(`${url} ${name}: ${f}`);
    }
  expect(failures).toEqual([]);
});

test('invalid UTF-8 bytes in a JSON body -> 4xx with a reason or stored as U+FFFD, never 500', async () => {
  const body = Buffer.concat([
    Buffer.from('{"topic":"other","message":"a'),
    Buffer.from([0xff, 0xfe, 0xc0]),
    Buffer.from('"}'),
  ]);
  const r = await raw('POST', '/api/v1/feedback', body, { 'content-type': 'application/json' });
  expect(r.status).toBeLessThan(500);
  if (r.status >= 400) expect(reasonOf(r.json)).toBeDefined();
});

test('__proto__ / constructor keys do not pollute prototypes and are refused as unknown fields', async () => {
  for (const body of ['{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}']) {
    const p = await probe(t, 'post', '/api/v1/feedback', body);
    expect(p.status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }
});

test('1,000 query parameters or array/nested forms -> 4xx with a reason, quickly', async () => {
  const many = Array.from({ length: 1000 }, (_, i) => `x${i}=1`).join('&');
  for (const url of [`/api/v1/search?q=a&${many}`, '/api/v1/search?q[]=a&q[]=b', '/api/v1/search?q[a][b]=1']) {
    const f = contractFailure(await probe(t, 'get', url));
    expect(f).toBeNull();
  }
});

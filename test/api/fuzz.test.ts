/** @jest-environment node */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import fc from 'fast-check';
import { testApp, type TestApp } from './helpers';

/**
 * API fuzz: random query strings, path parameters and bodies for every
 * route; the service must answer every one with < 500 and, for errors, the envelope with a reason.
 */
let t: TestApp;
let server: Server;
let base: string;
const rejections: unknown[] = [];
const onRejection = (e: unknown) => rejections.push(e);

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  t = await testApp();
  server = t.app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  await new Promise((r) => server.close(r));
  await t.close();
});

const KEYS = [
  'dest',
  'code',
  'date',
  'origin',
  'value',
  'currency',
  'quantity',
  'q',
  'limit',
  'share',
  'wholly',
  'programme',
  'verdict',
  'size',
  'aeo',
  'x',
  '__proto__',
  'constructor',
];
const tricky = fc.constantFrom(
  'JP',
  'jp',
  'CN',
  'VN',
  '850980',
  '8509.80',
  '6109.10-020',
  '８５０９．８０',
  '８５０９',
  'HS2012 8509.80',
  '2026-11-24',
  '2026-02-30',
  '-1',
  '1e309',
  'NaN',
  'Infinity',
  '0x10',
  '',
  ' ',
  '%',
  '%%',
  '%E0%A4%A',
  '\u0000',
  '\uD800',
  '摩托车',
  'мотоцикл',
  "'; DROP TABLE enquiries; --",
  '<script>alert(1)</script>',
  'true',
  'false',
  '100',
  '45',
  'quick',
  'bom',
  'a'.repeat(5000),
);
/** encodeURIComponent, with lone surrogates sent as their raw (invalid) UTF-8 escape */
const enc = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
};
const text = fc.oneof(tricky, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
const queryArb = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), text), { maxLength: 6 })
  .map((pairs) => pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&'));
const rawQueryArb = fc.oneof(
  queryArb,
  fc.string({ maxLength: 30 }),
  fc.constantFrom('a[b]=1', 'q=%ZZ', 'q[]=1&q[]=2', '&&&=', 'q=1&q=2'),
);

const validCheck = {
  code: '850980',
  dest: 'JP',
  date: '2026-11-24',
  origin: { mode: 'quick', share: 45, wholly: false },
};
const validBom = { hs: '8509.80', fob: 100, materials: [{ hs: '8501.10', origin: 'JP', value: 30 }] };
const BODY_KEYS = [
  'answers',
  'summary',
  'lang',
  'topic',
  'message',
  'consent',
  'contact',
  'enquiryId',
  'hs',
  'fob',
  'materials',
  'costs',
  'code',
  'share',
  'wholly',
  'origin',
  'dest',
  'date',
  'mode',
  'bom',
];
const valueArb = fc.oneof(fc.jsonValue({ maxDepth: 3 }), text, fc.double(), fc.constant(null));
const objectArb = fc.dictionary(fc.oneof(fc.constantFrom(...BODY_KEYS), fc.string({ maxLength: 6 })), valueArb, {
  maxKeys: 6,
});
/** a valid body with one field replaced by a random value */
const mutated = (v: Record<string, unknown>) =>
  fc.tuple(fc.constantFrom(...Object.keys(v)), valueArb).map(([k, x]) => JSON.stringify({ ...v, [k]: x }));
const bodyArb = fc.oneof(
  objectArb.map((o) => JSON.stringify(o)),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  mutated(validCheck),
  mutated(validBom),
  mutated({ answers: validCheck, summary: {} }),
  mutated({ topic: 'other', message: 'x', consent: true }),
  fc.string({ maxLength: 60 }),
  fc.constantFrom('{', '{"a":', 'null', '[]', '"x"', '{"__proto__":{"x":1}}', '['.repeat(5000)),
);
const pathParam = fc.oneof(tricky, fc.string({ maxLength: 12 })).map(enc);

async function send(method: string, url: string, body?: string, type = 'application/json') {
  const res = await fetch(base + url, {
    method,
    headers: body === undefined ? {} : { 'content-type': type },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  return { status: res.status, text, type: res.headers.get('content-type') ?? '' };
}

function checkAnswer(label: string, r: { status: number; text: string; type: string }) {
  if (r.status >= 500) throw new Error(`${label} -> ${r.status} ${r.text.slice(0, 200)}`);
  if (r.status >= 400 && r.type.includes('json')) {
    const j = JSON.parse(r.text);
    if (typeof j?.error?.reason !== 'string' || !/^[a-z0-9-]+$/.test(j.error.reason))
      throw new Error(`${label} -> ${r.status} without a reason: ${r.text.slice(0, 200)}`);
  }
}

test('every route answers random input with < 500 and a reason (a few thousand requests)', async () => {
  const routes = t.app.apiRoutes;
  let count = 0;
  for (const r of routes) {
    const runs = r.method === 'post' ? 100 : 45;
    await fc.assert(
      fc.asyncProperty(
        rawQueryArb,
        fc.array(pathParam, { minLength: 3, maxLength: 3 }),
        bodyArb,
        fc.integer({ min: 0, max: 9 }),
        async (qs, params, body, pick) => {
          let i = 0;
          const p = r.path.replace(/:[a-z]+/gi, () => params[i++]);
          const url = `${p}?${qs}`;
          const type = pick === 0 ? 'text/plain' : 'application/json';
          const res = r.method === 'post' ? await send('POST', url, body, type) : await send('GET', url);
          count++;
          checkAnswer(`${r.method.toUpperCase()} ${url} ${r.method === 'post' ? body.slice(0, 80) : ''}`, res);
        },
      ),
      { numRuns: runs, seed: 4242 },
    );
  }
  expect(count).toBeGreaterThan(2000);
  expect(rejections).toEqual([]);
}, 120_000);

/** @jest-environment node */
import type { z } from 'zod';
import { testApp, type TestApp } from './helpers';
import { storeTargets } from './store-targets';
import { encodeParam, UNICODE_EDGES } from '../reliability/edge-strings';
import { contractFailure, probe, withValue } from '../reliability/probe-app';
import { readBackDiffs } from '../reliability/records-readback';
import { VALID_BODIES, VALID_PARAMS, VALID_QUERIES } from '../reliability/route-samples';
import { isKnownBug } from '../reliability/known-bugs';

/**
 * Bad input, unicode: every text parameter of every route (query, path, body) gets each edge
 * string (full-width digits, mixed scripts, RTL marks, lone surrogates, NUL, emoji, 10k chars). The answer
 * is a 4xx with a kebab-case reason or a correct 2xx (stored records read back byte-identical), never a
 * 500 or a hang. Full-width codes are checked to resolve exactly like their ASCII form in
 * bad-input-fullwidth.test.ts.
 */
jest.setTimeout(300_000);

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  t.app.warm(); // build the search index now, not inside the first timed request
});
afterAll(() => t.close());

const qs = (q: Record<string, string>) =>
  Object.entries(q)
    .map(([k, v]) => `${encodeParam(k)}=${encodeParam(v)}`)
    .join('&');
const fill = (path: string, over: Record<string, string> = {}) =>
  path.replace(/:([a-z]+)/gi, (_m, k: string) => encodeParam(over[k] ?? VALID_PARAMS[k]));
const keysOf = (s: z.ZodType | undefined) => Object.keys((s as unknown as { shape?: object })?.shape ?? {});

test('every route has a valid sample (so new routes and parameters get covered here)', () => {
  // staff routes (signed-in only) answer anonymous probes 401 before validation; their own suite covers them
  for (const r of t.app.apiRoutes.filter((x) => !x.path.startsWith('/api/v1/staff/'))) {
    if (r.method === 'get' && !r.path.startsWith('/api/v1/packs')) {
      expect([r.operationId, Object.keys(VALID_QUERIES[r.operationId] ?? { missing: 1 }).sort()]).toEqual([
        r.operationId,
        keysOf(r.query).sort(),
      ]);
    }
    if (r.method === 'post') expect(VALID_BODIES[r.operationId]).toBeDefined();
    for (const k of keysOf(r.params)) expect([r.operationId, k, VALID_PARAMS[k]]).not.toContain(undefined);
  }
});

test('query parameters: each edge string in each key and as a key -> 4xx with a reason or 2xx', async () => {
  const failures: string[] = [];
  let count = 0;
  for (const r of t.app.apiRoutes.filter((x) => x.method === 'get')) {
    const base = VALID_QUERIES[r.operationId] ?? {};
    const path = fill(r.path);
    for (const e of UNICODE_EDGES) {
      const variants = [...Object.keys(base).map((k) => ({ ...base, [k]: e.value })), { ...base, [e.value]: '1' }];
      for (const q of variants) {
        const p = await probe(t, 'get', `${path}?${qs(q)}`);
        count++;
        const f = contractFailure(p);
        if (f) failures.push(`[${e.name}] ${f}`);
      }
    }
  }
  expect(failures).toEqual([]);
  expect(count).toBeGreaterThan(300);
});

test('path parameters: each edge string in each parameter -> 4xx with a reason or 2xx', async () => {
  const failures: string[] = [];
  for (const r of t.app.apiRoutes.filter((x) => x.path.includes(':'))) {
    for (const k of keysOf(r.params))
      for (const e of UNICODE_EDGES) {
        const f = contractFailure(
          await probe(t, r.method, fill(r.path, { [k]: e.value }), r.method === 'post' ? {} : undefined),
        );
        if (f) failures.push(`[${e.name}] ${k}: ${f}`);
      }
  }
  expect(failures).toEqual([]);
});

describe.each(storeTargets())('body text fields ($name store)', (target) => {
  let s: TestApp;
  const failures: string[] = [];
  beforeAll(async () => {
    s = await testApp({ store: await target.open() });
    for (const [op, samples] of Object.entries(VALID_BODIES)) {
      const url = s.app.apiRoutes.find((r) => r.operationId === op)!.path;
      for (const { body, text } of samples)
        for (const path of text)
          for (const e of UNICODE_EDGES) {
            const sent = withValue(body, path, e.value) as Record<string, unknown>;
            const p = await probe(s, 'post', url, sent);
            const tag = `${target.name} ${op} ${path} [${e.name}]`;
            const f = contractFailure(p);
            if (f) failures.push(`${tag} ${f}`);
            else if (p.status === 201 && (op === 'createEnquiry' || op === 'createFeedback')) {
              const diffs = await readBackDiffs(s, op, sent, p.body as Record<string, unknown>, [path]);
              if (diffs.length) failures.push(`${tag} stored altered: ${diffs.join('; ')}`);
            }
          }
      // an edge string as an unknown key
      for (const e of UNICODE_EDGES.filter((x) => x.value !== '')) {
        const p = await probe(s, 'post', url, { ...samples[0].body, [e.value]: 1 });
        if (p.status !== 400) failures.push(`${target.name} ${op} key [${e.name}] -> ${p.status}, expected 400`);
      }
    }
  }, 290_000);
  afterAll(async () => {
    await s.close();
    await target.cleanup();
  });

  test('no 500, no hang, a reason on every 4xx, stored text read back identical', () => {
    expect(failures.filter((f) => !isKnownBug(f))).toEqual([]);
  });

  // Findings once open here (lone surrogate altered, U+0000 -> 500 on PostgreSQL) are fixed: none may come back.
  test('no known bug is present', () => {
    expect(failures.filter(isKnownBug)).toEqual([]);
  });
});

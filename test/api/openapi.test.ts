/** @jest-environment node */
import request from 'supertest';
import { openApiPath } from '../../server/openapi/build-openapi';
import { testApp, type TestApp } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

interface Op {
  operationId: string;
  responses: Record<string, unknown>;
  parameters: { in: string; name: string }[];
}

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** every 'METHOD /path' express really serves under /api */
function registered(stack: Layer[]): string[] {
  const out: string[] = [];
  for (const l of stack) {
    if (l.route && l.route.path.startsWith('/api'))
      for (const m of Object.keys(l.route.methods)) if (m !== '_all') out.push(`${m} ${openApiPath(l.route.path)}`);
    if (l.handle?.stack) out.push(...registered(l.handle.stack));
  }
  return out;
}

test('the OpenAPI document lists exactly the registered routes', async () => {
  const res = await request(t.app).get('/api/v1/openapi.json').expect(200);
  expect(res.body.openapi).toBe('3.1.0');
  const documented = Object.entries(res.body.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
    Object.keys(ops).map((m) => `${m} ${p}`),
  );
  // a path may carry several layers (a guard, then the handler): compare the set
  const served = [...new Set(registered((t.app as unknown as { router: { stack: Layer[] } }).router.stack))];
  expect(served.length).toBeGreaterThan(10);
  expect([...documented].sort()).toEqual([...served].sort());
});

test('every operation has an id, responses, and path parameters declared', async () => {
  const res = await request(t.app).get('/api/v1/openapi.json').expect(200);
  for (const [p, ops] of Object.entries(res.body.paths as Record<string, Record<string, Op>>)) {
    for (const op of Object.values(ops)) {
      expect(op.operationId).toMatch(/^[a-zA-Z][a-zA-Z0-9]*$/);
      expect(Object.keys(op.responses).length).toBeGreaterThan(0);
      const names = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = op.parameters.filter((x) => x.in === 'path').map((x) => x.name);
      expect(declared.sort()).toEqual(names.sort());
    }
  }
});

test('the docs page lists the routes and carries no script', async () => {
  const res = await request(t.app).get('/api/v1/docs').expect(200).expect('content-type', /html/);
  expect(res.text).toContain('/api/v1/feedback/{reference}');
  expect(res.text).not.toMatch(/<script|style=/i);
});

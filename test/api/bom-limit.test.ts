/** @jest-environment node */
/**
 * One bill-of-materials limit everywhere a bill is entered: the engine, POST /api/v1/origin, `rcep origin
 * --bom` and the wizard's bill step accept a bill of 500 materials and refuse one of 501 with the same
 * reason, `materials-too-many`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { parseBom } from '../../domain/origin/bom-schema';
import { originBomAnswerSchema } from '../../domain/wizard/answers';
import { originCommand } from '../../scripts/cli/commands/origin';
import { testApp, type TestApp } from './helpers';

const bill = (n: number) => ({
  hs: '8509.80',
  fob: 1000,
  materials: Array.from({ length: n }, () => ({ hs: '8501.40', origin: 'US', value: 1 })),
});
const dir = mkdtempSync(join(tmpdir(), 'rcep-bom-limit-'));
const file = (n: number) => {
  const f = join(dir, `bom-${n}.json`);
  writeFileSync(f, JSON.stringify(bill(n)));
  return f;
};

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe.each([
  [500, true],
  [501, false],
])('a bill of %i materials', (n, accepted) => {
  test('engine', () => {
    const r = parseBom(bill(n));
    expect(r.ok).toBe(accepted);
    if (!r.ok) expect(r.issues).toEqual([{ reason: 'materials-too-many', field: 'bom.materials' }]);
  });

  test('API', async () => {
    const res = await request(t.app).post('/api/v1/origin').send(bill(n));
    if (accepted) expect(res.status).toBe(200);
    else expect([res.status, res.body.error.reason]).toEqual([400, 'materials-too-many']);
  });

  test('CLI', async () => {
    const r = await originCommand(['--hs', '8509.80', '--bom', file(n)], { psrRows: [] });
    if (accepted) expect(r.exitCode).toBe(0);
    else expect([r.exitCode, r.stderr]).toEqual([2, 'rcep origin: materials-too-many (bom.materials)\n']);
  });

  test('wizard', () => {
    // the wizard holds a material's code as the digits typed, the good's code in an earlier step
    const { fob, materials } = bill(n);
    const r = originBomAnswerSchema.safeParse({ fob, materials: materials.map((m) => ({ ...m, hs: '850140' })) });
    expect(r.success).toBe(accepted);
    if (!r.success) expect(r.error.issues.map((i) => i.message)).toEqual(['materials-too-many']);
  });
});

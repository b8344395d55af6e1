/** @jest-environment node */
import request from 'supertest';
import { testApp, type TestApp } from './helpers';

/**
 * The body limit of a route fits the largest body its schema accepts: a bill of materials of 500
 * materials (the schema's maximum) with 200-character Chinese descriptions is ~340 KB, over the
 * general 256 KiB. The bill is a firm's input typed by this test (SYNTHETIC amounts and wording).
 */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
}, 120_000);
afterAll(async () => t.close());

const desc = '电机定子铁芯冲片'.repeat(25); // 200 characters, 600 bytes in UTF-8
const bill = {
  hs: '8509.80',
  fob: 100_000,
  materials: Array.from({ length: 500 }, (_, i) => ({
    hs: '8501.10',
    origin: i % 2 ? 'JP' : 'unknown',
    value: 10,
    desc,
  })),
};

test('a 500-material bill with Chinese descriptions is answered by /origin (not 413)', async () => {
  expect(Buffer.byteLength(JSON.stringify(bill))).toBeGreaterThan(300 * 1024);
  const r = await request(t.app).post('/api/v1/origin').send(bill);
  expect(r.status).toBe(200);
  expect(r.body.error).toBeUndefined();
});

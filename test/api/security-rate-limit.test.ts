/** @jest-environment node */
import request from 'supertest';
import { testApp, type TestApp } from './helpers';
import { ConfigError, loadConfig } from '../../server/config';
import { VALID_CHECK } from '../reliability/route-samples';

/**
 * Rate limit: with a low RCEP_RATE_LIMIT the public API answers
 * 429 `rate-limited` (with the security headers and the standard RateLimit headers) on GET and POST
 * routes alike; a forged X-Forwarded-For does not reset the count; the client pages stay reachable.
 * (http-errors.test.ts shows one 429 on /health.)
 */
const LIMIT = 5;
let t: TestApp;
beforeEach(async () => {
  t = await testApp({ rateLimit: LIMIT });
});
afterEach(() => t.close());

test('RCEP_RATE_LIMIT is read from the environment and validated', () => {
  expect(loadConfig({ RCEP_RATE_LIMIT: '7' }).rateLimit).toBe(7);
  expect(loadConfig({ RCEP_RATE_LIMIT: '0' }).rateLimit).toBe(0);
  expect(() => loadConfig({ RCEP_RATE_LIMIT: 'lots' })).toThrow(ConfigError);
  expect(() => loadConfig({ RCEP_RATE_LIMIT: '-1' })).toThrow(ConfigError);
});

test('the limit counts GET and POST routes together; the next request is 429 rate-limited', async () => {
  const calls = [
    () => request(t.app).get('/api/v1/search?q=%E6%91%A9%E6%89%98%E8%BD%A6'),
    () => request(t.app).get('/api/v1/check?dest=JP&code=8509.80&share=45&date=2026-11-24'),
    () => request(t.app).post('/api/v1/check').send(VALID_CHECK),
    () => request(t.app).post('/api/v1/feedback').send({ topic: 'other', message: 'x' }),
    () => request(t.app).get('/api/v1/health'),
  ];
  for (const call of calls) expect((await call()).status).toBeLessThan(400);
  for (const call of calls) {
    const res = await call();
    expect(res.status).toBe(429);
    expect(res.body).toEqual({ error: { reason: 'rate-limited' } });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['ratelimit-policy']).toContain(`${LIMIT}`);
  }
});

test('a refused write is not stored (429 comes before the handler)', async () => {
  for (let i = 0; i < LIMIT; i++) await request(t.app).get('/api/v1/health').expect(200);
  await request(t.app)
    .post('/api/v1/enquiries')
    .send({ answers: VALID_CHECK })
    .expect(429, { error: { reason: 'rate-limited' } });
  expect(await t.store.countEnquiries()).toBe(0);
});

test('a forged X-Forwarded-For does not give a fresh allowance', async () => {
  for (let i = 0; i < LIMIT; i++) await request(t.app).get('/api/v1/health').expect(200);
  for (const ip of ['203.0.113.7', '198.51.100.1, 10.0.0.1'])
    await request(t.app).get('/api/v1/health').set('x-forwarded-for', ip).expect(429);
});

test('client pages are not limited (only /api is)', async () => {
  for (let i = 0; i < LIMIT + 1; i++) await request(t.app).get('/api/v1/health');
  await request(t.app).get('/api/v1/health').expect(429);
  await request(t.app).get('/').set('accept', 'text/html').expect(200);
});

/** @jest-environment node */
/**
 * POST /api/v1/origin and /api/v1/check on Annex 3A rules with numbered cases or a proviso (real packs, real store).
 * Rules (raw mirror psr/rcep-psr-hs2022-ko.tsv): line 867 38.08 "6단위 세번변경기준(다만, 유효성분(들)의 … 100분의 50 이상이
 * 원산지제품인 경우로 한정한다) 또는 … 40퍼센트 이상일 것" = CTSH with proviso, or RVC40; line 278 1601.00 "1. 곤충의 것: 2단위
 * 세번변경기준 또는 … 40퍼센트 이상일 것 2. 그 밖의 모든 상품: 2단위 세번변경기준" = 1. insects: CC or RVC40; 2. other: CC.
 */
import request from 'supertest';
import { testApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

// non-originating chapter-16 material of 30: CC not met (same chapter, above the 10 % de minimis); RVC (100 − 30) / 100 = 70 %
const bom = { hs: '1601.00', fob: 100, materials: [{ hs: '1602.32', origin: 'US', value: 30 }] };

test('3808.61 with a 45 % regional value content is originating (RVC40 of row 867)', async () => {
  const res = await request(t.app).post('/api/v1/origin').send({ code: '3808.61', share: 45 }).expect(200);
  expect(res.body).toMatchObject({
    verdict: 'originating',
    satisfiedBy: { criterion: 'PSR', rule: { kind: 'RVC', threshold: 40 } },
    rule: { unit: '3808', row: '867' },
    questions: [],
  });
  expect(res.body.articles).toContain('3.2');
});

test('1601.00: asks which case when the bill leaves it open, and accepts the answer as psrCase', async () => {
  const open = await request(t.app).post('/api/v1/origin').send(bom).expect(200);
  expect(open.body).toMatchObject({ verdict: 'insufficient-information', questions: ['good-case'] });
  expect(open.body.cases.map((c: { status: string }) => c.status)).toEqual(['pass', 'fail']);
  const insects = await request(t.app)
    .post('/api/v1/origin')
    .send({ ...bom, psrCase: 1 })
    .expect(200);
  expect(insects.body.verdict).toBe('originating');
  const other = await request(t.app)
    .post('/api/v1/origin')
    .send({ ...bom, psrCase: 2 })
    .expect(200);
  expect(other.body.verdict).toBe('not-originating');
});

test.each([
  [{ ...bom, psrCase: 3 }, 'psr-case-out-of-range'],
  [{ ...bom, psrCase: 0 }, 'psr-case-invalid'],
  [{ ...bom, psrCase: 1.5 }, 'psr-case-invalid'],
])('POST /api/v1/origin %j -> 400 %s', async (body, reason) => {
  const res = await request(t.app).post('/api/v1/origin').send(body).expect(400);
  expect(res.body.error.reason).toBe(reason);
});

test('the proviso answer is accepted (activeIngredientsOriginating)', async () => {
  const b = { hs: '3808.61', fob: 100, materials: [{ hs: '2918.30', origin: 'US', value: 70 }] };
  const open = await request(t.app).post('/api/v1/origin').send(b).expect(200);
  expect(open.body.questions).toEqual(['active-ingredients']);
  const yes = await request(t.app)
    .post('/api/v1/origin')
    .send({ ...b, activeIngredientsOriginating: true })
    .expect(200);
  expect(yes.body.verdict).toBe('originating');
});

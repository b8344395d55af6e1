/** @jest-environment node */
/**
 * GET /api/v1/briefings: public, read-only, over the real packs.
 * Expected figures come from the raw mirror: jp/j_61_tariff_data.json (Japan Customs tariff of
 * 2026-07-09 = JP RCEP Year 6): heading 61.09 has four national lines, 6109.10-010 / -020 and
 * 6109.90-100 / -200, each with an EPA_RCEP_中国 rate below the applied MFN; 6109.10-010 reads
 * 基本 10.9%, WTO (10.9%), EPA_RCEP_中国 6.8%. rcep-extracts/official_rcep_pdf_urls.txt line 11 lists
 * Korea's schedule for China as "16 .. for CN" (16 Schedules - KR for CN).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import type { Store } from '../../server/store/types';
import { testApp, type TestApp } from './helpers';
import { storeTargets } from './store-targets';

describe.each(storeTargets())('GET /api/v1/briefings on $name', (target) => {
  let store: Store;
  let t: TestApp;
  beforeAll(async () => {
    store = await target.open();
    t = await testApp({ store });
  }, 180_000);
  afterAll(async () => {
    await t.close();
    await target.cleanup();
  });

  test.each([
    ['dest=JP&chapters=85-84', 'chapters-reversed', 'chapters'],
    ['dest=JP&chapters=00', 'chapters-not-hs', 'chapters'],
    ['dest=JP&chapters=98-99', 'chapters-not-hs', 'chapters'],
    ['dest=JP&chapters=77', 'chapters-reserved', 'chapters'],
    ['dest=JP&chapters=abc', 'chapters-invalid', 'chapters'],
    ['dest=JP&chapters=', 'chapters-invalid', 'chapters'],
    ['chapters=84', 'required', 'dest'],
    ['dest=CN&chapters=84', 'invalid-value', 'dest'],
    ['dest=JP&chapters=84&date=2026-02-30', 'date-invalid', 'date'],
    ['dest=JP&chapters=84&by=section', 'by-invalid', 'by'],
    ['dest=JP&chapters=84&name=x', 'unknown-field', 'name'],
  ])('?%s -> 400 %s', async (qs, reason, field) => {
    const res = await request(t.app).get(`/api/v1/briefings?${qs}`).expect(400);
    expect(res.body).toEqual({ error: { reason, field } });
  });

  test('JP chapter 61 on 2026-11-24: heading 61.09 with its lines and largest cuts, with sources', async () => {
    const res = await request(t.app).get('/api/v1/briefings?dest=JP&chapters=61&date=2026-11-24').expect(200);
    const b = res.body;
    expect(b).toMatchObject({
      dest: 'JP',
      date: '2026-11-24',
      rcepYear: 6,
      chapters: { from: '61', to: '61' },
      by: 'heading',
    });
    const h = b.groups.find((g: { code: string }) => g.code === '6109');
    expect(h.counts).toMatchObject({ lines: 4, reduced: 4, free: 0, excluded: 0, notInData: 0 });
    expect(h.zh).toEqual(expect.any(String));
    expect(h.topCuts[0]).toMatchObject({ printed: '6109.10-010', mfn: 10.9, rcep: 6.8, rcepSrc: 'jp-customs-2026-61' });
    expect(b.sources.map((s: { id: string }) => s.id)).toContain('jp-customs-2026-61');
    expect(b.nameSources.map((s: { id: string }) => s.id)).toEqual(['hs-2022-nomenclature', 'curated-hs-zh']);
  });

  test('the range may be written with an en dash or in full-width digits', async () => {
    const get = async (chapters: string) =>
      (await request(t.app).get('/api/v1/briefings').query({ dest: 'JP', chapters, date: '2026-11-24' }).expect(200))
        .body;
    const plain = await get('84-85');
    expect(await get('84–85')).toEqual(plain);
    expect(await get('８４－８５')).toEqual(plain);
    expect(plain.chapters).toEqual({ from: '84', to: '85' });
  });

  test('without chapters: the whole country, per chapter', async () => {
    const b = (await request(t.app).get('/api/v1/briefings?dest=JP&date=2026-11-24').expect(200)).body;
    expect(b.chapters).toEqual({ from: '01', to: '97' });
    expect(b.by).toBe('chapter');
    expect(b.groups.every((g: { code: string }) => g.code.length === 2)).toBe(true);
    expect(b.groups.find((g: { code: string }) => g.code === '61').counts.lines).toBeGreaterThanOrEqual(4);
  });

  test('Korea: every line of its tariff pack in chapters 84–85 is counted, with no gap note', async () => {
    // the KR pack is built from Korea Customs' 2026 tariff by HSK line (raw mirror kr/kr-tariff-2026.tsv)
    const pack = JSON.parse(readFileSync(join(__dirname, '../../data/packs/tariff-kr.json'), 'utf8')) as {
      lines: { code: string }[];
    };
    const inRange = pack.lines.filter((l) => /^8[45]/.test(l.code)).length;
    const b = (await request(t.app).get('/api/v1/briefings?dest=KR&chapters=84-85&date=2026-11-24').expect(200)).body;
    expect(inRange).toBeGreaterThan(1000);
    expect(b.total.counts.lines).toBe(inRange);
    expect(b.notes).not.toContain('no-tariff-data-for-destination');
  });

  test('documented in the OpenAPI document', async () => {
    const res = await request(t.app).get('/api/v1/openapi.json').expect(200);
    expect(res.body.paths['/api/v1/briefings'].get.operationId).toBe('getBriefing');
  });
});

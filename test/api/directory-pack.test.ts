/** @jest-environment node */
import request from 'supertest';
import programmesSeed from '../../seeds/programmes.json';
import unitsSeed from '../../seeds/contact-units.json';
import type { Store } from '../../server/store/types';
import { addUser, signIn, sqlRunner, staffApp, type Signed } from './staff-helpers';
import { storeTargets } from './store-targets';

/**
 * GET /api/v1/packs/directory: the programmes and contact units GET /api/v1/programmes matches on,
 * served as a pack for the offline client (ETag, 304), with a new ETag after an admin edit and the
 * boot ETag again after rolling back to the seeds. The phone number below is SYNTHETIC test input.
 */
const UNIT = 'cq-commerce'; // 市商务委 (seeds/contact-units.json; phone empty in the seeds)
const SYNTHETIC_PHONE = '023-0000 0000 转 000';
const SYNTHETIC_SOURCE = {
  kind: 'published',
  title: 'SYNTHETIC test source page',
  reference: 'https://example.org/synthetic-notice',
  asOf: '2026-11-20',
};
const PREFIX = '/api/v1/staff/directory';

/**
 * The case the client test (client/src/features/result/programmes-offline.test.tsx) checks offline:
 * VN, 8509.80.10 (chapter 85), origin rule not in data. From the conditions in seeds/programmes.json,
 * three programmes fail: certificate-of-origin and approved-exporter-declaration need the verdict
 * 'originating' (涪陵方案 第16条); used-car-export needs a vehicle of chapter 87 (107号 外贸 第15条).
 * perishables-6-hour-clearance only "may apply" outside chapters 02/03/07/08 (快件 of any chapter,
 * 107号 外贸 第22条). Every other programme has only conditions on the firm, which this query leaves open.
 */
const FAILING = ['certificate-of-origin', 'approved-exporter-declaration', 'used-car-export'];
const EXPECTED = programmesSeed.programmes.map((p) => p.id).filter((id) => !FAILING.includes(id));

describe.each(storeTargets())('directory pack on $name', (target) => {
  let store: Store;
  let app: ReturnType<typeof staffApp>;
  let admin: Signed;
  beforeAll(async () => {
    store = await target.open();
    app = staffApp(store);
    await addUser(sqlRunner(store), 'admin1', 'admin');
    admin = await signIn(app, 'admin1');
  }, 180_000);
  afterAll(async () => {
    await post(`${PREFIX}/versions/original/activate`, {});
    await store.close();
    await target.cleanup();
  });
  const post = (url: string, body: object) => admin.agent.post(url).set('X-CSRF-Token', admin.csrf).send(body);
  const pack = () => request(app).get('/api/v1/packs/directory');

  test('served with an ETag, 304 when unchanged, the same lists as the seeds; the API answer of the offline case', async () => {
    const res = await pack().expect(200);
    expect(res.headers.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body.programmes.map((p: { id: string }) => p.id)).toEqual(programmesSeed.programmes.map((p) => p.id));
    expect(res.body.units.map((u: { id: string }) => u.id)).toEqual(unitsSeed.units.map((u) => u.id));
    await pack().set('if-none-match', res.headers.etag).expect(304);
    const answer = await request(app).get('/api/v1/programmes?dest=VN&code=85098010&verdict=rule-not-in-data');
    expect(answer.status).toBe(200);
    expect(answer.body.matches.map((m: { programme: string }) => m.programme).sort()).toEqual([...EXPECTED].sort());
    // nothing is known about the firm: no programme with a condition can say "yes"
    for (const m of answer.body.matches as { applies: string; unknown: string[] }[])
      expect(m.applies).toBe(m.unknown.length ? 'maybe' : 'yes');
  });

  test('the firm profile in the query: a large importer elsewhere in Chongqing vs a Fuling small-micro exporter', async () => {
    const importer = await request(app)
      .get('/api/v1/programmes?dest=JP&code=080510&verdict=originating&rateGain=true')
      .query({ district: 'chongqing', direction: 'import', size: 'large', aeo: 'general', firmTypes: '' })
      .expect(200);
    const got = (importer.body.matches as { programme: string; units: { level: string }[] }[]).map((m) => m.programme);
    // import-side measures (83号 第2条, 107号 外贸 第4条) are for importers; SME credit insurance (107号 第26条) is not for a large firm
    expect(got).toEqual(expect.arrayContaining(['import-priorities', 'encouraged-import-catalogue']));
    expect(got).not.toContain('credit-insurance-sme');
    expect(got).not.toContain('certificate-of-origin');
    for (const m of importer.body.matches as { units: { level: string }[] }[])
      expect(m.units.every((u) => u.level === 'city')).toBe(true);
    const exporter = await request(app)
      .get('/api/v1/programmes?dest=JP&code=080510&verdict=originating&rateGain=true')
      .query({
        district: 'fuling',
        direction: 'export',
        size: 'small-micro',
        exportModels: 'e-commerce',
        creditInsurance: 'false',
      })
      .expect(200);
    const small = (exporter.body.matches as { programme: string; applies: string; reasons: unknown[] }[]).find(
      (m) => m.programme === 'credit-insurance-small-micro-platform',
    );
    expect(small).toEqual(
      expect.objectContaining({
        applies: 'yes',
        reasons: expect.arrayContaining([{ condition: 'small-micro', kind: 'size', outcome: 'held' }]),
      }),
    );
    expect(exporter.body.matches.map((m: { programme: string }) => m.programme)).not.toContain('import-priorities');
    await request(app).get('/api/v1/programmes?district=elsewhere').expect(400);
    await request(app).get('/api/v1/programmes?firmTypes=constructor').expect(400);
  });

  test('an admin unit edit changes the pack and its ETag; rollback to the seeds restores the boot ETag', async () => {
    const boot = await pack().expect(200);
    const dir = await admin.agent.get(PREFIX);
    const names = (dir.body.units as { id: string; names: unknown }[]).find((u) => u.id === UNIT)!.names;
    const saved = await post(`${PREFIX}/units/${UNIT}`, {
      version: dir.body.version,
      names,
      phone: SYNTHETIC_PHONE,
      address: '',
      url: '',
      source: SYNTHETIC_SOURCE,
    });
    expect(saved.status).toBe(201);
    const edited = await pack().set('if-none-match', boot.headers.etag);
    expect(edited.status).toBe(200);
    expect(edited.headers.etag).not.toBe(boot.headers.etag);
    expect(edited.body.units.find((u: { id: string }) => u.id === UNIT).phone).toBe(SYNTHETIC_PHONE);
    await pack().set('if-none-match', edited.headers.etag).expect(304);

    expect((await post(`${PREFIX}/versions/original/activate`, {})).status).toBe(200);
    const back = await pack().set('if-none-match', edited.headers.etag);
    expect(back.status).toBe(200);
    expect(back.headers.etag).toBe(boot.headers.etag);
    expect(back.body.units.find((u: { id: string }) => u.id === UNIT).phone).toBe('');
  });
});

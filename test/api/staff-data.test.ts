/** @jest-environment node */
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import type { Store } from '../../server/store/types';
import { realData } from './helpers';
import { addUser, signIn, sqlRunner, staffApp, type Signed } from './staff-helpers';
import { storeTargets } from './store-targets';

/** docs/data-layouts.md example, typed from the mirror's Annex I extracts (rows 2-4) plus two bad rows (5-6) */
const FIXTURE = fs.readFileSync(path.join(process.cwd(), 'test/fixtures/operator/annex1-8509.csv'), 'utf8');
/**
 * SYNTHETIC (mechanism test only, never data): the KH row of the fixture with its year_5 cell edited
 * from 23% to 22%, so the diff has one 'changed' line and the served pack visibly changes.
 */
const EDITED = FIXTURE.split('\n')
  .filter((l, i) => i === 0 || l.startsWith('KH,'))
  .map((l) => (l.startsWith('KH,') ? l.replace('35%,32%,29%,26%,23%', '35%,32%,29%,26%,22%') : l))
  .join('\n');

describe.each(storeTargets())('admin data upload on $name', (target) => {
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
    await admin.agent
      .post('/api/v1/staff/data/publications/original/activate')
      .set('X-CSRF-Token', admin.csrf)
      .send({ pack: 'annex1' });
    await store.close();
    await target.cleanup();
  });
  const post = (url: string, body: object) => admin.agent.post(url).set('X-CSRF-Token', admin.csrf).send(body);

  test('the import report lists accepted and quarantined rows with the layout reasons', async () => {
    const r = await post('/api/v1/staff/data/uploads', { kind: 'annex1', fileName: 'annex1-8509.csv', csv: FIXTURE });
    expect(r.status).toBe(200);
    // rows 2-4 are kept (row 4 with years elided); row 5 party XX, row 6 base 'five' (docs/data-layouts.md)
    expect(r.body.report.accepted).toBe(3);
    const reasons = r.body.report.quarantine.map((q: { reason: string }) => q.reason);
    expect(reasons).toEqual(
      expect.arrayContaining(['annex1-party-unknown', 'annex1-rate-unparsed', 'annex1-years-elided']),
    );
    expect(r.body.diff.added + r.body.diff.changed + r.body.diff.unchanged).toBe(3);
    const missing = await post('/api/v1/staff/data/uploads', { kind: 'annex1', fileName: 'x.csv', csv: 'a,b\n1,2\n' });
    expect([missing.status, missing.body.error.reason]).toEqual([400, 'upload-column-missing']);
    const kind = await post('/api/v1/staff/data/uploads', { kind: 'tariff', fileName: 'x.csv', csv: FIXTURE });
    expect([kind.status, kind.body.error.reason]).toEqual([400, 'upload-kind-unsupported']);
  });

  test('publish: the diff shows the changed line, the served pack and the engine change, rollback restores', async () => {
    // KH Year 5 = calendar 2026; the fixture's KH row (25 Schedule - CA.pdf p.161) prints year_5 = 23%
    const tariff = async () =>
      (await request(app).get('/api/v1/tariff?dest=KH&code=85098010&date=2026-11-24')).body.rcep.adValorem;
    expect(await tariff()).toBe(23);
    const before = await request(app).get('/api/v1/packs/annex1');
    const preview = await post('/api/v1/staff/data/uploads', { kind: 'annex1', fileName: 'kh.csv', csv: EDITED });
    expect(preview.body.diff).toMatchObject({ changed: 1, added: 0, unchanged: 0 });
    const pub = await post('/api/v1/staff/data/publications', { kind: 'annex1', fileName: 'kh.csv', csv: EDITED });
    expect(pub.status).toBe(201);
    const after = await request(app).get('/api/v1/packs/annex1');
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const kh = (
      after.body.lines as { party: string; code: string; years: { rcepYear: number; rate: { pct?: number } }[] }[]
    ).filter((l) => l.party === 'KH' && l.code === '85098010');
    expect(kh).toHaveLength(1);
    expect(kh[0].years.find((y) => y.rcepYear === 5)?.rate.pct).toBe(22);
    expect(
      realData()
        .index.annex1.get('KH')!
        .find((l) => l.code === '85098010')!.years[4].rate,
    ).toMatchObject({ pct: 22 });
    expect(await tariff()).toBe(22);
    const list = await admin.agent.get('/api/v1/staff/data/publications?pack=annex1');
    expect(list.body.publications[0]).toMatchObject({
      id: pub.body.id,
      pack: 'annex1',
      publishedBy: 'admin1',
      sourceName: 'kh.csv',
      active: true,
    });
    const back = await post('/api/v1/staff/data/publications/original/activate', { pack: 'annex1' });
    expect(back.status).toBe(200);
    expect((await request(app).get('/api/v1/packs/annex1')).body.lines.length).toBe(before.body.lines.length);
    expect(await tariff()).toBe(23);
    const redo = await post(`/api/v1/staff/data/publications/${pub.body.id}/activate`, {});
    expect(redo.status).toBe(200);
    expect(
      realData()
        .index.annex1.get('KH')!
        .find((l) => l.code === '85098010')!.years[4].rate,
    ).toMatchObject({ pct: 22 });
    const unknown = await post('/api/v1/staff/data/publications/00000000-0000-4000-8000-000000000000/activate', {});
    expect([unknown.status, unknown.body.error.reason]).toEqual([404, 'unknown-publication']);
  });
});

/** @jest-environment node */
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { loadData } from '../../server/data/load-data';
import type { Store } from '../../server/store/types';
import { addUser, signIn, sqlRunner, staffApp, type Signed } from './staff-helpers';
import { storeTargets } from './store-targets';

/**
 * docs/data-layouts.md example: rows 2-6 are the mirror's psr/rcep-psr-hs2022-ko-with-en-codes.csv lines
 * 1840-1842, 3 and 1415 (the English coding of the Korean statute rows the committed psr.json is built from);
 * rows 7-10 are bad on purpose (85.0, HS 2017, a repeat of 8509.80 HS 2022, a text that is no rule).
 */
const FIXTURE = fs.readFileSync(path.join(process.cwd(), 'test/fixtures/operator/psr-8509.csv'), 'utf8');
const HEADER = FIXTURE.split('\n')[0];
/** SYNTHETIC (mechanism test only, never data): Annex 3A's 8509.80 rule 'CTSH or RVC40' with the threshold edited to 50 */
const EDITED = `${HEADER}\n8509.80,2022,CTSH or RVC50,SYNTHETIC test edit,,\n`;
/** SYNTHETIC: an HS 2012 row of the same digits, which must neither replace nor be shadowed by the HS 2022 row */
const HS2012 = `${HEADER}\n8509.80,2012,WO,SYNTHETIC test row,,\n`;
/** SYNTHETIC: the fixture's KH Annex I row (25 Schedule - CA.pdf p.161) with year_5 edited 23% -> 22% */
const ANNEX1 = fs
  .readFileSync(path.join(process.cwd(), 'test/fixtures/operator/annex1-8509.csv'), 'utf8')
  .split('\n')
  .filter((l, i) => i === 0 || l.startsWith('KH,'))
  .map((l) => l.replace('35%,32%,29%,26%,23%', '35%,32%,29%,26%,22%'))
  .join('\n');

const D = '/api/v1/staff/data';
type App = ReturnType<typeof staffApp>;
/** Art. 3.2 / Annex 3A: 8509.80 is 'CTSH or RVC40'; with RVC 45 % (quick mode) the RVC40 limb is met */
const origin = async (app: App) =>
  (await request(app).post('/api/v1/origin').send({ code: '8509.80.10', share: 45 })).body as {
    verdict: string;
    rule: { unit: string; hsVersion: string; text: { code: string } };
    rvc: { threshold: number };
  };
const khYear5 = async (app: App) =>
  (await request(app).get('/api/v1/tariff?dest=KH&code=85098010&date=2026-11-24')).body.rcep.adValorem;

describe.each(storeTargets())('admin PSR upload on $name', (target) => {
  const stores: Store[] = [];
  let app: App;
  let admin: Signed;
  beforeAll(async () => {
    stores.push(await target.open());
    app = staffApp(stores[0]);
    await addUser(sqlRunner(stores[0]), 'admin1', 'admin');
    await addUser(sqlRunner(stores[0]), 'clerk1', 'counter');
    admin = await signIn(app, 'admin1');
  }, 180_000);
  afterAll(async () => {
    for (const pack of ['annex1', 'psr']) await post(`${D}/publications/original/activate`, { pack });
    for (const s of stores) await s.close();
    await target.cleanup();
  });
  const post = (url: string, body: object, who = admin) => who.agent.post(url).set('X-CSRF-Token', who.csrf).send(body);

  test('the import report gives the layout reasons; the diff is keyed by HS version and unit', async () => {
    const r = await post(`${D}/uploads`, { kind: 'psr', fileName: 'psr-8509.csv', csv: FIXTURE });
    expect(r.status).toBe(200);
    expect(r.body.pack).toBe('psr');
    expect(r.body.report.accepted).toBe(5);
    expect(r.body.report.quarantine.map((q: { row: string; reason: string }) => [q.row, q.reason])).toEqual([
      ['7', 'psr-code-malformed'],
      ['8', 'psr-hs-version-unknown'],
      ['9', 'psr-unit-duplicate'],
      ['10', 'psr-rule-unparsed'],
    ]);
    // the same Annex 3A rows the committed pack holds: nothing would change
    expect(r.body.diff).toMatchObject({ added: 0, changed: 0, unchanged: 5 });
    const edited = await post(`${D}/uploads`, { kind: 'psr', fileName: 'psr-edit.csv', csv: EDITED });
    expect(edited.body.diff).toMatchObject({ added: 0, changed: 1, unchanged: 0 });
    expect(edited.body.diff.examples[0]).toMatchObject({
      key: '2022:850980',
      change: 'changed',
      before: { code: 'CTSH or RVC40' },
      after: { code: 'CTSH or RVC50' },
    });
    const missing = await post(`${D}/uploads`, { kind: 'psr', fileName: 'x.csv', csv: 'hs_code,rule_text\n84,CTH\n' });
    expect([missing.status, missing.body.error.reason]).toEqual([400, 'upload-column-missing']);
  });

  test('an HS 2012 row is quarantined (the checker reads HS 2022) and cannot shadow the HS 2022 rule', async () => {
    const r = await post(`${D}/uploads`, { kind: 'psr', fileName: 'psr-2012.csv', csv: HS2012 });
    expect(r.body.report).toMatchObject({ accepted: 0, quarantined: 1 });
    expect(r.body.report.quarantine[0]).toMatchObject({ reason: 'psr-hs-version-not-used', code: '850980' });
    const pub = await post(`${D}/publications`, { kind: 'psr', fileName: 'psr-2012.csv', csv: HS2012 });
    expect([pub.status, pub.body.error.reason]).toEqual([400, 'nothing-to-publish']);
    expect((await origin(app)).rule).toMatchObject({
      unit: '850980',
      hsVersion: '2022',
      text: { code: 'CTSH or RVC40' },
    });
  });

  test('publish: the engine and the served pack use the new rule at once; rollback acts on the chosen pack', async () => {
    const before = await origin(app);
    expect([before.verdict, before.rule.text.code, before.rvc.threshold]).toEqual(['originating', 'CTSH or RVC40', 40]);
    const etag = (await request(app).get('/api/v1/packs/psr')).headers.etag;
    const a1 = await post(`${D}/publications`, { kind: 'annex1', fileName: 'kh.csv', csv: ANNEX1 });
    expect(a1.status).toBe(201);
    const pub = await post(`${D}/publications`, { kind: 'psr', fileName: 'psr-edit.csv', csv: EDITED });
    expect([pub.status, pub.body.pack, pub.body.diff.changed]).toEqual([201, 'psr', 1]);
    const served = await request(app).get('/api/v1/packs/psr');
    expect(served.headers.etag).not.toBe(etag);
    const row = (served.body.rows as { unit: string; hsVersion: string; rule: unknown }[]).filter(
      (r) => r.unit === '850980',
    );
    expect(row).toEqual([
      expect.objectContaining({
        hsVersion: '2022',
        rule: { kind: 'or', rules: [{ kind: 'CTSH' }, { kind: 'RVC', threshold: 50 }] },
      }),
    ]);
    const after = await origin(app);
    // RVC 45 % no longer meets RVC50; CTSH needs a bill of materials: not 'originating' in quick mode
    expect([after.rule.text.code, after.rvc.threshold]).toEqual(['CTSH or RVC50', 50]);
    expect(after.verdict).not.toBe('originating');
    const check = await request(app).get('/api/v1/check?dest=KH&code=85098010&share=45&date=2026-11-24');
    expect(check.body.origin.rule.text.code).toBe('CTSH or RVC50');

    const list = await admin.agent.get(`${D}/publications?pack=psr`);
    expect(list.body.publications).toHaveLength(1);
    expect(list.body.publications[0]).toMatchObject({
      id: pub.body.id,
      pack: 'psr',
      publishedBy: 'admin1',
      sourceName: 'psr-edit.csv',
      active: true,
    });
    expect(list.body.publications[0].sourceSha256).toMatch(/^[0-9a-f]{64}$/);
    const all = await admin.agent.get(`${D}/publications`);
    expect(all.body.publications.map((p: { pack: string }) => p.pack).sort()).toEqual(['annex1', 'psr']);

    const noPack = await post(`${D}/publications/original/activate`, {});
    expect([noPack.status, noPack.body.error.reason]).toEqual([400, 'pack-required']);
    const wrongPack = await post(`${D}/publications/${pub.body.id}/activate`, { pack: 'annex1' });
    expect([wrongPack.status, wrongPack.body.error.reason]).toEqual([404, 'unknown-publication']);
    const back = await post(`${D}/publications/original/activate`, { pack: 'psr' });
    expect([back.status, back.body.pack]).toEqual([200, 'psr']);
    expect((await origin(app)).rule.text.code).toBe('CTSH or RVC40');
    expect((await request(app).get('/api/v1/packs/psr')).headers.etag).toBe(etag);
    expect(await khYear5(app)).toBe(22); // the Annex I publication is untouched by the PSR rollback
    expect((await post(`${D}/publications/original/activate`, { pack: 'annex1' })).status).toBe(200);
    expect(await khYear5(app)).toBe(23);
    const redo = await post(`${D}/publications/${pub.body.id}/activate`, {});
    expect([redo.status, redo.body.pack]).toEqual([200, 'psr']);
    expect((await origin(app)).rule.text.code).toBe('CTSH or RVC50');
  });

  test('a restarted server uses the active PSR publication', async () => {
    // a new boot: packs read again from data/, a second connection to the same database
    stores.push(await target.open());
    const restarted = staffApp(stores[1], loadData(process.cwd()));
    // the very first request after boot already uses it (requests wait for the restore)
    expect((await origin(restarted)).rule.text.code).toBe('CTSH or RVC50');
    const served = await request(restarted).get('/api/v1/packs/psr');
    const row = (served.body.rows as { unit: string; rule: { rules?: { threshold?: number }[] } }[]).find(
      (r) => r.unit === '850980',
    );
    expect(row?.rule.rules?.[1]?.threshold).toBe(50);
  }, 150_000); // a boot without the validated-pack cache re-validates every pack (tens of seconds on a busy machine)

  test('staff of another role and anonymous callers are refused', async () => {
    const clerk = await signIn(app, 'clerk1');
    const body = { kind: 'psr', fileName: 'psr-edit.csv', csv: EDITED };
    for (const url of [`${D}/uploads`, `${D}/publications`, `${D}/publications/original/activate`]) {
      const r = await post(url, url.endsWith('activate') ? { pack: 'psr' } : body, clerk);
      expect([r.status, r.body.error.reason]).toEqual([403, 'wrong-role']);
    }
    expect((await clerk.agent.get(`${D}/publications?pack=psr`)).status).toBe(403);
    const anon = await request(app).post(`${D}/uploads`).send(body);
    expect(anon.status).toBe(401);
    expect((await origin(app)).rule.text.code).toBe('CTSH or RVC50');
  });
});

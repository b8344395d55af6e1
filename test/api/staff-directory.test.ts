/** @jest-environment node */
import { pino } from 'pino';
import request from 'supertest';
import { createApp } from '../../server/app';
import { loadData } from '../../server/data/load-data';
import type { Store } from '../../server/store/types';
import { listAudit } from '../../server/staff/audit-repo';
import { realData } from './helpers';
import { addUser, signIn, sqlRunner, staffApp, type Signed } from './staff-helpers';
import { storeTargets } from './store-targets';

/**
 * Admin edits of programmes and contact units. Every phone number, address, URL and
 * source below is SYNTHETIC test input typed by this test (never data about a real unit): the numbers
 * use the reserved-looking 000 blocks and the URLs the example.org domain (RFC 2606).
 */
const UNIT = 'cq-commerce'; // 市商务委 (seeds/contact-units.json; phone/address/url empty in the seeds)
const PROGRAMME = 'certificate-of-origin';
const SYNTHETIC = {
  phone: '023-0000 0000 转 000',
  address: 'SYNTHETIC test address 000',
  url: 'https://example.org/synthetic-contact-page',
  source: {
    kind: 'published',
    title: 'SYNTHETIC test source page',
    reference: 'https://example.org/synthetic-notice',
    asOf: '2026-11-20',
  },
};
const PREFIX = '/api/v1/staff/directory';

interface Unit {
  id: string;
  names: { zh: string; en: string };
  phone: string;
  address: string;
  url: string;
  detailSource?: Record<string, string>;
}
const publicUnit = async (app: Parameters<typeof request>[0]) =>
  ((await request(app).get('/api/v1/contacts')).body.units as Unit[]).find((u) => u.id === UNIT)!;

describe.each(storeTargets())('admin directory edits on $name', (target) => {
  let store: Store;
  let app: ReturnType<typeof staffApp>;
  let admin: Signed;
  let version: string;
  let names: Unit['names'];
  beforeAll(async () => {
    store = await target.open();
    app = staffApp(store);
    await addUser(sqlRunner(store), 'admin1', 'admin');
    await addUser(sqlRunner(store), 'clerk1', 'counter');
    admin = await signIn(app, 'admin1');
    const dir = await admin.agent.get(PREFIX);
    version = dir.body.version;
    names = (dir.body.units as Unit[]).find((u) => u.id === UNIT)!.names;
  }, 180_000);
  afterAll(async () => {
    await post(`${PREFIX}/versions/original/activate`, {});
    await store.close();
    await target.cleanup();
  });
  const post = (url: string, body: object) => admin.agent.post(url).set('X-CSRF-Token', admin.csrf).send(body);
  const unitBody = (over: object = {}) => ({
    version,
    names,
    phone: SYNTHETIC.phone,
    address: SYNTHETIC.address,
    url: SYNTHETIC.url,
    source: SYNTHETIC.source,
    ...over,
  });

  test('anonymous 401, counter 403, admin without the CSRF token 403', async () => {
    expect((await request(app).get(PREFIX)).status).toBe(401);
    expect((await request(app).post(`${PREFIX}/units/${UNIT}`).send(unitBody())).status).toBe(401);
    const clerk = await signIn(app, 'clerk1');
    const get = await clerk.agent.get(PREFIX);
    expect([get.status, get.body.error.reason]).toEqual([403, 'wrong-role']);
    const edit = await clerk.agent.post(`${PREFIX}/units/${UNIT}`).set('X-CSRF-Token', clerk.csrf).send(unitBody());
    expect([edit.status, edit.body.error.reason]).toEqual([403, 'wrong-role']);
    const noCsrf = await admin.agent.post(`${PREFIX}/units/${UNIT}`).send(unitBody());
    expect([noCsrf.status, noCsrf.body.error.reason]).toEqual([403, 'csrf-token-invalid']);
    expect((await publicUnit(app)).phone).toBe('');
  });

  test('a change without its source, or with a bad phone, URL or date, is refused with a reason', async () => {
    const refused = async (over: object, reason: string, field?: string) => {
      const r = await post(`${PREFIX}/units/${UNIT}`, unitBody(over));
      expect([r.status, r.body.error.reason, r.body.error.field]).toEqual([400, reason, field]);
    };
    await refused({ source: undefined }, 'source-required', 'source');
    await refused({ source: { ...SYNTHETIC.source, title: ' ' } }, 'source-title-required', 'source.title');
    await refused({ source: { ...SYNTHETIC.source, reference: '' } }, 'source-reference-required', 'source.reference');
    await refused({ source: { ...SYNTHETIC.source, asOf: '20-11-2026' } }, 'source-date-invalid', 'source.asOf');
    await refused({ source: { ...SYNTHETIC.source, asOf: '2999-01-01' } }, 'source-date-future', 'source.asOf');
    await refused({ phone: 'call us' }, 'phone-invalid', 'phone');
    await refused({ phone: '12' }, 'phone-invalid', 'phone');
    await refused({ url: 'javascript:alert(1)' }, 'url-invalid', 'url');
    await refused({ url: 'ftp://example.org/x' }, 'url-invalid', 'url');
    await refused({ phone: '', address: '', url: '' }, 'nothing-changed', undefined);
    const unknown = await post(`${PREFIX}/units/no-such-unit`, unitBody());
    expect([unknown.status, unknown.body.error.reason]).toEqual([404, 'unit-unknown']);
    const stale = await post(`${PREFIX}/units/${UNIT}`, unitBody({ version: 'not-the-version' }));
    expect([stale.status, stale.body.error.reason]).toEqual([409, 'directory-changed']);
    expect((await admin.agent.get(PREFIX)).body.history).toEqual([]);
  });

  test('an edit is served at once with its source, recorded with who and when, audited; rollback restores', async () => {
    const saved = await post(`${PREFIX}/units/${UNIT}`, unitBody());
    expect(saved.status).toBe(201);
    version = saved.body.version;
    const served = await publicUnit(app);
    expect(served).toMatchObject({ phone: SYNTHETIC.phone, address: SYNTHETIC.address, url: SYNTHETIC.url });
    expect(served.detailSource).toMatchObject({
      title: SYNTHETIC.source.title,
      reference: SYNTHETIC.source.reference,
      asOf: SYNTHETIC.source.asOf,
    });
    // the programmes answer names the unit; its detail comes from the same list
    const matches = (await request(app).get('/api/v1/programmes?dest=JP&code=850980&verdict=originating')).body
      .matches as { programme: string; units: { unit: string }[] }[];
    expect(matches.find((m) => m.programme === PROGRAMME)?.units.map((u) => u.unit)).toContain(UNIT);
    const dir = await admin.agent.get(PREFIX);
    expect(dir.body.version).toBe(saved.body.id);
    expect(dir.body.history[0]).toMatchObject({ id: saved.body.id, publishedBy: 'admin1', active: true });
    expect(Date.now() - Date.parse(dir.body.history[0].publishedAt)).toBeLessThan(60_000);
    expect(dir.body.history[0].report).toMatchObject({
      kind: 'unit',
      id: UNIT,
      source: { title: SYNTHETIC.source.title },
    });
    expect(dir.body.history[0].report.changes.map((c: { field: string }) => c.field).sort()).toEqual([
      'address',
      'phone',
      'url',
    ]);
    const audited = await listAudit(sqlRunner(store), { action: 'directory-edit', limit: 5 });
    expect(audited[0]).toMatchObject({ actor: 'admin1', target: saved.body.id });

    // a second edit, then back to the first, then to the seeds
    const second = await post(`${PREFIX}/units/${UNIT}`, unitBody({ phone: '(023) 0000-0001 ext. 1' }));
    expect(second.status).toBe(201);
    expect((await publicUnit(app)).phone).toBe('(023) 0000-0001 ext. 1');
    // the schedule-upload rollback route does not touch a directory edit
    const viaData = await post(`/api/v1/staff/data/publications/${saved.body.id}/activate`, {});
    expect([viaData.status, viaData.body.error.reason]).toEqual([404, 'unknown-publication']);
    expect((await publicUnit(app)).phone).toBe('(023) 0000-0001 ext. 1');
    const history = (await admin.agent.get(PREFIX)).body.history as { id: string; active: boolean }[];
    expect(history.map((h) => [h.id, h.active])).toEqual([
      [second.body.id, true],
      [saved.body.id, false],
    ]);
    const back = await post(`${PREFIX}/versions/${saved.body.id}/activate`, {});
    expect(back.status).toBe(200);
    expect((await publicUnit(app)).phone).toBe(SYNTHETIC.phone);
    const original = await post(`${PREFIX}/versions/original/activate`, {});
    expect(original.status).toBe(200);
    const seed = await publicUnit(app);
    expect([seed.phone, seed.address, seed.url, seed.detailSource]).toEqual(['', '', '', undefined]);
    const unknown = await post(`${PREFIX}/versions/00000000-0000-4000-8000-000000000000/activate`, {});
    expect([unknown.status, unknown.body.error.reason]).toEqual([404, 'unknown-publication']);
    expect((await listAudit(sqlRunner(store), { action: 'directory-rollback', limit: 5 })).length).toBe(2);
    version = 'original';
  });

  test('programme texts: unknown unit ids refused, unit lists need a policy citation, texts served', async () => {
    const dir = await admin.agent.get(PREFIX);
    const p = (dir.body.programmes as Record<string, unknown>[]).find((x) => x.id === PROGRAMME)!;
    const docs = dir.body.docs as { doc: string; part?: string }[];
    expect(docs.length).toBeGreaterThan(3);
    const body = (over: object) => ({
      version: dir.body.version,
      names: p.names,
      summary: p.summary,
      steps: p.steps,
      documents: (p.documents as { text: unknown; citation: { doc: string; part?: string; item: string } }[]).map(
        (d) => ({ text: d.text, citation: { doc: d.citation.doc, part: d.citation.part, item: d.citation.item } }),
      ),
      notes: p.notes,
      leadUnits: p.leadUnits,
      cooperatingUnits: p.cooperatingUnits,
      responsibleUnits: p.responsibleUnits,
      source: SYNTHETIC.source,
      ...over,
    });
    const ghost = await post(`${PREFIX}/programmes/${PROGRAMME}`, body({ leadUnits: ['no-such-unit'] }));
    expect([ghost.status, ghost.body.error.reason, ghost.body.error.field]).toEqual([
      400,
      'unit-unknown',
      'leadUnits.0',
    ]);
    const lists = await post(`${PREFIX}/programmes/${PROGRAMME}`, body({ cooperatingUnits: [] }));
    expect([lists.status, lists.body.error.reason]).toEqual([400, 'unit-lists-need-policy-citation']);
    const figures = await post(`${PREFIX}/programmes/${PROGRAMME}`, body({ eligibility: [] }));
    expect([figures.status, figures.body.error.reason, figures.body.error.field]).toEqual([
      400,
      'unknown-field',
      'eligibility',
    ]);
    const badDoc = await post(
      `${PREFIX}/programmes/${PROGRAMME}`,
      body({ source: { kind: 'policy', doc: 'SYNTHETIC no such document', item: '第1条' } }),
    );
    expect([badDoc.status, badDoc.body.error.reason]).toEqual([400, 'citation-doc-unknown']);
    const step = { zh: 'SYNTHETIC 测试步骤', en: 'SYNTHETIC test step' };
    const saved = await post(
      `${PREFIX}/programmes/${PROGRAMME}`,
      body({
        steps: [...(p.steps as object[]), step],
        source: { kind: 'policy', doc: docs[0].doc, part: docs[0].part, item: '第1条' },
      }),
    );
    expect(saved.status).toBe(201);
    const served = (await request(app).get('/api/v1/programmes?dest=JP&code=850980&verdict=originating')).body
      .matches as { programme: string; detail: { steps: unknown[]; textSource: { kind: string } } }[];
    const detail = served.find((m) => m.programme === PROGRAMME)!.detail;
    expect(detail.steps).toContainEqual(step);
    expect(detail.textSource).toMatchObject({ kind: 'policy', citation: { doc: docs[0].doc, item: '第1条' } });
    // a unit list change cited to a document item: the dropped unit loses its role for the programme
    const dropped = (p.cooperatingUnits as string[])[0];
    const policy = { kind: 'policy', doc: docs[0].doc, part: docs[0].part, item: '第1条' };
    const moved = await post(
      `${PREFIX}/programmes/${PROGRAMME}`,
      body({
        version: saved.body.version,
        cooperatingUnits: (p.cooperatingUnits as string[]).slice(1),
        source: policy,
      }),
    );
    expect(moved.status).toBe(201);
    const units = (await request(app).get(`/api/v1/contacts?programme=${PROGRAMME}`)).body.units as Unit[];
    expect(units.map((u) => u.id)).not.toContain(dropped);
    expect((await post(`${PREFIX}/versions/original/activate`, {})).status).toBe(200);
  });

  test('the active edit survives a restart (a new app over the same store)', async () => {
    const saved = await post(
      `${PREFIX}/units/${UNIT}`,
      unitBody({ version: (await admin.agent.get(PREFIX)).body.version }),
    );
    expect(saved.status).toBe(201);
    const fresh = loadData(process.cwd()); // the seeds as committed: phone ''
    expect(fresh.seeds.contactUnits!.find((u) => u.id === UNIT)!.phone).toBe('');
    const restarted = createApp({
      store,
      packs: fresh,
      config: { rateLimit: 0, root: process.cwd() },
      logger: pino({ level: 'silent' }),
    });
    // the very first request after boot already sees the edit (requests wait for the restore)
    expect((await publicUnit(restarted)).phone).toBe(SYNTHETIC.phone);
    expect((await publicUnit(restarted)).detailSource?.title).toBe(SYNTHETIC.source.title);
    expect(realData().seeds.contactUnits!.find((u) => u.id === UNIT)!.phone).toBe(SYNTHETIC.phone);
  }, 150_000); // loadData without the validated-pack cache re-validates every pack (tens of seconds on a busy machine)
});

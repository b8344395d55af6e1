/** @jest-environment node */
import { readMigrations } from '../../server/store/migrations';
import { PG_MISSING_MESSAGE, PG_REQUIRED, PG_URL, storeTargets } from './store-targets';
import { REFERENCE_PATTERN } from '../../server/store/rows';
import type { Store } from '../../server/store/types';

if (!PG_URL && PG_REQUIRED) {
  test('PostgreSQL repository tests need TEST_DATABASE_URL under CI', () => {
    throw new Error(PG_MISSING_MESSAGE);
  });
}

describe.each(storeTargets())('repository on $name', (target) => {
  let store: Store;
  beforeAll(async () => {
    store = await target.open();
  });
  afterAll(async () => {
    await store.close();
    await target.cleanup();
  });

  test('migrations are applied once and report the schema version', async () => {
    expect(await store.migrate()).toEqual([]);
    expect(await store.health()).toMatchObject({ ok: true, kind: target.name, schemaVersion: readMigrations().length });
  });

  test('an enquiry round-trips with its answers and summary', async () => {
    const answers = { code: '850980', dest: 'JP', date: '2026-11-24', origin: { mode: 'quick', share: 45 } };
    const e = await store.createEnquiry({ answers, summary: { status: 'reduced' }, lang: 'zh-CN' });
    expect(e.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await store.getEnquiry(e.id)).toEqual(e);
    expect(await store.getEnquiry('00000000-0000-0000-0000-000000000000')).toBeNull();
    expect(await store.countEnquiries()).toBe(1);
  });

  test('text is stored inertly (SQL and markup payloads come back unchanged)', async () => {
    const evil = "'); DROP TABLE feedback; -- <script>alert(1)</script> 全角１２３";
    const f = await store.createFeedback({ topic: 'other', message: evil, consent: false, routedUnit: null });
    expect((await store.getFeedback(f.reference))!.message).toBe(evil);
  });

  test('feedback gets sequential references of the year and a status history', async () => {
    const a = await store.createFeedback({
      topic: 'preference-refused',
      message: 'refused at import',
      dest: 'JP',
      code: '850980',
      consent: true,
      contact: { email: 'a@example.com' },
      routedUnit: 'unit-x',
    });
    const b = await store.createFeedback({ topic: 'other', message: 'x', consent: false, routedUnit: null });
    expect(a.reference).toMatch(REFERENCE_PATTERN);
    const year = new Date().getUTCFullYear();
    expect(a.reference.startsWith(`FB-${year}-`)).toBe(true);
    expect(Number(b.reference.slice(8))).toBe(Number(a.reference.slice(8)) + 1);
    expect(a).toMatchObject({ status: 'new', notes: [], routedUnit: 'unit-x', contact: { email: 'a@example.com' } });
    expect(a.events).toHaveLength(1);

    const u = await store.updateFeedbackStatus(a.reference, {
      status: 'in-progress',
      note: 'called firm',
      actor: 'u1',
    });
    expect(u).toMatchObject({ status: 'in-progress', notes: ['called firm'] });
    expect(u!.events.map((e) => e.status)).toEqual(['new', 'in-progress']);
    expect(await store.updateFeedbackStatus('FB-1999-000001', { status: 'resolved' })).toBeNull();
  });

  test('concurrent reports never share a reference', async () => {
    const list = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.createFeedback({ topic: 'other', message: `m${i}`, consent: false, routedUnit: null }),
      ),
    );
    expect(new Set(list.map((f) => f.reference)).size).toBe(20);
  });

  test('a feedback pointing at an unknown enquiry is refused by the foreign key', async () => {
    await expect(
      store.createFeedback({ topic: 'other', message: 'x', consent: false, routedUnit: null, enquiryId: 'nope' }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/foreign key/i) });
  });
});

/** @jest-environment node */
import type { Store } from '../../server/store/types';
import { addUser, signIn, sqlRunner, staffApp } from './staff-helpers';
import { storeTargets } from './store-targets';

/** expired staff sessions are refused and purged (not kept in the table for ever) */
describe.each(storeTargets())('staff sessions on $name', (target) => {
  let store: Store;
  let app: ReturnType<typeof staffApp>;
  beforeAll(async () => {
    store = await target.open();
    app = staffApp(store);
    const db = sqlRunner(store);
    await addUser(db, 'clerk-a', 'counter');
    await addUser(db, 'clerk-b', 'counter');
  }, 180_000);
  afterAll(async () => {
    await store.close();
    await target.cleanup();
  });

  const sessionsOf = async (username: string) =>
    (
      await sqlRunner(store).all(
        'SELECT s.id, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.username = ?',
        [username],
      )
    ).map((r) => String(r.id));

  test('an expired session is refused, and the next sign-in of anyone deletes it; live sessions stay', async () => {
    const a = await signIn(app, 'clerk-a');
    const b = await signIn(app, 'clerk-b');
    expect((await a.agent.get('/api/v1/staff/session')).status).toBe(200);
    const [expired] = await sessionsOf('clerk-a');
    // clerk-a's session ran out a minute ago (the 8-hour lifetime of roles.ts SESSION_MS has passed)
    await sqlRunner(store).run('UPDATE sessions SET expires_at = ? WHERE id = ?', [
      new Date(Date.now() - 60_000).toISOString(),
      expired,
    ]);
    const refused = await a.agent.get('/api/v1/staff/session');
    expect([refused.status, refused.body.error?.reason]).toEqual([401, 'not-signed-in']);
    expect(await sessionsOf('clerk-a')).toEqual([expired]);

    await signIn(app, 'clerk-b'); // another clerk signs in: the purge runs
    expect(await sessionsOf('clerk-a')).toEqual([]);
    expect((await b.agent.get('/api/v1/staff/session')).status).toBe(200);
    expect((await sessionsOf('clerk-b')).length).toBe(2);
  });
});

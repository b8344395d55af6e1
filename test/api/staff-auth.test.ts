/** @jest-environment node */
import request from 'supertest';
import { staffRouteDefs } from '../../server/staff/router';
import { STAFF_ROLES, MAX_FAILED_LOGINS } from '../../server/staff/roles';
import type { Store } from '../../server/store/types';
import { realData } from './helpers';
import { addUser, PASSWORD, signIn, sqlRunner, staffApp } from './staff-helpers';
import { storeTargets } from './store-targets';

/** a concrete URL for an express path (valid-looking ids so the guard, not validation, answers) */
const urlOf = (path: string) =>
  path.replace(':id', '00000000-0000-4000-8000-000000000000').replace(':reference', 'FB-2026-000001');

describe.each(storeTargets())('staff auth on $name', (target) => {
  let store: Store;
  let app: ReturnType<typeof staffApp>;
  beforeAll(async () => {
    store = await target.open();
    app = staffApp(store);
    const db = sqlRunner(store);
    for (const role of STAFF_ROLES) await addUser(db, `${role}1`, role);
    await addUser(db, 'locky', 'counter');
  }, 180_000);
  afterAll(async () => {
    await store.close();
    await target.cleanup();
  });

  const guarded = () => staffRouteDefs({ store, data: realData() }).filter((d) => d.roles);

  test('every staff route answers 401 not-signed-in to an anonymous user', async () => {
    const defs = guarded();
    expect(defs.length).toBeGreaterThanOrEqual(12);
    for (const { def } of defs) {
      const r = await request(app)[def.method](urlOf(def.path)).send({});
      expect([def.operationId, r.status, r.body.error?.reason]).toEqual([def.operationId, 401, 'not-signed-in']);
    }
  });

  test('every staff route answers 403 wrong-role to a signed-in user of another role', async () => {
    const agents = Object.fromEntries(await Promise.all(STAFF_ROLES.map(async (r) => [r, await signIn(app, `${r}1`)])));
    let checked = 0;
    for (const { def, roles } of guarded())
      for (const role of STAFF_ROLES.filter((x) => !roles!.includes(x))) {
        const { agent, csrf } = agents[role];
        const r = await agent[def.method](urlOf(def.path)).set('X-CSRF-Token', csrf).send({});
        expect([def.operationId, role, r.status, r.body.error?.reason]).toEqual([
          def.operationId,
          role,
          403,
          'wrong-role',
        ]);
        checked++;
      }
    expect(checked).toBeGreaterThan(10);
  });

  test('a state-changing request without the CSRF header (or with another token) is refused', async () => {
    const { agent, csrf } = await signIn(app, 'counter1');
    const none = await agent.post('/api/v1/staff/cases').send({});
    expect([none.status, none.body.error.reason]).toEqual([403, 'csrf-token-invalid']);
    const wrong = await agent
      .post('/api/v1/staff/cases')
      .set(
        'X-CSRF-Token',
        csrf.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
      )
      .send({});
    expect([wrong.status, wrong.body.error.reason]).toEqual([403, 'csrf-token-invalid']);
    // header right but the CSRF cookie missing (a request forged from another site cannot read or set it)
    const cookieless = await request(app)
      .post('/api/v1/staff/cases')
      .set(
        'Cookie',
        `rcep_staff=${(agent as unknown as { jar: { getCookie(n: string, o: unknown): { value: string } } }).jar.getCookie('rcep_staff', { path: '/', domain: '127.0.0.1', secure: false, script: false }).value}`,
      )
      .set('X-CSRF-Token', csrf)
      .send({});
    expect([cookieless.status, cookieless.body.error.reason]).toEqual([403, 'csrf-token-invalid']);
    const ok = await agent.post('/api/v1/staff/cases').set('X-CSRF-Token', csrf).send({});
    expect(ok.status).toBe(201);
  });

  test('session cookie is HttpOnly and SameSite=Strict; Secure behind TLS (X-Forwarded-Proto https)', async () => {
    const plain = await request(app).post('/api/v1/staff/session').send({ username: 'admin1', password: PASSWORD });
    const set = plain.headers['set-cookie'] as unknown as string[];
    const session = set.find((c) => c.startsWith('rcep_staff='))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Strict/);
    expect(session).not.toMatch(/Secure/);
    expect(set.find((c) => c.startsWith('rcep_csrf='))).not.toMatch(/HttpOnly/);
    const tls = await request(app)
      .post('/api/v1/staff/session')
      .set('X-Forwarded-Proto', 'https')
      .send({ username: 'admin1', password: PASSWORD });
    for (const c of tls.headers['set-cookie'] as unknown as string[]) expect(c).toMatch(/; Secure/);
    expect(plain.headers['cache-control']).toBe('no-store');
  });

  test('passwords are stored as scrypt hashes, never plain', async () => {
    const rows = await sqlRunner(store).all('SELECT password_hash FROM users');
    for (const r of rows) {
      expect(String(r.password_hash)).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect(String(r.password_hash)).not.toContain(PASSWORD);
    }
  });

  test('wrong passwords, unknown users and a locked account get the same 401; an admin unlocks', async () => {
    const unknown = await request(app).post('/api/v1/staff/session').send({ username: 'nobody', password: 'x' });
    expect([unknown.status, unknown.body]).toEqual([401, { error: { reason: 'invalid-credentials' } }]);
    for (let i = 1; i <= MAX_FAILED_LOGINS; i++) {
      const r = await request(app).post('/api/v1/staff/session').send({ username: 'locky', password: 'wrong' });
      expect([r.status, r.body]).toEqual([401, unknown.body]);
    }
    // locked now: the right password gets the answer an unknown user gets (no 423 to tell them apart)
    const right = await request(app).post('/api/v1/staff/session').send({ username: 'locky', password: PASSWORD });
    expect([right.status, right.body]).toEqual([401, unknown.body]);
    const admin = await signIn(app, 'admin1');
    const users = (await admin.agent.get('/api/v1/staff/users')).body.users as {
      id: string;
      username: string;
      locked: boolean;
    }[];
    const locky = users.find((u) => u.username === 'locky')!;
    expect(locky.locked).toBe(true);
    const unlock = await admin.agent
      .post(`/api/v1/staff/users/${locky.id}/unlock`)
      .set('X-CSRF-Token', admin.csrf)
      .send({});
    expect(unlock.status).toBe(200);
    const again = await request(app).post('/api/v1/staff/session').send({ username: 'locky', password: PASSWORD });
    expect(again.status).toBe(201);
  });

  test('bad sign-in input is a 400 with a reason, and a form post is refused (415)', async () => {
    const bad = await request(app)
      .post('/api/v1/staff/session')
      .send({ username: "'; DROP TABLE users; --", password: 'x' });
    expect([bad.status, bad.body.error.reason]).toEqual([400, 'username-invalid']);
    const form = await request(app)
      .post('/api/v1/staff/session')
      .type('form')
      .send({ username: 'admin1', password: PASSWORD });
    expect(form.status).toBe(415);
  });

  test('session fixation: a session id presented before sign-in is never adopted', async () => {
    const first = await signIn(app, 'workshop1');
    const fixed = 'A'.repeat(43);
    const r = await first.agent
      .post('/api/v1/staff/session')
      .set('Cookie', `rcep_staff=${fixed}`)
      .send({ username: 'workshop1', password: PASSWORD });
    const cookie = (r.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('rcep_staff='))!;
    expect(cookie).not.toContain(fixed);
    const forged = await request(app).get('/api/v1/staff/session').set('Cookie', `rcep_staff=${fixed}`);
    expect(forged.status).toBe(401);
  });

  test('sign-out ends the session; the audit log records the actions with actor and time', async () => {
    const { agent, csrf } = await signIn(app, 'counter1');
    expect((await agent.get('/api/v1/staff/session')).body.user).toMatchObject({
      username: 'counter1',
      role: 'counter',
    });
    const out = await agent.post('/api/v1/staff/session/end').set('X-CSRF-Token', csrf).send({});
    expect(out.status).toBe(200);
    expect((await agent.get('/api/v1/staff/session')).status).toBe(401);
    const admin = await signIn(app, 'admin1');
    const log = await admin.agent.get('/api/v1/staff/audit?actor=counter1&limit=100');
    const actions = (log.body.entries as { action: string; at: string }[]).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['sign-in', 'sign-out', 'case-open', 'denied:csrf', 'denied:wrong-role']),
    );
    const failed = await admin.agent.get('/api/v1/staff/audit?actor=locky');
    expect(failed.body.entries.some((e: { action: string }) => e.action === 'sign-in-failed')).toBe(true);
  });

  test('admin creates a counter user who can then sign in; duplicates and short passwords are refused', async () => {
    const { agent, csrf } = await signIn(app, 'admin1');
    const made = await agent
      .post('/api/v1/staff/users')
      .set('X-CSRF-Token', csrf)
      .send({ username: 'Clerk.Two', role: 'counter', password: 'a long enough password' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ username: 'clerk.two', role: 'counter' });
    expect(made.body.passwordHash).toBeUndefined();
    const dup = await agent
      .post('/api/v1/staff/users')
      .set('X-CSRF-Token', csrf)
      .send({ username: 'clerk.two', role: 'counter', password: 'a long enough password' });
    expect([dup.status, dup.body.error.reason]).toEqual([409, 'username-taken']);
    const short = await agent
      .post('/api/v1/staff/users')
      .set('X-CSRF-Token', csrf)
      .send({ username: 'x2', role: 'counter', password: 'short' });
    expect([short.status, short.body.error.reason]).toEqual([400, 'password-too-short']);
    const role = await agent
      .post('/api/v1/staff/users')
      .set('X-CSRF-Token', csrf)
      .send({ username: 'x3', role: 'root', password: 'a long enough password' });
    expect([role.status, role.body.error.reason]).toEqual([400, 'role-invalid']);
    const clerk = await signIn(app, 'clerk.two', 'a long enough password');
    expect((await clerk.agent.get('/api/v1/staff/session')).body.user.role).toBe('counter');
    const off = await agent
      .post(`/api/v1/staff/users/${made.body.id}/disabled`)
      .set('X-CSRF-Token', csrf)
      .send({ disabled: true });
    expect(off.status).toBe(200);
    expect((await clerk.agent.get('/api/v1/staff/session')).status).toBe(401);
  });
});

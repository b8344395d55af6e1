/** @jest-environment node */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AdminCliError, adminCommand } from '../../server/cli/admin';
import { sqlRunner } from '../../server/staff/sql';
import { SqliteStore } from '../../server/store/sqlite-store';

describe('rcep admin create', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcep-admin-'));
  const saved = { ...process.env };
  const out: string[] = [];
  const print = (t: string) => void out.push(t);
  beforeAll(() => {
    process.env.RCEP_DATA_DIR = dir;
    delete process.env.DATABASE_URL;
    process.env.RCEP_ADMIN_PASSWORD = 'first admin password 1';
  });
  afterAll(() => {
    process.env = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('creates the first admin with a scrypt hash (no default password), once', async () => {
    expect(await adminCommand(['create', '--username', 'Boss', '--role', 'admin'], print)).toBe(0);
    expect(out).toEqual(['created admin boss']);
    const store = new SqliteStore(path.join(dir, 'rcep.sqlite'));
    const rows = await sqlRunner(store).all('SELECT username, role, password_hash FROM users');
    const audit = await sqlRunner(store).all(
      "SELECT actor, action, target FROM audit_log WHERE action = 'user-create'",
    );
    await store.close();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ username: 'boss', role: 'admin' });
    expect(String(rows[0].password_hash)).toMatch(/^scrypt\$/);
    expect(String(rows[0].password_hash)).not.toContain('first admin password');
    expect(audit).toEqual([{ actor: 'cli', action: 'user-create', target: 'boss' }]);
    await expect(adminCommand(['create', '--username', 'boss', '--role', 'admin'], print)).rejects.toThrow(
      new AdminCliError('username-taken', 'username'),
    );
  });

  test('bad input is refused with a reason (exit 2 through the dispatcher)', async () => {
    const run = (flags: Record<string, string>) =>
      adminCommand(['create', ...Object.entries(flags).flatMap(([k, v]) => [`--${k}`, v])], print);
    await expect(run({ username: 'x y', role: 'admin' })).rejects.toThrow('username-invalid');
    await expect(run({ username: 'clerk', role: 'root' })).rejects.toThrow('role-invalid');
    await expect(run({ username: 'clerk', role: 'counter', password: 'on-the-command-line' })).rejects.toThrow(
      'password-flag-not-allowed',
    );
    process.env.RCEP_ADMIN_PASSWORD = 'short';
    await expect(run({ username: 'clerk', role: 'counter' })).rejects.toThrow('password-too-short');
    await expect(adminCommand(['delete'], print)).rejects.toThrow('unknown-subcommand');
  });
});

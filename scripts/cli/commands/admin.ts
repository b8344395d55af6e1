import { z } from 'zod';
import { loadConfig } from '../../../server/config.js';
import { openStore } from '../../../server/store/open-store.js';
import { audit } from '../../../server/staff/audit-repo.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../../../server/staff/password.js';
import { STAFF_ROLES } from '../../../server/staff/roles.js';
import { sqlRunner } from '../../../server/staff/sql.js';
import { insertUser } from '../../../server/staff/users-repo.js';
import { CliError, type ParsedArgs } from '../args.js';
import type { CliContext } from '../context.js';

/** the password: RCEP_ADMIN_PASSWORD, else the first line of stdin (never a flag: flags end up in shell history) */
async function readPassword(): Promise<string> {
  const env = process.env.RCEP_ADMIN_PASSWORD;
  if (env) return env;
  if (process.stdin.isTTY) process.stderr.write('password: ');
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

/**
 * `rcep admin create --username U --role admin|counter|workshop [--name "Display name"]`
 * Creates a staff account in the configured store (DATABASE_URL or RCEP_DATA_DIR/rcep.sqlite).
 */
export async function adminCommand(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const [sub] = args.positional;
  if (sub !== 'create') throw new CliError('unknown-subcommand', 'admin');
  if (args.flags.password !== undefined) throw new CliError('password-flag-not-allowed', 'password');
  const username = z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/)
    .safeParse(args.flags.username);
  if (!username.success) throw new CliError('username-invalid', 'username');
  const role = z.enum(STAFF_ROLES).safeParse(args.flags.role ?? 'admin');
  if (!role.success) throw new CliError('role-invalid', 'role');
  const displayName = typeof args.flags.name === 'string' ? args.flags.name.slice(0, 80) : null;
  const password = await readPassword();
  if (password.length < MIN_PASSWORD_LENGTH) throw new CliError('password-too-short', 'password');
  const store = await openStore(loadConfig());
  try {
    const db = sqlRunner(store);
    const passwordHash = await hashPassword(password);
    const u = await db.tx(async (q) => {
      const created = await insertUser(q, { username: username.data, role: role.data, passwordHash, displayName });
      if (created)
        await audit(q, {
          actor: 'cli',
          action: 'user-create',
          target: created.username,
          detail: { role: created.role },
        });
      return created;
    });
    if (!u) throw new CliError('username-taken', 'username');
    ctx.out(
      ctx.json ? JSON.stringify({ id: u.id, username: u.username, role: u.role }) : `created ${u.role} ${u.username}`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

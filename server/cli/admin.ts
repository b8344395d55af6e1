/**
 * The staff-account part of the `rcep` command. It lives with the server because it writes the server's
 * store; `scripts/cli/rcep.ts` runs `server/cli/admin-main.ts` as a child process for `rcep admin …`, so
 * the CLI never imports server code.
 *
 *   node --import tsx server/cli/admin-main.ts create --username U --role admin|counter|workshop [--name N] [--json]
 */
import { parseArgs } from 'node:util';
import { staffRoleSchema, staffUsernameSchema } from '../../domain/schemas/staff.js';
import { loadConfig } from '../config.js';
import { openStore } from '../store/open-store.js';
import { audit } from '../staff/audit-repo.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../staff/password.js';
import { sqlRunner } from '../staff/sql.js';
import { insertUser } from '../staff/users-repo.js';

/** Bad input: one line on stderr and exit code 2, like every `rcep` command. */
export class AdminCliError extends Error {
  constructor(
    readonly reason: string,
    readonly field?: string,
  ) {
    super(field ? `${reason} (${field})` : reason);
  }
}

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
export async function adminCommand(argv: string[], out: (text: string) => void): Promise<number> {
  const args = readArgs(argv);
  const [sub] = args.positional;
  if (sub !== 'create') throw new AdminCliError('unknown-subcommand', 'admin');
  if (args.flags.password !== undefined) throw new AdminCliError('password-flag-not-allowed', 'password');
  const username = staffUsernameSchema.safeParse(args.flags.username);
  if (!username.success) throw new AdminCliError('username-invalid', 'username');
  const role = staffRoleSchema.safeParse(args.flags.role ?? 'admin');
  if (!role.success) throw new AdminCliError('role-invalid', 'role');
  const displayName = typeof args.flags.name === 'string' ? args.flags.name.slice(0, 80) : null;
  const password = await readPassword();
  if (password.length < MIN_PASSWORD_LENGTH) throw new AdminCliError('password-too-short', 'password');
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
    if (!u) throw new AdminCliError('username-taken', 'username');
    out(
      args.flags.json === true
        ? JSON.stringify({ id: u.id, username: u.username, role: u.role })
        : `created ${u.role} ${u.username}`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

function readArgs(argv: string[]): { positional: string[]; flags: Record<string, string | boolean | undefined> } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        username: { type: 'string' },
        role: { type: 'string' },
        name: { type: 'string' },
        password: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    return { positional: positionals, flags: values };
  } catch {
    throw new AdminCliError('unknown-option', 'admin');
  }
}

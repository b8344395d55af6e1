import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CliError, parseArgs } from './args.js';
import type { CliContext, Command } from './context.js';
import { checkCommand } from './commands/check.js';
import { coverageCommand } from './commands/coverage.js';
import { originCommand } from './commands/origin.js';
import { searchCommand } from './commands/search.js';
import { tariffCommand } from './commands/tariff.js';
import { defaultPacksDir } from './load-packs.js';

const USAGE = `usage: rcep <command> [options]
  search <text> [--dest XX | --all] [--limit N] [--json]   (no --dest: nomenclature only; --all: every destination's lines)
  tariff --dest XX --code CODE [--origin CN] [--date YYYY-MM-DD] [--value N --currency XXX] [--quantity N] [--json]
  origin --hs CODE (--share PCT | --bom FILE.json) [--json]
  check --dest XX --code CODE [--value N] [--bom FILE | --share PCT [--wholly yes|no]] [--date YYYY-MM-DD] [--json]
  coverage [--json]
  admin create --username U --role admin|counter|workshop   (password from stdin or RCEP_ADMIN_PASSWORD)`;

const COMMANDS: Record<string, Command> = {
  search: searchCommand,
  tariff: tariffCommand,
  origin: originCommand,
  check: checkCommand,
  coverage: coverageCommand,
};

/** Run the CLI; returns the exit code (0 answer, 2 bad input with one line on stderr). */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  if (name === 'admin') return runAdmin(rest);
  const cmd = COMMANDS[name];
  if (!cmd) {
    process.stderr.write(`rcep: unknown-command ${name}\n`);
    return 2;
  }
  const args = parseArgs(rest);
  const ctx: CliContext = {
    json: args.flags.json === true,
    packsDir: typeof args.flags.packs === 'string' ? args.flags.packs : defaultPacksDir(),
    out: (t) => process.stdout.write(`${t}\n`),
  };
  try {
    return await cmd(args, ctx);
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`rcep ${name}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

/**
 * `rcep admin …` writes the server's store, so it is the server's code (server/cli/admin.ts), run as a
 * child with the same standard streams: the password can still come from stdin, and scripts never
 * import server modules.
 */
function runAdmin(argv: string[]): number {
  const entry = join(import.meta.dirname, '..', '..', 'server', 'cli', 'admin-main.ts');
  const r = spawnSync(process.execPath, ['--import', 'tsx', entry, ...argv], { stdio: 'inherit' });
  return r.status ?? 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`rcep: internal-error ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);

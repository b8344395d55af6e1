/** Tiny argv parser: `--key value`, `--key=value`, boolean `--flag`, positionals. */
export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | true>;
}

const BOOLEAN = new Set(['json', 'help', 'all']);

export function parseArgs(argv: string[]): ParsedArgs {
  const out: ParsedArgs = { positional: [], flags: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      if (eq > 0) out.flags[a.slice(2, eq)] = a.slice(eq + 1);
      else {
        const key = a.slice(2);
        const next = argv[i + 1];
        if (!BOOLEAN.has(key) && next !== undefined && !(next.startsWith('--') && next.length > 2)) {
          out.flags[key] = next;
          i++;
        } else out.flags[key] = true;
      }
    } else out.positional.push(a);
  }
  return out;
}

/** Bad input: printed as one line on stderr, exit code 2. */
export class CliError extends Error {
  constructor(
    readonly reason: string,
    readonly field?: string,
  ) {
    super(field ? `${reason} (${field})` : reason);
  }
}

export function str(args: ParsedArgs, key: string, required = false): string | undefined {
  const v = args.flags[key];
  if (v === undefined) {
    if (required) throw new CliError(`missing-${key}`, key);
    return undefined;
  }
  if (v === true) throw new CliError(`missing-value`, key);
  return v;
}

export function num(args: ParsedArgs, key: string): number | undefined {
  const v = str(args, key);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || v.trim() === '') throw new CliError(`bad-${key}`, key);
  return n;
}

import type { ParsedArgs } from './args.js';

/** What every command receives (scripts/cli/commands/*.ts). */
export interface CliContext {
  /** --json given: print one JSON document on stdout */
  json: boolean;
  /** packs directory (data/packs or RCEP_PACKS_DIR) */
  packsDir: string;
  out: (text: string) => void;
}

/** A command returns its exit code (0 on an answer); it throws CliError on bad input (exit 2). */
export type Command = (args: ParsedArgs, ctx: CliContext) => number | Promise<number>;

import { isParty } from '../../../domain/parties.js';
import { buildSearchIndex, search } from '../../../domain/search/index.js';
import type { Party } from '../../../domain/schemas/index.js';
import { CliError, num, str, type ParsedArgs } from '../args.js';
import type { CliContext } from '../context.js';
import { loadPacks } from '../load-packs.js';

/** rcep search <text> [--dest XX | --all] [--limit N] [--json] */
export function searchCommand(args: ParsedArgs, ctx: CliContext): number {
  const text = args.positional.join(' ').trim();
  if (!text) throw new CliError('missing-text', 'text');
  const destRaw = str(args, 'dest')?.toUpperCase();
  if (destRaw !== undefined && (!isParty(destRaw) || destRaw === 'CN'))
    throw new CliError('unknown-destination', 'dest');
  const dest = destRaw as Party | undefined;
  const limit = num(args, 'limit') ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new CliError('bad-limit', 'limit');
  // without --dest only the nomenclature is searched (loading every destination takes seconds); --all adds all lines
  const all = args.flags.all === true;
  const { packs } = loadPacks({
    dir: ctx.packsDir,
    dests: dest ? [dest] : all ? undefined : [],
    psr: false,
    annex1: false,
  });
  const hits = search(buildSearchIndex(packs), text, { dest, limit });
  if (ctx.json) ctx.out(JSON.stringify({ query: text, dest: dest ?? null, hits }, null, 2));
  else if (!hits.length) ctx.out('no hits');
  else {
    ctx.out(
      hits
        .map(
          (h) =>
            `${(h.printed ?? h.code).padEnd(14)} ${h.kind.padEnd(10)} ${(h.dest ?? '').padEnd(2)}  ${h.zh ? `${h.zh} | ` : ''}${h.en}${h.synonym ? `  (synonym: ${h.synonym})` : ''}`,
        )
        .join('\n'),
    );
  }
  return 0;
}

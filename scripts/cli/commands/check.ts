import { readFileSync } from 'node:fs';
import type { CheckInput } from '../../../domain/check/types.js';
import { runCheck } from '../../../domain/check/run-check.js';
import { indexPacks } from '../../../domain/engine-packs.js';
import { isParty } from '../../../domain/parties.js';
import type { Party } from '../../../domain/schemas/index.js';
import { CliError, num, str, type ParsedArgs } from '../args.js';
import type { CliContext } from '../context.js';
import { table } from '../format.js';
import { loadPacks } from '../load-packs.js';
import { tariffLines, tariffQuery } from './tariff.js';

function originAnswers(args: ParsedArgs): CheckInput['origin'] {
  const bomFile = str(args, 'bom');
  const share = num(args, 'share');
  if (bomFile !== undefined && share !== undefined) throw new CliError('bom-or-share-not-both', 'bom');
  if (bomFile !== undefined) {
    let bom: unknown;
    try {
      bom = JSON.parse(readFileSync(bomFile, 'utf8'));
    } catch {
      throw new CliError('bad-bom-file', 'bom');
    }
    return { mode: 'bom', bom: bom as never };
  }
  if (share === undefined) throw new CliError('missing-bom-or-share', 'share');
  const w = (str(args, 'wholly') ?? 'no').toLowerCase();
  if (!['yes', 'no', 'true', 'false'].includes(w)) throw new CliError('bad-wholly', 'wholly');
  return { mode: 'quick', share, wholly: w === 'yes' || w === 'true' };
}

/** rcep check --dest XX --code CODE [--value N] [--currency XXX] [--bom FILE | --share PCT [--wholly yes|no]] [--date] [--json] */
export function checkCommand(args: ParsedArgs, ctx: CliContext): number {
  const q = tariffQuery(args);
  const input: CheckInput = { ...q, origin: originAnswers(args) } as CheckInput;
  const dests = isParty(q.dest) && q.dest !== 'CN' ? [q.dest as Party] : [];
  const { packs } = loadPacks({ dir: ctx.packsDir, dests });
  const r = runCheck(indexPacks(packs), input);
  if ('error' in r) throw new CliError(r.error.reason, r.error.field);
  if (ctx.json) {
    ctx.out(JSON.stringify(r, null, 2));
    return 0;
  }
  ctx.out(tariffLines(r.tariff));
  const o = r.origin;
  ctx.out(
    table([
      ['verdict', o?.verdict ?? 'not evaluated'],
      ['rule', o?.rule ? `${o.rule.text.code}  [${o.rule.src} ${o.rule.row}]` : '-'],
      ['satisfiedBy', o?.satisfiedBy ? (o.satisfiedBy.text?.code ?? o.satisfiedBy.criterion) : '-'],
      ['rvc.buildDown', o?.rvc?.buildDown ?? null],
      ['rvc.buildUp', o?.rvc?.buildUp ?? null],
      ['origin.reasons', o?.reasons.join(', ') || '-'],
      ['origin.questions', o?.questions.join(', ') || undefined],
      ['articles', o?.articles.join(', ') || '-'],
      [
        'proof.options',
        r.proof.options
          .filter((p) => p.available !== false)
          .map((p) => `${p.id}${p.available === 'unconfirmed' ? ' (unconfirmed)' : ''}`)
          .join(', ') || '-',
      ],
      ['proof.blockedBy', r.proof.blockedBy],
      ['proof.checklist', r.proof.checklist.map((c) => c.ref).join(' ') || '-'],
      ['check.notes', r.notes.join(', ') || '-'],
    ]),
  );
  return 0;
}

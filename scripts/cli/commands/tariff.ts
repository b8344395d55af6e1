import { indexPacks } from '../../../domain/engine-packs.js';
import { PARTIES } from '../../../domain/parties.js';
import type { Party } from '../../../domain/schemas/index.js';
import { isTariffError, lookupTariff } from '../../../domain/tariff/lookup-tariff.js';
import type { TariffAnswer, TariffQuery } from '../../../domain/tariff/types.js';
import { CliError, num, str, type ParsedArgs } from '../args.js';
import type { CliContext } from '../context.js';
import { formatDuty, formatRate, table } from '../format.js';
import { loadPacks } from '../load-packs.js';

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Shared by tariff and check: --dest --code [--date] [--origin CN] [--value] [--currency] [--quantity]. */
export function tariffQuery(args: ParsedArgs): TariffQuery {
  const dest = str(args, 'dest', true)!.toUpperCase();
  const origin = (str(args, 'origin') ?? 'CN').toUpperCase();
  if (origin !== 'CN') throw new CliError('unsupported-origin', 'origin');
  return {
    dest: dest as Party,
    code: str(args, 'code', true)!,
    origin: 'CN',
    date: str(args, 'date') ?? today(),
    value: num(args, 'value'),
    currency: str(args, 'currency')?.toUpperCase(),
    quantity: num(args, 'quantity'),
  };
}

export function tariffLines(a: TariffAnswer): string {
  const rows: [string, string | number | null | undefined][] = [
    ['dest', `${a.dest} (${PARTIES[a.dest].en})`],
    ['code', a.line ? `${a.line.printed ?? a.line.code}  ${a.line.desc}` : a.code],
    ['date', a.date],
    ['rcepYear', a.rcepYear],
    ['mfn', a.mfn ? `${formatRate(a.mfn.expr)}  [${a.mfn.src}${a.mfn.row ? ` ${a.mfn.row}` : ''}]` : 'not in data'],
    ['mfn.adValorem', a.mfn?.adValorem ?? null],
    [
      'rcep',
      a.rcep.rate
        ? `${formatRate(a.rcep.rate.expr)}  [${a.rcep.rate.src}${a.rcep.rate.row ? ` ${a.rcep.rate.row}` : ''}]`
        : '-',
    ],
    ['rcep.adValorem', a.rcep.adValorem],
    ['rcep.status', a.rcep.status],
    ['rcep.shownYear', a.rcep.rate?.shownYear],
    [
      'rcep.conditions',
      a.rcep.conditions?.map((c) => `[${c.when.en ?? c.when.ja ?? c.when.zh ?? '?'}] ${formatRate(c.rate)}`).join('; '),
    ],
    ['path', a.path?.map((p) => `${p.current ? '*' : ''}Y${p.rcepYear} ${formatRate(p.rate)}`).join(', ')],
    ...a.other.map((o): [string, string] => [
      `other.${o.agreement}`,
      o.loaded
        ? `${formatRate(o.rate.expr)}${o.duty ? ` duty ${formatDuty(o.duty)}` : ''}  [${o.source}${o.rate.row ? ` ${o.rate.row}` : ''}] proof ${o.proof}`
        : `rates not in the data (${o.missing}); proof ${o.proof}; see ${o.portal.url}`,
    ]),
    ...a.referenceOnly.map((r): [string, string] => [`referenceOnly.${r.partner}`, formatRate(r.rate.expr)]),
    [
      'saving',
      a.saving
        ? `${a.saving.amount ?? '-'} ${a.saving.currency} (mfn ${formatDuty(a.saving.mfnDuty)}, rcep ${formatDuty(a.saving.rcepDuty)})`
        : undefined,
    ],
    ['recommendation', a.recommendation],
    ['candidates', a.candidates.length ? a.candidates.map((c) => c.printed ?? c.code).join(', ') : undefined],
    ['notes', a.notes.join(', ') || '-'],
    ['sources', a.sources.map((s) => `${s.id} (${s.file}, as of ${s.asOf})`).join('; ') || '-'],
    ['official', a.officialSources.length ? a.officialSources.map((o) => o.url).join(' ') : undefined],
  ];
  return table(rows);
}

/** rcep tariff --dest XX --code CODE [--origin CN] [--date YYYY-MM-DD] [--value N --currency XXX] [--quantity N] [--json] */
export function tariffCommand(args: ParsedArgs, ctx: CliContext): number {
  const q = tariffQuery(args);
  const { packs } = loadPacks({
    dir: ctx.packsDir,
    dests: PARTIES[q.dest as Party] && q.dest !== 'CN' ? [q.dest] : [],
    psr: false,
  });
  const r = lookupTariff(indexPacks(packs), q);
  if (isTariffError(r)) throw new CliError(r.error.reason, r.error.field);
  ctx.out(ctx.json ? JSON.stringify(r, null, 2) : tariffLines(r));
  return 0;
}

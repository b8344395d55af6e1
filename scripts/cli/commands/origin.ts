import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateOrigin } from '../../../domain/origin/evaluate.js';
import { indexPsrRows, psrInputFor, quarantinedPsrUnits } from '../../../domain/origin/find-rule.js';
import { OriginInputError, type OriginInput, type OriginVerdict } from '../../../domain/origin/types.js';
import type { PsrRow, Quarantine } from '../../../domain/schemas/index.js';
import { CliError, parseArgs, type ParsedArgs } from '../args.js';
import type { CliContext } from '../context.js';

/**
 * rcep origin --hs CODE (--share PCT | --bom FILE.json) [--wholly yes|no] [--minimal-operations yes|no]
 *             [--chemical-reaction yes|no] [--case N] [--active-ingredients-originating yes|no] [--json]
 * --case N: which numbered case of the Annex 3A rule the goods fall in (asked when the verdict differs by case).
 * Prints the verdict, the rule, which alternative is satisfied, both RVC figures and the working.
 */
export interface OriginCliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

const KNOWN = new Set([
  'hs',
  'share',
  'bom',
  'json',
  'wholly',
  'minimal-operations',
  'chemical-reaction',
  'case',
  'active-ingredients-originating',
  'packs',
]);

function yesNo(args: ParsedArgs, key: string): boolean | undefined {
  const v = args.flags[key];
  if (v === undefined) return undefined;
  const s = v === true ? 'yes' : v.toLowerCase();
  if (['yes', 'true'].includes(s)) return true;
  if (['no', 'false'].includes(s)) return false;
  throw new CliError(`bad-${key}`, key);
}

/** Build the origin input from the command line (throws CliError on bad input). */
export function originInputFromArgs(
  args: ParsedArgs,
  rows: Map<string, PsrRow>,
  quarantined?: Map<string, string>,
): OriginInput {
  const unknown = Object.keys(args.flags).find((k) => !KNOWN.has(k));
  if (unknown) throw new CliError('unknown-option', unknown);
  if (args.positional.length > 0) throw new CliError('unexpected-argument', args.positional[0]);
  const hs = args.flags.hs;
  if (hs === undefined || hs === true) throw new CliError('missing-hs', 'hs');
  const shareText = args.flags.share;
  const bomFile = args.flags.bom;
  if (shareText !== undefined && bomFile !== undefined) throw new CliError('bom-or-share-not-both', 'bom');
  const input: OriginInput = { code: hs };
  if (bomFile !== undefined) {
    if (bomFile === true) throw new CliError('missing-value', 'bom');
    let text: string;
    try {
      text = readFileSync(bomFile, 'utf8');
    } catch {
      throw new CliError('bom-file-not-readable', 'bom');
    }
    try {
      input.bom = JSON.parse(text) as OriginInput['bom'];
    } catch {
      throw new CliError('bom-not-json', 'bom');
    }
  } else if (shareText !== undefined) {
    const share = shareText === true ? NaN : Number(String(shareText).replace(/%$/, ''));
    if (shareText === true || String(shareText).trim() === '' || !Number.isFinite(share))
      throw new CliError('bad-share', 'share');
    input.share = share;
  }
  const wholly = yesNo(args, 'wholly');
  if (wholly !== undefined) input.wholly = wholly;
  if (input.bom === undefined && input.share === undefined && wholly === undefined)
    throw new CliError('missing-bom-or-share', 'share');
  const minimal = yesNo(args, 'minimal-operations');
  if (minimal !== undefined) input.minimalOperationsOnly = minimal;
  const cr = yesNo(args, 'chemical-reaction');
  if (cr !== undefined) input.chemicalReaction = cr;
  const ai = yesNo(args, 'active-ingredients-originating');
  if (ai !== undefined) input.activeIngredientsOriginating = ai;
  const caseText = args.flags.case;
  if (caseText !== undefined) {
    const n = caseText === true ? NaN : Number(caseText);
    if (!Number.isInteger(n) || n < 1) throw new CliError('psr-case-invalid', 'case');
    input.psrCase = n;
  }
  return { ...input, ...psrInputFor(rows, quarantined, hs) };
}

const fmt = (v: unknown): string => (v === undefined || v === null ? '-' : String(v));

/** Plain-text view of a verdict: one `key: value` line each, then the working steps. */
export function formatVerdict(v: OriginVerdict): string {
  const lines: [string, unknown][] = [
    ['verdict', v.verdict],
    ['code', v.code],
    ['mode', v.mode],
    [
      'rule',
      v.rule
        ? `${v.rule.text.code}  [${v.rule.src} row ${v.rule.row}, unit ${v.rule.unit}, HS ${v.rule.hsVersion}]`
        : 'not in data',
    ],
    ['rule.zh', v.rule?.text.zh],
    ['rule.en', v.rule?.text.en],
    ['satisfiedBy', v.satisfiedBy ? (v.satisfiedBy.text?.code ?? v.satisfiedBy.criterion) : undefined],
    ['rvc.buildDown', v.rvc?.buildDown],
    ['rvc.buildUp', v.rvc?.buildUp],
    ['rvc.share', v.rvc?.share],
    ['rvc.threshold', v.rvc?.threshold],
    ['rvc.vnm', v.rvc?.vnm],
    ['rvc.vom', v.rvc?.vom],
    ['rvc.fob', v.rvc?.fob],
    ['failingMaterials', v.failingMaterials.length ? v.failingMaterials.join(', ') : undefined],
    ['deMinimis.valuePct', v.deMinimis?.valuePct],
    ['deMinimis.weightPct', v.deMinimis?.weight?.pct],
    [
      'cases',
      v.cases
        ?.map(
          (c) =>
            `${c.n}. ${c.goods.otherwise ? 'all other goods' : (c.goods.text?.en ?? c.goods.hs?.map((h) => h.code).join(','))} = ${c.status}`,
        )
        .join('; '),
    ],
    ['case', v.caseIndex !== undefined ? v.caseIndex + 1 : undefined],
    ['wouldSatisfy', v.wouldSatisfy?.map((w) => w.text?.code ?? w.criterion).join(', ')],
    ['questions', v.questions.join(', ') || undefined],
    ['reasons', v.reasons.join(', ') || undefined],
    ['articles', v.articles.join(', ')],
  ];
  const out = lines
    .filter(([k, val]) => val !== undefined || ['satisfiedBy', 'rvc.buildDown', 'rvc.buildUp'].includes(k))
    .map(([k, val]) => `${k}: ${fmt(val)}`);
  out.push('working:');
  for (const s of v.steps) {
    const figs = s.figures
      ? ` ${Object.entries(s.figures)
          .map(([k, x]) => `${k}=${x}`)
          .join(' ')}`
      : '';
    out.push(
      `  - ${s.step}: ${s.result}${s.article ? ` (art. ${s.article})` : ''}${s.reason ? ` ${s.reason}` : ''}${figs}`,
    );
  }
  for (const c of v.ctc) {
    out.push(
      `  - ctc ${c.rule}${c.except ? ` except ${c.except.map((e) => e.code).join(',')}` : ''}: ${c.passes === undefined ? 'unknown' : c.passes ? 'pass' : 'fail'}`,
    );
    for (const m of c.materials) {
      const tag =
        m.status === 'originating-party'
          ? 'originating'
          : m.hsTooShort
            ? 'hs-too-short'
            : m.excepted
              ? 'excepted'
              : m.changed
                ? 'changed'
                : 'not-changed';
      out.push(`      #${m.index} ${m.hs} ${m.origin} ${m.value}: ${tag}`);
    }
  }
  return out.join('\n');
}

function run(args: ParsedArgs, rows: Map<string, PsrRow>, quarantined: Map<string, string>, json: boolean): string {
  const input = originInputFromArgs(args, rows, quarantined);
  let v: OriginVerdict;
  try {
    v = evaluateOrigin(input);
  } catch (e) {
    if (e instanceof OriginInputError) throw new CliError(e.reason, e.field);
    throw e;
  }
  return json ? JSON.stringify(v, null, 2) : formatVerdict(v);
}

/** PSR data the command needs: the rows and (optionally) the quarantined rows of the PSR pack. */
export interface PsrCliData {
  psrRows: PsrRow[];
  psrQuarantine?: Quarantine[];
}

/**
 * Two call shapes: (argv, { psrRows, psrQuarantine? }) returns { exitCode, stdout, stderr } (tests, embedding);
 * (ParsedArgs, CliContext) is the `rcep` dispatcher's Command (reads psr.json from the packs dir).
 */
export async function originCommand(args: string[], ctx: PsrCliData): Promise<OriginCliResult>;
export async function originCommand(args: ParsedArgs, ctx: CliContext): Promise<number>;
export async function originCommand(
  args: string[] | ParsedArgs,
  ctx: PsrCliData | CliContext,
): Promise<OriginCliResult | number> {
  if (Array.isArray(args)) {
    const parsed = parseArgs(args);
    const data = ctx as PsrCliData;
    const rows = indexPsrRows(data.psrRows);
    const quarantined = quarantinedPsrUnits(data.psrQuarantine ?? []);
    try {
      return { exitCode: 0, stdout: `${run(parsed, rows, quarantined, parsed.flags.json === true)}\n`, stderr: '' };
    } catch (e) {
      if (e instanceof CliError) return { exitCode: 2, stdout: '', stderr: `rcep origin: ${e.message}\n` };
      throw e;
    }
  }
  const c = ctx as CliContext;
  // psr.json read here (not via load-packs.ts, whose import.meta use keeps it out of the jest/CommonJS build)
  const file = join(c.packsDir, 'psr.json');
  const pack = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<PsrCliData & { rows: PsrRow[]; quarantine: Quarantine[] }>)
    : {};
  c.out(run(args, indexPsrRows(pack.rows ?? []), quarantinedPsrUnits(pack.quarantine ?? []), c.json));
  return 0;
}

import type { CheckInput } from '../../../../../domain/check/types.js';
import type { CheckService } from '../../../lib/check/check-service.js';
import type { BatchItem } from './parse-batch.js';

export interface BatchResult {
  row: number;
  input: string;
  code: string;
  dest: string;
  /** 'matched-by-name' when the code came from the product search (shown so the presenter can check it) */
  flags: string[];
  mfn: number | null;
  rcep: number | null;
  rcepStatus: string;
  rcepYear: number | null;
  saving: number | null;
  currency: string;
  verdict: string;
  programmes: string[];
  error: string;
  /** national lines the row's 4- or 6-digit code covers; mfn/rcep then hold the lowest, *Max the highest */
  lineCount: number;
  mfnMax: number | null;
  rcepMax: number | null;
  /** how many of those lines are duty-free under RCEP */
  freeLines: number;
  /** each line's rates, for the detail view and the second sheet of the XLSX */
  lines: { code: string; mfn: number | null; rcep: number | null; rcepStatus: string }[];
}

export interface BatchDeps {
  checks: CheckService;
  /** top product-search hit for a name (undefined when nothing matches) */
  codeForName(name: string, dest: string): Promise<string | undefined>;
  /** ids of the programmes matched for a destination, HS chapter and origin verdict */
  programmes(dest: string, chapter: string, verdict: string | undefined): Promise<string[]>;
  /** the destination's national lines under a 4- or 6-digit code, as the wizard's line step lists them */
  linesUnder?(digits: string, dest: string): Promise<string[]>;
  today: string;
}

const empty = (i: BatchItem): BatchResult => ({
  row: i.row,
  input: i.code ?? i.name ?? '',
  code: i.code ?? '',
  dest: i.dest,
  flags: [],
  mfn: null,
  rcep: null,
  rcepStatus: '',
  rcepYear: null,
  saving: null,
  currency: '',
  verdict: '',
  programmes: [],
  error: '',
  lineCount: 0,
  mfnMax: null,
  rcepMax: null,
  freeLines: 0,
  lines: [],
});

const lo = (xs: (number | null)[]) =>
  xs.some((x) => x !== null) ? Math.min(...(xs.filter((x) => x !== null) as number[])) : null;
const hi = (xs: (number | null)[]) =>
  xs.some((x) => x !== null) ? Math.max(...(xs.filter((x) => x !== null) as number[])) : null;

async function one(i: BatchItem, d: BatchDeps): Promise<BatchResult> {
  const out = empty(i);
  let code = i.code;
  if (!code && i.name) {
    code = await d.codeForName(i.name, i.dest);
    if (!code) return { ...out, error: 'name-not-found' };
    out.flags.push('matched-by-name');
    out.code = code;
  }
  const input: CheckInput = {
    code: code!,
    dest: i.dest as CheckInput['dest'],
    date: d.today,
    value: i.value,
    currency: i.value !== undefined ? 'USD' : undefined,
    origin: { mode: 'quick', share: i.share ?? 0, wholly: false },
  };
  let run = await d.checks.run(input);
  // a 4- or 6-digit code is priced like the wizard: through the destination's national lines under it
  const digits = code!.replace(/\D/g, '');
  const notInData = 'error' in run.outcome || run.outcome.tariff.rcep.status === 'not-in-data';
  const under =
    notInData && digits.length <= 6 && d.linesUnder ? await d.linesUnder(digits, i.dest).catch(() => []) : [];
  if (under.length === 1) run = await d.checks.run({ ...input, code: under[0] });
  else if (under.length > 1) {
    for (const line of under) {
      const lr = await d.checks.run({ ...input, code: line });
      if ('error' in lr.outcome) continue;
      const lt = lr.outcome.tariff;
      out.lines.push({
        code: line,
        mfn: lt.mfn?.adValorem ?? null,
        rcep: lt.rcep.adValorem,
        rcepStatus: lt.rcep.status,
      });
      if (out.lines.length === 1) run = lr;
    }
  }
  if ('error' in run.outcome) return { ...out, error: run.outcome.error.reason };
  const r = run.outcome;
  const t = r.tariff;
  Object.assign(out, {
    code: t.line?.code ?? t.code,
    mfn: t.mfn?.adValorem ?? null,
    rcep: t.rcep.adValorem,
    rcepStatus: t.rcep.status,
    rcepYear: t.rcepYear ?? null,
    saving: t.saving?.amount ?? null,
    currency: t.saving?.currency ?? '',
    verdict: i.share === undefined ? 'share-not-given' : (r.origin?.verdict ?? ''),
  });
  if (out.lines.length > 1) {
    Object.assign(out, {
      code: digits,
      mfn: lo(out.lines.map((l) => l.mfn)),
      mfnMax: hi(out.lines.map((l) => l.mfn)),
      rcep: lo(out.lines.map((l) => l.rcep)),
      rcepMax: hi(out.lines.map((l) => l.rcep)),
      rcepStatus: 'range',
      saving: null,
    });
    out.freeLines = out.lines.filter((l) => l.rcep === 0).length;
  }
  out.lineCount = Math.max(out.lines.length, 1);
  out.programmes = await d.programmes(i.dest, code!.replace(/\D/g, '').slice(0, 2), r.origin?.verdict).catch(() => []);
  return out;
}

/**
 * Runs the batch in the browser on the same engine as the wizard (packs cached locally), one product
 * at a time, yielding to the page between rows so the progress bar repaints. A row's failure is
 * recorded in its `error` and never stops the batch.
 */
export async function runBatch(
  items: BatchItem[],
  d: BatchDeps,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  onProgress(0, items.length);
  for (const i of items) {
    if (signal?.aborted) break;
    try {
      out.push(await one(i, d));
    } catch (e) {
      out.push({ ...empty(i), error: (e as { reason?: string }).reason ?? 'check-failed' });
    }
    onProgress(out.length, items.length);
    await new Promise((r) => setTimeout(r, 0));
  }
  return out;
}

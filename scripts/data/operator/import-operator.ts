import { existsSync, readdirSync } from 'node:fs';
import type { ImportResult } from '../lib/assemble.js';
import { importOperatorAnnex1 } from './annex1-csv.js';
import { importOperatorPsr } from './psr-csv.js';

export interface OperatorImport {
  annex1: ImportResult & { lines: NonNullable<ReturnType<typeof importOperatorAnnex1>['lines']> };
  psr: ImportResult;
  /** per file: accepted / quarantined */
  report: { file: string; accepted: number; quarantined: number }[];
}

/** Load every annex1*.csv and psr*.csv of an operator folder (layouts in docs/data-layouts.md). */
export async function importOperator(dir: string): Promise<OperatorImport> {
  if (!existsSync(dir)) throw new Error(`operator folder not found: ${dir}`);
  const files = readdirSync(dir).sort();
  const out: OperatorImport = {
    annex1: { sources: [], lines: [], quarantine: [] },
    psr: { sources: [], rows: [], quarantine: [] },
    report: [],
  };
  for (const f of files.filter((f) => /^annex1.*\.csv$/i.test(f))) {
    const r = importOperatorAnnex1(dir, f);
    out.annex1.sources.push(...r.sources);
    out.annex1.lines.push(...r.lines);
    out.annex1.quarantine.push(...r.quarantine);
    out.report.push({ file: f, accepted: r.accepted, quarantined: r.quarantine.length });
  }
  for (const f of files.filter((f) => /^psr.*\.csv$/i.test(f))) {
    const r = importOperatorPsr(dir, f);
    out.psr.sources.push(...r.sources);
    out.psr.rows!.push(...r.rows);
    out.psr.quarantine.push(...r.quarantine);
    out.report.push({ file: f, accepted: r.accepted, quarantined: r.quarantine.length });
  }
  for (const r of out.report) console.log(`operator: ${r.file}: ${r.accepted} accepted, ${r.quarantined} quarantined`);
  return out;
}

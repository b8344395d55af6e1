import type { Annex1Pack, HsPack, Party, PsrPack, TariffPack } from '../../../domain/schemas/index.js';

/** What data:check reads: the committed packs and manifest (never the raw mirror). */
export interface CheckInput {
  hs?: HsPack;
  psr?: PsrPack;
  annex1?: Annex1Pack;
  tariffs: Partial<Record<Party, TariffPack>>;
  manifest?: Record<string, unknown>;
  /** file name (e.g. 'tariff-au.json', 'manifest.json') -> its text as committed */
  texts: Record<string, string>;
}

export interface Finding {
  level: 'error' | 'warning' | 'info';
  check: string;
  message: string; // kebab-case code, then optional words
  where?: string;
  actual?: unknown;
  expected?: unknown;
}

export interface Report {
  error(message: string, detail?: Omit<Finding, 'level' | 'check' | 'message'>): void;
  warning(message: string, detail?: Omit<Finding, 'level' | 'check' | 'message'>): void;
  info(message: string, detail?: Omit<Finding, 'level' | 'check' | 'message'>): void;
}

/** A data check (architecture.md, example 6). */
export interface DataCheck {
  name: string;
  description: string;
  check(input: CheckInput, report: Report): void;
}

/** Collect findings of one check (used by data:check and by the tests). */
export function runChecks(checks: DataCheck[], input: CheckInput): Finding[] {
  const findings: Finding[] = [];
  for (const c of checks) {
    const push =
      (level: Finding['level']) => (message: string, detail?: Omit<Finding, 'level' | 'check' | 'message'>) =>
        findings.push({ level, check: c.name, message, ...detail });
    const report: Report = { error: push('error'), warning: push('warning'), info: push('info') };
    try {
      c.check(input, report);
    } catch (e) {
      report.error('check-crashed', { actual: e instanceof Error ? e.message : String(e) });
    }
  }
  return findings;
}

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * `npm audit --omit=dev` gate: fails on any high or critical advisory affecting production
 * dependencies unless docs/reliability.md lists it in its "Accepted advisories" table with a reason.
 *   node --import tsx scripts/audit-check.ts [--json-file saved-audit.json]
 * Exit codes: 0 passed; 1 unaccepted high/critical advisories; 2 the audit could not run (registry
 * unreachable, npm error, unreadable answer): the check did NOT pass and says so.
 */
export const EXIT = { passed: 0, advisories: 1, unreachable: 2 } as const;
const DOC = 'docs/reliability.md';

export interface Advisory {
  id: string;
  pkg: string;
  severity: string;
  title: string;
  url: string;
}
export interface Accepted {
  id: string;
  reason: string;
}

type Via = string | { source?: number; name?: string; title?: string; url?: string; severity?: string };
interface AuditJson {
  error?: { code?: string; summary?: string; detail?: string };
  message?: string;
  vulnerabilities?: Record<string, { name: string; severity: string; via: Via[] }>;
  metadata?: { vulnerabilities?: Record<string, number>; dependencies?: Record<string, number> };
}

/** GHSA id from the advisory URL, else the npm advisory number */
const idOf = (v: Exclude<Via, string>) => v.url?.match(/GHSA-[\w-]+/)?.[0] ?? String(v.source ?? v.url ?? v.title);

/** high and critical advisories (deduplicated), from `npm audit --json` (report version 2) */
export function highAdvisories(report: AuditJson): Advisory[] {
  const out = new Map<string, Advisory>();
  for (const vuln of Object.values(report.vulnerabilities ?? {}))
    for (const via of vuln.via)
      if (typeof via === 'object' && (via.severity === 'high' || via.severity === 'critical')) {
        const id = idOf(via);
        out.set(id, {
          id,
          pkg: via.name ?? vuln.name,
          severity: via.severity,
          title: via.title ?? '',
          url: via.url ?? '',
        });
      }
  return [...out.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** rows of the "Accepted advisories" table: | id | package | severity | reason | ... (a row without a reason does not count) */
export function acceptedAdvisories(markdown: string): Accepted[] {
  const section = markdown.split(/^## /m).find((s) => /^Accepted advisories/i.test(s)) ?? '';
  return section
    .split('\n')
    .filter((l) => /^\|/.test(l) && !/^\|\s*-/.test(l))
    .map((l) => l.split('|').map((c) => c.trim()))
    .map((c) => ({ id: c[1] ?? '', reason: c[4] ?? '' }))
    .filter((a) => /^(GHSA-[\w-]+|\d+)$/.test(a.id) && a.reason.length > 0);
}

function runAudit(): { report?: AuditJson; problem?: string } {
  const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 180_000 });
  if (r.error) return { problem: `npm audit could not run: ${r.error.message}` };
  try {
    return { report: JSON.parse(r.stdout) as AuditJson };
  } catch {
    return { problem: `npm audit gave no JSON (exit ${r.status}): ${(r.stderr || r.stdout).trim().slice(0, 400)}` };
  }
}

export function main(argv: string[]): number {
  const file = argv[argv.indexOf('--json-file') + 1];
  const { report, problem } = argv.includes('--json-file')
    ? { report: JSON.parse(fs.readFileSync(file, 'utf8')) as AuditJson, problem: undefined }
    : runAudit();
  if (!report || report.error || !report.vulnerabilities) {
    const why =
      problem ||
      report?.message ||
      report?.error?.summary ||
      report?.error?.code ||
      'no vulnerabilities section in the answer';
    console.error(`audit-check: UNREACHABLE: the npm audit endpoint could not be queried: ${why}`);
    console.error('audit-check: NOT passed (exit 2): rerun with registry access before a release.');
    return EXIT.unreachable;
  }
  const counts = report.metadata?.vulnerabilities ?? {};
  const deps = report.metadata?.dependencies ?? {};
  console.log(`audit-check: npm audit --omit=dev: ${JSON.stringify(counts)} (dependencies ${JSON.stringify(deps)})`);
  const accepted = new Map(
    acceptedAdvisories(fs.existsSync(DOC) ? fs.readFileSync(DOC, 'utf8') : '').map((a) => [a.id, a]),
  );
  const high = highAdvisories(report);
  const open = high.filter((a) => !accepted.has(a.id));
  for (const a of high)
    console.log(
      `  ${accepted.has(a.id) ? 'accepted' : 'OPEN    '} ${a.severity.padEnd(8)} ${a.pkg} ${a.id} ${a.title}` +
        (accepted.has(a.id) ? ` (reason: ${accepted.get(a.id)!.reason})` : ` ${a.url}`),
    );
  if (open.length > 0) {
    console.error(`audit-check: ${open.length} high/critical advisories not accepted in ${DOC} -> failed`);
    return EXIT.advisories;
  }
  console.log(`audit-check: passed (${high.length} high/critical, all accepted in ${DOC})`);
  return EXIT.passed;
}

// run when executed (not when imported by its test; no import.meta: jest compiles tests to CommonJS)
if (/audit-check\.ts$/.test(process.argv[1] ?? '')) process.exit(main(process.argv.slice(2)));

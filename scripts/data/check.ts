/**
 * data:check — run every check of scripts/data/checks on the committed packs (data/), never the raw mirror.
 *   node --import tsx scripts/data/check.ts [--data <dir>] [--verbose] [--list-quarantine]
 * --list-quarantine prints every quarantined row (pack, src, file, row, reason, code, detail).
 * Prints errors and warnings with actual/expected; exits 1 on any error.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHECKS } from './checks/index.js';
import { loadPacks } from './checks/load-packs.js';
import { runChecks, type Finding } from './checks/types.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: { data: { type: 'string' }, verbose: { type: 'boolean' }, 'list-quarantine': { type: 'boolean' } },
});
const input = loadPacks(resolve(values.data ?? join(repoRoot, 'data')));
const findings = runChecks(CHECKS, input);
const show = (f: Finding) =>
  [
    `${f.level.toUpperCase()} [${f.check}] ${f.message}`,
    f.where && `at ${f.where}`,
    f.actual !== undefined && `actual ${JSON.stringify(f.actual)}`,
    f.expected !== undefined && `expected ${JSON.stringify(f.expected)}`,
  ]
    .filter(Boolean)
    .join(' ');
for (const f of findings)
  if (f.level !== 'info' || values.verbose || f.check === 'quarantine-listed') console.log(show(f));
if (values['list-quarantine']) {
  const packs = {
    'hs.json': input.hs,
    'annex1.json': input.annex1,
    'psr.json': input.psr,
    ...Object.fromEntries(Object.entries(input.tariffs).map(([d, p]) => [`tariff-${d.toLowerCase()}.json`, p])),
  };
  for (const [file, pack] of Object.entries(packs)) {
    for (const q of pack?.quarantine ?? [])
      console.log(
        ['QUARANTINED', file, q.src, q.file, `row ${q.row}`, q.reason, q.code ?? '', q.detail ?? ''].join('\t'),
      );
  }
}
const errors = findings.filter((f) => f.level === 'error').length;
const warnings = findings.filter((f) => f.level === 'warning').length;
console.log(`data:check: ${CHECKS.length} checks, ${errors} errors, ${warnings} warnings`);
process.exit(errors ? 1 : 0);

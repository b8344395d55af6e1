/**
 * `npm test`: every gate in order — typecheck, lint + format, data:check, Jest (unit, component, golden,
 * API against SQLite and a throwaway PostgreSQL), then the end-to-end suite in real Chromium.
 * Nothing is skipped silently: a gate that cannot run fails with its reason.
 * The last line is the combined count, e.g. "Tests: 512 passed, 0 failed".
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const env: NodeJS.ProcessEnv = { ...process.env };

function step(name: string, cmd: string, args: string[]): void {
  console.log(`\n== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) fail(`${name} failed (exit ${r.status ?? r.signal})`);
}

/** counts of the suites that ran so far; a gate that fails before reporting counts as one failure */
let passed = 0;
let failed = 0;

function fail(message: string, counted = false): never {
  stopPostgres();
  console.error(`\nnpm test: ${message}`);
  console.log(`Tests: ${passed} passed, ${counted ? failed : failed + 1} failed`);
  process.exit(1);
}

let startedPg = false;
function startPostgres(): void {
  if (env.TEST_DATABASE_URL) return;
  const r = spawnSync('bash', ['scripts/dev/pg-test.sh', 'start'], { cwd: root, env, encoding: 'utf8' });
  const url = (r.stdout.trim().split('\n').pop() ?? '').replace(/^TEST_DATABASE_URL=/, '');
  if (r.status !== 0 || !url.startsWith('postgres'))
    fail(`could not start a throwaway PostgreSQL (install the Debian package postgresql):\n${r.stderr}`);
  env.TEST_DATABASE_URL = url;
  startedPg = true;
}
function stopPostgres(): void {
  if (startedPg) spawnSync('bash', ['scripts/dev/pg-test.sh', 'stop'], { cwd: root, env, stdio: 'inherit' });
  startedPg = false;
}

const npx = 'npx';
step('typecheck', npx, ['tsc', '-p', 'tsconfig.json', '--noEmit']);
step('lint', npx, ['eslint', '--max-warnings', '0', '.']);
step('format', npx, ['prettier', '--check', '.']);
step('imports', 'node', ['--import', 'tsx', 'scripts/lint/check-imports.ts']);
step('unused exports', npx, ['knip', '--no-progress']);
step('data:check', 'node', ['--import', 'tsx', 'scripts/data/check.ts']);

startPostgres();
const jestOut = join(mkdtempSync(join(tmpdir(), 'rcep-jest-')), 'jest.json');
console.log('\n== jest (TEST_DATABASE_URL set: PostgreSQL tests run)');
const jest = spawnSync(npx, ['jest', '--ci', '--json', `--outputFile=${jestOut}`], {
  cwd: root,
  env,
  stdio: 'inherit',
});
try {
  const summary = JSON.parse(readFileSync(jestOut, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
} catch {
  fail('jest did not report results');
}
if (jest.status !== 0) fail(`jest failed: ${failed} failed, ${passed} passed`, failed > 0);

step('client build', npx, ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn']);
console.log('\n== e2e (headless Chromium)');
const e2e = spawnSync('node', ['--import', 'tsx', 'test/e2e/run.ts'], {
  cwd: root,
  env,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
process.stdout.write(e2e.stdout ?? '');
const m = /(\d+) passed, (\d+) failed/.exec(e2e.stdout ?? '');
if (!m) fail('e2e suite did not report its counts');
passed += Number(m[1]);
failed += Number(m[2]);
stopPostgres();
if (e2e.status !== 0 || failed > 0) {
  console.log(`Tests: ${passed} passed, ${failed} failed`);
  process.exit(1);
}
console.log(`Tests: ${passed} passed, ${failed} failed`);

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { runLoad } from './load';

/**
 * `npm run test:reliability`: the suites too long for `npm test`.
 *  1. load: 200 attendees doing search -> check against the real server for RCEP_LOAD_SECONDS (60);
 *  2. durability on PostgreSQL: runs the existing test/api/durability.test.ts ("PostgreSQL" case) when
 *     TEST_DATABASE_URL is set (under CI=true a missing TEST_DATABASE_URL is a failure, never a skip).
 * Exit code 0 only when every part passed.
 */
async function main(): Promise<number> {
  const results: [string, 'passed' | 'failed' | 'skipped'][] = [];

  const load = await runLoad();
  results.push([
    `load (${load.requests} requests, ${load.rps}/s, ${load.errors} errors)`,
    load.ok ? 'passed' : 'failed',
  ]);

  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    console.log('durability (PostgreSQL): test/api/durability.test.ts -t PostgreSQL');
    const jest = path.join('node_modules', 'jest', 'bin', 'jest.js');
    const r = spawnSync(
      process.execPath,
      [jest, '--ci', '--runInBand', 'test/api/durability.test.ts', '-t', 'PostgreSQL'],
      { stdio: 'inherit', env: process.env },
    );
    results.push(['durability (PostgreSQL, SIGKILL mid-stream)', r.status === 0 ? 'passed' : 'failed']);
  } else if (process.env.CI === 'true') {
    console.error('durability (PostgreSQL): TEST_DATABASE_URL is not set but CI=true (scripts/dev/pg-test.sh start)');
    results.push(['durability (PostgreSQL)', 'failed']);
  } else {
    console.log('durability (PostgreSQL): skipped, TEST_DATABASE_URL is not set (scripts/dev/pg-test.sh start)');
    results.push(['durability (PostgreSQL)', 'skipped']);
  }

  console.log('\nreliability summary:');
  for (const [name, status] of results) console.log(`  ${status.padEnd(7)} ${name}`);
  const failed = results.filter(([, s]) => s === 'failed').length;
  console.log(`Reliability: ${failed === 0 ? 'passed' : `${failed} failed`} (${results.length} parts)`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`reliability: ${(e as Error).stack ?? e}`);
    process.exit(1);
  },
);

import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data/build.ts', ...args], { encoding: 'utf8' });

describe('data:build command line', () => {
  it('refuses to run without --from and says what to pass', () => {
    const r = run();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--from <dir> is required');
  });
  it('refuses a folder that is not the raw mirror', () => {
    const r = run('--from', mkdtempSync(join(tmpdir(), 'not-mirror-')));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('does not look like the raw mirror');
  });
});

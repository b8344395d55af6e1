import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
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

// The full build takes minutes: run with RCEP_FULL_BUILD=1 (and the raw mirror at ../shared/data or RCEP_RAW).
const full = process.env.RCEP_FULL_BUILD ? it : it.skip;
full(
  'reproduces the committed packs byte for byte',
  () => {
    const out = mkdtempSync(join(tmpdir(), 'packs-'));
    const r = run('--from', process.env.RCEP_RAW ?? '../shared/data', '--out', out);
    expect(r.status).toBe(0);
    const files = ['manifest.json', ...readdirSync('data/packs').map((f) => `packs/${f}`)];
    for (const f of files) expect([f, readFileSync(join(out, f), 'utf8') === readFileSync(join('data', f), 'utf8')]).toEqual([f, true]);
  },
  900_000,
);

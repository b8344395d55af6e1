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

// The full build takes about a minute: run with RCEP_FULL_BUILD=1 (and the raw mirror at ../shared/data or RCEP_RAW).
const full = process.env.RCEP_FULL_BUILD ? it : it.skip;
full(
  'two builds give identical bytes, and those of the committed packs',
  () => {
    const outs = [mkdtempSync(join(tmpdir(), 'packs-a-')), mkdtempSync(join(tmpdir(), 'packs-b-'))];
    for (const out of outs)
      expect(run('--from', process.env.RCEP_RAW ?? '../shared/data', '--out', out).status).toBe(0);
    const files = ['manifest.json', ...readdirSync('data/packs').map((f) => `packs/${f}`)];
    expect(readdirSync(join(outs[0]!, 'packs')).sort()).toEqual(readdirSync('data/packs').sort());
    for (const f of files) {
      const [a, b] = outs.map((o) => readFileSync(join(o, f)));
      expect([f, a!.equals(b!)]).toEqual([f, true]);
      expect([f, a!.equals(readFileSync(join('data', f)))]).toEqual([f, true]);
    }
  },
  900_000,
);

/**
 * Golden: `rcep origin`. Rule typed from the Korean statute
 * (raw mirror psr/rcep-psr-hs2022-ko.tsv line 1840: "8509.80  6단위 세번변경기준 또는 … 40퍼 센트 이상일 것" = CTSH or RVC40).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { originCommand } from '../../scripts/cli/commands/origin.js';
import type { PsrRow } from '../../domain/schemas/index.js';

const psrRows: PsrRow[] = [
  {
    unit: '850980',
    hsVersion: '2022',
    src: 'kr-rcep-psr-hs2022',
    row: '1840',
    rule: { kind: 'or', rules: [{ kind: 'CTSH' }, { kind: 'RVC', threshold: 40 }] },
  },
];
const dir = mkdtempSync(join(tmpdir(), 'rcep-origin-'));
const bomFile = join(dir, 'bom.json');
// VNM = 30 (US) + 15 (unknown) = 45 -> build-down (100 − 45) / 100 × 100 = 55
// VOM = 10 (CN) + 5 (JP) = 15 -> build-up (15 + 10 + 5 + 5 + 0) / 100 × 100 = 35
writeFileSync(
  bomFile,
  JSON.stringify({
    hs: '8509.80',
    fob: 100,
    materials: [
      { hs: '8501.40', origin: 'US', value: 30 },
      { hs: '3926.90', origin: 'CN', value: 10 },
      { hs: '8208.30', origin: 'JP', value: 5 },
      { hs: '8544.42', origin: 'unknown', value: 15 },
    ],
    costs: { labour: 10, overhead: 5, profit: 5, other: 0 },
  }),
);
const badFile = join(dir, 'bad.json');
writeFileSync(
  badFile,
  JSON.stringify({ hs: '8509.80', fob: 100, materials: [{ hs: '8501.40', origin: 'US', value: -3 }] }),
);

describe('rcep origin', () => {
  it('prints verdict, rule, satisfiedBy and both RVC figures', async () => {
    const r = await originCommand(['--hs', '8509.80.10', '--bom', bomFile], { psrRows });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^verdict: originating$/m);
    expect(r.stdout).toMatch(/^rule: CTSH or RVC40 {2}\[kr-rcep-psr-hs2022 row 1840/m);
    expect(r.stdout).toMatch(/^satisfiedBy: CTSH$/m);
    expect(r.stdout).toMatch(/^rvc.buildDown: 55$/m);
    expect(r.stdout).toMatch(/^rvc.buildUp: 35$/m);
    expect(r.stdout).toMatch(/^working:$/m);
  });

  it('--json gives the verdict document', async () => {
    const r = await originCommand(['--hs', '850980', '--share', '45', '--json'], { psrRows });
    const v = JSON.parse(r.stdout);
    expect(v).toMatchObject({
      verdict: 'originating',
      mode: 'quick',
      satisfiedBy: { rule: { kind: 'RVC', threshold: 40 } },
    });
  });

  it('a quarantined unit is reported, not replaced by a less specific rule', async () => {
    // psr/rcep-psr-hs2022-ko.tsv line 867: 38.08 has a proviso the rule tree cannot hold (quarantined)
    const psrQuarantine = [
      {
        src: 'kr-rcep-psr-hs2022',
        file: 'psr/rcep-psr-hs2022-ko.tsv',
        row: '867',
        reason: 'psr-ko-condition-not-supported',
        code: '3808',
      },
    ];
    // synthetic chapter row (not from the source; Annex 3A has no chapter-38 unit) to show there is no fallback
    const rows: PsrRow[] = [...psrRows, { unit: '38', hsVersion: '2022', src: 'test', row: '0', rule: { kind: 'CC' } }];
    const r = await originCommand(['--hs', '3808.91', '--share', '45'], { psrRows: rows, psrQuarantine });
    expect(r.stdout).toMatch(/^verdict: rule-not-in-data$/m);
    expect(r.stdout).toMatch(/^reasons: psr-row-quarantined$/m);
  });

  it('no rule in data', async () => {
    const r = await originCommand(['--hs', '9401.10', '--share', '45'], { psrRows });
    expect(r.stdout).toMatch(/^verdict: rule-not-in-data$/m);
    expect(r.stdout).toMatch(/^wouldSatisfy: RVC40$/m);
  });

  it.each([
    [['--share', '45'], 'missing-hs (hs)'],
    [['--hs', '8509.80'], 'missing-bom-or-share (share)'],
    [['--hs', '8509.80', '--share', 'abc'], 'bad-share (share)'],
    [['--hs', '8509.80', '--share', '140'], 'share-out-of-range (share)'],
    [['--hs', '8509.80', '--bom', '/nonexistent/x.json'], 'bom-file-not-readable (bom)'],
    [['--hs', '8509.80', '--bom', bomFile, '--share', '3'], 'bom-or-share-not-both (bom)'],
    [['--hs', '8509.80', '--bom', badFile], 'negative-value (bom.materials.0.value)'],
    [['--hs', '8509.80', '--share', '45', '--colour', 'red'], 'unknown-option (colour)'],
  ])('bad input %j -> exit 2, one line on stderr', async (argv, line) => {
    const r = await originCommand(argv, { psrRows });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(`rcep origin: ${line}\n`);
    expect(r.stdout).toBe('');
  });
});

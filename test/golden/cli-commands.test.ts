/**
 * The real `rcep` CLI, spawned on small packs written to a temp dir (RCEP_PACKS_DIR).
 * Figures come from the raw mirror: jp/j_61_tariff_data.json 6109.10-020 (WTO 7.4%, RCEP 中国 4.6%, 2026 = JP Year 6);
 * vn/vn_tariff_2026_mfn_acfta_rcep.csv row 8872 (85098090: MFN 25, ACFTA 5, RCEP 25; 2026 = VN Year 5);
 * psr/rcep-psr-hs2022-ko-with-en-codes.csv row 1841 (8509.80: CTSH or RVC40).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
let dir: string;
const src = (id: string) => ({ id, title: id, file: id, sha256: '0'.repeat(64), asOf: '2026', publisher: 'test' });
const entry = (pct: number, rcepYear: number, s: string, row: string) => ({
  rate: { kind: 'adValorem', pct },
  rcepYear,
  asOf: '2026',
  src: s,
  row,
});

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rcep-cli-'));
  const w = (name: string, o: unknown) => writeFileSync(join(dir, name), JSON.stringify(o));
  w('tariff-jp.json', {
    _generated: 't',
    dest: 'JP',
    chinaColumn: 'china-specific',
    sources: [src('jp-2026')],
    quarantine: [],
    lines: [
      {
        code: '610910020',
        printed: '6109.10-020',
        hsVersion: '2022',
        desc: 'Other',
        mfn: [entry(7.4, 6, 'jp-2026', 'j_61 6109.10-020')],
        rcep: [entry(4.6, 6, 'jp-2026', 'j_61 6109.10-020')],
      },
    ],
  });
  w('tariff-vn.json', {
    _generated: 't',
    dest: 'VN',
    chinaColumn: 'china-specific',
    sources: [src('vn-2026')],
    quarantine: [],
    lines: [
      {
        code: '85098090',
        hsVersion: '2022',
        desc: 'Other',
        mfn: [entry(25, 5, 'vn-2026', '8872')],
        rcep: [entry(25, 5, 'vn-2026', '8872')],
        other: { ACFTA: [entry(5, 5, 'vn-2026', '8872')] },
      },
    ],
  });
  w('hs.json', {
    _generated: 't',
    sources: [],
    sections: [],
    versions: {
      '2022': [
        {
          code: '6109',
          en: 'T-shirts, singlets and other vests; knitted or crocheted',
          zh: '针织或钩编的T恤衫、汗衫及其他背心',
        },
        { code: '850980', en: 'Electro-mechanical domestic appliances n.e.c.' },
      ],
      '2017': [],
      '2012': [],
    },
    correlation: { '2022-2012': [], '2022-2017': [] },
    synonyms: [],
    quarantine: [],
  });
  w('psr.json', {
    _generated: 't',
    sources: [src('psr-ko')],
    quarantine: [],
    rows: [
      {
        unit: '850980',
        hsVersion: '2022',
        rule: { kind: 'or', rules: [{ kind: 'CTSH' }, { kind: 'RVC', threshold: 40 }] },
        src: 'psr-ko',
        row: '1841',
      },
    ],
  });
  w('annex1.json', { _generated: 't', sources: [], lines: [], quarantine: [] });
  // bill of materials: 30 + 10 of non-originating materials on FOB 100 -> build-down (100-40)/100 = 60%
  w('bom.json', {
    hs: '8509.80',
    fob: 100,
    materials: [
      { hs: '8501.40', origin: 'US', value: 30 },
      { hs: '8509.90', origin: 'DE', value: 10 },
    ],
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function rcep(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli/rcep.ts', ...args], {
    cwd: root,
    env: { ...process.env, RCEP_PACKS_DIR: dir },
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('rcep CLI', () => {
  it('tariff --json prints the answer fields', () => {
    const r = rcep('tariff', '--dest', 'JP', '--code', '6109.10-020', '--date', '2026-07-09', '--json');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(a).toMatchObject({
      dest: 'JP',
      code: '610910020',
      date: '2026-07-09',
      rcepYear: 6,
      mfn: { adValorem: 7.4 },
      rcep: { adValorem: 4.6, status: 'reduced' },
    });
    expect(a.sources.map((s: { id: string }) => s.id)).toEqual(['jp-2026']);
  });
  it('tariff human output names the fields', () => {
    const r = rcep(
      'tariff',
      '--dest',
      'vn',
      '--code',
      '8509.80.90',
      '--date',
      '2026-03-01',
      '--value',
      '1000',
      '--currency',
      'USD',
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/rcep\.status\s+no-reduction/);
    expect(r.out).toMatch(/recommendation\s+ACFTA/);
    expect(r.out).toMatch(/acfta-own-origin-rules/);
  });
  it('bad input: exit 2 with one line on stderr', () => {
    for (const args of [
      ['tariff', '--dest', 'XX', '--code', '8509'],
      ['tariff', '--dest', 'JP', '--code', 'abc'],
      ['tariff', '--dest', 'JP'],
      ['nonsense'],
    ]) {
      const r = rcep(...args);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });
  it('search finds Chinese names and codes', () => {
    const r = rcep('search', '汗衫', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).hits[0].code).toBe('6109');
    expect(rcep('search', '6109.10-020', '--dest', 'JP').out).toMatch(/6109\.10-020/);
  });
  it('check combines tariff and origin', () => {
    const r = rcep(
      'check',
      '--dest',
      'VN',
      '--code',
      '8509.80.90',
      '--date',
      '2026-03-01',
      '--value',
      '1000',
      '--currency',
      'USD',
      '--share',
      '60',
      '--json',
    );
    expect(r.code).toBe(0);
    const c = JSON.parse(r.out);
    expect(c.tariff.rcep.status).toBe('no-reduction');
    expect(c.origin.rule.unit).toBe('850980');
    expect(c.origin.verdict).toBe('originating'); // share 60% >= RVC40 satisfies "CTSH or RVC40"
  });
  it('coverage --json reports per destination', () => {
    const r = rcep('coverage', '--json');
    expect(r.code).toBe(0);
    const jp = JSON.parse(r.out).destinations.find((d: { dest: string }) => d.dest === 'JP');
    expect(jp).toMatchObject({ loaded: true, lines: 1, withMfn: { '2026': 1 }, withRcepForChina: { '2026': 1 } });
  });
});

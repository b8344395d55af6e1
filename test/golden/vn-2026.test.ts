import { tariffLineSchema, type TariffLine } from '../../domain/schemas/index.js';
import { importKcs } from '../../scripts/data/kcs/import-kcs.js';
import { importVietnam2026, parseVnCell } from '../../scripts/data/vn/import-vn-2026.js';
import { mergeVietnam, type VnMerged } from '../../scripts/data/vn/merge-vietnam.js';
import { mirror } from '../../scripts/data/kcs/test-mirror.js';

// Expected values read from vn/vn_tariff_2026_mfn_acfta_rcep.csv (row = file line, header = 1)
// and kcs/kcs-2025-vn.xlsx (row = worksheet row).
jest.setTimeout(120000);
const from = mirror();
let merged: VnMerged;
let only2026: Awaited<ReturnType<typeof importVietnam2026>>;
beforeAll(async () => {
  const kcs = await importKcs(from, 'VN');
  only2026 = await importVietnam2026(from, kcs.english);
  merged = mergeVietnam(kcs, only2026);
});
const line = (code: string): TariffLine => {
  const l = merged.lines.find((x) => x.code === code);
  if (!l) throw new Error(`line ${code} missing`);
  return l;
};

describe('Viet Nam 2025 (KCS) + 2026', () => {
  it('02011000: both years; ACFTA 0% is lower than RCEP (2026 row 55: mfn 30.0, acfta 0.0, rcep 15.0)', () => {
    const l = line('02011000');
    // KCS row 87: MFN 특혜세율 30%, ACFTA 0%, RCEP_CHN 18%; English "- Carcasses and half-carcasses"
    expect(l.desc).toBe('- Carcasses and half-carcasses');
    expect(l.mfn.map((e) => [e.asOf, e.rate, e.row])).toEqual([
      ['2025', { kind: 'adValorem', pct: 30 }, '87'],
      ['2026', { kind: 'adValorem', pct: 30 }, '55'],
    ]);
    expect(l.rcep.map((e) => [e.asOf, e.rcepYear, e.rate])).toEqual([
      ['2025', 4, { kind: 'adValorem', pct: 18 }],
      ['2026', 5, { kind: 'adValorem', pct: 15 }],
    ]);
    expect(l.other?.acfta?.map((e) => [e.asOf, e.rate])).toEqual([
      ['2025', { kind: 'free' }],
      ['2026', { kind: 'free' }],
    ]);
  });
  it('-1 stays not in data (2026 row 61: 02031100 rcep -1)', () => {
    const l = line('02031100');
    expect(l.rcep.some((e) => e.asOf === '2026')).toBe(false);
    expect(l.mfn.find((e) => e.asOf === '2026')?.rate).toEqual({ kind: 'adValorem', pct: 25 });
    expect(parseVnCell('-1')).toEqual({ kind: 'missing' });
    expect(parseVnCell('abc')).toEqual({ kind: 'invalid' });
  });
  it('does not ship the Vietnamese descriptions', () => {
    // 2026 row 55 desc_vi "- Thịt cả con và nửa con"
    expect(merged.lines.some((l) => l.desc.includes('Thịt'))).toBe(false);
  });
  it('meets the coverage the data build promises: >= 9,700 RCEP rates (2026), >= 10,500 (2025)', () => {
    const n = (y: string) => merged.lines.filter((l) => l.rcep.some((e) => e.asOf === y)).length;
    expect(n('2026')).toBeGreaterThanOrEqual(9700);
    expect(n('2025')).toBeGreaterThanOrEqual(10500);
  });
  it('one line per code, schema-valid; rising RCEP rates are quarantined with both figures', () => {
    const codes = merged.lines.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const l of merged.lines) expect(tariffLineSchema.safeParse(l).success).toBe(true);
    for (const q of merged.quarantine.filter((x) => x.reason === 'rcep-rate-rises')) {
      const l = line(q.code!);
      expect(l.rcep.length).toBe(2);
      expect(l.quarantined).toContainEqual({ src: 'vn-tariff-2026', reason: 'rcep-rate-rises' });
    }
  });
});

describe('mergeVietnam cross-check (constructed lines)', () => {
  const mk = (asOf: string, pct: number, src: string): TariffLine => ({
    code: '01012100',
    hsVersion: '2022',
    desc: 'x',
    mfn: [],
    rcep: [{ rate: { kind: 'adValorem', pct }, asOf, src, row: '2' }],
  });
  it('reports a rise as rcep-rate-rises and keeps both entries', () => {
    const m = mergeVietnam(
      { sources: [], quarantine: [], lines: [mk('2025', 5, 'a')] },
      { sources: [], quarantine: [], lines: [mk('2026', 7, 'b')] },
    );
    expect(m.quarantine.map((q) => q.reason)).toEqual(['rcep-rate-rises']);
    expect(m.lines[0]!.rcep.map((e) => e.rate)).toEqual([
      { kind: 'adValorem', pct: 5 },
      { kind: 'adValorem', pct: 7 },
    ]);
  });
});

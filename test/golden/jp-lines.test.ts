import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RateEntry, TariffLine } from '../../domain/schemas/index.js';
import { quarantineSchema, sourceInfoSchema, tariffLineSchema } from '../../domain/schemas/index.js';
import { importJapan, type JapanImport } from '../../scripts/data/jp/import-japan.js';

// Golden Japan lines read through importJapan from the raw mirror (../shared/data beside the repo).
// Expected values are copied from the raw cells cited in each test: jp/j_NN_tariff_data.json (customs tariff of
// 2026-07-09, RCEP Year 6) and kcs/kcs-2025-jp.xlsx first sheet, sheet row N (April 2025, RCEP Year 5).
const repoRoot = process.cwd();
const mirror = process.env.RCEP_RAW ?? resolve(repoRoot, '../shared/data');

let jp: JapanImport;
const line = (code: string): TariffLine => {
  const l = jp.lines.find((x) => x.code === code);
  if (!l) throw new Error(`line ${code} not imported`);
  return l;
};
const year = (list: RateEntry[], y: number) => list.find((e) => e.rcepYear === y)?.rate;
const pct = (p: number) => ({ kind: 'adValorem', pct: p });

beforeAll(async () => {
  if (!existsSync(resolve(mirror, 'jp')))
    throw new Error(`raw mirror not found at ${mirror} (expected ../shared/data beside the repo)`);
  jp = await importJapan(mirror);
}, 240_000);

describe('Japan golden lines', () => {
  test('6109.10-010 cotton T-shirts, coloured yarns: j_61 基本 10.9%, WTO (10.9%), RCEP中国 6.8%; KCS row 10271 RCEP중국 7.5%', () => {
    const l = line('610910010');
    expect(l.printed).toBe('6109.10-010');
    expect(year(l.mfn, 6)).toEqual(pct(10.9));
    expect(year(l.rcep, 6)).toEqual(pct(6.8));
    expect(year(l.rcep, 5)).toEqual(pct(7.5));
    expect(l.rcep.find((e) => e.rcepYear === 6)).toMatchObject({ asOf: '2026-07-09', src: 'jp-customs-2026-61' });
    expect(l.rcep.find((e) => e.rcepYear === 5)).toMatchObject({
      asOf: '2025-04',
      src: 'kcs-2025-jp',
      row: 'row 10271',
    });
    expect(l.desc).toMatch(/^T-shirts/);
  });

  test('6109.10-020 other cotton T-shirts: j_61 基本 11.2%, WTO 7.4% (applied), RCEP中国 4.6%; KCS row 10272 RCEP중국 5.1%', () => {
    const l = line('610910020');
    expect(year(l.mfn, 6)).toEqual(pct(7.4));
    expect(year(l.mfn, 5)).toEqual(pct(7.4));
    expect(year(l.rcep, 6)).toEqual(pct(4.6));
    expect(year(l.rcep, 5)).toEqual(pct(5.1));
    expect(l.referenceOnly?.['rcep-asean-au-nz']?.[0]?.rate).toEqual({ kind: 'free' }); // EPA_RCEP_アセアン豪州NZ 無税
    expect(l.referenceOnly?.['rcep-korea']?.[0]?.rate).toEqual(pct(4.6)); // EPA_RCEP_韓国 4.6%
  });

  test('8509.80-000 other domestic appliances: j_85 基本 無税, WTO (無税), RCEP中国 無税; KCS row 13773 Free', () => {
    const l = line('850980000');
    expect(year(l.mfn, 6)).toEqual({ kind: 'free' });
    expect(year(l.mfn, 5)).toEqual({ kind: 'free' });
    expect(year(l.rcep, 6)).toEqual({ kind: 'free' });
    expect(year(l.rcep, 5)).toEqual({ kind: 'free' });
  });

  test('6402.91-000 footwear: toe-cap conditional, j_64 RCEP中国 4.8% / 5.7%; KCS row 10889 5.1% / 6.1%', () => {
    const l = line('640291000');
    expect(year(l.rcep, 6)).toEqual({
      kind: 'conditional',
      cases: [
        { when: { ja: '保護用の金属製トーキャップを有するもの' }, rate: pct(4.8) },
        { when: { ja: 'その他のもの' }, rate: pct(5.7) },
      ],
    });
    expect(year(l.rcep, 5)).toEqual({
      kind: 'conditional',
      cases: [
        { when: { en: 'Incorporating a protective metal toe-cap' }, rate: pct(5.1) },
        { when: { en: 'Other' }, rate: pct(6.1) },
      ],
    });
    // applied MFN: WTO toe-cap 6.7% / other 8%, both below 基本 20%
    expect(year(l.mfn, 6)).toMatchObject({ kind: 'conditional', cases: [{ rate: pct(6.7) }, { rate: pct(8) }] });
  });

  test('0805.10-000 oranges: two seasonal rows, WTO 16% (1 Jun-30 Nov) / 32% (1 Dec-31 May), RCEP中国 blank = not conceded', () => {
    const l = line('080510000');
    expect(year(l.mfn, 6)).toEqual({
      kind: 'conditional',
      cases: [
        { when: { ja: '毎年6月1日から同年11月30日までに輸入されるもの' }, rate: pct(16) },
        { when: { ja: '毎年12月1日から翌年5月31日までに輸入されるもの' }, rate: pct(32) },
      ],
    });
    expect(year(l.rcep, 6)).toEqual({ kind: 'notConceded' });
    expect(year(l.rcep, 5)).toEqual({ kind: 'notConceded' }); // KCS rows 1677-1678 RCEP중국 blank
  });

  test('specific duties: 0210.20-000 WTO 161.50円/kg (j_02); 0712.90-039 RCEP中国 5.63円/kg (j_07), KCS row 1497 6.19 yen/kg', () => {
    expect(year(line('021020000').mfn, 6)).toEqual({ kind: 'specific', amount: 161.5, currency: 'JPY', unit: 'kg' });
    expect(year(line('021020000').rcep, 6)).toEqual({ kind: 'notConceded' });
    const l = line('071290039');
    expect(year(l.rcep, 6)).toEqual({ kind: 'specific', amount: 5.63, currency: 'JPY', unit: 'kg' });
    expect(year(l.rcep, 5)).toEqual({ kind: 'specific', amount: 6.19, currency: 'JPY', unit: 'kg' });
  });

  test('2852.10-990: j_28 lists 4 RCEP中国 cases, KCS row 4765 lists 3: quarantined, no RCEP rate shipped', () => {
    const l = line('285210990');
    expect(l.rcep).toEqual([]);
    expect(l.quarantined).toContainEqual({ src: 'jp-customs-2026-28', reason: 'jp-kcs-rcep-shape-differs' });
    expect(
      jp.quarantine.some(
        (q) =>
          q.code === '285210990' && q.reason === 'jp-kcs-rcep-shape-differs' && q.file === 'jp/j_28_tariff_data.json',
      ),
    ).toBe(true);
  });
});

describe('Japan import as a whole', () => {
  test('every statistical line has an RCEP-for-China status in 2026 (rate, not conceded, or quarantined); >= 8,000 rates in 2025 and 2026', () => {
    expect(jp.lines.length).toBeGreaterThan(9600);
    for (const l of jp.lines) expect(year(l.rcep, 6) !== undefined || (l.quarantined?.length ?? 0) > 0).toBe(true);
    for (const y of [5, 6]) {
      const rated = jp.lines.filter((l) => {
        const r = year(l.rcep, y);
        return r && r.kind !== 'notConceded';
      }).length;
      expect(rated).toBeGreaterThanOrEqual(8000);
    }
  });

  test('records validate, descriptions are English (no Japanese text), every quarantine has a reason code', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    for (const l of jp.lines) {
      expect(tariffLineSchema.safeParse(l).success).toBe(true);
      expect(japanese.test(l.desc)).toBe(false);
    }
    for (const q of jp.quarantine) {
      expect(quarantineSchema.safeParse(q).success).toBe(true);
      expect(q.reason).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    for (const src of jp.sources) expect(sourceInfoSchema.safeParse(src).success).toBe(true);
    expect(jp.sources.filter((s) => s.id.startsWith('jp-customs-2026-'))).toHaveLength(96);
  });
});

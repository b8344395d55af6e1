import type { TariffLine } from '../../domain/schemas/index.js';
import { tariffLineSchema } from '../../domain/schemas/index.js';
import { importKcs, type KcsImport } from '../../scripts/data/kcs/import-kcs.js';
import { mirror } from '../../scripts/data/kcs/test-mirror.js';

// Expected values are read from the raw files kcs/kcs-2025-<xx>.xlsx (row = worksheet row; the
// .csv conversion has the same line numbers). Counts are the coverage the data build promises.
jest.setTimeout(180000); // 11 workbooks, ~2-6 s each on a shared machine
const from = mirror();
const cache = new Map<string, Promise<KcsImport>>();
const load = (d: 'AU' | 'TH' | 'BN' | 'KH' | 'NZ' | 'MY' | 'LA' | 'ID' | 'PH' | 'MM' | 'SG') => {
  if (!cache.has(d)) cache.set(d, importKcs(from, d));
  return cache.get(d)!;
};
const line = (r: KcsImport, code: string): TariffLine => {
  const l = r.lines.find((x) => x.code === code);
  if (!l) throw new Error(`line ${code} missing`);
  return l;
};

describe('KCS 2025 AU', () => {
  it('parses the phase-down text into a year path and takes Year 4 for 2025', async () => {
    const au = await load('AU');
    // row 6740: 6402919011 "Female footwear exceeding size 1, second series", 기본세율 5%,
    // RCEP "4% From 1 January 2024: 3% From 1 January 2026: 2% From 1 January 2028: Free"
    const l = line(au, '6402919011');
    expect(l.mfn).toEqual([
      expect.objectContaining({ rate: { kind: 'adValorem', pct: 5 }, row: '6740', asOf: '2025', src: 'kcs-2025-au' }),
    ]);
    expect(l.path?.years).toEqual([
      { rcepYear: 1, rate: { kind: 'adValorem', pct: 4 } },
      { rcepYear: 3, rate: { kind: 'adValorem', pct: 3 } },
      { rcepYear: 5, rate: { kind: 'adValorem', pct: 2 } },
      { rcepYear: 7, rate: { kind: 'free' } },
    ]);
    expect(l.rcep).toEqual([
      expect.objectContaining({ rate: { kind: 'adValorem', pct: 3 }, rcepYear: 4, row: '6740' }),
    ]);
    // row 6741: 6402919012, MFN cell blank (printed once above, row 6740), same RCEP text
    expect(line(au, '6402919012').mfn[0]).toEqual(
      expect.objectContaining({ rate: { kind: 'adValorem', pct: 5 }, row: '6740' }),
    );
  });
  it('keeps an empty RCEP cell not in data and the general MFN clause only', async () => {
    const au = await load('AU');
    // row 9858: 8514110011 "Hot isostatic presses", 기본세율 "5% DCS:4% DCT:5%", RCEP blank
    const l = line(au, '8514110011');
    expect(l.mfn[0]?.rate).toEqual({ kind: 'adValorem', pct: 5 });
    expect(l.rcep).toEqual([]);
    expect(l.path).toBeUndefined();
    expect(au.lines.length).toBeGreaterThan(8700); // about 8,800 lines in the source
  });
});

describe('KCS 2025 AU: a phase-down cell ending in a full stop', () => {
  it('6211339004 reads the whole path and gives 5 % in 2025 (Year 4)', async () => {
    const au = await load('AU');
    // row 6529: 6211339004 "--- Other", 기본세율 5%,
    // RCEP "5% From 1 January 2026: 4% From 1 January 2028: 2% From 1 January 2031: Free."
    const l = line(au, '6211339004');
    expect(l.quarantined).toBeUndefined();
    expect(l.path?.years).toEqual([
      { rcepYear: 1, rate: { kind: 'adValorem', pct: 5 } },
      { rcepYear: 5, rate: { kind: 'adValorem', pct: 4 } },
      { rcepYear: 7, rate: { kind: 'adValorem', pct: 2 } },
      { rcepYear: 10, rate: { kind: 'free' } },
    ]);
    expect(l.rcep).toEqual([
      expect.objectContaining({ rate: { kind: 'adValorem', pct: 5 }, rcepYear: 4, row: '6529' }),
    ]);
    // row 7146: 7019130046, RCEP "4% From 1 January 2025: 3% From 1 January 2028: 2% From 1 January 2031: 1% From 1 January 2036: Free."
    expect(line(au, '7019130046').path?.years.at(-1)).toEqual({ rcepYear: 15, rate: { kind: 'free' } });
    expect(au.quarantine.filter((q) => q.row === '6529' || q.row === '7146')).toEqual([]);
  });
});

describe("KCS 2025 TH, ID, PH: the Korea column is never China's", () => {
  it('TH 04032099 keeps RECP "Exempted" as reference only', async () => {
    const th = await load('TH');
    // row 1015: 04032099 "- - - Other", 기본세율 5%, RECP (rate for Korean goods) Exempted
    const l = line(th, '04032099');
    expect(th.chinaColumn).toBe('korea-only');
    expect(l.rcep).toEqual([]);
    expect(l.mfn[0]?.rate).toEqual({ kind: 'adValorem', pct: 5 });
    expect(l.referenceOnly?.['rcep-korea']?.[0]).toEqual(
      expect.objectContaining({ rate: { kind: 'free' }, row: '1015' }),
    );
    expect(th.lines.every((x) => x.rcep.length === 0)).toBe(true);
  });
  it('TH 04039010 takes its MFN from the national sub-lines (rows 1018, 1019)', async () => {
    const l = line(await load('TH'), '04039010');
    expect(l.mfn[0]?.rate).toEqual({
      kind: 'conditional',
      cases: [
        { when: { en: 'For in liquid form, whether or not condensed' }, rate: { kind: 'adValorem', pct: 30 } },
        { when: { en: 'Other' }, rate: { kind: 'adValorem', pct: 5 } },
      ],
    });
    expect(l.referenceOnly?.['rcep-korea']?.[0]?.rate).toEqual({ kind: 'adValorem', pct: 30 }); // row 1017 RECP 30%
  });
  it('TH 87111012 is a national line with its MFN not in data (row 18020: 기본세율 blank, only the AKFTA/ceiling columns printed)', async () => {
    const l = line(await load('TH'), '87111012');
    expect(l.desc).toMatch(/Mopeds or motorised bicycles/);
    expect(l.mfn).toEqual([]);
    expect(l.rcep).toEqual([]);
    expect(l.referenceOnly).toBeUndefined();
  });
  it('ID and PH have no RCEP rate for China and no RCEP year (1 April years, edition month not printed)', async () => {
    for (const d of ['ID', 'PH'] as const) {
      const r = await load(d);
      expect(r.lines.every((x) => x.rcep.length === 0)).toBe(true);
      expect(r.lines.some((x) => x.referenceOnly?.['rcep-korea']?.length)).toBe(true);
      expect(r.lines.every((x) => x.mfn.every((e) => e.rcepYear === undefined))).toBe(true);
    }
  });
});

describe('KCS 2025 common-schedule parties', () => {
  it('BN 21011111 keeps an RCEP rate above the MFN as given (row 2339: 기본세율 0%, RCEP 4%)', async () => {
    const l = line(await load('BN'), '21011111');
    expect(l.mfn[0]?.rate).toEqual({ kind: 'free' });
    expect(l.rcep[0]?.rate).toEqual({ kind: 'adValorem', pct: 4 });
  });
  it('KH 03019322: RCEP 미확인 is not a rate (row 221)', async () => {
    const kh = await load('KH');
    const l = line(kh, '03019322');
    expect(l.rcep).toEqual([]);
    expect(l.mfn[0]?.rate).toEqual({ kind: 'adValorem', pct: 7 });
    expect(kh.stats['rcep-unconfirmed']).toBeGreaterThan(0);
  });
  it('meets the promised coverage (NZ >= 16,000; MY, BN, KH, LA >= 11,000 lines)', async () => {
    expect((await load('NZ')).lines.filter((l) => l.rcep.length).length).toBeGreaterThanOrEqual(16000);
    for (const d of ['MY', 'BN', 'KH', 'LA'] as const)
      expect((await load(d)).lines.length).toBeGreaterThanOrEqual(11000);
  });
  it('NZ 0101210041: code digits only, printed with its check letter (row 23: Free / RCEP Free)', async () => {
    const l = line(await load('NZ'), '0101210041');
    expect(l.printed).toBe('0101210041E');
    expect(l.mfn[0]?.rate).toEqual({ kind: 'free' });
    expect(l.rcep[0]).toEqual(expect.objectContaining({ rate: { kind: 'free' }, rcepYear: 4, row: '23' }));
  });
  it('MY: tariff-quota RCEP rate (row 27) and the FTA-only code block without MFN (row 18935)', async () => {
    const my = await load('MY');
    // row 27: 0103910000, 기본세율 blank, RCEP "In: 15.00% Out: 20.00%"
    expect(line(my, '0103910000').rcep[0]?.rate).toEqual({
      kind: 'conditional',
      cases: [
        { when: { en: 'within the tariff quota' }, rate: { kind: 'adValorem', pct: 15 } },
        { when: { en: 'outside the tariff quota' }, rate: { kind: 'adValorem', pct: 20 } },
      ],
    });
    // row 18935: 8704232110 "New", only AKFTA 5% and RCEP 30.0% printed
    const l = line(my, '8704232110');
    expect(l.mfn).toEqual([]);
    expect(l.rcep[0]?.rate).toEqual({ kind: 'adValorem', pct: 30 });
  });
  it('MM and SG: MFN only, no RCEP column', async () => {
    for (const d of ['MM', 'SG'] as const) {
      const r = await load(d);
      expect(r.chinaColumn).toBe('none');
      expect(r.lines.every((x) => x.rcep.length === 0)).toBe(true);
      expect(r.lines.filter((x) => x.mfn.length).length).toBeGreaterThan(11000);
    }
  });
  it('every line is schema-valid and every quarantine row names file and row', async () => {
    for (const d of ['AU', 'TH', 'LA'] as const) {
      const r = await load(d);
      for (const l of r.lines) expect(tariffLineSchema.safeParse(l).success).toBe(true);
      for (const q of r.quarantine) expect(q.file).toBe(`kcs/kcs-2025-${d.toLowerCase()}.xlsx`);
    }
  });
});

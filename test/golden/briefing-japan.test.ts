/**
 * Workshop briefing for Japan by HS chapter, on the real packs (data/packs/tariff-jp.json).
 * Expected values are read by this test from the raw mirror (jp/j_NN_tariff_data.json: Japan Customs
 * tariff of 2026-07-09, which applies JP RCEP Year 6; JP years run 1 April – 31 March, Annex I General
 * Notes, so 2026-11-24 is Year 6). The raw files are trees; rates printed on a parent row apply to its
 * children (mirror README, "Known defects: jp/"). A national line is a node with a 3-digit hs_code.
 * In the EPA_RCEP_中国 column, 無税 = free for goods of China; a blank cell on a rated line = no RCEP
 * concession for China (the README: "MFN applies"), which the engine shows as excluded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { summariseBriefing, type BriefingSummary } from '../../domain/briefing';
import { indexPacks } from '../../domain/engine-packs';
import { loadPacks } from '../../scripts/cli/load-packs';

const FROM = process.env.RCEP_RAW ?? '../shared/data';
const have = existsSync(`${FROM}/jp/j_61_tariff_data.json`);
const d = have ? describe : describe.skip;

interface RawNode {
  stat_code: string;
  hs_code: string;
  rate: Record<string, string>;
  children: RawNode[];
}
interface RawLine {
  code: string;
  rcepChina: string;
}

/** the national lines of one raw chapter file, each with its inherited EPA_RCEP_中国 cell */
function rawLines(chapter: string): RawLine[] {
  const out: RawLine[] = [];
  const walk = (nodes: RawNode[], inherited: Record<string, string>) => {
    for (const n of nodes) {
      const rate = { ...inherited };
      for (const [k, v] of Object.entries(n.rate)) if (v) rate[k] = v;
      if (n.hs_code)
        out.push({ code: n.stat_code.replace('.', '') + n.hs_code, rcepChina: rate['EPA_RCEP_中国'] ?? '' });
      walk(n.children, rate);
    }
  };
  walk(JSON.parse(readFileSync(`${FROM}/jp/j_${chapter}_tariff_data.json`, 'utf8')) as RawNode[], {});
  return out;
}

/** per heading: lines, free (無税) and no concession (blank) in the raw file */
function rawByHeading(chapters: string[]) {
  const m = new Map<string, { lines: number; free: number; excluded: number }>();
  for (const ch of chapters)
    for (const l of rawLines(ch)) {
      const h = l.code.slice(0, 4);
      const c = m.get(h) ?? { lines: 0, free: 0, excluded: 0 };
      c.lines++;
      if (l.rcepChina === '無税') c.free++;
      if (l.rcepChina === '') c.excluded++;
      m.set(h, c);
    }
  return m;
}

d('JP briefing by chapter range, against the raw Japan Customs tariff', () => {
  const index = indexPacks(loadPacks({ dests: ['JP'], psr: false }).packs);
  const brief = (from: string, to: string, by: 'heading' | 'chapter' = 'heading') =>
    summariseBriefing(index, { dest: 'JP', chapters: { from, to }, date: '2026-11-24', by }) as BriefingSummary;

  it.each([
    ['01', '01'],
    ['61', '61'],
    ['84', '85'],
  ])('chapters %s–%s: lines, free and excluded per heading as the raw file has them', (from, to) => {
    const chapters = from === to ? [from] : [from, to];
    const raw = rawByHeading(chapters);
    const r = brief(from, to);
    expect(r.rcepYear).toBe(6);
    const withLines = r.groups.filter((g) => g.counts.lines > 0);
    expect(withLines.map((g) => g.code)).toEqual([...raw.keys()].sort());
    for (const g of withLines) {
      const want = raw.get(g.code)!;
      expect([g.code, g.counts.lines, g.counts.free, g.counts.excluded]).toEqual([
        g.code,
        want.lines,
        want.free,
        want.excluded,
      ]);
    }
    expect(r.total.counts.lines).toBe(chapters.reduce((n, ch) => n + rawLines(ch).length, 0));
  });

  it('chapter 01 has 52 national lines (counted in j_01_tariff_data.json)', () => {
    expect(rawLines('01')).toHaveLength(52);
    expect(brief('01', '01').total.counts.lines).toBe(52);
  });

  it('heading 6109: the largest cuts are the raw rows MFN − RCEP for China', () => {
    // j_61, heading 61.09 (T-shirts): 6109.10-010 基本 10.9%, WTO (10.9%), EPA_RCEP_中国 6.8% -> cut 4.1;
    // 6109.90-100 基本 10.9%, WTO (10.9%), RCEP 中国 6.8% -> 4.1; 6109.10-020 基本 11.2%, WTO 7.4%
    // (applied, lower than the general rate), RCEP 中国 4.6% -> 2.8; 6109.90-200 likewise 2.8 (4th, not kept).
    const g = brief('61', '61').groups.find((x) => x.code === '6109')!;
    expect(g.zh).toBeTruthy();
    expect(g.counts).toMatchObject({ lines: 4, reduced: 4 });
    expect(g.topCuts.map((c) => [c.printed, c.mfn, c.rcep, c.cut])).toEqual([
      ['6109.10-010', 10.9, 6.8, 4.1],
      ['6109.90-100', 10.9, 6.8, 4.1],
      ['6109.10-020', 7.4, 4.6, 2.8],
    ]);
    expect(g.topCuts[0].rcepSrc).toBe('jp-customs-2026-61');
  });

  it('a whole-country summary (01–97 by chapter) counts every line of the pack and stays cheap', () => {
    const t0 = performance.now();
    const r = brief('01', '97', 'chapter');
    const ms = performance.now() - t0;
    const rawTotal = Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0'))
      .filter((ch) => existsSync(`${FROM}/jp/j_${ch}_tariff_data.json`)) // 77 is reserved: no file
      .reduce((codes, ch) => new Set([...codes, ...rawLines(ch).map((l) => l.code)]), new Set<string>());
    // 8 codes are printed twice in the raw tree (seasonal fruit of chapter 08, e.g. 0805.10-000, once per
    // season): one national line each
    expect(r.total.counts.lines).toBe(rawTotal.size);
    expect(r.groups.find((g) => g.code === '77')).toBeUndefined();
    expect(r.sources.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(3000); // generous under jest on a shared 2-CPU machine; the server bench is below 1 s
  });
});

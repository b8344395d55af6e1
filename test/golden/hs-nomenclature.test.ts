/**
 * Golden: HS importer against the raw mirror (hs/). Expected figures from ../shared/data/README.md
 * ("97 chapters, 1,229 headings, 5,613 subheadings"; "5,206 / 5,388 / 5,613 six-digit") and rows typed
 * from the files (file + line cited per case).
 */
import { existsSync } from 'node:fs';
import { importHs, type HsImport } from '../../scripts/data/hs/import-hs.js';

const FROM = process.env.RCEP_RAW ?? '../shared/data';
const d = existsSync(`${FROM}/hs/harmonized-system.csv`) ? describe : describe.skip;

d('golden: HS nomenclature and UNSD correlation', () => {
  let hs: HsImport;
  beforeAll(async () => {
    hs = await importHs(FROM, process.cwd());
  });

  it('HS 2022: 97 chapters, 1,229 headings, 5,613 subheadings (mirror README)', () => {
    expect(hs.stats.counts['2022']).toEqual({ chapters: 97, headings: 1229, subheadings: 5613 });
  });

  it('six-digit counts 5,206 / 5,388 / 5,613 for HS 2012 / 2017 / 2022 (mirror README)', () => {
    expect(hs.stats.counts['2012'].subheadings).toBe(5206);
    expect(hs.stats.counts['2017'].subheadings).toBe(5388);
    expect(hs.stats.counts['2022'].subheadings).toBe(5613);
  });

  it('keeps descriptions and sections as printed', () => {
    // hs/harmonized-system.csv line 5954
    const n = hs.versions['2022'].find((x) => x.code === '850980');
    expect(n?.en).toBe(
      'Electro-mechanical domestic appliances; with self-contained electric motor, other than vacuum cleaners of heading 85.08, n.e.c. in heading no. 8509',
    );
    // hs/HS2012_descriptions_uncomtrade.csv line 5652 (prefix "850980 - " removed)
    expect(hs.versions['2012'].find((x) => x.code === '850980')?.en).toBe(n?.en);
    // hs/harmonized-system.csv line 5885: chapter 85 in section XVI; hs/sections.csv line 17
    expect(hs.versions['2022'].find((x) => x.code === '85')?.section).toBe('XVI');
    expect(hs.sections.find((s) => s.id === 'XVI')?.chapters).toContain('85');
    expect(hs.sections).toHaveLength(21);
  });

  it('keeps the correlation relationship as printed', () => {
    const rows = hs.correlation['2022-2012'];
    // hs/hs2022-to-hs2012-correlation.csv lines 107, 108, 145, 146, 5155
    expect(rows).toContainEqual({ from: '030193', to: '030193', rel: '1:n' });
    expect(rows).toContainEqual({ from: '030193', to: '030199', rel: 'n:n' });
    expect(rows).toContainEqual({ from: '030273', to: '030273', rel: 'n:n' });
    expect(rows).toContainEqual({ from: '030273', to: '030289', rel: 'n:n' });
    expect(rows).toContainEqual({ from: '850980', to: '850980', rel: 'n:1' });
    // 16,379 lines minus the "Between," line and the header
    expect(rows).toHaveLength(16377);
    // hs/hs2022-to-hs2017-correlation.csv line 92; 15,659 lines minus two
    expect(hs.correlation['2022-2017']).toContainEqual({ from: '020890', to: '020890', rel: 'n:1' });
    expect(hs.correlation['2022-2017']).toHaveLength(15657);
  });

  it('quarantines nothing from the HS source files as they are', () => {
    expect(hs.quarantine.filter((q) => q.file.startsWith('hs/'))).toEqual([]);
  });
});

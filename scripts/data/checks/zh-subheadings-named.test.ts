/** zh-subheadings-named: an HS 2022 subheading without a Chinese name is an error that names the code. */
import { fixtureInput } from './fixture.js';
import { CHECKS } from './index.js';
import { runChecks } from './types.js';
import { zhSubheadingsNamed } from './zh-subheadings-named.js';

const findings = (input = fixtureInput()) => runChecks([zhSubheadingsNamed], input);

describe('zh-subheadings-named', () => {
  it('is run by data:check', () => {
    expect(CHECKS).toContain(zhSubheadingsNamed);
  });

  it('passes a pack where every subheading has a Chinese name', () => {
    expect(findings()).toEqual([]);
  });

  it('reports a subheading without a Chinese name, listing its code', () => {
    const input = fixtureInput(({ hs }) => {
      hs.versions['2022'].push({ code: '850990', en: 'Parts' });
    });
    expect(findings(input)).toEqual([
      {
        level: 'error',
        check: 'zh-subheadings-named',
        message: 'hs-zh-subheading-missing',
        where: 'hs.json chapters 85',
        actual: '1: 850990',
        expected: 0,
      },
    ]);
  });

  it('counts a blank name as missing and ignores chapters and headings', () => {
    const input = fixtureInput(({ hs }) => {
      const sub = hs.versions['2022'].find((n) => n.code === '850980')!;
      sub.zh = '  ';
      // chapter and heading of the fixture carry no zh: that is quarantine-listed's warning, not this error
    });
    expect(findings(input).map((f) => f.actual)).toEqual(['1: 850980']);
  });

  it('lists the first 60 codes and counts them all', () => {
    const input = fixtureInput(({ hs }) => {
      for (let i = 10; i < 90; i++) hs.versions['2022'].push({ code: `8510${i}`, en: 'x' });
    });
    const actual = String(findings(input)[0].actual);
    expect(actual.startsWith('80: 851010 851011')).toBe(true);
    expect(actual.endsWith('851069 … (+20 more)')).toBe(true);
  });
});

import { indexPacks, type EnginePacks } from '../engine-packs';
import type { TariffPack } from '../schemas';
import { hs2012To2022, hs2022To2012 } from './correlation';
import { children, hsPath, nationalLines } from './hierarchy';

// hs/harmonized-system.csv rows 5952-5955 (8509 and its subheadings);
// hs/hs2022-to-hs2012-correlation.csv rows 107-108 (030193 -> 030193 '1:n', 030199 'n:n') and 5155 (850980 -> 850980 'n:1').
const packs = {
  hs: {
    versions: {
      '2022': [
        { code: '85', en: 'Electrical machinery' },
        { code: '8509', en: 'Electro-mechanical domestic appliances' },
        { code: '850940', en: 'food grinders and mixers' },
        { code: '850980', en: 'n.e.c. in heading no. 8509' },
        { code: '850990', en: 'parts' },
      ],
      '2017': [],
      '2012': [],
    },
    correlation: {
      '2022-2012': [
        { from: '030193', to: '030193', rel: '1:n' },
        { from: '030193', to: '030199', rel: 'n:n' },
        { from: '850980', to: '850980', rel: 'n:1' },
      ],
      '2022-2017': [],
    },
  },
  psr: { rows: [] },
  annex1: { lines: [] },
  tariffs: {
    // vn/vn_tariff_2026_mfn_acfta_rcep.csv rows 8870-8874
    VN: {
      dest: 'VN',
      lines: ['85098010', '85098020', '85098090', '85099010', '85099090'].map((code) => ({ code, mfn: [], rcep: [] })),
    } as unknown as TariffPack,
  },
} as unknown as EnginePacks;
const index = indexPacks(packs);

describe('HS hierarchy', () => {
  it('walks chapter -> heading -> subheading -> national lines', () => {
    expect(hsPath(index, '85098090').map((p) => [p.level, p.code, !!p.node])).toEqual([
      ['chapter', '85', true],
      ['heading', '8509', true],
      ['subheading', '850980', true],
    ]);
    expect(children(index, '').map((c) => (c.kind === 'hs' ? c.node.code : ''))).toEqual(['85']);
    expect(children(index, '8509').map((c) => (c.kind === 'hs' ? c.node.code : ''))).toEqual([
      '850940',
      '850980',
      '850990',
    ]);
    expect(children(index, '850980', 'VN').map((c) => (c.kind === 'national' ? c.line.code : ''))).toEqual([
      '85098010',
      '85098020',
      '85098090',
    ]);
    expect(children(index, '850980')).toEqual([]);
    expect(nationalLines(index, 'VN', '8509').length).toBe(5);
    expect(nationalLines(index, 'JP', '8509')).toEqual([]);
  });
});

describe('HS 2022 <-> 2012 correlation', () => {
  it('reports a split with every candidate instead of picking one', () => {
    expect(hs2022To2012(index, '0301.93')).toEqual({
      from: { version: '2022', code: '030193' },
      to: {
        version: '2012',
        candidates: [
          { code: '030193', rel: '1:n' },
          { code: '030199', rel: 'n:n' },
        ],
      },
      relationship: 'n:n',
      split: true,
    });
  });
  it('keeps the relationship of a single target', () => {
    expect(hs2022To2012(index, '85098090')).toMatchObject({
      relationship: 'n:1',
      split: false,
      to: { candidates: [{ code: '850980' }] },
    });
    expect(hs2022To2012(index, '999999').relationship).toBe('not-in-correlation');
  });
  it('maps back from HS 2012', () => {
    expect(hs2012To2022(index, '030199').to.candidates).toEqual([{ code: '030193', rel: 'n:n' }]);
  });
});

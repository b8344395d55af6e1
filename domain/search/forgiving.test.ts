import type { HsNode, HsPack } from '../schemas/index.js';
import { editDistance } from './correct';
import { buildSearchIndex, search } from './index';

// Heading names: HS 2022 (hs/harmonized-system.csv) in English; Chinese names from data/curated/hs-zh.json;
// synonyms as in data/curated/synonyms.json (榨菜 -> 2005, 0711: prepared zhacai first; 摩托车配件 -> 8714).
const nodes: HsNode[] = [
  {
    code: '0711',
    en: 'Vegetables provisionally preserved, but unsuitable in that state for immediate consumption',
    zh: '暂时保藏的蔬菜',
  },
  {
    code: '2005',
    en: 'Vegetables preparations n.e.c.; prepared or preserved otherwise than by vinegar or acetic acid, not frozen, other than products of heading no. 2006',
    zh: '非用醋制作或保藏的未冷冻蔬菜（含榨菜）',
  },
  { code: '8508', en: 'Vacuum cleaners', zh: '真空吸尘器' },
  { code: '850811', en: 'Vacuum cleaners; with self-contained electric motor, of a power not exceeding 1500W' },
  { code: '8509', en: 'Electro-mechanical domestic appliances, with self-contained electric motor' },
  {
    code: '850980',
    en: 'Electro-mechanical domestic appliances; with self-contained electric motor, other than vacuum cleaners',
  },
  {
    code: '8711',
    en: 'Motorcycles (including mopeds) and cycles fitted with an auxiliary motor',
    zh: '摩托车（含机器脚踏两用车）及装有辅助发动机的脚踏车',
  },
  {
    code: '8714',
    en: 'Parts and accessories of vehicles of headings 8711 to 8713',
    zh: '8711至8713品目所列车辆的零件、附件',
  },
];
const hs = {
  versions: { '2022': nodes, '2017': [], '2012': [] },
  synonyms: [
    { term: '榨菜', lang: 'zh', headings: ['2005', '0711'], src: 'seed 000' },
    { term: '吸尘器', lang: 'zh', headings: ['8508'], src: 'HS 2022 heading 8508 description' },
    { term: '摩托车', lang: 'zh', headings: ['8711'], src: 'seed 000' },
    { term: '摩托车配件', lang: 'zh', headings: ['8714'], src: 'seed 000' },
  ],
} as unknown as HsPack;
const index = buildSearchIndex({ hs, tariffs: {} });
const codes = (q: string) => search(index, q).map((h) => h.code);

describe('search that forgives', () => {
  it("ranks a synonym's main heading first (榨菜: prepared 2005 before brined 0711)", () => {
    expect(codes('榨菜').slice(0, 2)).toEqual(['2005', '0711']);
  });
  it('corrects a Chinese character of the same sound or shape', () => {
    expect(search(index, '榨彩')[0]).toMatchObject({ code: '2005', corrected: '榨菜' });
    expect(search(index, '吸尘噐')[0]).toMatchObject({ code: '8508', corrected: '吸尘器' });
    expect(codes('摩托车另件')[0]).toBe('8714');
  });
  it('leaves a query that finds something as typed', () => {
    expect(search(index, '吸尘器')[0].corrected).toBeUndefined();
  });
  it('lets the extra words decide when the query holds a short synonym and more (摩托车零件 -> parts)', () => {
    expect(codes('摩托车零件')[0]).toBe('8714');
  });
  it('corrects English words within a small edit distance', () => {
    expect(search(index, 'vacum cleaner')[0]).toMatchObject({ code: '8508', corrected: 'vacuum cleaner' });
    expect(codes('motorcyle')[0]).toBe('8711');
    expect(editDistance('tyers', 'tyres', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
  });
  it('takes a typed code as is, with or without HS and the version', () => {
    for (const q of ['HS 8509.80', '8509.80', '850980', 'HS 2022 8509.80', 'hs8509 80'])
      expect(search(index, q)[0]).toMatchObject({ code: '850980', matched: 'code' });
  });
});

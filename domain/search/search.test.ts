import fc from 'fast-check';
import type { HsNode, HsPack, TariffPack } from '../schemas/index.js';
import { buildSearchIndex, search } from './index';

// English names: hs/harmonized-system.csv rows 3953-3954, 5745, 5748, 5768-5769, 6283;
// Chinese names: data/curated/hs-zh.json; synonyms: data/curated/synonyms.json.
const nodes: HsNode[] = [
  { code: '61', en: 'Apparel and clothing accessories; knitted or crocheted', zh: '针织或钩编的服装及衣着附件' },
  {
    code: '6109',
    en: 'T-shirts, singlets and other vests; knitted or crocheted',
    zh: '针织或钩编的T恤衫、汗衫及其他背心',
  },
  { code: '610910', en: 'T-shirts, singlets and other vests; of cotton, knitted or crocheted' },
  {
    code: '8467',
    en: 'Tools; for working in the hand, pneumatic, hydraulic or with self-contained electric or non-electric motor',
    zh: '手提式风动、液压或装有电动或非电动动力装置的工具',
  },
  { code: '846721', en: 'Tools; for working in the hand, with self-contained electric motor; drills of all kinds' },
  { code: '8471', en: 'Automatic data processing machines and units thereof, magnetic or optical readers' },
  { code: '847130', en: 'Automatic data processing machines; portable, weighing not more than 10kg' },
  {
    code: '8703',
    en: 'Motor cars and other motor vehicles; principally designed for the transport of persons',
    zh: '主要用于载人的机动车辆（8702品目的除外），含旅行车、赛车',
  },
];
const hs = {
  versions: { '2022': nodes, '2017': [], '2012': [] },
  synonyms: [
    { term: '手持式电动工具', lang: 'zh', headings: ['8467'], src: 'seed 000' },
    { term: '笔记本电脑', lang: 'zh', headings: ['8471'], src: 'seed 002' },
    { term: '汽车', lang: 'zh', headings: ['8703'], src: 'seed 000' },
    { term: 'car', lang: 'en', headings: ['8703'], src: 'seed 000' },
  ],
} as unknown as HsPack;
// jp/j_61_tariff_data.json 6109.10-010 / -020 (descriptions from kcs/kcs-2025-jp.csv rows 10271-10272)
const jp = {
  dest: 'JP',
  lines: [
    {
      code: '610910010',
      printed: '6109.10-010',
      hsVersion: '2022',
      desc: '1 Of yarns of different colours or printed',
      mfn: [],
      rcep: [],
    },
    { code: '610910020', printed: '6109.10-020', hsVersion: '2022', desc: '2 Other', mfn: [], rcep: [] },
  ],
} as unknown as TariffPack;
const index = buildSearchIndex({ hs, tariffs: { JP: jp } });

describe('search', () => {
  it('finds a Chinese synonym first', () => {
    expect(search(index, '笔记本电脑')[0]).toMatchObject({ code: '8471', matched: 'synonym' });
    expect(search(index, '手持式电动工具')[0]).toMatchObject({ code: '8467', zh: expect.stringContaining('工具') });
  });
  it('matches Chinese names by character bigrams', () => {
    expect(search(index, '汗衫').map((h) => h.code)).toContain('6109');
    expect(search(index, '机动车辆')[0].code).toBe('8703');
  });
  it('matches English words and prefixes', () => {
    expect(search(index, 't-shirts cotton')[0].code).toBe('610910');
    expect(search(index, 'drill')[0].code).toBe('846721');
    expect(search(index, 'portab')[0].code).toBe('847130');
    expect(search(index, 'car').map((h) => h.code)).toContain('8703');
  });
  it('matches codes in any form, national lines with their destination', () => {
    expect(search(index, '6109.10')[0]).toMatchObject({ code: '610910', kind: 'subheading', matched: 'code' });
    expect(search(index, '６１０９．１０－０２０')[0]).toMatchObject({
      code: '610910020',
      dest: 'JP',
      printed: '6109.10-020',
    });
    expect(search(index, '6109', { dest: 'VN' }).some((h) => h.kind === 'national')).toBe(false);
    expect(
      search(index, '61')
        .map((h) => h.code)
        .slice(0, 2),
    ).toEqual(['61', '6109']);
  });
  it('respects the limit and survives odd input', () => {
    expect(search(index, 'a', { limit: 1 }).length).toBeLessThanOrEqual(1);
    for (const q of ['', '   ', '!!!', '\u0000', '的', 'x'.repeat(5000)]) expect(() => search(index, q)).not.toThrow();
  });
});

describe('search robustness', () => {
  it('never throws and respects the limit on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.constantFrom('8', '85', '６１', 'hs 85', '汽', 'T恤 cotton'),
        ),
        fc.integer({ min: -5, max: 500 }),
        (q, limit) => {
          const hits = search(index, q, { limit });
          return Array.isArray(hits) && hits.length <= Math.max(1, Math.min(100, limit));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

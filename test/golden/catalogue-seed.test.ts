import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PARTIES } from '../../domain/parties.js';
import { catalogueEntrySchema, DESTINATIONS } from '../../domain/schemas/index.js';
import type { Party } from '../../domain/schemas/index.js';

// Each pair is checked against the text of 渝府办发〔2022〕83号 第1条 (../shared/seeds/000_57f3ed91d7a6effa.txt)
// and each HS code against the HS 2022 nomenclature (../shared/data/hs/harmonized-system.csv).
const SHARED = process.env.RCEP_SHARED ?? join(process.cwd(), '..', 'shared');
const doc = readFileSync(join(SHARED, 'seeds', '000_57f3ed91d7a6effa.txt'), 'utf8');
const hsCodes = new Set(
  readFileSync(join(SHARED, 'data', 'hs', 'harmonized-system.csv'), 'utf8')
    .split('\n')
    .map((l) => l.split(',')[1]),
);
const entries = z
  .object({ entries: z.array(catalogueEntrySchema) })
  .parse(JSON.parse(readFileSync(join(process.cwd(), 'seeds', 'catalogue.json'), 'utf8'))).entries;

const zhToParty = new Map<string, Party>(Object.values(PARTIES).map((p) => [p.zh, p.code]));

/** The phrases of item 1 that pair products with destinations, as printed. */
const PHRASES = [
  '扩大汽车对越南、印度尼西亚、菲律宾等国',
  '摩托车、安防产品、医疗器械、通机及零部件对缅甸、泰国、菲律宾、马来西亚、印度尼西亚等国',
  '液晶面板对韩国',
  '铝合金制条对越南和泰国',
  '手持式电动工具对澳大利亚',
  '农产品、食品、服装和化学制品对日本等国',
  '中医药、榨菜、柑橘、加工食品、调味品等对RCEP成员国的出口',
  '深挖重庆二手车在RCEP成员国的出口潜力',
];

/** product zh -> destinations and open-endedness, read from the phrases above */
function pairsFromText(): Map<string, { dest: Party[] | 'all'; open: boolean }> {
  const out = new Map<string, { dest: Party[] | 'all'; open: boolean }>();
  for (const ph of PHRASES) {
    const m = ph.match(/^(?:扩大|深挖重庆)?(.+?)(?:对|在)(.+?)(?:的出口.*)?$/)!;
    const products = m[1].replace(/等$/, '').split(/、|和/);
    const open = m[2].endsWith('等国');
    const dest: Party[] | 'all' =
      m[2] === 'RCEP成员国'
        ? 'all'
        : m[2]
            .replace(/等国$/, '')
            .split(/、|和/)
            .map((c) => zhToParty.get(c)!);
    for (const p of products) out.set(p, { dest, open });
  }
  return out;
}

describe('Chongqing RCEP export catalogue seed (渝府办发〔2022〕83号 第1条)', () => {
  test('the phrases are printed in item 1 of the document', () => {
    for (const ph of PHRASES) expect(doc.includes(ph)).toBe(true);
  });

  test('every pair of the text is in the seed, and nothing else', () => {
    const text = pairsFromText();
    expect(entries.map((e) => e.product.zh).sort()).toEqual([...text.keys()].sort());
    for (const e of entries) {
      const t = text.get(e.product.zh)!;
      expect([e.id, e.dest]).toEqual([e.id, t.dest]);
      expect([e.id, e.destOpenEnded]).toEqual([e.id, t.open]);
      expect(e.citation).toEqual(expect.objectContaining({ doc: '渝府办发〔2022〕83号', item: '第1条' }));
    }
    const pairs = entries.reduce((n, e) => n + (e.dest === 'all' ? DESTINATIONS.length : e.dest.length), 0);
    expect(pairs).toBe(115);
  });

  test('every mapped code exists in HS 2022', () => {
    for (const e of entries) for (const h of e.headings) expect([e.id, h, hsCodes.has(h)]).toEqual([e.id, h, true]);
  });

  test('no flags are typed into the seed', () => {
    const raw = readFileSync(join(process.cwd(), 'seeds', 'catalogue.json'), 'utf8');
    expect(raw).not.toMatch(/zero-in-year-1|cut-by-half|"excluded"|not-in-data/);
  });
});

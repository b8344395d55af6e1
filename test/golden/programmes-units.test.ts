import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContactUnits, parseProgrammes } from '../../domain/programmes/parse-seeds.js';
import type { PolicyCitation, UnitRole } from '../../domain/schemas/index.js';

/**
 * Reads the unit lists (牵头单位 / 配合单位 / 责任单位) out of the policy documents themselves and checks
 * that every role a programme or unit claims is printed at the cited item. The scraped 渝府办发〔2022〕83号
 * repeats and interleaves paragraphs; there a unit list belongs to the item whose heading follows it.
 */
const SHARED = process.env.RCEP_SHARED ?? join(process.cwd(), '..', 'shared');
const read = (f: string) => readFileSync(join(SHARED, 'seeds', f), 'utf8');
const readJson = (p: string): unknown => JSON.parse(readFileSync(join(process.cwd(), p), 'utf8'));
const programmes = parseProgrammes(readJson('seeds/programmes.json'));
const units = parseContactUnits(readJson('seeds/contact-units.json'));

const ROLE: Record<string, UnitRole> = { 牵头单位: 'lead', 配合单位: 'cooperating', 责任单位: 'responsible' };
const PAREN = /[（(〔]\s*((?:牵头单位|责任单位)[^）)〕]*(?:[（〔][^）〕]*[）〕][^）)〕]*)*)[）)〕]/gs;
type Mention = { doc: string; part?: string; item: string; role: UnitRole; name: string };
const mentions: Mention[] = [];

function add(body: string, at: Omit<Mention, 'role' | 'name'>) {
  for (const part of body.split(/[；;]/)) {
    const m = part.match(/^\s*(牵头单位|配合单位|责任单位)[：:](.*)$/s);
    if (!m) continue;
    for (const n of m[2].replace(/\s+/g, '').split(/[、，,]/))
      if (n) mentions.push({ ...at, role: ROLE[m[1]], name: n.replace(/等$/, '') });
  }
}

function byHeadings(
  txt: string,
  heads: [RegExp, (m: RegExpMatchArray) => string][],
  at: (item: string, i: number) => Omit<Mention, 'role' | 'name'>,
) {
  const hs = heads.flatMap(([re, label]) => [...txt.matchAll(re)].map((m) => ({ at: m.index!, label: label(m) })));
  hs.sort((a, b) => a.at - b.at);
  for (const m of txt.matchAll(PAREN)) {
    const h = hs.filter((x) => x.at < m.index!).pop()!;
    add(m[1], at(h.label, m.index!));
  }
}

beforeAll(() => {
  // 000: 渝府办发〔2022〕83号 (scraped): the heading after the list names the next item
  const t83 = read('000_57f3ed91d7a6effa.txt');
  const after: [RegExp, (m: RegExpMatchArray) => string][] = [
    [/^(\d{1,2})．/, (m) => `第${Number(m[1]) - 1}条`],
    [/^（二）实施补链强链/, () => '第4条'],
    [/^（四）实施“渝商出海”/, () => '第9条'],
    [/^（六）实施通道增效/, () => '第14条'],
    [/^四、保障措施/, () => '第25条'],
    [/^（三）强化风险防范/, () => '四、保障措施（二）'],
  ];
  for (const m of t83.matchAll(PAREN)) {
    const rest = t83.slice(m.index! + m[0].length).trimStart();
    let item = rest === '' ? '四、保障措施（四）' : undefined;
    for (const [re, f] of after) {
      const mm = rest.match(re);
      if (mm && !item) item = f(mm);
    }
    if (item) add(m[1], { doc: '渝府办发〔2022〕83号', item });
  }
  // 001: Fuling plan
  byHeadings(
    read('001_939ea81547dfa2ad.txt'),
    [
      [/^(\d{1,2})．/gm, (m) => `第${m[1]}条`],
      [/^（([一二三四])）强化/gm, (m) => `四、保障措施（${m[1]}）`],
    ],
    (item) => ({ doc: '涪陵区贯彻落实RCEP行动计划实施方案（2022-12-24）', item }),
  );
  // 002: 渝府办发〔2022〕107号, two plans; a page break splits one list as "（责 … 任单位"
  const t107 = read('002_d8c88a5b2a5dbcee.txt').replace(/（责\s+任单位/g, '（责任单位');
  const fdiAt = t107.search(/^重庆市建设高质量外资集聚地三年行动计划\s*$/m);
  byHeadings(
    t107,
    [
      [/^(\d{1,2})\. /gm, (m) => `第${m[1]}条`],
      [/^（([一二三四])）(?:加强组织领导|落实引资|提升能力|加强绩效)/gm, (m) => `四、保障措施（${m[1]}）`],
    ],
    (item, i) => ({
      doc: '渝府办发〔2022〕107号',
      part:
        i > fdiAt
          ? '重庆市建设高质量外资集聚地三年行动计划（2022—2024年）'
          : '重庆市推动外贸高质量发展三年行动计划（2022—2024年）',
      item,
    }),
  );
  // 004: 渝府办发〔2021〕65号
  byHeadings(
    read('004_c56b3bd0581c1773.txt'),
    [[/^（([一二三四五六七八九十]+)）/gm, (m) => `（${m[1]}）`]],
    (item) => ({ doc: '渝府办发〔2021〕65号', item }),
  );
});

const printedAt = (c: PolicyCitation, name: string, role?: UnitRole) =>
  mentions.some(
    (m) =>
      m.doc === c.doc &&
      (m.part ?? '') === (c.part ?? '') &&
      m.item === c.item &&
      m.name === name &&
      (!role || m.role === role),
  );

describe('unit roles against the documents', () => {
  test('the documents were read', () => {
    expect(mentions.length).toBeGreaterThan(400);
  });

  test('every role of every unit is printed at the cited item, in that role', () => {
    for (const u of units)
      for (const r of u.roles) {
        const names = [u.printed ?? u.names.zh, ...(u.id === 'cq-liangjiang' ? ['两江新区'] : [])];
        expect([u.id, r.programme, r.role, names.some((n) => printedAt(r.citation, n, r.role))]).toEqual([
          u.id,
          r.programme,
          r.role,
          true,
        ]);
        expect(programmes.find((p) => p.id === r.programme)!.citations).toContainEqual(r.citation);
      }
  });

  test('every citation of every unit names it there', () => {
    for (const u of units)
      for (const c of u.citations) {
        const names = [u.printed ?? u.names.zh, ...(u.id === 'cq-liangjiang' ? ['两江新区'] : [])];
        expect([u.id, c.item, names.some((n) => printedAt(c, n))]).toEqual([u.id, c.item, true]);
      }
  });

  test('every concrete unit named in a list is in the seed (collectives excluded)', () => {
    const COLLECTIVE = /^(有关区县政府|各区县.*|各综合保税区管委会|各园区|区级有关部门|以下简称区县|中国（重庆.*)$/;
    const known = new Set(
      units.flatMap((u) => [u.printed ?? u.names.zh, ...(u.id === 'cq-liangjiang' ? ['两江新区'] : [])]),
    );
    const missing = [...new Set(mentions.map((m) => m.name))].filter((n) => !known.has(n) && !COLLECTIVE.test(n));
    expect(missing).toEqual([]);
  });
});

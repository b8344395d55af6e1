import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSeedConsistency, parseContactUnits, parseProgrammes } from '../../domain/programmes/parse-seeds.js';
import type { PolicyCitation } from '../../domain/schemas/index.js';

// The seeds are checked against the policy documents themselves (../shared/seeds), not against code output.
const ROOT = process.cwd();
// the shared folder (policy documents, RCEP reference text); RCEP_SHARED overrides ../shared
const REF_DIR = process.env.RCEP_SHARED ?? join(ROOT, '..', 'shared');
const SEEDS_DIR = join(REF_DIR, 'seeds');
const readJson = (p: string): unknown => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
const programmes = parseProgrammes(readJson('seeds/programmes.json'));
const units = parseContactUnits(readJson('seeds/contact-units.json'));

const textCache = new Map<string, string>();
function docText(c: PolicyCitation): string {
  const path = c.file.startsWith('reference/') ? join(REF_DIR, c.file) : join(SEEDS_DIR, c.file);
  if (!textCache.has(path)) textCache.set(path, readFileSync(path, 'utf8').replace(/\*\*/g, '').replace(/\s+/g, ''));
  return textCache.get(path)!;
}

/** '5000 万美元' -> 50000000; '6小时' -> 6; '20%' -> 20 (read from the printed figure, independently of `value`) */
function numberOf(printed: string): number {
  const m = printed.match(/(\d+(?:\.\d+)?)\s*(万)?/);
  if (!m) throw new Error(`no number in ${printed}`);
  return Number(m[1]) * (m[2] ? 10000 : 1);
}

describe('programme and contact-unit seeds', () => {
  test('both seeds validate and agree with each other', () => {
    expect(checkSeedConsistency(programmes, units)).toEqual([]);
  });

  test('the supports the policy documents name each have a record', () => {
    const ids = new Set(programmes.map((p) => p.id));
    for (const id of [
      'aeo-advanced-certification',
      'aeo-mutual-recognition',
      'approved-exporter-declaration',
      'certificate-of-origin',
      'advance-rulings',
      'advance-and-two-step-declaration',
      'ship-side-pickup-direct-loading',
      'perishables-6-hour-clearance',
      'export-tax-refund',
      'credit-insurance-sme',
      'credit-insurance-small-micro-platform',
      'credit-insurance-zhuanjingtexin',
      'credit-insurance-policy-financing',
      'overseas-warehouses',
      'cross-border-e-commerce',
      'trade-remedy-response',
      'obstacle-feedback',
      'rcep-workshops',
      'fdi-financial-reward',
      'fdi-rd-centre-award',
      'encouraged-fdi-duty-free-equipment',
      'business-visitor-stays',
    ])
      expect(ids.has(id)).toBe(true);
  });

  test('every cited file exists and every figure is printed in its cited file as given', () => {
    for (const p of programmes) {
      expect(p.citations.length).toBeGreaterThan(0);
      for (const c of p.citations) expect(docText(c).length).toBeGreaterThan(0);
      for (const b of p.benefits)
        for (const f of b.figures) {
          expect([p.id, docText(f.citation).includes(f.printed.replace(/\s+/g, ''))]).toEqual([p.id, true]);
          expect([p.id, f.printed, numberOf(f.printed)]).toEqual([p.id, f.printed, f.value]);
        }
    }
  });

  test('credit insurance figures: 渝府办发〔2022〕107号 外贸行动计划 第26条', () => {
    // source: 002_d8c88a5b2a5dbcee.txt item 26: "分别放宽至 5000 万美元和 500 万美元 … 对平台投保降费 20% … 平均费率降幅原则上不低于 10%"
    const byId = new Map(programmes.map((p) => [p.id, p]));
    const figs = (id: string) => byId.get(id)!.benefits.flatMap((b) => b.figures);
    expect(figs('credit-insurance-small-micro-platform')).toEqual(
      expect.arrayContaining([expect.objectContaining({ printed: '20%', value: 20, unit: 'pct' })]),
    );
    expect(figs('credit-insurance-sme').map((f) => f.value)).toEqual([50000000, 5000000]);
    expect(figs('credit-insurance-zhuanjingtexin')).toEqual([
      expect.objectContaining({ value: 10, unit: 'pct', bound: 'at-least' }),
    ]);
    for (const f of figs('credit-insurance-zhuanjingtexin')) expect(f.citation.item).toBe('第26条');
  });

  test('FDI reward figures: 渝府办发〔2022〕107号 外资行动计划 第10条 and R&D award 第6条', () => {
    // source: 002 FDI plan item 10: 超过 1000 万美元 -> 不低于 2%; 制造业 超过 3000 万美元 -> 不低于 4%; 最高不超过 1000 万元
    const p = programmes.find((x) => x.id === 'fdi-financial-reward')!;
    const figs = p.benefits.flatMap((b) => b.figures).map((f) => [f.printed, f.bound]);
    expect(figs).toEqual([
      ['1000 万美元', 'over'],
      ['2%', 'at-least'],
      ['3000 万美元', 'over'],
      ['4%', 'at-least'],
      ['1000 万元', 'at-most'],
    ]);
    // item 6: 一次性给予200万元开办奖励
    const rd = programmes.find((x) => x.id === 'fdi-rd-centre-award')!;
    expect(rd.benefits[0].figures[0]).toEqual(expect.objectContaining({ value: 2000000, unit: 'cny' }));
  });

  test('units: zh names appear in the documents they cite; no contact details are invented', () => {
    expect(units.length).toBeGreaterThan(0);
    for (const u of units) {
      expect(u.citations.length).toBeGreaterThan(0);
      const zh = u.printed ?? u.names.zh;
      expect([u.id, u.citations.some((c) => docText(c).includes(zh))]).toEqual([u.id, true]);
      expect([u.phone, u.address, u.url]).toEqual(['', '', '']);
      expect(u.level).toBe(u.id.startsWith('fl-') ? 'district-fuling' : 'city');
    }
  });

  test('lead units of key items as the documents name them', () => {
    const unit = (id: string) => units.find((u) => u.id === id)!;
    const roleOf = (unitId: string, programme: string) =>
      unit(unitId)
        .roles.filter((r) => r.programme === programme)
        .map((r) => [r.role, r.citation.item]);
    // 渝府办发〔2022〕83号 四（四）: 牵头单位：市商务委；配合单位：市贸促会 (享惠受阻)
    expect(roleOf('cq-commerce', 'obstacle-feedback')).toEqual([['lead', '四、保障措施（四）']]);
    expect(roleOf('cq-ccpit', 'obstacle-feedback')).toEqual([['cooperating', '四、保障措施（四）']]);
    // 83号 第23条: 牵头单位：市司法局、市高法院、重庆仲裁办、市贸促会；配合单位：市商务委 (两反一保)
    expect(roleOf('cq-arbitration', 'trade-remedy-response')).toEqual([['lead', '第23条']]);
    // Fuling plan 第16条: 牵头单位：涪陵海关 (AEO, self-printing, pre-arrival)
    expect(roleOf('fl-customs', 'aeo-advanced-certification')).toEqual([['lead', '第16条']]);
    // 107号 外贸 第23条: 责任单位：重庆市税务局 (export tax refund)
    expect(roleOf('cq-tax', 'export-tax-refund')).toEqual([['responsible', '第23条']]);
  });
});

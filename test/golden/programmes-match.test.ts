import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateCondition, evaluateProgramme, matchProgrammes } from '../../domain/programmes/match.js';
import { matchFactsFromCheck } from '../../domain/programmes/facts.js';
import type { MatchInput } from '../../domain/programmes/match.js';
import type { Condition } from '../../domain/schemas/index.js';
import { parseContactUnits, parseProgrammes } from '../../domain/programmes/parse-seeds.js';

// Expectations come from the policy documents in ../shared/seeds (cited per case), applied to the seeds.
const readJson = (p: string): unknown => JSON.parse(readFileSync(join(process.cwd(), p), 'utf8'));
const programmes = parseProgrammes(readJson('seeds/programmes.json'));
const units = parseContactUnits(readJson('seeds/contact-units.json'));
const match = (input: MatchInput) => matchProgrammes(programmes, units, input);
const ids = (input: MatchInput) => match(input).map((m) => m.programme);
const find = (input: MatchInput, id: string) => match(input).find((m) => m.programme === id);

describe('matchProgrammes', () => {
  test('small-micro e-commerce exporter of citrus to Japan, originating', () => {
    const input: MatchInput = {
      profile: { size: 'small-micro', aeo: 'none', exportModels: ['e-commerce'], investor: false, firmTypes: [] },
      result: { dest: 'JP', hsChapter: '0805', verdict: 'originating', rateGain: true },
    };
    const got = ids(input);
    // 107号 外贸 第26条: small-micro firms insuring through a district platform get 降费 20%
    expect(find(input, 'credit-insurance-small-micro-platform')?.held).toEqual(['small-micro']);
    // Fuling plan 第16条 / 83号 第16条: perishables target 6-hour clearance; 107号 第21条 names 果蔬 (ch. 08)
    expect(find(input, 'perishables-6-hour-clearance')?.held).toEqual(['perishable-chapter']);
    // 83号 第4条 / 107号 外贸 第13条: cross-border e-commerce; 83号 第22条: credit insurance for new models
    expect(got).toEqual(expect.arrayContaining(['cross-border-e-commerce', 'credit-insurance-new-models']));
    // originating goods can use a certificate of origin (Fuling plan 第16条, 83号 第25条)
    expect(find(input, 'certificate-of-origin')?.held).toEqual(['goods-originating']);
    // 107号 外贸 第22条 addresses self-declaration to AEO advanced firms: a firm without AEO is not matched
    expect(got).not.toContain('approved-exporter-declaration');
    expect(got).not.toContain('overseas-warehouses'); // export model not declared
    expect(got).not.toContain('fdi-financial-reward'); // not an investor
    expect(got).not.toContain('credit-insurance-zhuanjingtexin'); // not on the list
    expect(find(input, 'aeo-advanced-certification')?.held).toEqual(['aeo-not-yet-advanced']);
  });

  test('medium 小巨人 firm gets the ≥10% rate cut but not the small-micro platform cut (107号 外贸 第26条)', () => {
    const input: MatchInput = { profile: { size: 'medium', firmTypes: ['xiaojuren', 'manufacturer'] } };
    expect(find(input, 'credit-insurance-zhuanjingtexin')?.held).toEqual(['sme-band', 'on-miit-list']);
    expect(ids(input)).not.toContain('credit-insurance-small-micro-platform');
    expect(find(input, 'credit-insurance-sme')?.held).toEqual(['sme-band']);
  });

  test('a large firm is outside the SME credit-insurance measures (thresholds US$50m / US$5m)', () => {
    const got = ids({ profile: { size: 'large' } });
    for (const id of [
      'credit-insurance-sme',
      'credit-insurance-small-micro-platform',
      'credit-insurance-zhuanjingtexin',
    ])
      expect(got).not.toContain(id);
    expect(got).toContain('credit-insurance-policy-financing'); // 107号 第26条 white list: no size limit stated
  });

  test('AEO advanced firm with originating goods: self-declaration and mutual recognition, not cultivation', () => {
    const input: MatchInput = {
      profile: { aeo: 'advanced' },
      result: { dest: 'KR', hsChapter: '90', verdict: 'originating' },
    };
    // 107号 外贸 第22条: 鼓励支持AEO高级认证企业运用经核准出口商制度，自主出具原产地声明
    expect(find(input, 'approved-exporter-declaration')?.held).toEqual(['aeo-advanced', 'goods-originating']);
    expect(find(input, 'aeo-mutual-recognition')?.held).toEqual(['aeo-advanced']);
    expect(ids(input)).not.toContain('aeo-advanced-certification');
    // most specific first: two conditions held beats one
    expect(ids(input)[0]).toBe('approved-exporter-declaration');
  });

  test('goods that are not originating get no proof-of-origin programme', () => {
    const got = ids({
      profile: { aeo: 'advanced' },
      result: { dest: 'VN', hsChapter: '87', verdict: 'not-originating' },
    });
    expect(got).not.toContain('certificate-of-origin');
    expect(got).not.toContain('approved-exporter-declaration');
    expect(got).not.toContain('perishables-6-hour-clearance'); // chapter 87 is not perishable
  });

  test('nothing answered: conditional programmes stay in with their conditions unknown, general ones have none', () => {
    const input: MatchInput = {};
    expect(find(input, 'certificate-of-origin')).toEqual(
      expect.objectContaining({ held: [], unknown: ['goods-originating'] }),
    );
    expect(find(input, 'obstacle-feedback')).toEqual(expect.objectContaining({ held: [], unknown: [] }));
    const all = match(input);
    expect(all).toHaveLength(programmes.length);
    // fewer unknown conditions first among equals
    const unknownCounts = all.map((m) => m.unknown.length);
    expect(unknownCounts).toEqual([...unknownCounts].sort((a, b) => a - b));
  });

  test('FDI reward needs paid-in foreign capital strictly over US$10m (107号 外资 第10条 “超过 1000 万美元”)', () => {
    expect(ids({ profile: { investor: true, fdiPaidInUsd: 10_000_000 } })).not.toContain('fdi-financial-reward');
    expect(find({ profile: { investor: true, fdiPaidInUsd: 10_000_001 } }, 'fdi-financial-reward')?.held).toEqual([
      'foreign-investor',
      'paid-in-over-10m',
    ]);
    // a foreign-invested firm counts as an investor when the investor question is unanswered
    expect(find({ profile: { firmTypes: ['foreign-invested'] } }, 'fdi-rd-centre-award')?.held).toEqual([
      'foreign-investor',
    ]);
    expect(ids({ profile: { investor: false } })).not.toContain('encouraged-fdi-duty-free-equipment');
  });

  test('units: city first by default, Fuling first for Fuling firms, hidden for firms elsewhere', () => {
    // 83号 四（四）: 牵头 市商务委, 配合 市贸促会; Fuling plan 四（四）: 牵头 区商务委
    expect(find({}, 'obstacle-feedback')?.units).toEqual([
      { unit: 'cq-commerce', role: 'lead', level: 'city' },
      { unit: 'cq-ccpit', role: 'cooperating', level: 'city' },
      { unit: 'fl-commerce', role: 'lead', level: 'district-fuling' },
    ]);
    expect(find({ profile: { district: 'fuling' } }, 'obstacle-feedback')?.units[0]).toEqual({
      unit: 'fl-commerce',
      role: 'lead',
      level: 'district-fuling',
    });
    const other = find({ profile: { district: 'other' } }, 'obstacle-feedback')!.units;
    expect(other.every((u) => u.level === 'city')).toBe(true);
    // 107号 外贸 第23条: 责任单位：重庆市税务局
    expect(find({}, 'export-tax-refund')?.units).toEqual([{ unit: 'cq-tax', role: 'responsible', level: 'city' }]);
  });

  test('evaluateProgramme reports the failing condition', () => {
    const p = programmes.find((x) => x.id === 'credit-insurance-small-micro-platform')!;
    expect(evaluateProgramme(p, { profile: { size: 'medium' } })).toEqual({
      programme: p.id,
      held: [],
      unknown: [],
      failed: ['small-micro'],
    });
  });
});

describe('evaluateCondition: the condition language', () => {
  test('dest, rate gain and hs chapter normalisation', () => {
    const dest: Condition = { id: 'asean-5', kind: 'dest', in: ['MM', 'TH', 'PH', 'MY', 'ID'] };
    expect(evaluateCondition(dest, { result: { dest: 'th' } })).toBe('held');
    expect(evaluateCondition(dest, { result: { dest: 'JP' } })).toBe('failed');
    expect(evaluateCondition(dest, {})).toBe('unknown');
    const gain: Condition = { id: 'gain', kind: 'rate-gain', equals: true };
    expect(evaluateCondition(gain, { result: { rateGain: true } })).toBe('held');
    expect(evaluateCondition(gain, { result: { rateGain: false } })).toBe('failed');
    expect(evaluateCondition(gain, { result: {} })).toBe('unknown');
    const ch: Condition = { id: 'ch', kind: 'hs-chapter', in: ['08'] };
    expect(evaluateCondition(ch, { result: { hsChapter: '8' } })).toBe('held');
    expect(evaluateCondition(ch, { result: { hsChapter: '0805.10' } })).toBe('held');
    expect(evaluateCondition(ch, { result: { hsChapter: '87' } })).toBe('failed');
    expect(evaluateCondition(ch, { result: { hsChapter: '' } })).toBe('unknown');
  });
});

describe('matchFactsFromCheck', () => {
  test('rate gain from the check: VN 76042990 MFN 10% vs RCEP 0% (vn_tariff_2026 row 7032)', () => {
    const facts = matchFactsFromCheck({
      input: { dest: 'VN', code: '7604.29.90' },
      tariff: { rcep: { status: 'free', adValorem: 0 }, mfn: { adValorem: 10 }, notes: [] },
      origin: { verdict: 'originating' },
    });
    expect(facts).toEqual({ dest: 'VN', hsChapter: '76', verdict: 'originating', rateGain: true });
  });

  test('no advantage, or nothing to compare', () => {
    const base = { input: { dest: 'KH', code: '850980' }, origin: null };
    // KH 8509.80.90 "35% in every column" (rcep-annex1-hs8509-extracts.csv): no reduction
    expect(
      matchFactsFromCheck({
        ...base,
        tariff: { rcep: { status: 'no-reduction', adValorem: 35 }, mfn: { adValorem: 35 }, notes: [] },
      }).rateGain,
    ).toBe(false);
    expect(
      matchFactsFromCheck({
        ...base,
        tariff: { rcep: { status: 'not-in-data', adValorem: null }, mfn: { adValorem: 5 }, notes: [] },
      }),
    ).toEqual({ dest: 'KH', hsChapter: '85' });
  });
});

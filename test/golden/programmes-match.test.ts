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

const FULING_SMALL_ECOM: MatchInput = {
  profile: {
    district: 'fuling',
    direction: 'export',
    size: 'small-micro',
    aeo: 'none',
    exportModels: ['e-commerce'],
    firmTypes: [],
    investor: false,
    creditInsurance: false,
  },
  result: { dest: 'JP', hsChapter: '0805', verdict: 'originating', rateGain: true },
};
const LARGE_IMPORTER_CQ: MatchInput = {
  profile: {
    district: 'chongqing',
    direction: 'import',
    size: 'large',
    aeo: 'general',
    firmTypes: [],
    investor: false,
  },
  result: { dest: 'JP', hsChapter: '0805', verdict: 'originating', rateGain: true },
};

describe('matchProgrammes', () => {
  test('Fuling small-micro e-commerce exporter of originating citrus to Japan', () => {
    const got = ids(FULING_SMALL_ECOM);
    // 107号 外贸 第26条: small-micro (< 500 万美元) insuring through a district platform, 降费 20%
    expect(find(FULING_SMALL_ECOM, 'credit-insurance-small-micro-platform')?.applies).toBe('yes');
    // 83号 第4条 / 涪陵方案 第4条: e-commerce support for firms using or moving to it
    expect(find(FULING_SMALL_ECOM, 'cross-border-e-commerce')?.applies).toBe('yes');
    // originating goods with an RCEP gain: a certificate is worth it (涪陵方案 第16条, RCEP Art. 3.16)
    expect(find(FULING_SMALL_ECOM, 'certificate-of-origin')).toEqual(
      expect.objectContaining({ applies: 'yes', held: ['exporter', 'goods-originating', 'tariff-gain'] }),
    );
    // 涪陵方案 第16条 鼓励和支持符合条件的企业: self-declaration is not reserved to AEO firms
    expect(got).toContain('approved-exporter-declaration');
    // import-side measures are for importers (83号 第2条, 107号 外贸 第4条)
    expect(got).not.toContain('import-priorities');
    expect(got).not.toContain('encouraged-import-catalogue');
    // 65号（十七）符合条件的中小外贸企业, and policy financing lends against a policy the firm does not hold yet
    expect(find(FULING_SMALL_ECOM, 'credit-insurance-policy-financing')?.applies).toBe('maybe');
  });

  test('large importer elsewhere in Chongqing', () => {
    const got = ids(LARGE_IMPORTER_CQ);
    expect(got).toEqual(
      expect.arrayContaining(['import-priorities', 'encouraged-import-catalogue', 'import-clearance-reforms']),
    );
    // SME measures: thresholds US$50m / US$5m (107号 外贸 第26条) exclude a large firm
    for (const id of [
      'credit-insurance-sme',
      'credit-insurance-small-micro-platform',
      'credit-insurance-policy-financing',
    ])
      expect(got).not.toContain(id);
    // export-only measures are not for an importer
    expect(got).not.toContain('certificate-of-origin');
    expect(got).not.toContain('export-tax-refund');
    // a firm registered elsewhere in Chongqing never sees a Fuling-district unit
    expect(match(LARGE_IMPORTER_CQ).every((m) => m.units.every((u) => u.level === 'city'))).toBe(true);
  });

  test('a failed condition never shows as applying; invites turn a "no" into "maybe"', () => {
    const generalTrade: MatchInput = { profile: { direction: 'export', exportModels: ['general-trade'] } };
    // 83号 第4条: 推动…传统外贸…企业通过入驻第三方平台或自建平台…开展跨境电商业务
    expect(find(generalTrade, 'cross-border-e-commerce')?.applies).toBe('maybe');
    expect(find(generalTrade, 'cross-border-e-commerce')?.reasons).toContainEqual({
      condition: 'e-commerce-model',
      kind: 'export-model',
      outcome: 'invited',
    });
    // 107号 外贸 第26条 “小巨人”清单: a 专精特新 firm not on the MIIT list is excluded
    expect(ids({ profile: { size: 'small-micro', firmTypes: ['zhuanjingtexin'] } })).not.toContain(
      'credit-insurance-zhuanjingtexin',
    );
    expect(
      find({ profile: { size: 'small-micro', firmTypes: ['xiaojuren'] } }, 'credit-insurance-zhuanjingtexin'),
    ).toBeTruthy();
    for (const input of [FULING_SMALL_ECOM, LARGE_IMPORTER_CQ])
      for (const m of match(input)) if (m.applies === 'yes') expect(m.unknown).toEqual([]);
  });

  test('goods that are not originating get no proof-of-origin programme', () => {
    const input: MatchInput = {
      profile: { direction: 'export' },
      result: { dest: 'VN', hsChapter: '87', verdict: 'not-originating' },
    };
    const got = ids(input);
    expect(got).not.toContain('certificate-of-origin');
    expect(got).not.toContain('approved-exporter-declaration');
    // 107号 外贸 第15条 二手车出口: chapter 87 is a vehicle
    expect(find(input, 'used-car-export')?.applies).toBe('yes');
    // 107号 外贸 第22条 快件、易腐货物: other chapters may still apply, never "yes"
    expect(find(input, 'perishables-6-hour-clearance')?.applies).toBe('maybe');
  });

  test('nothing answered: every programme without a failing condition is at most "maybe"', () => {
    const all = match({});
    expect(find({}, 'certificate-of-origin')?.applies).toBe('maybe');
    expect(all.filter((m) => m.applies === 'yes').map((m) => m.programme)).toEqual(
      programmes.filter((p) => p.eligibility.length === 0).map((p) => p.id),
    );
  });

  test('FDI reward needs paid-in foreign capital strictly over US$10m (107号 外资 第10条 “超过 1000 万美元”)', () => {
    expect(ids({ profile: { investor: true, fdiPaidInUsd: 10_000_000 } })).not.toContain('fdi-financial-reward');
    expect(find({ profile: { investor: true, fdiPaidInUsd: 10_000_001 } }, 'fdi-financial-reward')?.held).toEqual([
      'foreign-investor',
      'paid-in-over-10m',
    ]);
    // 107号 外资 第6条 认定符合条件的外资研发中心: being foreign-invested is not enough
    expect(find({ profile: { firmTypes: ['foreign-invested'] } }, 'fdi-rd-centre-award')?.applies).toBe('maybe');
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
    const other = find({ profile: { district: 'outside' } }, 'obstacle-feedback')!.units;
    expect(other.every((u) => u.level === 'city')).toBe(true);
    // 107号 外贸 第23条: 责任单位：重庆市税务局
    expect(find({}, 'export-tax-refund')?.units).toEqual([{ unit: 'cq-tax', role: 'responsible', level: 'city' }]);
    // 107号 外贸 第26条 责任单位 are city units: the credit-insurance measures no longer list only Fuling ones
    expect(find({ profile: { district: 'chongqing' } }, 'credit-insurance-sme')?.units.map((u) => u.unit)).toContain(
      'cq-sinosure',
    );
  });

  test('evaluateProgramme reports the failing condition', () => {
    const p = programmes.find((x) => x.id === 'credit-insurance-small-micro-platform')!;
    expect(evaluateProgramme(p, { profile: { size: 'medium', direction: 'both' } })).toEqual(
      expect.objectContaining({ programme: p.id, held: ['exporter'], unknown: [], failed: ['small-micro'] }),
    );
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

import type { HsPack, TariffPack } from '../../../domain/schemas/index.js';
import type { CheckResult } from '../../../domain/check/types.js';
import type { Meta } from '../lib/data/meta.js';

/**
 * Small packs for component tests. Figures are copied from the raw sources (not from engine output):
 * - JP 8509.80-000: /work/shared/data/jp/j_85_tariff_data.json, stat_code 8509.80 hs_code 000:
 *   基本 無税, WTO協定 (無税), EPA_RCEP_中国 無税.
 * - VN 85098010: /work/shared/data/vn/vn_tariff_2026_mfn_acfta_rcep.csv line 8870:
 *   mfn 25.0, acfta 5.0, rcep 25.0 (2026, RCEP Year 5 for Viet Nam).
 * HS texts: HS 2022 nomenclature (hs/harmonized-system.csv). sha256 values are placeholders of the right shape.
 */
const SHA = '0'.repeat(64);

export const hsPack: HsPack = {
  _generated: 'test fixture',
  sources: [
    {
      id: 'hs2022',
      title: 'HS 2022',
      file: 'hs/harmonized-system.csv',
      sha256: SHA,
      asOf: '2022',
      publisher: 'WCO / UN Comtrade',
    },
  ],
  sections: [{ id: 'XVI', en: 'Machinery and mechanical appliances; electrical equipment', chapters: ['85'] }],
  versions: {
    '2022': [
      { code: '85', en: 'Electrical machinery and equipment and parts thereof', zh: '电机、电气设备及其零件' },
      {
        code: '8509',
        en: 'Electro-mechanical domestic appliances, with self-contained electric motor',
        zh: '家用电动器具',
      },
      { code: '850980', en: 'Other appliances' },
      { code: '850990', en: 'Parts' },
    ],
    '2017': [],
    '2012': [],
  },
  correlation: { '2022-2012': [], '2022-2017': [] },
  synonyms: [{ term: '料理机', lang: 'zh', headings: ['8509'], src: 'test' }],
  quarantine: [],
};

export const jpPack: TariffPack = {
  _generated: 'test fixture',
  dest: 'JP',
  chinaColumn: 'china-specific',
  sources: [
    {
      id: 'jp-customs-2026',
      title: 'Japan Customs tariff 2026-07-09',
      file: 'jp/j_85_tariff_data.json',
      sha256: SHA,
      asOf: '2026-07-09',
      publisher: 'Japan Customs',
    },
  ],
  lines: [
    {
      code: '850980000',
      printed: '8509.80-000',
      hsVersion: '2022',
      desc: 'Other appliances',
      mfn: [{ rate: { kind: 'free' }, asOf: '2026-07-09', src: 'jp-customs-2026' }],
      rcep: [{ rate: { kind: 'free' }, rcepYear: 6, asOf: '2026-07-09', src: 'jp-customs-2026' }],
    },
    {
      code: '850990000',
      printed: '8509.90-000',
      hsVersion: '2022',
      desc: 'Parts',
      mfn: [{ rate: { kind: 'free' }, asOf: '2026-07-09', src: 'jp-customs-2026' }],
      rcep: [{ rate: { kind: 'free' }, rcepYear: 6, asOf: '2026-07-09', src: 'jp-customs-2026' }],
    },
  ],
  quarantine: [],
};

export const meta: Meta = {
  dataAsOf: '2026-07-09',
  coverage: {
    JP: { lines: 9650, withRcepForChina: { '2026': 8087 } },
    VN: { lines: 12000, withRcepForChina: { '2026': 9737 } },
    TH: { lines: 11000, withRcepForChina: {} },
  },
};

/** An engine answer for VN 85098010 written from the VN csv row above (not from the engine). */
export const vnResult: CheckResult = {
  input: {
    code: '85098010',
    dest: 'VN',
    date: '2026-11-24',
    value: 1000,
    currency: 'USD',
    origin: { mode: 'quick', share: 45, wholly: false },
  },
  tariff: {
    dest: 'VN',
    origin: 'CN',
    code: '85098010',
    date: '2026-11-24',
    rcepYear: 5,
    line: { code: '85098010', desc: 'Floor polishers', hsVersion: '2022' },
    candidates: [],
    mfn: { expr: { kind: 'adValorem', pct: 25 }, adValorem: 25, asOf: '2026', src: 'vn-2026', row: '8870' },
    rcep: {
      status: 'no-reduction',
      rate: {
        expr: { kind: 'adValorem', pct: 25 },
        adValorem: 25,
        shownYear: 5,
        asOf: '2026',
        src: 'vn-2026',
        row: '8870',
      },
      adValorem: 25,
    },
    path: null,
    other: [
      {
        agreement: 'ACFTA',
        loaded: true,
        proof: 'form-e',
        portal: { title: 'China FTA Network (MOFCOM) 中国自由贸易区服务网', url: 'https://fta.mofcom.gov.cn/' },
        source: 'vn-2026',
        rate: { expr: { kind: 'adValorem', pct: 5 }, adValorem: 5, asOf: '2026', src: 'vn-2026', row: '8870' },
      },
    ],
    referenceOnly: [],
    saving: {
      currency: 'USD',
      mfnDuty: { kind: 'amount', amount: 250, currency: 'USD', working: [] },
      rcepDuty: { kind: 'amount', amount: 250, currency: 'USD', working: [] },
      amount: 0,
      bestAgreement: 'ACFTA',
    },
    recommendation: 'ACFTA',
    officialSources: [
      { title: 'Viet Nam Decree 129/2022/ND-CP (RCEP schedule)', url: 'https://example.invalid/decree-129-2022' },
    ],
    sources: [
      {
        id: 'vn-2026',
        title: 'Viet Nam import tariff 2026',
        file: 'vn/vn_tariff_2026_mfn_acfta_rcep.csv',
        sha256: SHA,
        asOf: '2026',
        publisher: 'Government of Viet Nam',
      },
    ],
    notes: ['rcep-no-advantage', 'acfta-lower', 'acfta-own-origin-rules'],
  },
  origin: {
    verdict: 'rule-not-in-data',
    code: '85098010',
    mode: 'quick',
    rvc: { share: 45 },
    ctc: [],
    failingMaterials: [],
    questions: [],
    reasons: [],
    steps: [{ step: 'rvc', result: 'info', article: '3.5' }],
    articles: ['3.2', '3.5'],
  },
  // proof: Art. 3.16 (12-month validity), 3.27.1 (3 years of records), Annex 3B para. 1(a)/(k)
  proof: {
    dest: 'VN',
    blockedBy: 'rule-not-in-data',
    options: [{ id: 'certificate-of-origin', available: true, articles: ['3.16', '3.17'] }],
    checklist: [
      { id: 'co-a-exporter', form: 'CO', ref: '3B.1(a)', required: true },
      { id: 'co-k-fob-value', form: 'CO', ref: '3B.1(k)', required: true, condition: 'rvc-criterion-used' },
    ],
    validity: { months: 12, article: '3.16' },
    recordKeeping: { years: 3, article: '3.27.1' },
    notes: [],
    articles: ['3.16'],
  },
  notes: [],
};

import type { Annex1Pack, HsPack, PsrPack, SourceInfo, TariffPack } from '../../../domain/schemas/index.js';
import { buildManifest } from '../lib/manifest.js';
import { stableStringify } from '../lib/write-pack.js';
import type { CheckInput } from './types.js';

/** A tiny, valid set of packs (made-up figures, for the check tests only) with its manifest. */
export function fixtureInput(
  edit?: (p: { hs: HsPack; annex1: Annex1Pack; psr: PsrPack; au: TariffPack }) => void,
): CheckInput {
  const src = (id: string): SourceInfo => ({
    id,
    title: id,
    file: `${id}.csv`,
    sha256: 'a'.repeat(64),
    asOf: '2025',
    publisher: 'test',
  });
  const g = 'test';
  const hs: HsPack = {
    _generated: g,
    sources: [src('hs-2022-nomenclature')],
    sections: [{ id: 'XVI', en: 'Machinery', chapters: ['85'] }],
    versions: {
      '2022': [
        { code: '85', en: 'Electrical', section: 'XVI' },
        { code: '8509', en: 'Appliances' },
        { code: '850980', en: 'Other', zh: '其他家用电动器具' },
      ],
      '2017': [{ code: '850980', en: 'Other' }],
      '2012': [{ code: '850980', en: 'Other' }],
    },
    correlation: { '2022-2012': [{ from: '850980', to: '850980', rel: '1:1' }], '2022-2017': [] },
    synonyms: [],
    quarantine: [],
  };
  const annex1: Annex1Pack = {
    _generated: g,
    sources: [src('x1')],
    lines: [
      {
        party: 'KH',
        code: '85098010',
        printed: '8509.80.10',
        desc: 'Floor polishers',
        base: { kind: 'adValorem', pct: 35 },
        years: [
          { rcepYear: 1, rate: { kind: 'adValorem', pct: 32 } },
          { rcepYear: 2, rate: { kind: 'free' } },
        ],
        forParties: 'all',
        src: 'x1',
        row: '4',
      },
    ],
    quarantine: [{ src: 'x1', file: 'x1.csv', row: '3', reason: 'annex1-years-elided' }],
  };
  const psr: PsrPack = {
    _generated: g,
    sources: [src('p1')],
    rows: [{ unit: '850980', hsVersion: '2022', rule: { kind: 'CTSH' }, src: 'p1', row: '1' }],
    quarantine: [],
  };
  const au: TariffPack = {
    _generated: g,
    dest: 'AU',
    chinaColumn: 'common',
    sources: [src('k1')],
    lines: [
      {
        code: '8509801010',
        hsVersion: '2022',
        desc: 'Floor polishers',
        psr: '850980',
        mfn: [{ rate: { kind: 'adValorem', pct: 5 }, asOf: '2025', src: 'k1' }],
        rcep: [{ rate: { kind: 'free' }, asOf: '2025', src: 'k1' }],
        path: {
          src: 'k1',
          base: { kind: 'adValorem', pct: 5 },
          years: [
            { rcepYear: 1, rate: { kind: 'adValorem', pct: 4 } },
            { rcepYear: 2, rate: { kind: 'free' } },
          ],
        },
      },
    ],
    quarantine: [],
  };
  edit?.({ hs, annex1, psr, au });
  const texts: Record<string, string> = {
    'hs.json': stableStringify(hs),
    'annex1.json': stableStringify(annex1),
    'psr.json': stableStringify(psr),
    'tariff-au.json': stableStringify(au),
  };
  const manifest = buildManifest(
    { hs, annex1, psr, tariffs: { AU: au } },
    texts,
    { hs: {}, destinations: { AU: { chinaColumn: 'common', notInData: [] } }, warnings: [] },
    g,
  );
  return {
    hs,
    annex1,
    psr,
    tariffs: { AU: au },
    manifest: JSON.parse(JSON.stringify(manifest)) as Record<string, unknown>,
    texts,
  };
}

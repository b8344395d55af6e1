import type { Party } from '../../../domain/schemas/index.js';
import type { KcsRateOptions } from './parse-kcs-rate.js';

export type KcsDest = Exclude<Party, 'CN' | 'KR' | 'JP'>;
export type ChinaColumn = 'common' | 'china-specific' | 'korea-only' | 'none';

/**
 * Per-file column mapping, by header text (whitespace removed) as printed in row 1 of each
 * kcs-2025-<xx>.xlsx (inspected 2026-11-24). Which column applies to goods of China follows the
 * mirror README (data/README.md "kcs/"): AU, NZ, MY, BN, KH, LA apply one RCEP schedule to all
 * parties ('common'); VN prints RCEP_CHN ('china-specific'); TH, ID, PH print only the rate for
 * Korean goods ('korea-only': kept in referenceOnly['rcep-korea'], never as China's); MM and SG
 * have no RCEP column ('none').
 */
export interface KcsFileConfig {
  iso3: string;
  mfn: string;
  /** RCEP column that applies to goods of China */
  rcep?: string;
  /** RCEP column for goods of Korea (reference only) */
  rcepKorea?: string;
  /** ACFTA column (VN), rate for goods of China unless the cell excludes CN */
  acfta?: string;
  chinaColumn: ChinaColumn;
  /**
   * RCEP year of the 2025 figures. 1-January parties: calendar 2025 = Year 4 (Year 1 = 2022).
   * ID and PH count 1-April years; their files' year column says only "2025" (no month, unlike
   * JP's "202504"), so the year (4 or 5) cannot be told: left out, asOf '2025' stays.
   */
  rcepYear?: number;
  rate: KcsRateOptions;
  /** AU only: the MFN cell carries other preference clauses after the general rate ("5% DCS:4% DCT:5%") */
  mfnFirstClause?: boolean;
  /** AU only: an empty MFN cell on a statistical line repeats the line above (printed once per group) */
  mfnDitto?: boolean;
  /** AU only: the RCEP cell is the phase-down text */
  auPath?: boolean;
}

export const KCS_FILES: Record<KcsDest, KcsFileConfig> = {
  AU: {
    iso3: 'AUS',
    mfn: '기본세율',
    rcep: 'RCEP',
    chinaColumn: 'common',
    rcepYear: 4,
    rate: { dollar: 'AUD' },
    mfnFirstClause: true,
    mfnDitto: true,
    auPath: true,
  },
  NZ: {
    iso3: 'NZL',
    mfn: 'NormalTariff기본세율',
    rcep: 'RCEP',
    chinaColumn: 'common',
    rcepYear: 4,
    rate: { dollar: 'NZD' },
  },
  MY: { iso3: 'MYS', mfn: '기본세율', rcep: 'RCEP', chinaColumn: 'common', rcepYear: 4, rate: {} },
  BN: { iso3: 'BRU', mfn: '기본세율', rcep: 'RCEP', chinaColumn: 'common', rcepYear: 4, rate: { dollar: 'BND' } },
  // KH prints "$/l" without saying which dollar: currency left unknown (quarantined)
  KH: { iso3: 'CAM', mfn: '기본세율', rcep: 'RCEP', chinaColumn: 'common', rcepYear: 4, rate: {} },
  LA: { iso3: 'LAO', mfn: '기본세율', rcep: 'RCEP', chinaColumn: 'common', rcepYear: 4, rate: {} },
  // VN: "Normal Import" is the non-MFN general rate; the MFN is "MFN 특혜세율"
  VN: {
    iso3: 'VNM',
    mfn: 'MFN특혜세율',
    rcep: 'RCEP_CHNRECP-중국',
    acfta: 'ACFTA아세안-중국',
    chinaColumn: 'china-specific',
    rcepYear: 4,
    rate: {},
  },
  // TH: the header is misspelt 'RECP'. Thai MFN cells "30% or 25 baht/Kilogram" are read as the
  // higher of the two, the Thai tariff's convention for alternative ad valorem / specific rates
  // (Customs Tariff Decree B.E. 2530; the decree text is not in the mirror: to be confirmed).
  TH: {
    iso3: 'THA',
    mfn: '기본세율',
    rcepKorea: 'RECP',
    chinaColumn: 'korea-only',
    rcepYear: 4,
    rate: { orMeansHigher: true },
  },
  ID: {
    iso3: 'IDN',
    mfn: '기본세율ImportDuty',
    rcepKorea: 'RCEP협정세율-대한민국RCEP_KOREA',
    chinaColumn: 'korea-only',
    rate: {},
  },
  PH: { iso3: 'PHL', mfn: '최혜국MFN', rcepKorea: 'RCEP협정세율RCEPKOREA', chinaColumn: 'korea-only', rate: {} },
  MM: { iso3: 'MYA', mfn: '기본세율', chinaColumn: 'none', rcepYear: 4, rate: {} },
  SG: { iso3: 'SGP', mfn: '기본세율', chinaColumn: 'none', rcepYear: 4, rate: { dollar: 'SGD' } },
};

export const KCS_DESTS = Object.keys(KCS_FILES) as KcsDest[];

export const normHeader = (h: string): string => h.replace(/\s+/g, '');

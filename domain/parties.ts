import type { Party } from './schemas/index.js';

/**
 * The 15 RCEP parties. Entry-into-force dates: docs/rcep-primer.md "Parties and years".
 * RCEP years (Annex I General Notes): Year 1 runs from EIF to 31 December, or to 31 March for
 * ID, JP and PH ('apr'); later years are calendar years, or 1 April–31 March years for ID, JP, PH.
 * Tariff differentials (Art. 2.6): seven parties keep country-specific schedules.
 */
export type YearStart = 'jan' | 'apr';

export interface PartyInfo {
  code: Party;
  en: string;
  zh: string;
  asean: boolean;
  /** entry into force for this party, ISO date; undefined when no verified source gives it */
  eif?: string;
  /** true when the date (or its absence) awaits an operator's confirmation */
  unverified?: boolean;
  /** where the EIF date comes from */
  eifSource: string;
  yearStart: YearStart;
  /** keeps country-specific schedules (tariff differentials, Art. 2.6) */
  countrySpecific: boolean;
}

const PRIMER = 'docs/rcep-primer.md (Parties and years)';

function party(
  code: Party,
  en: string,
  zh: string,
  asean: boolean,
  eif: string | undefined,
  yearStart: YearStart,
  countrySpecific: boolean,
): PartyInfo {
  const info: PartyInfo = { code, en, zh, asean, eif, eifSource: PRIMER, yearStart, countrySpecific };
  if (eif === undefined) {
    info.unverified = true;
    info.eifSource = 'no-verified-source: the primer gives no date for Myanmar; an operator must confirm it';
  }
  return info;
}

export const PARTIES: Record<Party, PartyInfo> = {
  BN: party('BN', 'Brunei Darussalam', '文莱', true, '2022-01-01', 'jan', false),
  KH: party('KH', 'Cambodia', '柬埔寨', true, '2022-01-01', 'jan', false),
  ID: party('ID', 'Indonesia', '印度尼西亚', true, '2023-01-02', 'apr', true),
  LA: party('LA', 'Lao PDR', '老挝', true, '2022-01-01', 'jan', false),
  MY: party('MY', 'Malaysia', '马来西亚', true, '2022-03-18', 'jan', false),
  MM: party('MM', 'Myanmar', '缅甸', true, undefined, 'jan', false),
  PH: party('PH', 'Philippines', '菲律宾', true, '2023-06-02', 'apr', true),
  SG: party('SG', 'Singapore', '新加坡', true, '2022-01-01', 'jan', false),
  TH: party('TH', 'Thailand', '泰国', true, '2022-01-01', 'jan', true),
  VN: party('VN', 'Viet Nam', '越南', true, '2022-01-01', 'jan', true),
  CN: party('CN', 'China', '中国', false, '2022-01-01', 'jan', true),
  JP: party('JP', 'Japan', '日本', false, '2022-01-01', 'apr', true),
  KR: party('KR', 'Republic of Korea', '韩国', false, '2022-02-01', 'jan', true),
  AU: party('AU', 'Australia', '澳大利亚', false, '2022-01-01', 'jan', false),
  NZ: party('NZ', 'New Zealand', '新西兰', false, '2022-01-01', 'jan', false),
};

/** Staged reductions are deemed to start on the Agreement's EIF, also for later joiners (Annex I General Notes). */
export const STAGING_START = '2022-01-01';

export function isParty(x: string): x is Party {
  return Object.prototype.hasOwnProperty.call(PARTIES, x);
}

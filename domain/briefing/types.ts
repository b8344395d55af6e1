import type { Party, SourceInfo, TariffPack } from '../schemas/index.js';
import type { OfficialSource } from '../tariff/official-sources.js';
import type { TariffStatus } from '../tariff/types.js';

import type { ChapterRange } from './chapter-range.js';
export type { ChapterRange } from './chapter-range.js';

/** 'heading' (4 digits) for a sector briefing; 'chapter' for a whole-country one. */
export type BriefingGrouping = 'heading' | 'chapter';

export interface BriefingQuery {
  dest: Party;
  chapters: ChapterRange;
  /** ISO date: the RCEP year is the one in force in `dest` on that date */
  date: string;
  by?: BriefingGrouping;
  /** largest cuts kept per group (default 3) and for the whole range (default 10) */
  topPerGroup?: number;
  topTotal?: number;
}

/** How many national lines fall in each RCEP status on the date, as lookupTariff answers it line by line. */
export interface StatusCounts {
  lines: number;
  free: number;
  reduced: number;
  noReduction: number;
  excluded: number;
  notInData: number;
  /** of all lines: the MFN rate itself is already free (a 'free' RCEP rate then saves nothing) */
  mfnFree: number;
  /** of all lines: the RCEP figure shown belongs to another RCEP year than the date's (note rate-is-for-year-N) */
  rateForOtherYear: number;
  /** of the free/reduced lines: MFN or RCEP not ad valorem (specific, compound, conditional), so no cut in points */
  cutNotComparable: number;
}

/** One line's ad-valorem cut: MFN % − RCEP % (percentage points), both as the engine's tariff lookup gives them. */
export interface LineCut {
  code: string;
  printed?: string;
  desc: string;
  status: Extract<TariffStatus, 'free' | 'reduced'>;
  mfn: number;
  rcep: number;
  cut: number;
  /** the RCEP year the RCEP figure belongs to */
  rcepShownYear?: number;
  mfnSrc: string;
  rcepSrc: string;
  rcepRow?: string;
}

export interface BriefingGroup {
  /** '8509' (heading) or '85' (chapter) */
  code: string;
  /** HS 2022 name (hs-2022-nomenclature) and authored Chinese name (curated-hs-zh); null when the node is absent */
  en: string | null;
  zh: string | null;
  counts: StatusCounts;
  topCuts: LineCut[];
}

export interface BriefingSummary {
  dest: Party;
  date: string;
  /** RCEP year of `date` in `dest` (null before entry into force) */
  rcepYear: number | null;
  chapters: ChapterRange;
  by: BriefingGrouping;
  /** how the destination's data treats goods of China; null when no tariff pack is loaded */
  chinaColumn: TariffPack['chinaColumn'] | null;
  total: { counts: StatusCounts; topCuts: LineCut[] };
  groups: BriefingGroup[];
  /** sources of the rates counted (every MFN/RCEP entry the lookups used) */
  sources: SourceInfo[];
  /** sources of the heading/chapter names */
  nameSources: SourceInfo[];
  /** the official schedules to consult when lines are not in the data (or no data is loaded) */
  officialSources: OfficialSource[];
  /** reason codes: 'no-tariff-data-for-destination', 'rcep-for-china-not-in-data', 'rate-is-for-year-5', … */
  notes: string[];
  /** how the figures were obtained, for the reader to check */
  working: { statusFrom: 'lookupTariff'; cut: 'mfn-ad-valorem-minus-rcep-ad-valorem'; linesLookedUp: number };
}

import type { Party, RateExpr, LocalText, SourceInfo } from '../schemas/index.js';

/** Domain error convention: `{ error: { reason: 'unknown-hs-code', field: 'code' } }`. */
export type { DomainError } from '../schemas/domain-error.js';
import type { DomainError } from '../schemas/domain-error.js';

export type TariffStatus = 'free' | 'reduced' | 'no-reduction' | 'excluded' | 'not-in-data';

export interface TariffQuery {
  dest: Party;
  /** any form normaliseCode accepts: '8509.80', '6109.10-020', '８５０９' */
  code: string;
  /** RCEP country of origin (Art. 2.6); the product serves Chinese exporters, so only 'CN' for now */
  origin?: 'CN';
  /** ISO date YYYY-MM-DD: the date of importation */
  date: string;
  /** customs value of the shipment, in `currency` (no FX conversion is ever guessed) */
  value?: number;
  currency?: string;
  /** quantity in the unit the rate expression names (kg, l, pieces…); needed for specific duties */
  quantity?: number;
}

/** Result of evaluating a rate expression on a shipment. */
export type DutyEval =
  | { kind: 'amount'; amount: number; currency?: string; adValoremEquivalent?: number; working: string[] }
  | { kind: 'needs-value' }
  | { kind: 'needs-quantity'; unit: string }
  | { kind: 'currency-mismatch'; rateCurrency: string; valueCurrency: string }
  | { kind: 'conditional'; cases: { when: LocalText; duty: DutyEval }[] }
  | { kind: 'not-conceded' };

/** One rate as shown to the user. */
export interface RateView {
  expr: RateExpr;
  /** percent when the rate is ad valorem or free (0); null for specific/compound/conditional */
  adValorem: number | null;
  /** the RCEP year the figure belongs to (may differ from the query's year: see notes) */
  shownYear?: number;
  asOf: string;
  src: string;
  row?: string;
  printed?: string;
}

export interface RcepView {
  status: TariffStatus;
  rate: RateView | null;
  adValorem: number | null;
  /** for conditional rates: the cases, never one picked */
  conditions?: { when: LocalText; rate: RateExpr; adValorem: number | null }[];
}

export interface PathStep {
  rcepYear: number;
  /** first day of that RCEP year */
  from: string;
  rate: RateExpr;
  adValorem: number | null;
  current: boolean;
}

/**
 * An agreement other than RCEP that China has with the destination (domain/tariff/agreements.ts),
 * listed whether or not its rates are loaded, so the exporter can choose between them.
 */
interface OtherAgreementBase {
  /** stable id, also the i18n key: 'ACFTA', 'CKFTA', 'ChAFTA', 'NZCFTA', 'CSFTA', 'CCFTA' */
  agreement: string;
  /** what the exporter needs to claim it: 'form-e' (ACFTA) or that agreement's 'certificate-of-origin' */
  proof: 'form-e' | 'certificate-of-origin';
  /** where the agreement, its rates and its origin rules are published (MOFCOM China FTA Network) */
  portal: { title: string; url: string };
  /** SourceInfo id of the rate (loaded) or of the agreement list and portal (not loaded); in `sources` */
  source: string;
}
export interface LoadedAgreement extends OtherAgreementBase {
  /** true: this agreement's rate for this line is in the data */
  loaded: true;
  rate: RateView;
  duty?: DutyEval;
}
export interface UnloadedAgreement extends OtherAgreementBase {
  loaded: false;
  rate: null;
  /** 'rates-not-in-data': no source for this destination holds the agreement's rates;
   *  'no-rate-for-line': the rates are loaded, but not for this line (not printed or quarantined) */
  missing: 'rates-not-in-data' | 'no-rate-for-line';
}
export type OtherAgreement = LoadedAgreement | UnloadedAgreement;

export const isLoadedAgreement = (o: OtherAgreement): o is LoadedAgreement => o.loaded;

export interface Saving {
  currency: string;
  mfnDuty: DutyEval;
  rcepDuty: DutyEval | null;
  /** mfnDuty - rcepDuty when both are amounts in the same currency */
  amount: number | null;
  bestAgreement: 'RCEP' | 'MFN' | string;
}

export interface LineSummary {
  code: string;
  printed?: string;
  desc: string;
  hsVersion: string;
  unit?: string;
  psr?: string;
}

export interface TariffAnswer {
  dest: Party;
  origin: 'CN';
  /** the code as normalised (digits) */
  code: string;
  date: string;
  /** RCEP year of `date` for `dest`; null before the party's entry into force or when EIF is unknown */
  rcepYear: number | null;
  /** the national line, when the code resolves to exactly one */
  line: LineSummary | null;
  /** when the code is a chapter/heading/subheading: the national lines to narrow to */
  candidates: LineSummary[];
  mfn: RateView | null;
  rcep: RcepView;
  /** year -> rate, from the line's path or the Annex I extract */
  path: PathStep[] | null;
  pathSource?: { src: string; row?: string };
  /**
   * every other agreement China has with `dest` (VN: ACFTA loaded; KR: CKFTA loaded; others named with
   * their rates not in the data; JP: none, note 'no-other-agreement-with-china')
   */
  other: OtherAgreement[];
  /** rates that must never be presented as China's (TH/ID/PH: rate granted to Korea) */
  referenceOnly: { partner: string; rate: RateView }[];
  saving: Saving | null;
  /** which offer gives the lowest duty when comparable: 'MFN', 'RCEP' or an `other[].agreement` with a loaded rate */
  recommendation: 'RCEP' | 'MFN' | string | null;
  /** official documents to consult when something is not in the data */
  officialSources: { title: string; url: string }[];
  sources: SourceInfo[];
  /** reason codes: 'rate-is-for-year-5', 'rcep-no-advantage', 'acfta-own-origin-rules', … */
  notes: string[];
}

export type TariffResult = TariffAnswer | DomainError;

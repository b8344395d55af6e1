import type { HsRef, PsrRow, PsrRule } from '../schemas/index.js';

/**
 * Origin engine contract (Chapter 3 Section A of the RCEP Agreement).
 * Everything here is data: reason codes (kebab-case), numbers and article references. No prose.
 */

/** One material of a bill of materials. `origin`: ISO 3166 alpha-2 code or 'unknown'. `value`: CIF (Art. 3.5.3). */
export interface BomMaterial {
  hs: string;
  origin: string;
  value: number;
  weightKg?: number;
  desc?: string;
  /** the material is an active ingredient of the good (the 38.08 proviso weighs these, Annex 3A) */
  activeIngredient?: boolean;
}

/** Cost items of the build-up formula (Art. 3.5.1(b)); a missing item counts as 0 when `costs` is given. */
export interface BomCosts {
  labour?: number;
  overhead?: number;
  profit?: number;
  other?: number;
}

/** The bill-of-materials JSON (`rcep origin --bom FILE.json`). All values in one currency. */
export interface Bom {
  hs: string;
  fob: number;
  materials: BomMaterial[];
  costs?: BomCosts;
  weightKg?: number;
  minimalOperationsOnly?: boolean;
}

export interface OriginInput {
  /** HS code of the good (national line, subheading, dotted or not). */
  code: string;
  /** PSR row applying to the code (see findRule); absent = no rule loaded for the code. */
  rule?: PsrRow;
  /** Set when the unit applying to the code exists but its PSR row was quarantined (see lookupPsr). */
  quarantinedRule?: { unit: string; reason: string };
  bom?: Bom;
  /** Quick mode: regional value content in % as the firm states it. */
  share?: number;
  /** Quick mode: the firm declares the good wholly obtained or produced in one Party (Art. 3.3). */
  wholly?: boolean;
  /** Declared answer: the good is the product of a chemical reaction that occurred in a Party (Annex 3A headnote 7(f)). */
  chemicalReaction?: boolean;
  /** Declared answer: only the operations of Art. 3.6 were carried out (overrides bom.minimalOperationsOnly when set). */
  minimalOperationsOnly?: boolean;
  /** Declared answer: which numbered case of the rule the goods fall in (1-based, as printed in Annex 3A). */
  psrCase?: number;
  /** Declared answer to a rule's proviso: at least the stated share by weight of the active ingredients is originating. */
  activeIngredientsOriginating?: boolean;
}

export type OriginVerdictKind = 'originating' | 'not-originating' | 'rule-not-in-data' | 'insufficient-information';

/** Criterion of Art. 3.2: (a) WO, (b) PE, (c) PSR of Annex 3A. */
export type OriginCriterion = 'WO' | 'PE' | 'PSR';

/** What the firm must still tell us to settle a verdict. */
export type OriginQuestion =
  | 'bom'
  | 'costs'
  | 'material-hs'
  | 'material-weights'
  | 'good-weight'
  | 'wholly-obtained'
  | 'good-case'
  | 'chemical-reaction'
  | 'active-ingredients';

type CaseGoods = Extract<PsrRule, { kind: 'cases' }>['cases'][number]['goods'];

/** One numbered case of a 'cases' rule and what the firm's answers give under it. */
export interface CaseOutcome {
  /** case number as printed in Annex 3A (1-based) */
  n: number;
  goods: CaseGoods;
  /** the case's own rule as text */
  text: RenderedRule;
  status: 'pass' | 'fail' | 'unknown';
}

export interface RenderedRule {
  zh: string;
  en: string;
  /** compact English coding, e.g. 'CTH except from heading 84.07, or RVC40' */
  code: string;
}

export interface RuleWorking {
  /** applied unit digits: '01', '8407', '850980' */
  unit: string;
  hsVersion: PsrRow['hsVersion'];
  tree: PsrRule;
  text: RenderedRule;
  src: string;
  row: string;
}

export interface SatisfiedBy {
  criterion: OriginCriterion;
  /** for PSR: the alternative of the rule that is met (exporter's choice, Annex 3A headnote 8) */
  rule?: PsrRule;
  text?: RenderedRule;
}

export interface RvcWorking {
  fob?: number;
  vnm?: number;
  vom?: number;
  /** labour + overhead + profit + other, when costs are given */
  costs?: number;
  /** (FOB − VNM) / FOB × 100 (Art. 3.5.1(a)), rounded to 2 decimals */
  buildDown?: number;
  /** (VOM + labour + overhead + profit + other) / FOB × 100 (Art. 3.5.1(b)), rounded to 2 decimals */
  buildUp?: number;
  /** quick mode: the share the firm stated */
  share?: number;
  /** highest threshold found in the applicable rule (e.g. 40 for RVC40) */
  threshold?: number;
  /** best of the figures that is compared with the threshold */
  best?: number;
  met?: boolean;
}

export type MaterialStatus = 'originating-party' | 'non-originating' | 'undetermined';

export interface MaterialCtc {
  index: number;
  hs: string;
  origin: string;
  status: MaterialStatus;
  value: number;
  /** classification changed at the rule's level (chapter/heading/subheading) */
  changed?: boolean;
  /** the material falls under an exception of the rule */
  excepted?: boolean;
  /** material HS code too short for the level compared */
  hsTooShort?: boolean;
  passes: boolean;
}

export interface DeMinimisWorking {
  failingValue: number;
  fob: number;
  valuePct: number;
  limitPct: 10;
  valueOk: boolean;
  /** Art. 3.7.1(b): chapters 50–63 only */
  weight?: {
    applicable: boolean;
    failingKg?: number;
    goodKg?: number;
    pct?: number;
    ok?: boolean;
    missing?: OriginQuestion[];
  };
  passes: boolean;
}

export interface CtcWorking {
  rule: 'CC' | 'CTH' | 'CTSH';
  except?: HsRef[];
  materials: MaterialCtc[];
  /** indexes of non-originating materials failing the change (or excepted) */
  failing: number[];
  deMinimis?: DeMinimisWorking;
  /** met by change alone or through de minimis; undefined = cannot be decided */
  passes?: boolean;
}

export interface WorkingStep {
  /** kebab-case step code, e.g. 'minimal-operations', 'wholly-obtained', 'produced-exclusively', 'rvc', 'ctc', 'de-minimis', 'case-selected' */
  step: string;
  result: 'pass' | 'fail' | 'unknown' | 'info';
  article?: string;
  reason?: string;
  figures?: Record<string, number | string | boolean>;
}

/** What the firm's figures would satisfy when no rule is loaded (rule-not-in-data). */
export interface WouldSatisfy {
  criterion: OriginCriterion;
  rule?: PsrRule;
  text?: RenderedRule;
}

export interface OriginVerdict {
  verdict: OriginVerdictKind;
  code: string;
  mode: 'bom' | 'quick' | 'none';
  rule?: RuleWorking;
  satisfiedBy?: SatisfiedBy;
  rvc?: RvcWorking;
  ctc: CtcWorking[];
  /** indexes of bom materials that make the verdict fail (non-originating failing a CTC) */
  failingMaterials: number[];
  deMinimis?: DeMinimisWorking;
  /** selected case for 'cases' rules (0-based; case number caseIndex + 1) */
  caseIndex?: number;
  /** every case of a 'cases' rule with its outcome; with question 'good-case' these are the choices to offer */
  cases?: CaseOutcome[];
  wouldSatisfy?: WouldSatisfy[];
  /** questions that would settle an insufficient-information verdict */
  questions: OriginQuestion[];
  /** kebab-case reason codes, e.g. 'minimal-operations-only', 'rvc-below-threshold', 'ctc-not-met' */
  reasons: string[];
  steps: WorkingStep[];
  /** Chapter 3 articles and Annex 3A headnotes cited, e.g. '3.2', '3.5', '3A-headnote-8' */
  articles: string[];
}

/** A validation problem in an origin input, with the field path ('bom.materials.2.value'). */
export interface OriginInputIssue {
  reason: string;
  field: string;
}

export class OriginInputError extends Error {
  readonly reason: string;
  readonly field?: string;
  readonly issues: OriginInputIssue[];
  constructor(issues: OriginInputIssue[]) {
    super(issues[0]?.reason ?? 'invalid-origin-input');
    this.name = 'OriginInputError';
    this.reason = issues[0]?.reason ?? 'invalid-origin-input';
    this.field = issues[0]?.field;
    this.issues = issues;
  }
}

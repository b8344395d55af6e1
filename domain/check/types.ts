import type { Party } from '../schemas/index.js';
import type { Bom, OriginVerdict } from '../origin/types.js';
import type { ProofResult } from '../proof/types.js';
import type { DomainError, TariffAnswer } from '../tariff/types.js';
import type { CompareAnswer } from './compare-lines.js';

/** Answers to a rule with numbered cases or a proviso (see OriginInput.psrCase / activeIngredientsOriginating). */
export interface PsrAnswers {
  psrCase?: number;
  activeIngredientsOriginating?: boolean;
}

/** Origin answers of the wizard: quick (share + wholly obtained) or a bill of materials. */
export type OriginAnswers =
  ({ mode: 'quick'; share: number; wholly: boolean } & PsrAnswers) | ({ mode: 'bom'; bom: Bom } & PsrAnswers);

/** The wizard's answers (also `rcep check` and POST /api/v1/check). */
export interface CheckInput {
  /** product code in any form normaliseCode accepts */
  code: string;
  dest: Party;
  /** ISO date YYYY-MM-DD (date of importation; any future date for planning) */
  date: string;
  value?: number;
  currency?: string;
  quantity?: number;
  origin: OriginAnswers;
  /** the exporter holds an approved-exporter authorisation (Art. 3.21) */
  approvedExporter?: boolean;
}

export interface CheckResult {
  input: CheckInput;
  tariff: TariffAnswer;
  /** null when the origin evaluator could not run (reason in notes) */
  origin: OriginVerdict | null;
  /** proof-of-origin options and the Annex 3B checklist (domain/proof) */
  proof: ProofResult;
  /** reason codes, e.g. 'origin-not-evaluated', 'rcep-needs-originating-goods' */
  notes: string[];
  /** the code is not one national line: every candidate line with its rates, to compare */
  compare?: CompareAnswer;
}

export type CheckOutcome = CheckResult | DomainError;

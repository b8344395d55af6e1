import type { OriginVerdict, OriginVerdictKind } from '../origin/types.js';

/** Input of proofOptions (RCEP Art. 3.16-3.22, 3.27, Annex 3B). */
export interface ProofInput {
  /** importing Party, ISO alpha-2 */
  dest: string;
  /** the origin verdict (or just its kind) for the good */
  verdict?: OriginVerdict | OriginVerdictKind;
  /** customs value of the importation in US$, when known (Art. 3.22.3(a)); never converted here */
  customsValueUsd?: number;
  /** the exporter holds an approved-exporter authorisation (Art. 3.21) */
  approvedExporter?: boolean;
  /** the origin conferring criterion used is RVC (defaults to what the verdict says) */
  usesRvc?: boolean;
  /** the proof is a back-to-back proof issued in an intermediate Party (Art. 3.19) */
  backToBack?: boolean;
  /** exporting Party, default 'CN' */
  exporter?: string;
}

export type ProofOptionId =
  | 'certificate-of-origin'
  | 'declaration-approved-exporter'
  | 'declaration-exporter-producer'
  | 'declaration-importer'
  | 'no-proof-low-value';

export interface ProofOption {
  id: ProofOptionId;
  /** 'unconfirmed': the Agreement allows it but the data holds no confirmation that the Party has implemented it */
  available: boolean | 'unconfirmed';
  reason?: string;
  articles: string[];
  /** issuing bodies (for certificates issued in China: customs and the CCPIT, docs/rcep-primer.md) */
  issuers?: string[];
  /** which Annex 3B list applies */
  form?: 'CO' | 'DO';
}

export interface ChecklistItem {
  /** e.g. 'co-a-exporter', 'do-j-fob-value' */
  id: string;
  form: 'CO' | 'DO';
  /** Annex 3B paragraph and subparagraph, e.g. '3B.1(k)' */
  ref: string;
  required: boolean | 'if-known';
  /** kebab-case condition under which the field applies */
  condition?: string;
  /** value known from the verdict (HS 6-digit code, origin criterion) */
  prefill?: string;
}

export interface ProofResult {
  dest: string;
  /** why no proof can be issued yet: the good is not (or not yet shown to be) originating (Art. 3.16.5(b)) */
  blockedBy?: 'not-originating' | 'origin-undecided' | 'rule-not-in-data';
  options: ProofOption[];
  checklist: ChecklistItem[];
  validity: { months: 12; article: '3.16' };
  recordKeeping: { years: 3; article: '3.27.1' };
  /** kebab-case notes */
  notes: string[];
  articles: string[];
}

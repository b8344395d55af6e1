import Dexie, { type EntityTable } from 'dexie';
import type { FirmAnswer, WizardAnswers } from '../../../../domain/wizard/index.js';

/** Only repository.ts may import this module (architecture.md, example 5). */
export interface PackRecord {
  /** 'hs', 'psr', 'annex1', 'meta', 'tariff-jp' … */
  name: string;
  etag?: string;
  savedAt: string;
  data: unknown;
}

export interface DraftRecord {
  id: 'current';
  answers: WizardAnswers;
  savedAt: string;
}

/** What the firm said about itself, remembered on this device for its next enquiry. */
export interface FirmRecord {
  id: 'current';
  answer: FirmAnswer;
  savedAt: string;
}

export interface EnquiryRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
  answers: WizardAnswers;
  /** figures shown in the list and the CSV, copied from the result when saved */
  summary: EnquirySummary;
}

export interface EnquirySummary {
  code?: string;
  dest?: string;
  date?: string;
  mfn?: number | null;
  rcep?: number | null;
  rcepStatus?: string;
  verdict?: string;
  saving?: number | null;
  currency?: string;
  dataAsOf?: string;
}

export class NavigatorDb extends Dexie {
  packs!: EntityTable<PackRecord, 'name'>;
  drafts!: EntityTable<DraftRecord, 'id'>;
  enquiries!: EntityTable<EnquiryRecord, 'id'>;
  firm!: EntityTable<FirmRecord, 'id'>;
  constructor(name = 'rcep-navigator') {
    super(name);
    this.version(1).stores({ packs: 'name', drafts: 'id', enquiries: 'id, updatedAt' });
    this.version(2).stores({ packs: 'name', drafts: 'id', enquiries: 'id, updatedAt', firm: 'id' });
  }
}

import type { FirmAnswer, WizardAnswers } from '../../../../domain/wizard/index.js';
import { NavigatorDb, type EnquiryRecord, type EnquirySummary } from './db.js';

export type { EnquiryRecord, EnquirySummary };

/**
 * The one place the client touches IndexedDB. Components and hooks call these functions,
 * never `db.*` directly.
 */
let db: NavigatorDb | null = null;
function store(): NavigatorDb {
  if (!db) db = new NavigatorDb();
  return db;
}

/** Tests (and 'forget this device'): empty every table. */
export async function resetStore(): Promise<void> {
  const s = store();
  await Promise.all([s.packs.clear(), s.drafts.clear(), s.enquiries.clear(), s.firm.clear()]);
}

const now = () => new Date().toISOString();

// --- packs -------------------------------------------------------------------------------------
export async function getPack<T>(name: string): Promise<{ data: T; etag?: string; savedAt: string } | undefined> {
  const r = await store().packs.get(name);
  return r ? { data: r.data as T, etag: r.etag, savedAt: r.savedAt } : undefined;
}

export async function putPack(name: string, data: unknown, etag?: string): Promise<void> {
  await store().packs.put({ name, data, etag, savedAt: now() });
}

export async function listPackNames(): Promise<string[]> {
  return (await store().packs.toCollection().primaryKeys()) as string[];
}

// --- the unfinished wizard ---------------------------------------------------------------------
export async function loadDraft(): Promise<WizardAnswers | undefined> {
  return (await store().drafts.get('current'))?.answers;
}

export async function saveDraft(answers: WizardAnswers): Promise<void> {
  await store().drafts.put({ id: 'current', answers, savedAt: now() });
}

export async function clearDraft(): Promise<void> {
  await store().drafts.delete('current');
}

// --- the firm profile, asked once per device -----------------------------------------------------
export async function loadFirm(): Promise<FirmAnswer | undefined> {
  return (await store().firm.get('current'))?.answer;
}

export async function rememberFirm(answer: FirmAnswer): Promise<void> {
  await store().firm.put({ id: 'current', answer, savedAt: now() });
}

/** 'Next customer' at the counter: the next firm must not inherit this one's profile. */
export async function forgetFirm(): Promise<void> {
  await store().firm.delete('current');
}

// --- saved enquiries ---------------------------------------------------------------------------
function newId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export async function listEnquiries(): Promise<EnquiryRecord[]> {
  return store().enquiries.orderBy('updatedAt').reverse().toArray();
}

export async function saveEnquiry(answers: WizardAnswers, summary: EnquirySummary, id?: string): Promise<string> {
  const existing = id ? await store().enquiries.get(id) : undefined;
  const rec: EnquiryRecord = {
    id: existing?.id ?? newId(),
    createdAt: existing?.createdAt ?? now(),
    updatedAt: now(),
    answers,
    summary,
  };
  await store().enquiries.put(rec);
  return rec.id;
}

export async function duplicateEnquiry(id: string): Promise<string | undefined> {
  const e = await store().enquiries.get(id);
  if (!e) return undefined;
  return saveEnquiry(structuredClone(e.answers), { ...e.summary });
}

export async function deleteEnquiry(id: string): Promise<void> {
  await store().enquiries.delete(id);
}

import { clearDraft, deleteEnquiry, listEnquiries, forgetFirm } from '../../lib/store/repository.js';

/** the open counter case of this browser tab (sessionStorage: gone when the tab closes) */
const KEY = 'rcep-staff-case';

export function currentCaseId(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

export function setCurrentCaseId(id: string | null): void {
  try {
    if (id) globalThis.sessionStorage?.setItem(KEY, id);
    else globalThis.sessionStorage?.removeItem(KEY);
  } catch {
    // storage unavailable: the case id lives only in memory
  }
}

/**
 * "Next customer": forget the case and everything the previous firm left in this browser: the wizard
 * draft and the enquiries saved on this device. The caller then reloads the page so no in-memory
 * state (wizard answers, query cache) survives.
 */
export async function clearPreviousCustomer(): Promise<void> {
  setCurrentCaseId(null);
  await clearDraft();
  await forgetFirm();
  for (const e of await listEnquiries()) await deleteEnquiry(e.id);
}

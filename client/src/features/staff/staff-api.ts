import { ApiError } from '../../lib/data/api.js';

/** The staff API (/api/v1/staff): same-origin cookies; every POST carries the CSRF token (double submit). */
export const STAFF_API = '/api/v1/staff';

export function csrfToken(): string {
  const m = /(?:^|;\s*)rcep_csrf=([^;]*)/.exec(globalThis.document?.cookie ?? '');
  return m ? decodeURIComponent(m[1]) : '';
}

async function answer<T>(res: Response): Promise<T> {
  if (res.ok) return (await res.json()) as T;
  let reason = `http-${res.status}`;
  let field: string | undefined;
  try {
    const b = (await res.json()) as { error?: { reason?: string; field?: string } };
    reason = b.error?.reason ?? reason;
    field = b.error?.field;
  } catch {
    // not JSON: keep the status code reason
  }
  throw new ApiError(reason, res.status, field);
}

export async function staffGet<T>(path: string): Promise<T> {
  return answer<T>(
    await fetch(`${STAFF_API}${path}`, { credentials: 'same-origin', headers: { accept: 'application/json' } }),
  );
}

export async function staffPost<T>(path: string, body: unknown = {}): Promise<T> {
  return answer<T>(
    await fetch(`${STAFF_API}${path}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': csrfToken() },
      body: JSON.stringify(body),
    }),
  );
}

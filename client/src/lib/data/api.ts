/** Thin fetch helpers for /api/v1 (same origin; the dev server proxies /api). */
export class ApiError extends Error {
  constructor(
    readonly reason: string,
    readonly status: number,
    readonly field?: string,
  ) {
    super(reason);
  }
}

async function readError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as { error?: { reason?: string; field?: string } };
    return new ApiError(body.error?.reason ?? `http-${res.status}`, res.status, body.error?.field);
  } catch {
    return new ApiError(`http-${res.status}`, res.status);
  }
}

export async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init?.headers ?? {}) } });
  if (!res.ok) throw await readError(res);
  return (await res.json()) as T;
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw await readError(res);
  return (await res.json()) as T;
}

/** GET with If-None-Match; `notModified` when the cached copy is still current. */
export async function getWithEtag<T>(
  path: string,
  etag?: string,
): Promise<{ notModified: true } | { notModified: false; data: T; etag?: string }> {
  const res = await fetch(path, {
    headers: { accept: 'application/json', ...(etag ? { 'if-none-match': etag } : {}) },
  });
  if (res.status === 304) return { notModified: true };
  if (!res.ok) throw await readError(res);
  return { notModified: false, data: (await res.json()) as T, etag: res.headers.get('etag') ?? undefined };
}

export function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

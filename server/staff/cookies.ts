import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'rcep_staff';
export const CSRF_COOKIE = 'rcep_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** the raw Cookie header as a map (first value of a name wins) */
export function readCookies(req: Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const k = part.slice(0, eq).trim();
    if (k in out) continue;
    try {
      out[k] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      /* a malformed value is ignored */
    }
  }
  return out;
}

/** behind TLS directly or behind a proxy that says so */
export function isHttps(req: Request): boolean {
  const fwd = String(req.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]
    .trim()
    .toLowerCase();
  return req.secure || fwd === 'https';
}

function cookie(name: string, value: string, o: { httpOnly: boolean; secure: boolean; maxAgeS: number }): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    `Max-Age=${o.maxAgeS}`,
    'SameSite=Strict',
    o.httpOnly ? 'HttpOnly' : '',
    o.secure ? 'Secure' : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** session cookie (HttpOnly) + CSRF cookie readable by the page for the double-submit header */
export function setSessionCookies(req: Request, res: Response, s: { id: string; csrfToken: string; maxAgeS: number }) {
  const secure = isHttps(req);
  res.append('Set-Cookie', [
    cookie(SESSION_COOKIE, s.id, { httpOnly: true, secure, maxAgeS: s.maxAgeS }),
    cookie(CSRF_COOKIE, s.csrfToken, { httpOnly: false, secure, maxAgeS: s.maxAgeS }),
  ]);
}

export function clearSessionCookies(req: Request, res: Response) {
  const secure = isHttps(req);
  res.append('Set-Cookie', [
    cookie(SESSION_COOKIE, '', { httpOnly: true, secure, maxAgeS: 0 }),
    cookie(CSRF_COOKIE, '', { httpOnly: false, secure, maxAgeS: 0 }),
  ]);
}

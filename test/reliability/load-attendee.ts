/**
 * One simulated workshop attendee: types a product (Chinese name or an HS code), picks a
 * search hit, then asks for the whole result (GET /api/v1/check) for a destination and an origin share.
 */

/** What attendees type: products from the Chongqing workshops and codes as printed on invoices. */
export const QUERIES = ['吸尘器', '榨菜', '柑橘', '摩托车', '8509.80', '摩托车零件', '火锅底料', '8711.20', 'T恤'];
export const DESTINATIONS = ['JP', 'VN', 'AU', 'TH'];
/** the code an attendee falls back to when no hit is a subheading or a national line */
export const FALLBACK_CODE = '8509.80';
export const ORIGIN_SHARE = '45';

export interface Sample {
  kind: 'search' | 'check';
  ms: number;
  /** epoch ms when the answer arrived */
  at: number;
}
export interface Failure {
  kind: 'search' | 'check';
  url: string;
  what: string;
  at: number;
}

/** 'TimeoutError', 'TypeError: fetch failed (ECONNRESET)', ... */
const describe = (e: unknown) => {
  const err = e as Error & { cause?: { code?: string } };
  return `${err.name}: ${err.message}${err.cause?.code ? ` (${err.cause.code})` : ''}`;
};

export interface AttendeeOptions {
  base: string;
  deadline: number;
  /** think time between requests, uniform in [0, thinkMs] */
  thinkMs: number;
  timeoutMs: number;
  date: string;
  seed: number;
}

/** small deterministic PRNG so runs are comparable */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

async function timed(url: string, timeoutMs: number): Promise<{ ms: number; status: number; body: unknown }> {
  const t0 = performance.now();
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  const body = res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text();
  return { ms: performance.now() - t0, status: res.status, body };
}

/** Loop search -> check until the deadline; every non-2xx, malformed answer, timeout or socket error is a failure. */
export async function attendee(o: AttendeeOptions, samples: Sample[], failures: Failure[]): Promise<void> {
  const rand = rng(o.seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const pause = () => new Promise((r) => setTimeout(r, rand() * o.thinkMs));
  while (Date.now() < o.deadline) {
    const dest = pick(DESTINATIONS);
    const q = pick(QUERIES);
    const searchUrl = `${o.base}/api/v1/search?q=${encodeURIComponent(q)}&dest=${dest}&limit=10`;
    let code = FALLBACK_CODE;
    try {
      const r = await timed(searchUrl, o.timeoutMs);
      samples.push({ kind: 'search', ms: r.ms, at: Date.now() });
      const hits = (r.body as { hits?: { code: string }[] })?.hits;
      if (r.status !== 200 || !Array.isArray(hits)) {
        failures.push({ kind: 'search', url: searchUrl, what: `status ${r.status}`, at: Date.now() });
        continue;
      }
      code = hits.find((h) => h.code.length >= 6)?.code ?? FALLBACK_CODE;
    } catch (e) {
      failures.push({ kind: 'search', url: searchUrl, what: describe(e), at: Date.now() });
      continue;
    }
    await pause();
    if (Date.now() >= o.deadline) break;
    const checkUrl = `${o.base}/api/v1/check?dest=${dest}&code=${code}&share=${ORIGIN_SHARE}&wholly=false&date=${o.date}`;
    try {
      const r = await timed(checkUrl, o.timeoutMs);
      samples.push({ kind: 'check', ms: r.ms, at: Date.now() });
      const ok = r.status === 200 && typeof (r.body as { tariff?: unknown })?.tariff === 'object';
      if (!ok) failures.push({ kind: 'check', url: checkUrl, what: `status ${r.status}`, at: Date.now() });
    } catch (e) {
      failures.push({ kind: 'check', url: checkUrl, what: describe(e), at: Date.now() });
    }
    await pause();
  }
}

/** nearest-rank percentile of sorted values */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[i] * 10) / 10;
}

export function summarise(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  return {
    requests: s.length,
    p50: percentile(s, 50),
    p95: percentile(s, 95),
    p99: percentile(s, 99),
    max: percentile(s, 100),
  };
}

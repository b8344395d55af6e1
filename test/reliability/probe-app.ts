import http from 'node:http';
import request from 'supertest';
import { answerClientErrors } from '../../server/http/client-error';
import type { TestApp } from '../api/helpers';
import { reasonOf } from './edge-strings';

/** Longest answer time allowed for one hostile request on the in-process app ("never a hang"). */
export const MAX_MS = 5_000;

export interface Probe {
  label: string;
  status: number;
  body: unknown;
  ms: number;
  type: string;
  urlBytes: number;
}

/** the app behind a real HTTP server with the production parser-error answer (server/index.ts does the same) */
const servers = new WeakMap<TestApp['app'], http.Server>();
function serverOf(app: TestApp['app']): http.Server {
  let s = servers.get(app);
  if (!s) {
    s = http.createServer(app);
    answerClientErrors(s);
    servers.set(app, s);
  }
  return s;
}

/** Send one request (JSON body when given) and time it; a hang fails through supertest's timeout. */
export async function probe(t: TestApp, method: 'get' | 'post', url: string, body?: unknown): Promise<Probe> {
  const t0 = performance.now();
  const server = serverOf(t.app);
  let req = method === 'post' ? request(server).post(url) : request(server).get(url);
  req = req.timeout(MAX_MS * 2);
  if (body !== undefined)
    req = req.set('content-type', 'application/json').send(typeof body === 'string' ? body : JSON.stringify(body));
  const res = await req;
  return {
    label: `${method.toUpperCase()} ${url.slice(0, 120)}`,
    status: res.status,
    body: res.body,
    ms: performance.now() - t0,
    type: String(res.headers['content-type'] ?? ''),
    urlBytes: Buffer.byteLength(url),
  };
}

/** The contract for bad input: < 500, a JSON reason on 4xx, and quick. Returns a failure text or null. */
export function contractFailure(p: Probe): string | null {
  // a URL over Node's header limit (16 KB) is refused by the HTTP parser: server/http/client-error.ts
  // answers it with the same envelope, so it is held to the same contract
  if (p.status >= 500) return `${p.label} -> ${p.status} ${JSON.stringify(p.body).slice(0, 160)}`;
  if (p.status >= 400 && !reasonOf(p.body))
    return `${p.label} -> ${p.status} without a reason: ${JSON.stringify(p.body).slice(0, 160)}`;
  if (p.ms > MAX_MS) return `${p.label} took ${Math.round(p.ms)} ms`;
  return null;
}

/** Set `value` at a dotted path ('contact.name', 'materials.0.hs') in a deep copy of `base`. */
export function withValue(base: unknown, dotted: string, value: unknown): unknown {
  // JSON copy, not structuredClone: under jest that returns objects of another realm (prototype differs)
  const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  const keys = dotted.split('.');
  let o: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
  o[keys[keys.length - 1]] = value;
  return copy;
}

/** Read a dotted path. */
export function valueAt(o: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o);
}

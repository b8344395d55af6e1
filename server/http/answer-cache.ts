import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

/** One serialised answer: the JSON bytes and their strong ETag. */
interface Entry {
  etag: string;
  body: Buffer;
}

/** answers kept per data version; the oldest go first past this count (insertion order of a Map) */
const MAX_ENTRIES = 4000;

/**
 * Answers of the engine's GET routes (tariff, check, search) are a pure function of the data and the
 * normalised query, so each is serialised once per (data version, query) and then sent as bytes
 * with a strong ETag: a repeat from a browser is a 304, a repeat from anyone else skips the engine
 * and JSON.stringify. The data version is the identity of the object the caller passes (the loaded
 * engine index): publishing new packs swaps that object, and the old answers go with it.
 */
export class AnswerCache {
  private byVersion = new WeakMap<object, Map<string, Entry>>();

  get(version: object, key: string): Entry | undefined {
    return this.byVersion.get(version)?.get(key);
  }

  put(version: object, key: string, value: unknown): Entry {
    let m = this.byVersion.get(version);
    if (!m) this.byVersion.set(version, (m = new Map()));
    const body = Buffer.from(JSON.stringify(value));
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const entry = { etag, body };
    if (m.size >= MAX_ENTRIES) m.delete(m.keys().next().value!);
    m.set(key, entry);
    return entry;
  }
}

/** Send a cached answer: 304 when the browser holds it, else the bytes; revalidated on every use. */
export function sendCached(entry: Entry, req: Request, res: Response): void {
  res.setHeader('etag', entry.etag);
  res.setHeader('cache-control', 'no-cache');
  const inm = req.get('if-none-match');
  if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === entry.etag)) {
    res.status(304).end();
    return;
  }
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(entry.body);
}

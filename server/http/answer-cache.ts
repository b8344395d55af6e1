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
 * and JSON.stringify. The data version is a string that changes whenever a pack changes (the ETags
 * of the served packs, which a staff publish replaces); answers of an older version are dropped.
 */
export class AnswerCache {
  private version = '';
  private entries = new Map<string, Entry>();

  private at(version: string): Map<string, Entry> {
    if (version !== this.version) {
      this.version = version;
      this.entries = new Map();
    }
    return this.entries;
  }

  get(version: string, key: string): Entry | undefined {
    return this.at(version).get(key);
  }

  put(version: string, key: string, value: unknown): Entry {
    const m = this.at(version);
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

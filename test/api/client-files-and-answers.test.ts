/** @jest-environment node */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import request from 'supertest';
import { pino } from 'pino';
import { createApp } from '../../server/app';
import { loadData } from '../../server/data/load-data';
import { SqliteStore } from '../../server/store/sqlite-store';
import { testApp, type TestApp } from './helpers';

/** the response bytes as a Buffer (superagent inflates gzip and brotli itself: a body that reads back proves the encoding was valid) */
const raw = (r: request.Test) =>
  r.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });

/** A root with a small built client (one hashed asset, index.html) and the copies the build writes beside them. */
function builtRoot(): { root: string; js: string; html: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rcep-static-'));
  const dist = path.join(root, 'client', 'dist');
  fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
  fs.mkdirSync(path.join(root, 'data', 'packs'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'data', 'packs', 'hs.json'),
    JSON.stringify({
      _generated: 'test',
      sources: [],
      sections: [],
      versions: { '2022': [], '2017': [], '2012': [] },
      correlation: { '2022-2012': [], '2022-2017': [] },
      synonyms: [],
      quarantine: [],
    }),
  );
  const js = 'export const words = "' + 'compressible text '.repeat(200) + '";\n';
  const html =
    '<!doctype html><html><head><script type="module" src="/assets/app-Ab12Cd34.js"></script></head></html>\n';
  for (const [file, text] of [
    ['assets/app-Ab12Cd34.js', js],
    ['index.html', html],
  ]) {
    const p = path.join(dist, file);
    fs.writeFileSync(p, text);
    fs.writeFileSync(`${p}.br`, brotliCompressSync(Buffer.from(text)));
    fs.writeFileSync(`${p}.gz`, gzipSync(Buffer.from(text)));
  }
  return { root, js, html };
}

describe('built client files', () => {
  const { root, js, html } = builtRoot();
  const store = new SqliteStore(':memory:');
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    await store.migrate();
    const data = loadData(root, path.join(root, 'cache'));
    app = createApp({ store, packs: data, config: { rateLimit: 0, root }, logger: pino({ level: 'silent' }) });
  });
  afterAll(async () => {
    await store.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('a hashed asset goes out as brotli, gzip or plain by Accept-Encoding, with Vary and a year of immutable caching', async () => {
    const br = await raw(request(app).get('/assets/app-Ab12Cd34.js').set('accept-encoding', 'gzip, deflate, br'));
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect((br.body as Buffer).toString()).toBe(js);
    expect(Number(br.headers['content-length'])).toBe(brotliCompressSync(Buffer.from(js)).length);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-type']).toMatch(/^text\/javascript/);
    // the security headers stay on static files too
    expect(br.headers['content-security-policy']).toContain("script-src 'self'");

    const gz = await raw(request(app).get('/assets/app-Ab12Cd34.js').set('accept-encoding', 'gzip'));
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect((gz.body as Buffer).toString()).toBe(js);
    expect(Number(gz.headers['content-length'])).toBe(gzipSync(Buffer.from(js)).length);

    const plain = await raw(request(app).get('/assets/app-Ab12Cd34.js').set('accept-encoding', 'identity'));
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect((plain.body as Buffer).toString()).toBe(js);
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(js));

    await request(app).get('/assets/app-Ab12Cd34.js').set('if-none-match', plain.headers.etag).expect(304);
    await request(app).get('/assets/missing-1234.js').expect(404);
  });

  test('the page itself (any app path, and /index.html) is compressed too but revalidated on every load', async () => {
    for (const p of ['/', '/check/product', '/index.html']) {
      const res = await raw(request(app).get(p).set('accept', 'text/html').set('accept-encoding', 'br'));
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect((res.body as Buffer).toString()).toBe(html);
    }
  });

  test('packs go out as brotli when accepted, with the same ETag as the gzip copy', async () => {
    const br = await raw(request(app).get('/api/v1/packs/hs').set('accept-encoding', 'br, gzip'));
    expect(br.headers['content-encoding']).toBe('br');
    const pack = JSON.parse((br.body as Buffer).toString()) as { _generated: string };
    expect(pack._generated).toBe('test');
    const gz = await raw(request(app).get('/api/v1/packs/hs').set('accept-encoding', 'gzip'));
    expect(gz.headers.etag).toBe(br.headers.etag);
    expect(
      fs
        .readdirSync(path.join(root, 'cache'))
        .filter((f) => f.startsWith('hs.'))
        .sort(),
    ).toEqual([expect.stringMatching(/\.br$/), expect.stringMatching(/\.gz$/)]);
  });
});

describe('engine answers are cached per data version and query, with ETags', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(() => t.close());

  test.each([
    [
      'tariff',
      '/api/v1/tariff?dest=JP&code=8509.80&date=2026-11-24',
      '/api/v1/tariff?dest=VN&code=8509.80&date=2026-11-24',
    ],
    [
      'check',
      '/api/v1/check?dest=JP&code=850980&date=2026-11-24&share=45&wholly=false',
      '/api/v1/check?dest=JP&code=850980&date=2026-11-24&share=45&wholly=true',
    ],
    ['search', `/api/v1/search?q=${encodeURIComponent('摩托车')}&limit=5`, '/api/v1/search?q=motorcycle&limit=5'],
  ])(
    '%s: a repeat is the same answer and ETag, a browser repeat is a 304, another query another answer',
    async (_n, url, other) => {
      const first = await request(t.app).get(url).expect(200);
      expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
      expect(first.headers['cache-control']).toBe('no-cache');
      const again = await request(t.app).get(url).expect(200);
      expect(again.headers.etag).toBe(first.headers.etag);
      expect(again.body).toEqual(first.body);
      await request(t.app).get(url).set('if-none-match', first.headers.etag).expect(304);
      const diff = await request(t.app).get(other).expect(200);
      expect(diff.headers.etag).not.toBe(first.headers.etag);
      expect(diff.body).not.toEqual(first.body);
    },
  );

  test('errors are not cached: a bad query stays a 400 with its reason', async () => {
    const a = await request(t.app).get('/api/v1/tariff?dest=JP&code=85x').expect(400);
    const b = await request(t.app).get('/api/v1/tariff?dest=JP&code=85x').expect(400);
    expect(b.body).toEqual(a.body);
    expect(a.headers.etag).toBeUndefined();
  });
});

/** @jest-environment node */
import { readMigrations } from '../../server/store/migrations';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import request from 'supertest';
import { pino } from 'pino';
import { createApp } from '../../server/app';
import { loadData, PackLoadError } from '../../server/data/load-data';
import { SqliteStore } from '../../server/store/sqlite-store';

/** A repository root holding only an empty (schema-valid) HS pack: no data values involved. */
function emptyRoot(hs: unknown): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rcep-root-'));
  fs.mkdirSync(path.join(root, 'data', 'packs'), { recursive: true });
  fs.writeFileSync(path.join(root, 'data', 'packs', 'hs.json'), JSON.stringify(hs));
  return root;
}
const EMPTY_HS = {
  _generated: 'test',
  sources: [],
  sections: [],
  versions: { '2022': [], '2017': [], '2012': [] },
  correlation: { '2022-2012': [], '2022-2017': [] },
  synonyms: [],
  quarantine: [],
};

describe('packs for the offline client', () => {
  const root = emptyRoot(EMPTY_HS);
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

  test('gzip with a strong ETag; 304 on If-None-Match; plain bytes without gzip', async () => {
    const res = await request(app)
      .get('/api/v1/packs/hs')
      .set('accept-encoding', 'gzip')
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    // superagent inflates gzip bodies: a parse here proves the bytes were valid gzip
    expect(JSON.parse((res.body as Buffer).toString('utf8'))).toEqual(EMPTY_HS);
    await request(app).get('/api/v1/packs/hs').set('if-none-match', res.headers.etag).expect(304);
    const plain = await request(app).get('/api/v1/packs/hs').set('accept-encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toEqual(EMPTY_HS);
    expect(fs.readdirSync(path.join(root, 'cache')).some((f) => f.startsWith('hs.'))).toBe(true);
  });

  test('a missing pack is 404 pack-not-available; an unknown destination 400', async () => {
    await request(app)
      .get('/api/v1/packs/psr')
      .expect(404, { error: { reason: 'pack-not-available' } });
    await request(app)
      .get('/api/v1/packs/JP')
      .expect(404, { error: { reason: 'pack-not-available' } });
    await request(app)
      .get('/api/v1/packs/XX')
      .expect(400, { error: { reason: 'invalid-value', field: 'dest' } });
  });

  test('health reports which packs are loaded', async () => {
    const res = await request(app).get('/api/v1/health').expect(200);
    expect(res.body.data.packs).toMatchObject({ hs: 'loaded', psr: 'missing' });
    expect(res.body.store).toEqual({ ok: true, kind: 'sqlite', schemaVersion: readMigrations().length });
  });
});

test('an invalid pack fails the boot with a clear message', () => {
  const root = emptyRoot({ ...EMPTY_HS, versions: { '2022': [{ code: 'x', en: 'bad' }] } });
  try {
    expect(() => loadData(root)).toThrow(PackLoadError);
    expect(() => loadData(root)).toThrow(/invalid pack data\/packs\/hs.json: versions/);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('a bad environment variable stops the server with one line and exit 1', () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    env: { ...process.env, PORT: 'eighty', RCEP_DATA_DIR: os.tmpdir() },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(r.status).toBe(1);
  expect(r.stderr.trim()).toBe('invalid environment variable PORT: Invalid input: expected number, received NaN');
});

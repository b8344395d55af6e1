import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { brotliCompress, constants, gzip, gunzipSync } from 'node:zlib';
import { promisify } from 'node:util';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** A pack as served to the offline client: strong ETag of the bytes, gzip and brotli computed once (cached on disk). */
export interface PackFile {
  name: string;
  etag: string;
  size: number;
  gzip(): Promise<Buffer>;
  brotli(): Promise<Buffer>;
  raw(): Promise<Buffer>;
}

/**
 * Brotli at quality 6 with a 16 MB window: JP's 11.7 MB pack goes to ~510 KB in ~0.15 s (gzip -6:
 * ~660 KB); quality 11 would save another ~15 % but takes ~24 s per large pack, too slow for a boot.
 * Compression runs on libuv's thread pool, never on the event loop.
 */
const BROTLI = (size: number) => ({
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 6,
    [constants.BROTLI_PARAM_LGWIN]: 24,
    [constants.BROTLI_PARAM_SIZE_HINT]: size,
  },
});

/**
 * Only the compressed copies are kept in memory (the parsed pack is held by the engine); the plain
 * bytes are inflated on demand for the rare client with neither encoding. `cacheDir` keeps the
 * compressed copies between boots.
 */
export function packFile(name: string, bytes: Buffer, cacheDir?: string, sha256hex?: string): PackFile {
  const digest = sha256hex ? Buffer.from(sha256hex, 'hex') : createHash('sha256').update(bytes).digest();
  const etag = `"${digest.toString('base64url').slice(0, 27)}"`;
  const cachePath = (ext: string) =>
    cacheDir ? path.join(cacheDir, `${name}.${etag.slice(1, -1)}.${ext}`) : undefined;
  const cached = { gz: cachePath('gz'), br: cachePath('br') };
  const size = bytes.length;
  const onDisk = (f?: string) => !!f && fs.existsSync(f);
  // both copies on disk: no need to hold the plain bytes
  if (onDisk(cached.gz) && onDisk(cached.br)) bytes = Buffer.alloc(0);
  let plain: Buffer | null = bytes.length ? bytes : null;
  const made = { gz: false, br: false };
  const release = () => {
    if (made.gz && made.br) plain = null;
  };
  const make = async (kind: 'gz' | 'br'): Promise<Buffer> => {
    const file = cached[kind];
    let out: Buffer;
    if (file && fs.existsSync(file)) out = await fs.promises.readFile(file);
    else {
      const src = plain ?? gunzipSync(await gz());
      out = kind === 'gz' ? await gzipAsync(src, { level: 6 }) : await brotliAsync(src, BROTLI(src.length));
      if (file) {
        await fs.promises.mkdir(path.dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        await fs.promises.writeFile(tmp, out);
        await fs.promises.rename(tmp, file);
      }
    }
    made[kind] = true;
    release();
    return out;
  };
  let pendingGz: Promise<Buffer> | null = null;
  let pendingBr: Promise<Buffer> | null = null;
  const gz = () => (pendingGz ??= make('gz'));
  return {
    name,
    etag,
    size,
    gzip: gz,
    brotli: () => (pendingBr ??= make('br')),
    raw: async () => plain ?? gunzipSync(await gz()),
  };
}

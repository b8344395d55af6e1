import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { gzip, gunzipSync } from 'node:zlib';
import { promisify } from 'node:util';

const gzipAsync = promisify(gzip);

/** A pack as served to the offline client: strong ETag of the bytes, gzip computed once (cached on disk). */
export interface PackFile {
  name: string;
  etag: string;
  size: number;
  gzip(): Promise<Buffer>;
  raw(): Promise<Buffer>;
}

/**
 * Only the gzip is kept in memory (the parsed pack is held by the engine); the plain bytes are
 * inflated on demand for the rare client without gzip. `cacheDir` keeps gzips between boots.
 */
export function packFile(name: string, bytes: Buffer, cacheDir?: string, sha256hex?: string): PackFile {
  const digest = sha256hex ? Buffer.from(sha256hex, 'hex') : createHash('sha256').update(bytes).digest();
  const etag = `"${digest.toString('base64url').slice(0, 27)}"`;
  const cached = cacheDir ? path.join(cacheDir, `${name}.${etag.slice(1, -1)}.gz`) : undefined;
  let pending: Promise<Buffer> | null = null;
  const size = bytes.length;
  if (cached && fs.existsSync(cached)) bytes = Buffer.alloc(0); // gzip on disk: no need to hold the plain copy
  const make = async (): Promise<Buffer> => {
    let gz: Buffer;
    if (cached && fs.existsSync(cached)) gz = await fs.promises.readFile(cached);
    else gz = await gzipAsync(bytes, { level: 6 });
    if (cached && !fs.existsSync(cached)) {
      await fs.promises.mkdir(path.dirname(cached), { recursive: true });
      const tmp = `${cached}.${process.pid}.tmp`;
      await fs.promises.writeFile(tmp, gz);
      await fs.promises.rename(tmp, cached);
    }
    bytes = Buffer.alloc(0); // release the plain copy
    return gz;
  };
  const file: PackFile = {
    name,
    etag,
    size,
    gzip: () => (pending ??= make()),
    raw: async () => (bytes.length ? bytes : gunzipSync(await file.gzip())),
  };
  return file;
}

import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response, type Router } from 'express';

/** Shown when client/dist is absent (no inline script or style: the CSP forbids them). */
export const PLACEHOLDER_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>RCEP Navigator</title></head>
<body><h1>RCEP Navigator</h1>
<p>The client is not built (client/dist is missing). Run <code>npm run build</code>.</p>
<p>API: <a href="/api/v1/health">/api/v1/health</a> · <a href="/api/v1/docs">/api/v1/docs</a></p>
</body></html>
`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

interface Variant {
  file: string;
  size: number;
}

/** One built file and the brotli / gzip copies the build wrote beside it (client/build/vite-plugins.ts). */
interface StaticFile {
  type: string;
  etag: string;
  /** hashed file names under /assets never change: cached for a year without revalidation */
  immutable: boolean;
  identity: Variant;
  br?: Variant;
  gzip?: Variant;
}

/** Index client/dist once at boot (names and sizes only; the bytes are streamed from disk). */
function indexDist(dist: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? walk(p) : [p];
    });
  const all = walk(dist);
  const present = new Set(all);
  const variant = (file: string): Variant | undefined =>
    present.has(file) ? { file, size: fs.statSync(file).size } : undefined;
  for (const file of all) {
    if (/\.(br|gz)$/.test(file)) continue;
    const st = fs.statSync(file);
    const url = '/' + path.relative(dist, file).split(path.sep).join('/');
    files.set(url, {
      type: TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      etag: `"${st.size.toString(36)}-${Math.round(st.mtimeMs).toString(36)}"`,
      immutable: url.startsWith('/assets/'),
      identity: { file, size: st.size },
      br: variant(`${file}.br`),
      gzip: variant(`${file}.gz`),
    });
  }
  return files;
}

/**
 * Brotli whenever the client accepts it, else gzip, else the plain bytes. (Content negotiation by
 * the header's own order would pick gzip for a browser's "gzip, deflate, br".)
 */
export function pickEncoding(req: Request, br = true, gzip = true): 'br' | 'gzip' | 'identity' {
  if (br && req.acceptsEncodings('br') === 'br') return 'br';
  if (gzip && req.acceptsEncodings('gzip') === 'gzip') return 'gzip';
  return 'identity';
}

/** Send a built file: the smallest encoding the client accepts, `Vary: Accept-Encoding`, 304 on a match. */
function sendStatic(f: StaticFile, req: Request, res: Response, cacheControl?: string): void {
  res.setHeader('content-type', f.type);
  res.setHeader('vary', 'accept-encoding');
  res.setHeader('cache-control', cacheControl ?? (f.immutable ? 'public, max-age=31536000, immutable' : 'no-cache'));
  res.setHeader('etag', f.etag);
  const inm = req.get('if-none-match');
  if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === f.etag)) {
    res.status(304).end();
    return;
  }
  const enc = pickEncoding(req, !!f.br, !!f.gzip);
  const v = enc === 'br' ? f.br! : enc === 'gzip' ? f.gzip! : f.identity;
  if (v !== f.identity) res.setHeader('content-encoding', enc);
  res.setHeader('content-length', String(v.size));
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = fs.createReadStream(v.file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/** Serves the built client with SPA fallback (GET/HEAD of non-API paths that accept HTML). */
export function clientFiles(root: string): Router {
  const dist = path.join(root, 'client', 'dist');
  const router = express.Router();
  const files = fs.existsSync(path.join(dist, 'index.html')) ? indexDist(dist) : new Map<string, StaticFile>();
  const index = files.get('/index.html');
  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const f = files.get(req.path);
    if (!f) return next();
    sendStatic(f, req, res);
  });
  router.get('/{*splat}', (req, res, next) => {
    if (req.path.startsWith('/api/') || /\.[A-Za-z0-9]+$/.test(req.path) || !req.accepts('html')) return next();
    if (index) sendStatic(index, req, res, 'no-cache');
    else res.setHeader('cache-control', 'no-cache').type('html').send(PLACEHOLDER_HTML);
  });
  return router;
}

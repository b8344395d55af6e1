import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

/** Shown when client/dist is absent (no inline script or style: the CSP forbids them). */
export const PLACEHOLDER_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>RCEP Navigator</title></head>
<body><h1>RCEP Navigator</h1>
<p>The client is not built (client/dist is missing). Run <code>npm run build</code>.</p>
<p>API: <a href="/api/v1/health">/api/v1/health</a> · <a href="/api/v1/docs">/api/v1/docs</a></p>
</body></html>
`;

/** Serves the built client with SPA fallback (GET/HEAD of non-API paths that accept HTML). */
export function clientFiles(root: string): Router {
  const dist = path.join(root, 'client', 'dist');
  const index = path.join(dist, 'index.html');
  const router = express.Router();
  const built = fs.existsSync(index);
  if (built) {
    router.use(
      '/assets',
      express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: true }),
    );
    router.use(express.static(dist, { index: false, maxAge: 0 }));
  }
  router.get('/{*splat}', (req, res, next) => {
    if (req.path.startsWith('/api/') || /\.[A-Za-z0-9]+$/.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('cache-control', 'no-cache');
    if (built) res.sendFile(index);
    else res.type('html').send(PLACEHOLDER_HTML);
  });
  return router;
}

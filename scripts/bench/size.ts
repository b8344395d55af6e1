/**
 * bench:size — initial JavaScript of the client build (gzip) and the gzip size of every data pack.
 * Builds the client first unless --no-build. Prints a table and writes bench/results/size.json.
 * Targets: initial JS <= 250 KB gzip; Japan pack <= 1 MB gzip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, hostname, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'client/dist');
const packsDir = join(root, 'data/packs');
const KB = 1024;

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

if (!process.argv.includes('--no-build')) {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
if (!existsSync(join(dist, 'index.html'))) throw new Error('client/dist/index.html missing: run npm run build');

/** Initial JS = the entry module(s) of index.html and everything they import statically (not dynamic imports). */
function initialJs(): { files: string[]; raw: number; gzip: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const seeds = [
    ...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const seen = new Set<string>();
  const queue = [...seeds];
  while (queue.length) {
    const f = queue.shift()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const code = readFileSync(join(dist, f), 'utf8');
    // static imports only: `import ... from "./x.js"` / `import "./x.js"` (dynamic import("...") excluded)
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*${}\s,]+from\s*)?["']\.\/([^"']+\.js)["']/g))
      queue.push(`assets/${m[1]}`);
  }
  const files = [...seen].sort();
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const b = readFileSync(join(dist, f));
    raw += b.length;
    gzip += gz(b);
  }
  return { files, raw, gzip };
}

const css = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.css'));
const cssGzip = css.reduce((n, f) => n + gz(readFileSync(join(dist, 'assets', f))), 0);
const lazyJs = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
const js = initialJs();

const packs: Record<string, { raw: number; gzip: number }> = {};
if (existsSync(packsDir)) {
  for (const f of readdirSync(packsDir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const b = readFileSync(join(packsDir, f));
    packs[f] = { raw: b.length, gzip: gz(b) };
  }
}

const result = {
  bench: 'size',
  date: new Date().toISOString(),
  machine: {
    host: hostname(),
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  initialJs: {
    files: js.files,
    rawBytes: js.raw,
    gzipBytes: js.gzip,
    targetGzipBytes: 250 * KB,
    meetsTarget: js.gzip <= 250 * KB,
  },
  css: { files: css.length, gzipBytes: cssGzip },
  allJsChunks: lazyJs.length,
  packs: Object.fromEntries(Object.entries(packs).map(([k, v]) => [k, { rawBytes: v.raw, gzipBytes: v.gzip }])),
  japanPack: packs['tariff-jp.json']
    ? {
        gzipBytes: packs['tariff-jp.json'].gzip,
        targetGzipBytes: 1024 * KB,
        meetsTarget: packs['tariff-jp.json'].gzip <= 1024 * KB,
      }
    : null,
};

const fmt = (n: number) => `${(n / KB).toFixed(1)} KB`;
console.log('what'.padEnd(28), 'raw'.padStart(12), 'gzip'.padStart(12));
console.log(
  'initial JS'.padEnd(28),
  fmt(js.raw).padStart(12),
  fmt(js.gzip).padStart(12),
  js.gzip <= 250 * KB ? '(<= 250 KB: ok)' : '(> 250 KB target!)',
);
console.log('CSS'.padEnd(28), ''.padStart(12), fmt(cssGzip).padStart(12));
for (const [k, v] of Object.entries(packs))
  console.log(k.padEnd(28), fmt(v.raw).padStart(12), fmt(v.gzip).padStart(12));
const outDir = join(root, 'bench/results');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'size.json'), JSON.stringify(result, null, 2) + '\n');
console.log(`wrote bench/results/size.json`);

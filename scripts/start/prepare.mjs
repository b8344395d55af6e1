/**
 * `npm start`, step 1 (plain JavaScript: runs before anything is compiled). Builds what is stale and
 * nothing else, so a restart does not pay for a client build or for TypeScript compilation:
 * - the client (vite build) when client/, domain/ or the lockfile changed since the last build;
 * - the server, bundled by esbuild into .build/server/index.mjs (dependencies stay in node_modules),
 *   when server/, domain/ or the lockfile changed.
 * Each build records a sha256 of its sources in .build/<name>.sources; a fresh clone has none, so
 * `npm ci && npm start` builds both once.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const out = path.join(root, '.build');

/** sha256 over the path and bytes of every file under `dirs` (sorted), skipping build output */
function sourcesHash(entries) {
  const h = createHash('sha256');
  const walk = (p) => {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) {
        if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
        walk(path.join(p, name));
      }
    } else {
      h.update(path.relative(root, p)).update('\0').update(fs.readFileSync(p)).update('\0');
    }
  };
  for (const e of entries) walk(path.join(root, e));
  return h.digest('hex');
}

function stale(name, entries, output) {
  const stamp = path.join(out, `${name}.sources`);
  const hash = sourcesHash(entries);
  const prev = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').trim() : '';
  return { stale: prev !== hash || !fs.existsSync(output), done: () => fs.writeFileSync(stamp, hash + '\n') };
}

function run(what, args) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) {
    console.error(`npm start: ${what} failed (exit ${r.status})`);
    process.exit(r.status ?? 1);
  }
  console.error(`npm start: ${what} built in ${Date.now() - t0} ms`);
}

fs.mkdirSync(out, { recursive: true });

const common = ['domain', 'package-lock.json', 'tsconfig.json'];
const client = stale('client', ['client', ...common], path.join(root, 'client', 'dist', 'index.html'));
if (client.stale) {
  run('client', [
    path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
    'build',
    '--config',
    'client/vite.config.ts',
    '--logLevel',
    'warn',
  ]);
  client.done();
}

const serverOut = path.join(out, 'server', 'index.mjs');
const server = stale('server', ['server', ...common], serverOut);
if (server.stale) {
  const t0 = Date.now();
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(root, 'server', 'index.ts')],
    outfile: serverOut,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  server.done();
  console.error(`npm start: server built in ${Date.now() - t0} ms`);
}

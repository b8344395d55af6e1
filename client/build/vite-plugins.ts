import fs from 'node:fs';
import path from 'node:path';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { Plugin, Rolldown } from 'vite';

/**
 * Chunks a firm answering the wizard never needs before it prints, exports or signs in as staff:
 * the PDF renderer, the spreadsheet library, the staff modes and the workshop briefing. Matched on
 * the source modules a chunk holds.
 */
const ON_FIRST_USE = [
  /@react-pdf\//,
  /\/exceljs\//,
  /\/features\/staff\//,
  /\/features\/briefing\//,
  /\/features\/result\/pdf\//,
];

/**
 * The files the service worker caches on install: every JS and CSS chunk of the wizard (also the
 * lazily imported ones the offline check runs on), but not the chunks made of ON_FIRST_USE modules;
 * those are cached the first time they are fetched.
 */
export function shellFiles(bundle: Rolldown.OutputBundle): string[] {
  const out: string[] = [];
  for (const [name, f] of Object.entries(bundle)) {
    if (!/\.(js|css)$/.test(name)) continue;
    if (f.type === 'chunk') {
      const ids = f.moduleIds.map((m) => m.split(path.sep).join('/'));
      const firstUse = (m: string) => ON_FIRST_USE.some((re) => re.test(m));
      const heavy = ids.filter(firstUse).length;
      // left out: a chunk loaded through a first-use module (its facade), or mostly made of them
      const facade = f.facadeModuleId?.split(path.sep).join('/');
      if (!f.isEntry && ((facade && firstUse(facade)) || (heavy > 0 && heavy * 2 >= ids.length))) continue;
    }
    out.push(name);
  }
  return out.sort();
}

/** Writes sw-assets.json: the JS and CSS files the service worker caches on install (see shellFiles). */
export function swAssetList(): Plugin {
  return {
    name: 'sw-asset-list',
    apply: 'build',
    generateBundle(_opts, bundle) {
      const files = shellFiles(bundle as unknown as Rolldown.OutputBundle);
      this.emitFile({ type: 'asset', fileName: 'sw-assets.json', source: JSON.stringify(files) });
    },
  };
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text-like files worth compressing; fonts in woff2 and images are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt|ttf|otf|wasm|map)$/;

/** Brotli settings by size: quality 11 costs ~10 s per MB on this machine kind, quality 5 ~0.1 s */
function brotliParams(size: number) {
  const [quality, window] = size <= 700_000 ? [11, 22] : size <= 2_500_000 ? [9, 24] : [5, 24];
  return {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_LGWIN]: window,
      [constants.BROTLI_PARAM_SIZE_HINT]: size,
    },
  };
}

/**
 * Brotli and gzip (level 9) copies beside every compressible file of the build, made once at build
 * time so the server sends them as they are (server/http/client-files.ts). The wizard's own chunks
 * (under 700 KB) get brotli's best quality; the PDF renderer, spreadsheet library and the PDF font
 * a faster one. A copy that is not smaller than the file is not written. Compression runs on the
 * thread pool, several files at once.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(c) {
      outDir = path.resolve(c.root, c.build.outDir);
    },
    async closeBundle() {
      const walk = (dir: string): string[] =>
        fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
          const p = path.join(dir, e.name);
          return e.isDirectory() ? walk(p) : [p];
        });
      await Promise.all(
        walk(outDir)
          .filter((f) => COMPRESSIBLE.test(f))
          .map(async (file) => {
            const bytes = await fs.promises.readFile(file);
            const [br, gz] = await Promise.all([
              brotliAsync(bytes, brotliParams(bytes.length)),
              gzipAsync(bytes, { level: 9 }),
            ]);
            if (br.length < bytes.length) await fs.promises.writeFile(`${file}.br`, br);
            if (gz.length < bytes.length) await fs.promises.writeFile(`${file}.gz`, gz);
          }),
      );
    },
  };
}

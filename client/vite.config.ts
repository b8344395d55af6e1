import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { resolve } from 'node:path';

/**
 * Client build. The output satisfies a strict CSP (script-src 'self'; style-src 'self'):
 * one external module script, CSS in files, fonts self-hosted (@fontsource), no inline scripts.
 */
/** Writes sw-assets.json: the JS and CSS files the service worker caches as the app shell. */
function swAssetList(): Plugin {
  return {
    name: 'sw-asset-list',
    apply: 'build',
    generateBundle(_opts, bundle) {
      const files = Object.keys(bundle)
        .filter((f) => /\.(js|css)$/.test(f))
        .sort();
      this.emitFile({ type: 'asset', fileName: 'sw-assets.json', source: JSON.stringify(files) });
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  publicDir: resolve(import.meta.dirname, 'public'),
  plugins: [react(), tailwindcss(), swAssetList()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    // never inline assets as data: URLs (fonts and images stay files under 'self')
    assetsInlineLimit: 0,
    // the module preload polyfill injects an inline script: keep it out
    modulePreload: { polyfill: false },
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    fs: { allow: [resolve(import.meta.dirname, '..')] },
    proxy: { '/api': 'http://localhost:8080' },
  },
  preview: { proxy: { '/api': 'http://localhost:8080' } },
});

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { resolve } from 'node:path';
import { precompress, swAssetList } from './build/vite-plugins.js';

/**
 * Client build. The output satisfies a strict CSP (script-src 'self'; style-src 'self'):
 * one external module script, CSS in files, fonts self-hosted (@fontsource), no inline scripts.
 */
export default defineConfig({
  root: import.meta.dirname,
  publicDir: resolve(import.meta.dirname, 'public'),
  plugins: [react(), tailwindcss(), swAssetList(), precompress()],
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

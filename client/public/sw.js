/* RCEP Navigator service worker (hand-written, no library).
 * App shell: index.html + the JS/CSS chunks listed in /sw-assets.json (written by the build:
 * the wizard's chunks, not the PDF renderer, spreadsheet, staff or briefing ones), cached on install;
 * those others are cached the first time the page fetches them. Navigations: network first, cached shell when offline.
 * /assets/*: cache first (file names are content-hashed). /api/*: never cached here; the app keeps
 * the data packs in IndexedDB itself. */
const VERSION = 'rcep-shell-v2';
const SHELL = ['/', '/index.html', '/favicon.svg', '/manifest.webmanifest'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(VERSION);
      await cache.addAll(SHELL);
      try {
        const res = await fetch('/sw-assets.json', { cache: 'no-store' });
        if (res.ok) {
          const list = await res.json();
          await cache.addAll(list.map((f) => `/${f}`));
        }
      } catch {
        // the shell still works; assets get cached on first use
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(keys.filter((k) => k !== VERSION).map((k) => caches.delete(k)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;

  if (req.mode === 'navigate') {
    event.respondWith(
      (async () => {
        try {
          const res = await fetch(req);
          const cache = await caches.open(VERSION);
          cache.put('/index.html', res.clone());
          return res;
        } catch {
          return (await caches.match('/index.html')) || (await caches.match('/')) || Response.error();
        }
      })(),
    );
    return;
  }

  if (url.pathname.startsWith('/assets/') || SHELL.includes(url.pathname)) {
    event.respondWith(
      (async () => {
        const hit = await caches.match(req);
        if (hit) return hit;
        const res = await fetch(req);
        if (res.ok && !url.pathname.endsWith('.ttf')) {
          const cache = await caches.open(VERSION);
          cache.put(req, res.clone());
        }
        return res;
      })(),
    );
  }
});

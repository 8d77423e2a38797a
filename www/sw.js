// Nutshell's service worker: keeps every file of this release, so the
// widget opens and works with no network after its first visit. The build
// (tools/post-build.mjs) writes the exact file list and a cache name made
// from the files' contents into the two placeholders below, so a new
// release installs into a new cache and the old one is deleted. Only this
// origin's GET requests are answered; nothing is ever sent anywhere.

const CACHE = '__NUTSHELL_CACHE__';
const FILES = __NUTSHELL_FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((key) => key.startsWith('nutshell-') && key !== CACHE).map((key) => caches.delete(key)),
      ))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const kept = await cache.match(request, { ignoreSearch: true });
      if (kept) return kept;
      if (request.mode === 'navigate') {
        const page = await cache.match('./index.html');
        if (page) return page;
      }
      return fetch(request);
    }),
  );
});

// Nutshell's service worker: keeps every file of this release, so the
// widget opens and works with no network after its first visit. Only this
// origin's GET requests are answered; nothing is ever sent anywhere.
//
// The file readers (the readers module and its worker script) and the
// language packs (packs/<code>.txt), LAZY, are not fetched at install,
// which every reader of the page would pay for: each is kept the first
// time the page asks for it (a dropped page or document, a rich paste, a
// German text), checked as the install checks, so the readers and each
// language too work offline once used.
//
// The build (tools/post-build.mjs) writes the release's version and each
// file's sha256 into the three placeholders below. Two rules keep offline use
// safe where several copies of Nutshell share an origin (/a/ and /b/ of one
// site) and from one release to the next:
// - Caches are named for this deployment's scope (its path), and activating
//   deletes only this deployment's own older caches, never another's.
// - A release is installed only if every file fetched has the digest the
//   build listed. Otherwise installing fails, so the browser keeps the
//   previous worker and its cache (the previous version goes on working,
//   offline too), and the pages of this scope are told (offline.js shows
//   it). The next visit tries the update again.

const VERSION = '__NUTSHELL_VERSION__';
/** Each file of the release, relative to this script, with its sha256 (hex). */
const FILES = __NUTSHELL_FILES__;
/** The files kept on first use, relative to this script, with their sha256 (hex). */
const LAZY = __NUTSHELL_LAZY__;
/** LAZY's digests by absolute URL, as requests name them. */
const LAZY_BY_URL = new Map(Object.entries(LAZY).map(([path, digest]) => [new URL(path, self.location).href, digest]));

const SCOPE = self.registration.scope;
/** Every cache of this deployment begins so (a scope ends in '/', so /a/ is no prefix of /a/b/'s). */
const PREFIX = `nutshell ${new URL(SCOPE).pathname} `;
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(
    keepRelease().then(
      () => self.skipWaiting(),
      async (error) => {
        await caches.delete(CACHE);
        await tellPages({ type: 'nutshell:install-failed', update: Boolean(self.registration.active), reason: String(error?.message ?? error) });
        throw error; // the install fails; the browser keeps the previous worker
      },
    ),
  );
});

/** Fetch every file, check its digest, and only when all match, keep them all. */
async function keepRelease() {
  const fetched = await Promise.all(Object.entries(FILES).map(async ([path, digest]) => {
    const response = await fetch(path, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    if ((await sha256(await response.clone().arrayBuffer())) !== digest) {
      throw new Error(`${path} is not the file this release was built with`);
    }
    return [path, response];
  }));
  const cache = await caches.open(CACHE);
  await Promise.all(fetched.map(([path, response]) => cache.put(path, response)));
}

async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Post `message` to every open page of this deployment (other deployments' pages share the origin). */
async function tellPages(message) {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const page of pages.filter((p) => p.url.startsWith(SCOPE))) page.postMessage(message);
}

self.addEventListener('activate', (event) => {
  event.waitUntil(removeOlderCaches().then(() => self.clients.claim()));
});

/** Delete this deployment's older caches: those named with its scope, and those an earlier build left. */
async function removeOlderCaches() {
  for (const key of await caches.keys()) {
    const older = key.startsWith(PREFIX) ? key !== CACHE : await earlierBuildOfThisScope(key);
    if (older) await caches.delete(key);
  }
}

/**
 * Whether `key` is a cache an earlier build of this deployment left:
 * those builds named caches for their contents only ("nutshell-" and 16 hex
 * digits), whatever the scope, so it is this deployment's only if it holds
 * this scope's own page.
 */
async function earlierBuildOfThisScope(key) {
  return /^nutshell-[0-9a-f]{16}$/.test(key) && (await caches.match(SCOPE, { cacheName: key })) !== undefined;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const kept = await caches.match(request, { cacheName: CACHE, ignoreSearch: true })
      ?? (request.mode === 'navigate' ? await caches.match('./index.html', { cacheName: CACHE }) : undefined);
    if (kept) return kept;
    const url = new URL(request.url);
    url.search = '';
    const lazy = LAZY_BY_URL.get(url.href);
    return lazy ? keepOnFirstUse(url.href, lazy) : fetch(request);
  })());
});

/**
 * Fetch a lazily kept file and keep it if it is this release's (its name
 * has no hash, so the server may already hold another release's); a file
 * that does not verify is still handed over, not kept.
 */
async function keepOnFirstUse(url, digest) {
  const response = await fetch(url, { cache: 'no-cache' });
  if (response.ok && (await sha256(await response.clone().arrayBuffer())) === digest) {
    const cache = await caches.open(CACHE);
    await cache.put(url, response.clone());
  }
  return response;
}

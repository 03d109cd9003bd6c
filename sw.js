// Digitrappen's service worker: after one visit, the app starts and works with the
// network off. This is the template; scripts/precache.mjs (run by scripts/build) writes
// dist/sw.js from it, with the build's list of files and its version put in below.
// It sits at the app's root, so its scope is the app, wherever the app is served.
//
// - install: fetches every listed file, past the HTTP cache, checks each against its
//   SHA-256, and keeps them in the cache `digitrappen-<version>`. A file that does not
//   match (a half-finished upload) fails the install; the browser tries again later.
// - activate: empties the older versions' caches of this app (keeping the site
//   configurations fetched at run time) and deletes them, then takes over open pages
//   (static/boot.js reloads a page that an older version was serving).
// - fetch: navigations to the app, whatever their query string, get the cached
//   index.html; the site configuration (config.json, any other .json not in the list,
//   e.g. one named by ?config=) comes from the network first, the cache when offline;
//   every listed file comes from this version's cache only, so JS and wasm always
//   belong together.
// - message `digitrappen-status`: answers { version, ready } (every file cached), after
//   keeping the page's site configuration; the page then sets data-offline-ready.

const MANIFEST = /* @precache */ { "version": "dev", "files": [] } /* @end */;

const PREFIX = 'digitrappen-';
const CACHE = PREFIX + MANIFEST.version;
const SCOPE = new URL('./', self.location.href).href;
const absolute = (p) => new URL(p, SCOPE).href;
const withoutQuery = (href) => { const u = new URL(href); return u.origin + u.pathname; };
/** Listed file address -> its SHA-256 (null: not checked) */
const LISTED = new Map(MANIFEST.files.map(([p, hash]) => [absolute(p), hash]));
const INDEX = absolute('index.html');
const CONFIG = absolute('config.json');

const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

async function precache() {
  const cache = await caches.open(CACHE);
  try {
    await Promise.all([...LISTED].map(async ([href, hash]) => {
      const response = await fetch(new Request(href, { cache: 'reload' }));
      if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
      if (hash && hex(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer())) !== hash) {
        throw new Error(`${href} is not the file of version ${MANIFEST.version}`);
      }
      await cache.put(href, response);
    }));
  } catch (error) {
    await caches.delete(CACHE);
    throw error;
  }
}

/** Whether every listed file is in this version's cache. */
async function complete() {
  if (!(await caches.has(CACHE))) return false;
  const cache = await caches.open(CACHE);
  const found = await Promise.all([...LISTED.keys()].map((href) => cache.match(href)));
  return found.every(Boolean);
}

/** Keeps a site configuration's answer (found or not found) for when the network is off. */
async function keep(cache, key, response) {
  if (response.type === 'basic' && (response.status === 200 || response.status === 404)) {
    await cache.put(key, response.clone());
  }
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    await keep(cache, request.url, response);
    return response;
  } catch (error) {
    return (await cache.match(request.url)) ?? (await cache.match(request.url, { ignoreSearch: true })) ?? Response.error();
  }
}

async function fromCache(href, request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(href)) ?? fetch(request);
}

/** Fetches and keeps the configuration a page at `page` reads (`?config=`), unless kept. */
async function keepConfigOf(page) {
  const given = new URL(page).searchParams.get('config');
  // Refused by the app (another site, a scheme); nothing to keep.
  if (!given || /^[a-z][a-z0-9+.-]*:/i.test(given) || /^[\\/]{2}/.test(given)) return;
  const href = new URL(given, page).href;
  if (!href.startsWith(SCOPE) || LISTED.has(withoutQuery(href))) return;
  const cache = await caches.open(CACHE);
  if (await cache.match(href)) return;
  await keep(cache, href, await fetch(href).catch(() => Response.error()));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    for (const name of await caches.keys()) {
      if (!name.startsWith(PREFIX) || name === CACHE) continue;
      // Another version's cache. Its entries outside this scope belong to a copy of the
      // app at another path on this site; only when none are left is the cache deleted.
      const old = await caches.open(name);
      const keys = await old.keys();
      for (const request of keys.filter((r) => r.url.startsWith(SCOPE))) {
        if (!LISTED.has(withoutQuery(request.url)) && !(await cache.match(request))) {
          await cache.put(request, await old.match(request)); // a configuration kept at run time
        }
        await old.delete(request);
      }
      if ((await old.keys()).length === 0) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  const href = withoutQuery(request.url);
  if (request.mode === 'navigate' && (href === SCOPE || href === INDEX)) {
    event.respondWith(fromCache(INDEX, request));
  } else if (href === CONFIG || (href.endsWith('.json') && !LISTED.has(href))) {
    event.respondWith(networkFirst(request));
  } else if (LISTED.has(href)) {
    event.respondWith(fromCache(href, request));
  }
});

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'digitrappen-status' || !event.ports[0]) return;
  event.waitUntil((async () => {
    const ready = await complete();
    if (ready && typeof event.data.page === 'string') await keepConfigOf(event.data.page).catch(() => {});
    event.ports[0].postMessage({ version: MANIFEST.version, ready });
  })());
});

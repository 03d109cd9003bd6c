// Digitrappen's service worker: after one visit, the app starts and works with the
// network off. This is the template; scripts/precache.mjs (run by scripts/build) writes
// dist/sw.js from it, with the build's list of files and its version put in below.
// It sits at the app's root, so its scope is the app, wherever the app is served.
//
// - install: fetches every listed file but the languages' texts (kept per language below),
//   checks each against its SHA-256, and keeps them in the cache `digitrappen-<version>`.
//   A file whose name carries its hash (scripts/fingerprint.mjs) is taken from the HTTP
//   cache when the page has just loaded it, never downloaded twice; the others are
//   revalidated with the server. A file that does not match (a half-finished upload)
//   fails the install; the browser tries again later.
// - activate: empties the older versions' caches of this app (keeping the site
//   configurations fetched at run time) and deletes them, then takes over open pages
//   (static/boot.js reloads a page that an older version was serving).
// - fetch: navigations to the app, whatever their query string, get the cached
//   index.html; the site configuration (config.json, any other .json not in the list,
//   e.g. one named by ?config=) comes from the network first, the cache when offline;
//   every listed file comes from this version's cache only, so JS and wasm always
//   belong together; a language's texts not yet kept are fetched and kept on first use.
// - message `digitrappen-status` { page, langs, config }: keeps the texts of `langs` (the
//   page's language, or 'all' on a kiosk) and the site configuration the app read from
//   `?config=` (`config`, as the app accepted it), then answers
//   { version, ready } (every file those languages need cached); the page then sets
//   data-offline-ready.

const MANIFEST = /* @precache */ { "version": "dev", "files": [] } /* @end */;

const PREFIX = 'digitrappen-';
const CACHE = PREFIX + MANIFEST.version;
const SCOPE = new URL('./', self.location.href).href;
const absolute = (p) => new URL(p, SCOPE).href;
const withoutQuery = (href) => { const u = new URL(href); return u.origin + u.pathname; };
/** Listed file address -> { hash: its SHA-256 (null: not checked), lang: whose texts, or null } */
const LISTED = new Map(MANIFEST.files.map(([p, hash, lang = null]) => [absolute(p), { hash, lang }]));
/** A name that carries its content's hash: `digitrappe_bg.1a2b3c4d5e.wasm`, `da.1a2b3c4d5e6f.json`. */
const FINGERPRINTED = /\.[0-9a-f]{10,12}\.[a-z]+$/;
/** The listed files a page needs whose languages are `langs` ('all', or a list of codes). */
const needed = (langs) => [...LISTED].filter(([, f]) => !f.lang || langs === 'all' || (Array.isArray(langs) && langs.includes(f.lang)));
const INDEX = absolute('index.html');
const CONFIG = absolute('config.json');

const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

const matches = async (response, hash) => !hash || hex(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer())) === hash;

/**
 * A listed file as this version has it. A fingerprinted file comes from the HTTP cache if
 * it is there (the page has just loaded it); the others are revalidated. A copy that does
 * not match its hash is fetched once more past every cache before the file counts as wrong.
 */
async function fetchListed(href, { hash }) {
  let why = `${href} is not the file of version ${MANIFEST.version}`;
  // A wrong body or an error status (a cache somewhere kept a half-finished upload's
  // 404) is asked for once more, past every cache.
  for (const mode of FINGERPRINTED.test(href) ? ['default', 'reload'] : ['no-cache', 'reload']) {
    const response = await fetch(new Request(href, { cache: mode }));
    if (!response.ok) why = `${href}: HTTP ${response.status}`;
    else if (await matches(response, hash)) return response;
  }
  throw new Error(why);
}

/** Keeps `files` ([href, listed] pairs) in this version's cache, those not kept yet. */
async function keepListed(files) {
  const cache = await caches.open(CACHE);
  await Promise.all(files.map(async ([href, listed]) => {
    if (!(await cache.match(href))) await cache.put(href, await fetchListed(href, listed));
  }));
}

async function precache() {
  try {
    await keepListed(needed([]));
  } catch (error) {
    await caches.delete(CACHE);
    throw error;
  }
}

/** Whether every file a page in `langs` needs is in this version's cache. */
async function complete(langs) {
  if (!(await caches.has(CACHE))) return false;
  const cache = await caches.open(CACHE);
  const found = await Promise.all(needed(langs).map(([href]) => cache.match(href)));
  return found.every(Boolean);
}

/**
 * Keeps a site configuration's answer for when the network is off: found, or, for the
 * site's own config.json, not found (no configuration is an answer too). Another JSON
 * file that is not there is not kept.
 */
async function keep(cache, key, response) {
  const notFoundCounts = withoutQuery(key) === CONFIG;
  if (response.type === 'basic' && (response.status === 200 || (response.status === 404 && notFoundCounts))) {
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
  const kept = await cache.match(href);
  if (kept) return kept;
  const response = await fetch(request);
  // A language's texts, used here for the first time: kept for the next time offline.
  const listed = LISTED.get(href);
  if (listed?.lang && response.ok && (await matches(response, listed.hash))) await cache.put(href, response.clone());
  return response;
}

/**
 * Fetches and keeps the configuration a page at `page` reads, unless kept: `config`, the
 * address the app accepted from `?config=` (the app's rule, engine `config_address`; the
 * worker has none of its own), or nothing.
 */
async function keepConfigOf(page, config) {
  if (typeof config !== 'string' || !config) return;
  const href = new URL(config, page).href;
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
  const { langs } = event.data;
  event.waitUntil((async () => {
    if (await complete([])) await keepListed(needed(langs)).catch(() => {});
    const ready = await complete(langs);
    if (ready && typeof event.data.page === 'string') await keepConfigOf(event.data.page, event.data.config).catch(() => {});
    event.ports[0].postMessage({ version: MANIFEST.version, ready });
  })());
});

// Starts Digitrappen. The only script the page runs; kept external so the
// Content-Security-Policy needs no 'unsafe-inline'. Every address is relative to this
// file, so the app works from any sub-path.
//
// The first page load fetches only the start bundle (pkg/start/), which draws the start
// screen. When the user presses Start (or saved progress is past the start screen), the
// start bundle calls handOver(handoff), which boot.js gave it: this loads the whole app
// (pkg/app/), stops the start bundle and lets the app take the page. The app bundle is
// fetched early when the pointer or keyboard focus reaches the Start button, with the rest
// of the stylesheet (static/more.css: the app's other screens and print).
import initStart, { start, stop } from '../pkg/start/digitrappe_start.js';

const root = document.getElementById('app');
const appJs = new URL('../pkg/app/digitrappe.js', import.meta.url).href;
const appWasm = new URL('../pkg/app/digitrappe_bg.wasm', import.meta.url);

/** Adds static/more.css to the page; resolves when it has loaded. */
function moreStyles() {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('more.css', import.meta.url).href;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => { link.remove(); reject(new Error('static/more.css could not be loaded')); };
  });
  document.head.append(link);
  return loaded;
}

let prefetched = null;
function prefetch() {
  if (!prefetched) {
    prefetched = { module: import(appJs), wasm: fetch(appWasm), styles: moreStyles() };
    // The language's texts beyond the start screen (#app data-texts, set by the start
    // bundle), beside the wasm: the app then finds them in the browser's cache.
    if (root.dataset.texts) fetch(new URL(root.dataset.texts, document.baseURI)).catch(() => {});
    // A failed prefetch is reported when the app is asked for, not as an unhandled error.
    prefetched.module.catch(() => {});
    prefetched.wasm.catch(() => {});
    prefetched.styles.catch(() => {});
  }
  return prefetched;
}

let app = null;
async function loadApp() {
  app ??= (async () => {
    const { module, wasm, styles } = prefetch();
    const loaded = await module;
    await Promise.all([loaded.default({ module_or_path: wasm }), styles]);
    return loaded;
  })().catch((error) => {
    app = null;
    prefetched = null; // try afresh next time
    throw error;
  });
  return app;
}

// A share link pasted into this tab while the start screen shows opens it as a fresh load
// would: the start screen hands over to the app, which shows the shared result. Once the
// app runs, it listens for links itself.
const onHash = () => { if (/share(=|%3d)/i.test(location.href)) location.reload(); };
window.addEventListener('hashchange', onHash);

// A kiosk's first start screen: after its idle time (data-idle, in seconds) with no touch
// or key, measured by the wall clock, it returns to the kiosk's configured start, so the
// language a visitor chose is theirs only (issue 12, kind 8). Untouched, it stays as it
// is. Once the app runs, its own idle guard (with a countdown) takes over.
// Timers stop while the machine sleeps, so the check also runs on waking (visibilitychange,
// pageshow, focus) and before a touch counts: a touch after the idle time starts afresh
// instead of keeping the last visitor's choice (issue 12, kind 6).
let touched = 0;
let appRuns = false;
let idleCheck = null;
const resetIfIdle = () => {
  const over = root.dataset.mode === 'kiosk' && !appRuns && touched > 0
    && Date.now() - touched >= Number(root.dataset.idle || 180) * 1000;
  if (over) location.replace(location.href.split('#')[0]);
  return over;
};
const touch = () => {
  if (resetIfIdle()) return;
  touched = Date.now();
  if (root.dataset.mode === 'kiosk' && !idleCheck) idleCheck = setInterval(resetIfIdle, 1000);
};
for (const event of ['pointerdown', 'keydown', 'change']) addEventListener(event, touch, { capture: true, passive: true });
for (const event of ['visibilitychange', 'pageshow', 'focus']) addEventListener(event, resetIfIdle);

/** Loads the app and gives it the page; the start bundle calls it (passed to start()). */
const handOver = async (handoff) => {
  const loaded = await loadApp();
  appRuns = true;
  clearInterval(idleCheck);
  window.removeEventListener('hashchange', onHash);
  stop();
  loaded.run(root, handoff);
};

const nearStart = (event) => {
  if (event.target instanceof Element && event.target.closest('[data-testid=start]')) prefetch();
};
root.addEventListener('pointerover', nearStart);
root.addEventListener('focusin', nearStart);

// ---- Offline: the service worker (../sw.js, written by scripts/precache.mjs) ----------
// Registered once the page has loaded, so its precaching does not compete with the first
// load. When the worker has every file of this page's version cached (the texts of the
// language on screen, or of every language on a kiosk), #app gets data-offline-ready. A
// page is reloaded (once per version) when a worker of another version serves it, so JS and wasm always come from one version; answers are saved in
// local storage after every change, and the reload waits until nothing else is lost.
if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
  const sw = navigator.serviceWorker;
  const version = root.dataset.version;
  // The languages to keep offline: the one on screen (<html data-lang>, set once the texts
  // show), or every language on a kiosk, where each visitor picks their own. The worker
  // keeps another language's texts when a page first uses them.
  const html = document.documentElement;
  const shownLang = () => new Promise((resolve) => {
    if (html.dataset.lang) return resolve(html.dataset.lang);
    const seen = new MutationObserver(() => { if (html.dataset.lang) { seen.disconnect(); resolve(html.dataset.lang); } });
    seen.observe(html, { attributes: true, attributeFilter: ['data-lang'] });
  });
  const wantedLangs = async () => (root.dataset.mode === 'kiosk' ? 'all' : [await shownLang()]);
  const status = (worker, langs = []) => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data);
    // The configuration the app read, if ?config= named one it accepted (#app data-config).
    worker.postMessage({ type: 'digitrappen-status', page: location.href, langs, config: root.dataset.config }, [channel.port2]);
  });
  // The reload waits for a moment when it loses nothing the page holds but has not stored
  // (issue 12, kind 16): a shared result being looked at or answers kept in memory (the
  // app marks #app data-unstored), text typed into a field, a kiosk visit under way (its
  // idle reset loads the new version). Checked again every second until then.
  // A field differs from what is stored (data-stored-value, for the fields that show a
  // stored value: a kept result's name, the staff number), or from empty for the others.
  const typed = () => Array.from(root.querySelectorAll('textarea, input'))
    .some((e) => !e.readOnly && !['radio', 'checkbox', 'button', 'submit', 'file', 'hidden'].includes(e.type)
      && e.value.trim() !== (e.dataset.storedValue ?? '').trim());
  const unstored = () => root.hasAttribute('data-unstored') || (root.dataset.mode === 'kiosk' && touched > 0) || typed();
  const reloadFor = (other) => {
    const key = 'digitrappen.sw-reloaded';
    if (other === version || sessionStorage.getItem(key) === other) return;
    const reload = () => { sessionStorage.setItem(key, other); location.reload(); };
    if (!unstored()) return reload();
    const waiting = setInterval(() => { if (!unstored()) { clearInterval(waiting); reload(); } }, 1000);
  };
  let controlled = Boolean(sw.controller);
  if (sw.controller) status(sw.controller).then((s) => reloadFor(s.version));
  sw.addEventListener('controllerchange', () => {
    // A newer worker took over: the page came from an older one, or from the network.
    if (controlled) reloadFor(`after ${version}`);
    else if (sw.controller) status(sw.controller).then((s) => reloadFor(s.version));
    controlled = true;
  });
  const loaded = document.readyState === 'complete'
    ? Promise.resolve() : new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  // The CSP's Trusted Types let register() take only a TrustedScriptURL, made by the one
  // policy the CSP names, and this policy makes exactly one: the worker's address.
  const worker = new URL('../sw.js', import.meta.url).href;
  const scriptUrl = () => self.trustedTypes?.createPolicy('digitrappen-sw', {
    createScriptURL: (url) => {
      if (url !== worker) throw new TypeError(`not Digitrappen's service worker: ${url}`);
      return url;
    },
  }).createScriptURL(worker) ?? worker;
  loaded
    .then(() => sw.register(scriptUrl(), { updateViaCache: 'none' }))
    .then((registration) => registration && sw.ready)
    .then(async (registration) => registration && status(registration.active, await wantedLangs()))
    .then((s) => { if (s?.ready && s.version === version) root.setAttribute('data-offline-ready', ''); })
    // No worker (a private window may refuse it): the app works as before, online only.
    .catch((error) => console.warn('Digitrappen works online only here:', error));
}
// ---- end of the offline block ---------------------------------------------------------

try {
  await initStart({ module_or_path: new URL('../pkg/start/digitrappe_start_bg.wasm', import.meta.url) });
  start(root, handOver);
} catch (error) {
  // A browser without WebAssembly, or a broken copy of the app: say so in three languages.
  document.getElementById('boot-status')?.setAttribute('hidden', '');
  document.getElementById('boot-failed')?.removeAttribute('hidden');
  throw error;
}

// ---- Embedded in another site's <iframe> (mode "embed") ------------------------------
// The frame fits its height to the app: whenever the app's height changes, the page posts
// {type: "digitrappen:height", h: <pixels>} to the embedding page, where static/embed.js
// (which checks the message's origin) sets the frame's height. Only the height is ever
// posted, never answers or results. One observer serves both bundles, as #app stays.
if (window.parent !== window && 'ResizeObserver' in window) {
  let posted = 0;
  const postHeight = (again) => {
    if (root.dataset.mode !== 'embed') return;
    const h = Math.ceil(root.getBoundingClientRect().height);
    if (h > 0 && (again || h !== posted)) {
      posted = h;
      window.parent.postMessage({ type: 'digitrappen:height', h }, '*');
    }
  };
  new ResizeObserver(() => postHeight(false)).observe(root);
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    // The host script answers: the frame now fits the app, which can drop its scrollbars.
    if (event.data?.type === 'digitrappen:host') document.documentElement.setAttribute('data-hosted', '');
    // The host script arrived after the frame had posted its height (a tag manager, a lazy
    // script): it says hello, and the frame says its height again, whenever that happens.
    if (event.data?.type === 'digitrappen:hello') postHeight(true);
  });
}

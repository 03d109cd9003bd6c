// Starts Digitrappen. The only script the page runs; kept external so the
// Content-Security-Policy needs no 'unsafe-inline'. Every address is relative to this
// file, so the app works from any sub-path.
//
// One runtime: index.html holds the start screen and the profile (the first questions) as
// static HTML, one <template> per language and mode, rendered at build time from the
// app's own components and texts (ui/src/bin/start-page.rs). This script shows the right
// one at once, then loads the app's one bundle (pkg/app/) beside the language's texts and
// the rest of the stylesheet. Start shows the static profile, so the first questions can
// be answered while the app loads. What the user does there (a language chosen, the screen
// shown, the profile's fields, a button that needs the app) is recorded and handed to the
// app (ui/src/handoff.rs): what came before run() as its argument, what came after (while
// the app draws off the page) when it asks; the app does the same and takes the page.
// What decides anything (scoring, storage, the site's configuration) is the app's; this
// script only chooses which static screen to show, and shows none (a short "Digitrappen
// ..." line) where the app will show something else: a share link, saved progress, a
// projector, the site owner's pages.

const root = document.getElementById('app');
const html = document.documentElement;
const params = new URLSearchParams(location.search);
const LANGS = ['da', 'en', 'nb'];

// The starting language, in the app's order (ui/src/startup.rs: the address, the user's
// earlier choice, the browser's languages, Danish; a kiosk remembers nothing). The site's
// configured language, read by the app, replaces only the last two. An end-to-end test
// checks that the app takes over in the language shown here.
// The address is read as ui/src/startup.rs reads it: the last of a repeated parameter
// counts, a mode's case and spaces do not.
const last = (name) => params.getAll(name).at(-1) ?? null;
const named = (last('mode') ?? '').trim().toLowerCase();
const mode = ['embed', 'kiosk', 'projector'].includes(named) ? named : 'standard';
const stored = (key) => { try { return mode === 'kiosk' ? null : localStorage.getItem(key); } catch { return null; } };
const fromTag = (tag) => {
  const primary = tag.split(/[-_]/)[0].trim().toLowerCase();
  return { da: 'da', en: 'en', nb: 'nb', no: 'nb', nn: 'nb' }[primary];
};
let lang = [last('lang'), stored('digitrappen.lang')].find((l) => LANGS.includes(l))
  ?? (navigator.languages ?? []).map(fromTag).find(Boolean) ?? 'da';

const template = (l) => root.querySelector(`template[data-lang="${l}"][data-mode="${mode === 'projector' ? 'standard' : mode}"]`);
const staticScreen = !/share(=|%3d)/i.test(location.href) && !params.has('config-check') && !params.has('embed-setup')
  && mode !== 'projector' && stored('digitrappen.progress.v2') === null && stored('digitrappen.progress.v1') === null
  && template(lang);
// What the user did on the static screens since the app last heard, in order (see above
// and ui/src/handoff.rs): {lang}, {screen}, {choose: [field, value]}, {intent}.
let events = staticScreen ? [{ screen: 'start' }] : [];

// The site's own configuration file, fetched beside the app and handed to it, so the app
// reads it before anything in storage (a kiosk it names keeps nothing, from the first
// moment) with no second request. A `?config=` address is the app's to check and fetch.
const siteFile = params.has('config') ? null : fetch(new URL('config.json', document.baseURI))
  .then(async (r) => (r.ok ? { text: await r.text() } : r.status === 404 ? { absent: true } : { failed: `HTTP ${r.status}` }))
  .catch((error) => ({ failed: String(error?.message ?? error) }));

// The static screens: the start screen and, once Start is pressed, the profile; the
// profile's fields as set (kept when the language changes).
let shown = 'start';
const values = {};
const FIELDS = { 'profile-industry': 'industry', 'profile-size': 'size', 'profile-staff': 'staff', 'profile-ambition': 'ambition' };
const inStatic = (selector) => root.querySelector(`:scope > .app ${selector}`);

/** Shows the static start screen or profile; `focus`: its heading takes focus, as the app's does. */
function showScreen(name, focus) {
  shown = name;
  inStatic('section.start')?.toggleAttribute('hidden', name !== 'start');
  inStatic('[data-boot=profile]')?.toggleAttribute('hidden', name !== 'profile');
  if (focus) inStatic(name === 'start' ? 'section.start h1' : '[data-boot=profile] h1')?.focus();
}

/** Shows the static screens in `l`, on the screen and with the fields the user has. */
function show(l) {
  const t = template(l);
  root.querySelector(':scope > .app')?.remove();
  root.querySelector(':scope > .boot')?.setAttribute('hidden', '');
  root.prepend(t.content.cloneNode(true));
  for (const [id, field] of Object.entries(FIELDS)) {
    const input = inStatic(`#${id}`);
    if (input && values[field] !== undefined) input.value = values[field];
  }
  showScreen(shown, false);
  // (Not <html data-lang>: that says the app has a language's texts on screen, which the
  // service worker then keeps offline.)
  html.lang = l;
  // The mode from the address; once the app runs, the app's (it may come from the site's file).
  if (!appRuns) {
    html.dataset.mode = mode;
    root.dataset.mode = mode;
  }
  lang = l;
}

const texts = (l) => template(l)?.dataset.texts.split(' ') ?? [];
// A language's texts fetched beside the wasm, by address; the app takes the answer over
// (prefetched(file)), even one still on its way, so the file is never downloaded twice.
const fetched = new Map();
const asked = new Set();
/** Fetches a language's texts beside the wasm (once per page). */
function prefetchTexts(l) {
  for (const file of texts(l)) {
    if (asked.has(file)) continue;
    asked.add(file);
    fetched.set(file, fetch(new URL(file, document.baseURI)).then((r) => (r.ok ? r.text() : null)).catch(() => null));
  }
}
/** The text of `file` fetched here (a promise of it, null if it failed), once; else null. */
const prefetched = (file) => {
  const text = fetched.get(file) ?? null;
  fetched.delete(file);
  return text;
};

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

let app = null;
let wasm = null;
/** Loads the app's bundle and the rest of the stylesheet (once; again after a failure). */
function loadApp() {
  app ??= Promise.all([import(new URL('../pkg/app/digitrappe.js', import.meta.url).href), moreStyles()])
    .then(async ([module]) => {
      await module.default({ module_or_path: wasm });
      return module;
    })
    .catch((error) => {
      app = null;
      wasm = null; // fetched afresh by the next try
      throw error;
    });
  return app;
}

// What the static screen's buttons ask for, once the app is there.
const INTENTS = { 'method-open': 'method', 'start-open-saved': 'import' };
let appRuns = false;
let failed = false;
// A button was pressed that waits for the app (cleared when the static screen changes).
let waiting = false;
const busy = (on) => {
  inStatic(shown === 'start' ? '[data-testid=start]' : '[data-testid=next]')?.setAttribute('aria-busy', String(on));
  const status = root.querySelector('[data-boot=busy]');
  if (status) status.textContent = on ? status.dataset.text : '';
};
const sayFailed = () => {
  busy(false);
  root.querySelector('[data-testid=app-load-error]')?.removeAttribute('hidden');
};
/** After a button that waits for the app: busy, or the failure said again. */
const waitForApp = () => (failed ? sayFailed() : busy(true));

// ---- What the app is told ----------------------------------------------------------
// The app, once running, draws off the page and asks (since(wake)) for what happened; it
// takes the page only at a quiet moment (`settled`): no press under way and no list or
// field in use, or a button pressed that waits for it. Never in the middle of choosing or
// typing: an open list would close, a half-typed number vanish, a click be lost.
let wakeApp = null;
// When a pointer went down on the static screens, until its click has happened (a native
// list's popup may keep the pointerup to itself: a choice or a key ends it too, and it
// counts for 3 s at most).
let pressedAt = 0;
const pressing = () => pressedAt > 0 && Date.now() - pressedAt < 3000;
const staticOnPage = () => Boolean(root.querySelector(':scope > .app'));
const fieldInUse = () => {
  const focused = document.activeElement;
  return onStatic(focused) && ['SELECT', 'INPUT', 'TEXTAREA'].includes(focused.tagName);
};
const settled = () => !pressing() && (waiting || !fieldInUse());
/** Wakes the app waiting for something to happen, after this event's handlers have run. */
const nudge = () => setTimeout(() => { const wake = wakeApp; wakeApp = null; wake?.(); }, 0);
const record = (event) => { events.push(event); nudge(); };
const since = (wake) => {
  const out = JSON.stringify({ events, touched: touched > 0, settled: settled() });
  events = [];
  wakeApp = typeof wake === 'function' ? wake : null;
  return out;
};
addEventListener('pointerdown', (event) => {
  if (!onStatic(event.target)) return;
  pressedAt = Date.now();
  setTimeout(nudge, 3100);
}, { capture: true, passive: true });
for (const type of ['pointerup', 'pointercancel', 'change', 'keydown']) {
  // After the click that follows (same task), so the take-over never eats a click.
  addEventListener(type, () => setTimeout(() => { pressedAt = 0; nudge(); }, 0), { capture: true, passive: true });
}
addEventListener('focusout', nudge, { capture: true, passive: true });

// Only the static screen's controls are recorded (#app > .app; the app draws into a stage
// of its own), until the app takes the page.
const onStatic = (target) => target instanceof Element && Boolean(target.closest('#app > .app'));
root.addEventListener('click', (event) => {
  if (!onStatic(event.target)) return;
  const button = event.target.closest('button');
  if (!button) return;
  if (button.dataset.boot === 'retry') {
    if (appRuns) return;
    root.querySelector('[data-testid=app-load-error]')?.setAttribute('hidden', '');
    start();
    return;
  }
  // Start and the profile's Back switch the static screen; a button pressed before (that
  // waits for the app) no longer counts.
  const to = { start: 'profile', back: 'start' }[button.dataset.testid];
  if (to) {
    busy(false);
    waiting = false;
    showScreen(to, true);
    record({ screen: to });
    if (failed && to === 'profile') sayFailed(); // said at once: the answers cannot go on yet
    return;
  }
  const intent = INTENTS[button.dataset.testid];
  if (!intent) return;
  waiting = true;
  record({ intent });
  waitForApp();
});
/** Records a profile field as it is set (a number when it is left or sent). */
const choose = (input) => {
  const field = FIELDS[input?.dataset?.testid];
  if (!field || !onStatic(input) || values[field] === input.value) return;
  values[field] = input.value;
  record({ choose: [field, input.value] });
};
// Next on the static profile (a submit button, or Enter in a field): on to the questions,
// once the app is there. The form is the app's to check; the page never submits it.
root.addEventListener('submit', (event) => {
  if (!onStatic(event.target)) return;
  event.preventDefault();
  choose(inStatic('#profile-staff')); // typed, and sent with Enter before it was left
  waiting = true;
  record({ intent: 'next' });
  waitForApp();
});
// Arrow keys (and type-ahead) browse a closed language menu without switching the page, as
// in the app (WCAG 3.2.2): the choice applies on Enter or when the menu is left.
let browsingLanguage = false;
const isLanguage = (target) => onStatic(target) && target.dataset.testid === 'language';
const BROWSE_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End'];
root.addEventListener('keydown', (event) => {
  if (!isLanguage(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
  if (BROWSE_KEYS.includes(event.key) || [...event.key].length === 1) browsingLanguage = true;
  else if (event.key === 'Enter' && browsingLanguage) {
    browsingLanguage = false;
    event.target.dispatchEvent(new Event('change', { bubbles: true }));
  }
});
root.addEventListener('focusout', (event) => {
  if (!isLanguage(event.target) || !browsingLanguage) return;
  browsingLanguage = false;
  event.target.dispatchEvent(new Event('change', { bubbles: true }));
});
root.addEventListener('change', (event) => {
  if (isLanguage(event.target) && browsingLanguage) return;
  choose(event.target);
  if (!onStatic(event.target) || event.target.dataset.testid !== 'language' || !LANGS.includes(event.target.value)) return;
  record({ lang: event.target.value });
  show(event.target.value);
  prefetchTexts(event.target.value);
  inStatic('[data-testid=language]')?.focus();
  if (failed && (waiting || shown === 'profile')) sayFailed();
  else if (waiting) busy(true);
});

/** Loads the app and gives it the page. */
async function start() {
  failed = false;
  if (waiting) busy(true);
  if (!wasm) {
    wasm = fetch(new URL('../pkg/app/digitrappe_bg.wasm', import.meta.url));
    wasm.catch(() => {}); // a failure is reported where the wasm is awaited
  }
  prefetchTexts(lang);
  let handed = null;
  try {
    const loaded = await loadApp();
    // The site's file: what has come of it, or, should it hang, a failure after a while
    // (the app then works without it), so a button pressed never waits for ever.
    const late = new Promise((resolve) => { setTimeout(() => resolve({ failed: 'no answer within 5 s' }), 5000); });
    const site = siteFile ? JSON.stringify(await Promise.race([siteFile, late])) : undefined;
    appRuns = true;
    handed = events;
    const first = since(null);
    loaded.run(root, first, site, since, prefetched);
  } catch (error) {
    // Said on the page (at once, or when a button is pressed); the details go to the console.
    // (A run() that threw leaves the static screen: it says so on the next press.)
    if (handed) events = [...handed, ...events];
    appRuns = false;
    failed = true;
    if (staticScreen && waiting) sayFailed();
    if (!staticScreen) {
      document.getElementById('boot-status')?.setAttribute('hidden', '');
      document.getElementById('boot-failed')?.removeAttribute('hidden');
    }
    console.warn('Digitrappen could not be loaded:', error);
  }
}

// A share link pasted into this tab before the app runs opens it as a fresh load would:
// the app shows the shared result. Once the app runs, it listens for links itself.
// Once the app has taken the page, it listens for links itself.
const onHash = () => { if (staticOnPage() && /share(=|%3d)/i.test(location.href)) location.reload(); };
window.addEventListener('hashchange', onHash);

// A kiosk's static screens, as long as they are on the page (the app not arrived, or not
// yet taken over): after its idle time (data-idle, in seconds, set by the app; else the
// default) with no touch or key, measured by the wall clock, it returns to the kiosk's
// configured start, so the language and answers a visitor chose are theirs only (issue 12,
// kind 8). Untouched, it stays as it is. Once the app has the page, its own idle guard
// (with a countdown) takes over, counting from a touch the handoff reports.
// Timers stop while the machine sleeps, so the check also runs on waking (visibilitychange,
// pageshow, focus) and before a touch counts: a touch after the idle time starts afresh
// instead of keeping the last visitor's choice (issue 12, kind 6).
let touched = 0;
let idleCheck = null;
const resetIfIdle = () => {
  const over = root.dataset.mode === 'kiosk' && staticOnPage() && touched > 0
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
  // The static profile's lists count too: what is chosen there is not stored yet.
  const typed = () => Array.from(root.querySelectorAll('textarea, input'))
    .some((e) => !e.readOnly && !['radio', 'checkbox', 'button', 'submit', 'file', 'hidden'].includes(e.type)
      && e.value.trim() !== (e.dataset.storedValue ?? '').trim())
    || Array.from(root.querySelectorAll(':scope > .app [data-boot=profile] select')).some((e) => e.value !== '');
  const unstored = () => root.hasAttribute('data-unstored') || (root.dataset.mode === 'kiosk' && touched > 0) || typed();
  const reloadFor = (other) => {
    const key = 'digitrappen.sw-reloaded';
    if (other === version || sessionStorage.getItem(key) === other) return;
    const reload = () => { sessionStorage.setItem(key, other); location.reload(); };
    if (!unstored()) return reload();
    const later = setInterval(() => { if (!unstored()) { clearInterval(later); reload(); } }, 1000);
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

if (staticScreen) show(lang);
start();

// ---- Embedded in another site's <iframe> (mode "embed") ------------------------------
// The frame fits its height to the app: whenever the app's height changes, the page posts
// {type: "digitrappen:height", h: <pixels>} to the embedding page, where static/embed.js
// (which checks the message's origin) sets the frame's height. Only the height is ever
// posted, never answers or results. One observer serves the static screen and the app, as #app stays.
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

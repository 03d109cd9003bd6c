// Starts Digitrappen. The only script the page runs; kept external so the
// Content-Security-Policy needs no 'unsafe-inline'. Every address is relative to this
// file, so the app works from any sub-path.
//
// The first page load fetches only the start bundle (pkg/start/), which draws the start
// screen. When the user presses Start (or saved progress is past the start screen), the
// start bundle calls window.digitrappenLoadApp(handoff): this loads the whole app
// (pkg/app/), stops the start bundle and lets the app take the page. The app bundle is
// fetched early when the pointer or keyboard focus reaches the Start button.
import initStart, { start, stop } from '../pkg/start/digitrappe_start.js';

const root = document.getElementById('app');
const appJs = new URL('../pkg/app/digitrappe.js', import.meta.url).href;
const appWasm = new URL('../pkg/app/digitrappe_bg.wasm', import.meta.url);

let prefetched = null;
function prefetch() {
  if (!prefetched) {
    prefetched = { module: import(appJs), wasm: fetch(appWasm) };
    // A failed prefetch is reported when the app is asked for, not as an unhandled error.
    prefetched.module.catch(() => {});
    prefetched.wasm.catch(() => {});
  }
  return prefetched;
}

let app = null;
async function loadApp() {
  app ??= (async () => {
    const { module, wasm } = prefetch();
    const loaded = await module;
    await loaded.default({ module_or_path: wasm });
    return loaded;
  })().catch((error) => {
    app = null;
    prefetched = null; // try afresh next time
    throw error;
  });
  return app;
}

window.digitrappenLoadApp = async (handoff) => {
  const loaded = await loadApp();
  stop();
  loaded.run(root, handoff);
};

const nearStart = (event) => {
  if (event.target instanceof Element && event.target.closest('[data-testid=start]')) prefetch();
};
root.addEventListener('pointerover', nearStart);
root.addEventListener('focusin', nearStart);

try {
  await initStart({ module_or_path: new URL('../pkg/start/digitrappe_start_bg.wasm', import.meta.url) });
  start(root);
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
  new ResizeObserver(() => {
    if (root.dataset.mode !== 'embed') return;
    const h = Math.ceil(root.getBoundingClientRect().height);
    if (h > 0 && h !== posted) {
      posted = h;
      window.parent.postMessage({ type: 'digitrappen:height', h }, '*');
    }
  }).observe(root);
}

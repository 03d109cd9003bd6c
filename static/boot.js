// Loads the WebAssembly app and starts it in #app. The only script the page runs; kept
// external so the Content-Security-Policy needs no 'unsafe-inline'. Every address is
// relative to this file, so the app works from any sub-path.
import init, { run } from '../pkg/digitrappe.js';

const root = document.getElementById('app');
try {
  await init({ module_or_path: new URL('../pkg/digitrappe_bg.wasm', import.meta.url) });
  run(root);
} catch (error) {
  // A browser without WebAssembly, or a broken copy of the app: say so in three languages.
  document.getElementById('boot-status')?.setAttribute('hidden', '');
  document.getElementById('boot-failed')?.removeAttribute('hidden');
  throw error;
}

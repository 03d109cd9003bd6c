// Prints what the first page load of the built app (dist/) fetches, per language: raw,
// gzip and brotli bytes of every file, and the total against the budget; then what the
// page fetches when the user presses Start (the whole app). With --json,
// prints the same as JSON. (scripts/report then adds the engine's time per assessment.)
//
//   node scripts/report.mjs [--json]

import { chromium } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { measureFirstLoad, measureAppLoad, formatTable } from './first-load.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const json = process.argv.includes('--json');
const server = await startServer({ root: path.join(ROOT, 'dist') });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const results = {};
try {
  for (const lang of ['da', 'en', 'nb']) {
    const context = await browser.newContext({ serviceWorkers: 'block' }); // the page's own downloads; the worker's are its own
    const page = await context.newPage();
    const first = await measureFirstLoad(page, server.url(`/?lang=${lang}`));
    const app = await measureAppLoad(page);
    results[lang] = { first, app };
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  for (const [lang, { first, app }] of Object.entries(results)) {
    console.log(`${formatTable(`First load, ?lang=${lang} (fresh browser profile)`, first)}\n`);
    console.log(`${formatTable(`Then, on Start: the whole app (?lang=${lang}; not part of the first load)`, app, false)}\n`);
  }
}

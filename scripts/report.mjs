// Prints what a page load of the built app (dist/) fetches, per language: raw, gzip and
// brotli bytes of every file, and the totals against the budgets: before the start screen
// shows, and the whole first load (the app's one bundle loads at once behind the static
// start screen). With --json, prints the same as JSON. (scripts/report then adds the engine's time per assessment.)
//
//   node scripts/report.mjs [--json]

import { chromium } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { measureBeforeStart, measureFirstLoad, formatTable, BUDGET_START_GZIP } from './first-load.mjs';

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
    const measure = async (how) => {
      // The page's own downloads in a fresh profile; the worker's are its own.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const measured = await how(await context.newPage(), server.url(`/?lang=${lang}`));
      await context.close();
      return measured;
    };
    results[lang] = { start: await measure(measureBeforeStart), first: await measure(measureFirstLoad) };
  }
} finally {
  await browser.close();
  await server.close();
}
if (json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  for (const [lang, { start, first }] of Object.entries(results)) {
    console.log(`${formatTable(`Before the start screen shows, ?lang=${lang} (fresh browser profile)`, start, BUDGET_START_GZIP)}\n`);
    console.log(`${formatTable(`First load, ?lang=${lang}: the start screen, then the whole app behind it`, first)}\n`);
  }
}

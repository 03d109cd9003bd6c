// Prints what the first page load of the built app (dist/) fetches, per language: raw,
// gzip and brotli bytes of every file, and the total against the budget. With --json,
// prints the same as JSON. (scripts/report then adds the engine's time per assessment.)
//
//   node scripts/report.mjs [--json]

import { chromium } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { measureFirstLoad, formatTable } from './first-load.mjs';

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
    const context = await browser.newContext();
    results[lang] = await measureFirstLoad(await context.newPage(), server.url(`/?lang=${lang}`));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  for (const [lang, m] of Object.entries(results)) console.log(`${formatTable(`First load, ?lang=${lang} (fresh browser profile)`, m)}\n`);
}

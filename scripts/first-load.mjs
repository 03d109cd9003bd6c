// Measures what a page load fetches, with the raw, gzip (level 9) and brotli (quality 11)
// size of each body: before the start screen shows, the whole first load (until the app is
// ready and the network is idle), and everything to the result. Used by scripts/report and
// by the budget tests in tests/e2e/budget.spec.mjs, so both count the same thing.

import zlib from 'node:zlib';

/**
 * The bytes before the start screen: the page with its static start screens and profiles
 * (Start shows the profile before the app arrives), its stylesheet and boot.js (measured
 * 9.9 KB gzip in every language and mode; one runtime, issue 14 part 2).
 */
export const BUDGET_START_GZIP = 10_500;
/**
 * The first-load budget: total gzip bytes of everything the first load fetches (the app's
 * one bundle and the language's texts load at once behind the static start screen;
 * measured 441.7-443.0 KB with the static profile and one text file, the margin is under 1 %).
 */
export const BUDGET_GZIP = 446_000;
/**
 * The budget to the result: gzip bytes of everything fetched from the page load through
 * the whole questionnaire until the result shows (measured 441.7-443.0 KB in every language
 * and mode with one runtime; the margin is under 1 %).
 */
export const BUDGET_TO_RESULT_GZIP = 446_000;

/** Files the static start screen does not need: held back until it shows. */
const AFTER_START = ['**/pkg/**', '**/content/**', '**/static/more.*.css', '**/config.json', '**/sites/**'];

/**
 * Loads `url` in `page` (a fresh browser profile) with everything but the start screen's
 * own files held back, and returns { files, total } of what the start screen needed.
 */
export async function measureBeforeStart(page, url) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  for (const pattern of AFTER_START) await page.route(pattern, async (route) => { await held; await route.continue().catch(() => {}); });
  const responses = [];
  const network = await watchNetwork(page);
  page.on('response', (r) => responses.push(r));
  // Not to the load event: the held files (a stylesheet among them) would delay it.
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.getByTestId('start').waitFor();
  const measured = await summarise(responses, network);
  release();
  for (const pattern of AFTER_START) await page.unroute(pattern);
  return measured;
}

/** Loads `url` in `page` (a fresh browser profile) and returns { files, total }. */
export async function measureFirstLoad(page, url) {
  const responses = [];
  const network = await watchNetwork(page);
  // The page's own requests only. What the service worker (sw.js) fetches to keep the
  // whole app for offline use, in the background after the page has loaded, Playwright
  // reports on the browser context, not here, so it is not counted as the first load;
  // a request of the page that the worker answers still is.
  page.on('response', (r) => responses.push(r));
  await page.goto(url);
  await page.getByTestId('start').waitFor();
  await page.waitForLoadState('networkidle');
  return summarise(responses, network);
}

/**
 * Measures everything `page` (a fresh browser profile) fetches from loading `url`, through
 * `walk(page)` (which answers its way to the result), until the network is idle.
 */
export async function measureToResult(page, url, walk) {
  const responses = [];
  const network = await watchNetwork(page);
  page.on('response', (r) => responses.push(r));
  await page.goto(url);
  await walk(page);
  await page.waitForLoadState('networkidle');
  return summarise(responses, network);
}

/**
 * Watches what the page really downloads (Chromium's own account, over CDP): per address,
 * how many answers came over the network rather than from the browser's memory or disk
 * cache or a service worker.
 */
async function watchNetwork(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const fromCache = new Set();
  const downloads = new Map();
  cdp.on('Network.requestServedFromCache', ({ requestId }) => fromCache.add(requestId));
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    if (fromCache.has(requestId) || response.fromDiskCache || response.fromServiceWorker || response.fromPrefetchCache) return;
    if (response.status === 304) return; // revalidated: no body
    downloads.set(response.url, (downloads.get(response.url) ?? 0) + 1);
  });
  return downloads;
}

async function summarise(responses, downloads) {
  const files = [];
  const left = new Map(downloads);
  for (const r of responses) {
    const { pathname, search } = new URL(r.url());
    // Answered from the browser's own cache (a file the page has already loaded, or a
    // revalidated one) or by a service worker: listed, but not downloaded, so not counted.
    const downloadsLeft = left.get(r.url()) ?? 0;
    if (downloadsLeft === 0) {
      files.push({ path: pathname + search, status: r.status(), cached: true, raw: 0, gzip: 0, brotli: 0 });
      continue;
    }
    left.set(r.url(), downloadsLeft - 1);
    const body = await r.body().catch(() => Buffer.alloc(0));
    files.push({
      path: pathname + search,
      status: r.status(),
      raw: body.length,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(body, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }).length,
    });
  }
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 });
  return { files, total };
}

/** A plain-text table of a measurement, with the line for `budget` (bytes) unless false. */
export function formatTable(title, { files, total }, budget = BUDGET_GZIP) {
  const kb = (n) => (n / 1000).toFixed(1).padStart(7);
  const lines = [title, `${'file'.padEnd(44)} ${'raw KB'.padStart(7)} ${'gzip KB'.padStart(7)} ${'br KB'.padStart(7)}`];
  for (const f of files) {
    lines.push(f.cached ? `${f.path.slice(0, 44).padEnd(44)} (not downloaded: the browser's cache or worker)` : `${f.path.slice(0, 44).padEnd(44)} ${kb(f.raw)} ${kb(f.gzip)} ${kb(f.brotli)}`);
  }
  lines.push(`${'total'.padEnd(44)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}`);
  if (budget) {
    lines.push(`budget: ${+(budget / 1000).toFixed(1)} KB gzip; ${total.gzip <= budget ? 'within' : 'OVER'} by ${(Math.abs(budget - total.gzip) / 1000).toFixed(1)} KB`);
  }
  return lines.join('\n');
}

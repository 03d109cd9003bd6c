// Offline and installable: the service worker (sw.js, written by scripts/precache.mjs)
// keeps the whole app after one visit, so it starts and works with the network off, and
// an update replaces it as a whole. Each test serves its own copy of dist/ from its own
// server, which it stops or changes.
import { test, expect, PERSONAS, answerAll, personaAnswer, startWithProfile, openResultOf } from './fixtures.mjs';
import { precache } from '../../scripts/precache.mjs';
import { startServer, SUB_PATH } from '../../scripts/server.mjs';
import { DIST } from './fixtures.mjs';
import { unhashed } from '../../scripts/fingerprint.mjs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The default turns workers off for the other tests (see playwright.config.mjs).
test.use({ serviceWorkers: 'allow' });

/** A copy of dist/ in a temporary folder, served on its own port: { dir, origin, url, close }. */
async function serveCopy(guard, change = () => {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'digitrappen-offline-'));
  fs.cpSync(DIST, dir, { recursive: true });
  change(dir);
  const log = [];
  const server = await startServer({ root: dir, log });
  guard.serves(server.origin);
  let open = true;
  return {
    ...server,
    dir,
    /** { path, status } of every answer the server has sent. */
    log,
    async close() { if (open) { open = false; await server.close(); } },
    async remove() { await this.close(); fs.rmSync(dir, { recursive: true, force: true }); },
  };
}

/** The stylesheet's path in a built copy (its name carries its hash: scripts/fingerprint.mjs). */
const appCss = (dir) => `static/${fs.readdirSync(path.join(dir, 'static')).find((n) => /^app\.[0-9a-f]{10}\.css$/.test(n))}`;

/** Waits until the page's worker has every file of the version the page shows. */
async function offlineReady(page) {
  await expect(page.getByTestId('mode')).toHaveAttribute('data-offline-ready', '');
  return page.getByTestId('mode').getAttribute('data-version');
}

let site;
test.afterEach(async () => { await site?.remove(); site = undefined; });

test('after one visit, a new kiosk tab starts and completes an assessment with the server stopped', async ({ context, page, guard }) => {
  site = await serveCopy(guard);
  await page.goto(site.url('/?lang=en'));
  await expect(page.getByTestId('start')).toBeVisible();
  const version = await offlineReady(page);
  expect(version).toMatch(/^[0-9a-f]{12}$/);
  expect(await page.evaluate(() => caches.keys())).toEqual([`digitrappen-${version}`]);
  // Installable (a kiosk installs it). Playwright's contexts are private windows, where
  // Chromium never offers to install; nothing else may stand in the way.
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);

  await site.close();
  const kiosk = await context.newPage();
  await kiosk.goto(site.url('/?mode=kiosk&idle=60'));
  await expect(kiosk.getByTestId('mode')).toHaveAttribute('data-version', version);
  // The app bundle is fetched (from the cache) only now, when the visitor presses Start.
  const persona = PERSONAS[0];
  await startWithProfile(kiosk, persona.profile);
  await answerAll(kiosk, (id) => personaAnswer(persona, id));
  await expect(kiosk.getByTestId('result-step')).toHaveText(String(persona.expect.step));
  await expect(kiosk.getByTestId('config-error')).toHaveCount(0);
});

test('navigations with any query string are answered offline, also from a sub-path', async ({ context, page, guard }) => {
  site = await serveCopy(guard);
  await page.goto(site.url(`${SUB_PATH}?lang=en`));
  const version = await offlineReady(page);
  await site.close();

  for (const [address, lang] of [
    [`${SUB_PATH}?lang=en&mode=kiosk`, 'en'],
    [`${SUB_PATH}?mode=kiosk&idle=30&lang=en`, 'en'],
    [`${SUB_PATH}index.html?lang=en&mode=projector#x`, 'en'],
    [`${SUB_PATH}?config-check&lang=en`, 'en'],
  ]) {
    const tab = await context.newPage();
    await tab.goto(site.url(address));
    await expect(tab.getByTestId('mode'), address).toHaveAttribute('data-version', version);
    await expect(tab.locator('html'), address).toHaveAttribute('lang', lang);
    await expect(tab.getByTestId('start').or(tab.getByTestId('config-check')), address).toBeVisible();
    await tab.close();
  }
  // A language the worker has not kept (it keeps the one in use, here English): the app
  // says so in that language, with a retry, and a kept language is one choice away.
  guard.expect(/Failed to load resource/);
  const tab = await context.newPage();
  await tab.goto(site.url(`${SUB_PATH}?lang=nb`));
  await expect(tab.getByTestId('boot')).toContainText('Tekstene til Digitrappen kunne ikke hentes');
  await expect(tab.getByTestId('boot').getByRole('button')).toHaveText('Prøv igjen');
  await tab.getByTestId('language').selectOption('en');
  await expect(tab.getByTestId('start')).toBeVisible();
  await expect(tab.locator('html')).toHaveAttribute('lang', 'en');
  await tab.close();
});

test('the site configuration named by ?config= is kept: network first, the kept copy offline', async ({ context, page, guard }) => {
  const example = fs.readFileSync(path.join(DIST, '../tests/fixtures/config.example.json'), 'utf8');
  // A file the site adds after the build: not in the worker's list, fetched at run time.
  site = await serveCopy(guard, (dir) => {
    fs.mkdirSync(path.join(dir, 'sites'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'sites/midt.json'), example);
  });
  const address = '/?config=sites/midt.json&lang=en';
  await page.goto(site.url(address));
  await offlineReady(page);

  // Online, the network's copy wins over the kept one.
  const renamed = JSON.parse(example);
  renamed.contacts[0].name = 'Anne Changed';
  fs.writeFileSync(path.join(site.dir, 'sites/midt.json'), JSON.stringify(renamed));
  await openResultOf(page, site, PERSONAS[0], address);
  await expect(page.getByTestId('contact').first()).toContainText('Anne Changed');

  await site.close();
  const tab = await context.newPage();
  await openResultOf(tab, site, PERSONAS[0], address);
  await expect(tab.getByTestId('contact').first()).toContainText('Anne Changed');
  await expect(tab.getByTestId('config-error')).toHaveCount(0);
});

test('an update replaces the whole app: the new version shows, its cache is the only one', async ({ context, page, guard }) => {
  site = await serveCopy(guard);
  await page.goto(site.url('/?lang=en'));
  const before = await offlineReady(page);

  fs.appendFileSync(path.join(site.dir, appCss(site.dir)), '\n/* offline update test */\n');
  const { version: after } = precache(site.dir);
  expect(after).not.toBe(before);

  // The old worker answers this reload; the browser then finds the new sw.js, which takes
  // over, and the page reloads itself from the new version.
  await page.reload();
  const mode = page.getByTestId('mode');
  await expect(mode).toHaveAttribute('data-version', after);
  await expect(mode).toHaveAttribute('data-offline-ready', '');
  expect(await page.evaluate(() => caches.keys())).toEqual([`digitrappen-${after}`]);

  await site.close();
  const tab = await context.newPage();
  await tab.goto(site.url('/?lang=en'));
  await expect(tab.getByTestId('mode')).toHaveAttribute('data-version', after);
  expect(await tab.evaluate(async (css) => (await fetch(css)).text(), appCss(site.dir))).toContain('/* offline update test */');
  await expect(tab.getByTestId('start')).toBeVisible();
});

/** The paths of this version's files in the worker's cache, without the site's address. */
async function kept(page) {
  const version = await page.getByTestId('mode').getAttribute('data-version');
  return page.evaluate(async (v) => {
    const cache = await caches.open(`digitrappen-${v}`);
    return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
  }, version);
}

test('a browser keeps its own language for offline use, every other one when first used; a kiosk keeps all three', async ({ context, page, guard }) => {
  site = await serveCopy(guard);
  await page.goto(site.url('/?lang=nb'));
  await offlineReady(page);
  const texts = async (p) => (await kept(p)).filter((f) => f.startsWith('/content/i18n/')).map(unhashed);
  // Only the Norwegian texts.
  expect(await texts(page)).toEqual(['/content/i18n/nb.json']);

  // English used once, online: kept from then on.
  const english = await context.newPage();
  await english.goto(site.url('/?lang=en'));
  await english.getByTestId('start').click();
  await expect(english.getByTestId('profile')).toBeVisible();
  await expect.poll(() => texts(english)).toEqual(expect.arrayContaining(['/content/i18n/en.json']));
  expect(await texts(english)).not.toContain('/content/i18n/da.json');

  // A kiosk, where each visitor picks a language, keeps every language at once.
  const kiosk = await context.newPage();
  await kiosk.goto(site.url('/?mode=kiosk&lang=da'));
  await offlineReady(kiosk);
  expect(await texts(kiosk)).toEqual(expect.arrayContaining(['/content/i18n/da.json', '/content/i18n/en.json', '/content/i18n/nb.json']));
  await site.close();
  const visitor = await context.newPage();
  await visitor.goto(site.url('/?mode=kiosk'));
  await visitor.getByTestId('language').selectOption('nb');
  await visitor.getByTestId('start').click();
  await expect(visitor.getByTestId('profile')).toBeVisible();
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'nb');
});

test('no file is downloaded twice: not by the app on the way to the result, not by the worker keeping it offline', async ({ page, guard }) => {
  site = await serveCopy(guard);
  await page.goto(site.url('/?lang=en'));
  await offlineReady(page);
  const persona = PERSONAS[0];
  await startWithProfile(page, persona.profile);
  await answerAll(page, (id) => personaAnswer(persona, id));
  await expect(page.getByTestId('board')).toBeVisible();
  const downloads = {};
  for (const { path: p, status } of site.log.filter((r) => r.status === 200)) {
    // The page itself: the browser asks for its address, the worker for index.html.
    const file = p.replace(/\?.*$/, '').replace(/^\/$/, '/index.html');
    downloads[file] = (downloads[file] ?? 0) + 1;
  }
  expect(Object.entries(downloads).filter(([, n]) => n > 1), JSON.stringify(site.log)).toEqual([['/index.html', 2]]);
  // What a host may cache for good carries its hash in its name.
  const named = Object.keys(downloads).filter((p) => /\.(wasm|js|css)$/.test(p) && !p.endsWith('/sw.js') && !p.endsWith('/embed.js'));
  expect(named.length, 'the app\'s wasm and glue, boot.js, both stylesheets').toBeGreaterThanOrEqual(5);
  for (const p of named) expect(p).toMatch(/\.[0-9a-f]{10}\.(wasm|js|css)$/);
});

/**
 * Publishes a new version on the site and lets the open page's worker find it: resolves
 * once the new worker controls the page (when the page's own reload would start).
 */
async function updateArrives(page) {
  fs.appendFileSync(path.join(site.dir, appCss(site.dir)), `\n/* update ${Date.now()} */\n`);
  const { version } = precache(site.dir);
  await page.evaluate(async () => {
    window.beforeUpdate = true;
    const changed = new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    await (await navigator.serviceWorker.getRegistration()).update();
    await changed;
  });
  return version;
}

test('issue 12, kind 16: an update waits to reload until nothing unstored is lost: a shared result, typed codes', async ({ page, guard }) => {
  const shared = JSON.parse(fs.readFileSync(path.join(DIST, '../tests/fixtures/share-codes.json'), 'utf8'))[5];
  site = await serveCopy(guard);
  await page.goto(site.url(`/?lang=en#share=${shared.code}`));
  await expect(page.getByTestId('share-offer')).toBeVisible();
  const before = await offlineReady(page);

  // A shared result on screen (its fragment already gone from the address): no reload.
  const after = await updateArrives(page);
  expect(await page.evaluate(() => window.beforeUpdate), 'the page was not reloaded').toBe(true);
  await expect(page.getByTestId('share-offer')).toBeVisible();
  await expect(page.getByTestId('mode')).toHaveAttribute('data-version', before);
  // Closed: now the reload comes, and the new version shows.
  await page.getByTestId('share-close').click();
  await expect(page.getByTestId('mode')).toHaveAttribute('data-version', after);

  // Codes typed into the room, not yet added: no reload until they are added (and stored).
  await page.goto(site.url('/?lang=en&mode=projector'));
  await page.getByTestId('room-open').click();
  const codes = JSON.parse(fs.readFileSync(path.join(DIST, '../tests/fixtures/room-codes.json'), 'utf8')).later;
  await page.getByTestId('participant-code').fill(codes);
  const third = await updateArrives(page);
  expect(await page.evaluate(() => window.beforeUpdate), 'the page was not reloaded').toBe(true);
  await expect(page.getByTestId('participant-code')).toHaveValue(codes);
  await page.getByTestId('participant-add').click();
  await expect(page.getByTestId('mode')).toHaveAttribute('data-version', third);
  await page.getByTestId('room-open').click();
  await expect(page.getByTestId('participant-count')).toContainText('3');

  // An undo on offer (after "start over"): no reload while it can still be taken.
  await openResultOf(page, site, PERSONAS[0], '/?lang=en');
  await page.getByTestId('reset').click();
  await expect(page.getByTestId('undo')).toBeVisible();
  const fourth = await updateArrives(page);
  expect(await page.evaluate(() => window.beforeUpdate), 'the page was not reloaded').toBe(true);
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('mode')).toHaveAttribute('data-version', fourth);
  await expect(page.getByTestId('result')).toBeVisible();
});

test('issue 12, kind 16: answers kept in memory only (storage full) are never reloaded away by an update', async ({ page, guard }) => {
  site = await serveCopy(guard);
  await page.goto(site.url('/?lang=en'));
  await offlineReady(page);
  await page.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (String(key).startsWith('digitrappen.progress')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return set.call(this, key, value);
    };
  });
  await page.reload();
  await startWithProfile(page, PERSONAS[0].profile);
  await page.getByTestId('option').first().click();
  await page.getByTestId('next').click();
  await expect(page.getByTestId('notice')).toHaveAttribute('data-notice', 'not-saved');
  await expect(page.getByTestId('mode')).toHaveAttribute('data-unstored', '');
  // boot.js decides on the new worker's arrival (before this test hears of it), and then
  // only reloads once nothing is unstored, which storage that refuses never allows.
  await updateArrives(page);
  expect(await page.evaluate(() => window.beforeUpdate), 'the page was not reloaded').toBe(true);
  await expect(page.getByTestId('question')).toBeVisible();
});

test('a half-finished upload (a file that is not the listed one) does not replace the working version', async ({ context, page, guard }) => {
  site = await serveCopy(guard);
  await page.goto(site.url('/?lang=en'));
  const before = await offlineReady(page);

  const css = path.join(site.dir, appCss(site.dir));
  fs.appendFileSync(css, '\n/* listed */\n');
  precache(site.dir); // the new sw.js and index.html are up ...
  fs.appendFileSync(css, '\n/* not what the list says */\n'); // ... but app.css is not yet

  // The new worker's install fails on app.css and the browser drops it.
  const state = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const found = new Promise((resolve) => registration.addEventListener('updatefound', () => resolve(registration.installing), { once: true }));
    await registration.update();
    const worker = await found;
    if (worker.state !== 'redundant') {
      await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'redundant' && resolve()));
    }
    return worker.state;
  });
  expect(state).toBe('redundant');
  expect(await page.evaluate(() => caches.keys())).toEqual([`digitrappen-${before}`]);

  await site.close();
  const tab = await context.newPage();
  await tab.goto(site.url('/?lang=en'));
  await expect(tab.getByTestId('mode')).toHaveAttribute('data-version', before);
  await expect(tab.getByTestId('mode')).toHaveAttribute('data-offline-ready', '');
  expect(await tab.evaluate(async (css) => (await fetch(css)).text(), appCss(site.dir))).not.toContain('/* listed */');
});

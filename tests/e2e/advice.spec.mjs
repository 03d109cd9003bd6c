// The advice on the result, with and without an embedding site's configuration, and what
// a site owner sees when the configuration is wrong (README, "Site configuration").
import fs from 'node:fs';
import { test, expect, PERSONAS, PROGRESS_KEY, openResultOf, startWithProfile, holdTheApp } from './fixtures.mjs';

const EXAMPLE = fs.readFileSync(new URL('../fixtures/config.example.json', import.meta.url), 'utf8');
const haulier = PERSONAS.find((p) => p.id === 'haulier-regional');
const sensorFirm = PERSONAS.find((p) => p.id === 'aquaculture-equipment-no');

/** Serves `body` as the site's configuration at `path` (instead of the file in dist/). */
async function serveConfig(page, server, path, body, status = 200) {
  await page.route(server.url(path), (route) => route.fulfill({ status, contentType: 'application/json', body }));
}

test('without a site configuration: three to five cards, the routing, the roadmap and the built-in help', async ({ page, server }) => {
  await openResultOf(page, server, haulier, '/?lang=da');
  const cards = page.getByTestId('advice-action');
  // What moves the haulier up comes first: its largest customers order electronically.
  await expect(cards.first()).toHaveAttribute('data-action-id', 'sales.electronic-orders');
  const count = await cards.count();
  expect(count).toBeGreaterThanOrEqual(3);
  expect(count).toBeLessThanOrEqual(5);
  await expect(cards.first()).toContainText('Hvorfor');
  await expect(cards.first()).toContainText('Valgt ud fra jeres svar: digital udveksling med kunder og leverandører (»');
  await expect(page.getByTestId('routing')).toHaveAttribute('data-route', 'basic');
  await expect(page.getByTestId('routing')).toContainText('Erhvervshus');
  await expect(page.getByTestId('roadmap').locator('.roadmap-step')).toHaveCount(2);
  await expect(page.getByTestId('roadmap')).toContainText('Transport');
  await expect(page.locator('[data-helper-id^="dk-"]').first()).toBeVisible();
  await expect(page.locator('[data-helper-id^="no-"]')).toHaveCount(0);
  await expect(page.getByTestId('contact')).toHaveCount(0);
  await expect(page.getByTestId('config-error')).toHaveCount(0);
});

test('Norwegian shows the Norwegian help catalogue and a specialist route for an advanced firm', async ({ page, server }) => {
  await openResultOf(page, server, sensorFirm, '/?lang=nb');
  await expect(page.getByTestId('routing')).toHaveAttribute('data-route', 'specialist');
  await expect(page.locator('[data-helper-id^="no-"]').first()).toBeVisible();
  await expect(page.locator('[data-helper-id^="dk-"]')).toHaveCount(0);
});

test("a site's configuration adds its contacts, its own offers and a prefilled e-mail", async ({ page, server }) => {
  await serveConfig(page, server, '/config.json', EXAMPLE);
  await openResultOf(page, server, haulier, '/?lang=da');
  const contacts = page.getByTestId('contact');
  await expect(contacts.first()).toBeVisible();
  await expect(page.locator('.contacts h3')).toHaveText('Tal med Erhvervshus Eksempel');
  const send = page.getByTestId('contact-send').first();
  const href = await send.getAttribute('href');
  expect(href).toMatch(/^mailto:anne@example\.dk\?subject=/);
  const body = decodeURIComponent(href.split('body=')[1]);
  expect(body).toContain(`Vores placering: trin ${haulier.expect.step} (Digital drift).`);
  expect(body).toContain(`Hele resultatet: ${await page.getByTestId('share-link').inputValue()}`);
  // The site's own entry replaces the built-in Erhvervshuse, and funding is hidden.
  await expect(page.locator('.helper.site').first()).toBeVisible();
  await expect(page.locator('[data-helper-id="dk-erhvervshuse"]')).toHaveCount(0);
  await expect(page.locator('[data-helper-id="dk-innobooster"]')).toHaveCount(0);
  await expect(page.getByTestId('config-error')).toHaveCount(0);
});

test('the e-mail to a contact says "not yet on step 1" in words, never step 1', async ({ page, server }) => {
  await serveConfig(page, server, '/config.json', EXAMPLE);
  await openResultOf(page, server, PERSONAS.find((p) => p.id === 'painter-solo'), '/?lang=da');
  const href = await page.getByTestId('contact-send').first().getAttribute('href');
  expect(decodeURIComponent(href.split('subject=')[1].split('&')[0])).toBe('Vores resultat fra Digitrappen: ikke på trin 1 endnu');
  const body = decodeURIComponent(href.split('body=')[1]);
  expect(body).toContain('Vores placering: ikke på trin 1 endnu.');
  expect(body).not.toMatch(/trin 1 \(/);
});

test('?config= names another file on the same site, and ?country= overrides its country', async ({ page, server }) => {
  await serveConfig(page, server, '/sites/midt.json', EXAMPLE);
  await openResultOf(page, server, haulier, '/?lang=da&config=sites%2Fmidt.json&country=no');
  await expect(page.getByTestId('contact').first()).toBeVisible();
  await expect(page.locator('[data-helper-id^="no-"]').first()).toBeVisible();
  await expect(page.locator('[data-helper-id^="dk-"]')).toHaveCount(0);
});

test('a broken configuration gives visitors a short notice and the built-in help; the check page says what is wrong', async ({ page, server }) => {
  const broken = JSON.stringify({ version: 1, contacts: [{ name: 'Anne', email: 'anne(at)example.dk' }], colour: 'red' });
  await serveConfig(page, server, '/config.json', broken);
  await openResultOf(page, server, haulier, '/?lang=en');
  await expect(page.getByTestId('config-error')).toContainText("This website's own contacts and offers could not be shown");
  await expect(page.getByTestId('advice-action').first()).toBeVisible();
  await expect(page.locator('[data-helper-id="dk-erhvervshuse"]').first()).toBeVisible();
  await expect(page.getByTestId('contact')).toHaveCount(0);

  await page.getByTestId('config-error').getByRole('button').click();
  await expect(page.getByTestId('config-check')).toBeVisible();
  await expect(page.getByTestId('config-status')).toHaveAttribute('data-status', 'invalid');
  await expect(page.locator('[data-testid=config-problem][data-field="contacts[0].email"]')).toHaveText('contacts[0].email is not an e-mail address');
  await expect(page.locator('[data-testid=config-problem][data-field="colour"]')).toContainText('not a field the app knows');
  await page.getByTestId('config-check-back').click();
  await expect(page.getByTestId('result')).toBeVisible();
});

test('a ?config= address on another site is refused before any request is made', async ({ page, server }) => {
  const requested = [];
  page.on('request', (r) => { if (new URL(r.url()).hostname === 'evil.example') requested.push(r.url()); });
  await openResultOf(page, server, haulier, '/?lang=en&config=https%3A%2F%2Fevil.example%2Fconfig.json');
  await expect(page.getByTestId('config-error')).toBeVisible();
  await page.getByTestId('config-error').getByRole('button').click();
  await expect(page.getByTestId('config-status')).toHaveAttribute('data-status', 'refused');
  expect(requested).toEqual([]);
});

test('issue 12, kind 18: the static start screen applies nothing of the site\'s file; the app applies a file it accepts in full, and nothing of a changed one it refuses', async ({ page, server }) => {
  const presentation = { mode: 'projector', theme: { primary: '#aa0000' }, publicUrl: 'https://www.example.dk/d/' };
  const good = { version: 1, ...presentation, contacts: [{ name: 'Anne', email: 'anne@example.dk' }] };
  await serveConfig(page, server, '/config.json', JSON.stringify(good));
  // Before the app has checked the file: the app's own start screen, nothing of the file.
  const release = await holdTheApp(page);
  await page.goto(server.url('/?lang=en'));
  await expect(page.getByTestId('start')).toBeVisible();
  await expect(page.getByTestId('mode')).toHaveAttribute('data-mode', 'standard');
  await expect(page.getByTestId('join')).toHaveCount(0);
  // The app checks the file in full and applies it: the projector's join address too.
  release();
  await expect(page.getByTestId('mode')).toHaveAttribute('data-mode', 'projector');
  await expect(page.getByTestId('join')).toContainText('example.dk/d');
  // The same file with one change is another file: nothing of it applies.
  await page.unrouteAll();
  await serveConfig(page, server, '/config.json', JSON.stringify({ ...good, contacts: [{ name: 'Anne', email: 'anne(at)example.dk' }] }));
  await page.goto(server.url('/?lang=en&config-check'));
  await expect(page.getByTestId('config-status')).toHaveAttribute('data-status', 'invalid');
  await page.goto(server.url('/?lang=en'));
  await expect(page.locator('#app > .stage')).toHaveCount(1);
  await expect(page.getByTestId('start')).toBeVisible();
  await expect(page.getByTestId('mode')).toHaveAttribute('data-mode', 'standard');
  await expect(page.getByTestId('join')).toHaveCount(0);
});

test('a kiosk named by the site\'s file alone keeps nothing from its first moment: a language or Start chosen before the app arrives is not stored', async ({ page, server }) => {
  await serveConfig(page, server, '/config.json', JSON.stringify({ version: 1, mode: 'kiosk', lang: 'en' }));
  const stored = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('digitrappen.')));
  const release = await holdTheApp(page);
  await page.goto(server.url('/'));
  await page.getByTestId('language').selectOption('nb');
  await page.getByTestId('start').click();
  release();
  await expect(page.getByTestId('profile')).toBeVisible();
  await expect(page.getByTestId('mode')).toHaveAttribute('data-mode', 'kiosk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.locator('#app > .stage')).toHaveCount(1);
  await page.getByTestId('profile-industry').selectOption({ index: 1 });
  expect(await stored(), 'nothing of the visit in the browser\'s storage').toEqual([]);
  // The next visitor: the kiosk's own language, from an empty start.
  await page.reload();
  await expect(page.getByTestId('start')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await stored()).toEqual([]);
});

test('issue 12, kind 18: a configuration that fails the check applies nothing: no mode, colours or public address, and the check page says so', async ({ page, server }) => {
  const presentation = { mode: 'projector', theme: { primary: '#aa0000' }, publicUrl: 'https://evil.example/d/' };
  const primary = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--primary').trim());
  // An unknown field: nothing, from the first screen on.
  await serveConfig(page, server, '/config.json', JSON.stringify({ version: 1, ...presentation, colour: 'red' }));
  await page.goto(server.url('/?lang=en'));
  await expect(page.getByTestId('start')).toBeVisible();
  await expect(page.getByTestId('mode')).toHaveAttribute('data-mode', 'standard');
  expect(await primary()).not.toBe('#aa0000');
  await expect(page.getByText('evil.example')).toHaveCount(0);
  // A problem only the whole check finds (a contact's e-mail): nothing, before or after the
  // app has read the file.
  await page.unrouteAll();
  await serveConfig(page, server, '/config.json', JSON.stringify({ version: 1, ...presentation, contacts: [{ name: 'Anne', email: 'anne(at)example.dk' }] }));
  await page.goto(server.url('/?lang=en'));
  await expect(page.getByTestId('start')).toBeVisible();
  await expect(page.getByTestId('mode')).toHaveAttribute('data-mode', 'standard');
  expect(await primary()).not.toBe('#aa0000');
  await expect(page.getByTestId('join')).toHaveCount(0);
  await expect(page.getByText('evil.example')).toHaveCount(0);
  await openResultOf(page, server, haulier, '/?lang=en');
  await expect(page.getByTestId('config-error')).toBeVisible();
  await expect(page.getByTestId('mode')).toHaveAttribute('data-mode', 'standard');
  expect(await primary()).not.toBe('#aa0000');
  expect(await page.getByTestId('share-link').inputValue()).toMatch(new RegExp(`^${server.url('/').replace(/[.?*+^$()[\]{}|\\/]/g, '\\$&')}`));
  await page.goto(server.url('/?lang=en&config-check'));
  await expect(page.getByTestId('config-status')).toHaveAttribute('data-status', 'invalid');
  await expect(page.getByTestId('config-links')).toContainText(server.url('/'));
  await expect(page.getByTestId('config-links')).not.toContainText('evil.example');

  // Only a kiosk stays a kiosk: its idle reset and memory-only storage protect the next visitor.
  await page.unrouteAll();
  await serveConfig(page, server, '/config.json', JSON.stringify({ version: 1, mode: 'kiosk', contacts: [{ name: 'Anne', email: 'anne(at)example.dk' }] }));
  const before = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  await page.goto(server.url('/?lang=en'));
  await startWithProfile(page, { industry: 'retail', size: '10-49', ambition: 3 });
  await expect(page.getByTestId('mode')).toHaveAttribute('data-mode', 'kiosk');
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY), 'nothing of the visit is stored').toBe(before);
});

test('issue 12, kind 19: only config.json and files in sites/ can act as the configuration; the check page shows where links point', async ({ page, server }) => {
  const requested = [];
  page.on('request', (r) => { if (new URL(r.url()).pathname.startsWith('/uploads/')) requested.push(r.url()); });
  const hostile = JSON.stringify({ version: 1, publicUrl: 'https://evil.example/d/' });
  await serveConfig(page, server, '/uploads/config.json', hostile);
  for (const given of ['uploads/config.json', '/uploads/config.json', 'sites/../uploads/config.json', 'sites%2F..%2Fuploads%2Fconfig.json']) {
    await page.goto(server.url(`/?lang=en&config-check&config=${given}`));
    await expect(page.getByTestId('config-status')).toHaveAttribute('data-status', 'refused');
    await expect(page.getByTestId('config-links')).toContainText(server.url('/'));
  }
  expect(requested, 'no request for a file outside the configuration files').toEqual([]);
  // A file in sites/ is read, and its public address is where links point.
  await serveConfig(page, server, '/sites/midt.json', JSON.stringify({ version: 1, publicUrl: 'https://www.example.dk/digitrappen/' }));
  await page.goto(server.url('/?lang=en&config-check&config=sites/midt.json'));
  await expect(page.getByTestId('config-status')).toHaveAttribute('data-status', 'ok');
  await expect(page.getByTestId('config-links')).toContainText('https://www.example.dk/digitrappen/');
});

test('?config-check opens the check page directly; the shipped configuration is valid', async ({ page, server }) => {
  await page.goto(server.url('/?lang=en&config-check'));
  await expect(page.getByTestId('config-check')).toBeVisible();
  await expect(page.getByTestId('config-status')).toHaveAttribute('data-status', 'ok');
  await expect(page.getByTestId('config-check')).toContainText('own offers: 0');
});

test('a site without config.json is not an error', async ({ page, server, guard }) => {
  guard.expect(/404/);
  await serveConfig(page, server, '/config.json', 'not found', 404);
  await page.goto(server.url('/?lang=en&config-check'));
  await expect(page.getByTestId('config-status')).toHaveAttribute('data-status', 'absent');
});

test('a Norwegian site (?country=no&lang=nb) shows Norwegian figures with a Norwegian source and no Danish ones', async ({ page, server }) => {
  // The hotel answers the questions Danish and Norwegian figures are attached to.
  const hotel = PERSONAS.find((p) => p.id === 'fjord-hotel-no');
  await openResultOf(page, server, hotel, '/?country=no&lang=nb');
  const figures = page.getByTestId('context').locator('li');
  await expect(figures.first()).toBeVisible();
  const ids = await figures.evaluateAll((els) => els.map((e) => e.getAttribute('data-context-id')));
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.every((id) => id.startsWith('no-')), ids.join(', ')).toBe(true);
  const text = await page.getByTestId('context').innerText();
  expect(text).toMatch(/SSB|NHO/);
  expect(text).not.toMatch(/dansk|Danmark|Erhvervsfremmebestyrelse|IRIS/i);
  // The same firm on a Danish site sees the Danish figures.
  await openResultOf(page, server, hotel, '/?country=dk&lang=da');
  const danish = await page.getByTestId('context').locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-context-id')));
  expect(danish.length).toBeGreaterThan(0);
  expect(danish.some((id) => id.startsWith('no-'))).toBe(false);
});

test('a 5-person firm is offered only the SMV:Digital vouchers it can meet, each with its conditions in one line', async ({ page, server }) => {
  // A craft bakery that says it has 5 full-time staff, on step 1: its first card is a till with
  // product data, a technology project SMV:Digital supports.
  const bakery = PERSONAS.find((p) => p.id === 'bakery-shop');
  await openResultOf(page, server, { ...bakery, profile: { ...bakery.profile, size: '1-9', staff: 5 } }, '/?lang=da');
  await expect(page.getByTestId('advice-action').first()).toHaveAttribute('data-action-id', 'ops.till-with-product-data');
  const small = page.locator('.helpers [data-helper-id="dk-smv-digital-small"]');
  await expect(small).toBeVisible();
  await expect(small.getByTestId('help-conditions')).toContainText('2–20 fuldtidsansatte');
  await expect(page.locator('.helpers [data-helper-id="dk-smv-digital"]').getByTestId('help-conditions')).toContainText('3–249 fuldtidsansatte');
  // The large grant is for a project already clarified, on a higher step: not offered here.
  await expect(page.locator('[data-helper-id="dk-smv-digital-large"]')).toHaveCount(0);
  for (const id of ['dk-smv-digital-small', 'dk-smv-digital']) {
    await expect(page.locator(`.helpers [data-helper-id="${id}"] [data-testid=help-conditions]`)).toHaveCount(1);
  }
  // One person: no SMV:Digital grant at all (each needs at least 2 or 3 full-time staff).
  await openResultOf(page, server, { ...bakery, profile: { ...bakery.profile, size: '1-9', staff: 1 } }, '/?lang=da');
  await expect(page.getByTestId('advice-action').first()).toBeVisible();
  await expect(page.locator('[data-helper-id^="dk-smv-digital"]')).toHaveCount(0);
  // 30 full-time staff: not the 25,000-kr. grant for 2–20.
  await openResultOf(page, server, { ...bakery, profile: { ...bakery.profile, size: '10-49', staff: 30 } }, '/?lang=da');
  await expect(page.locator('.helpers [data-helper-id="dk-smv-digital"]')).toBeVisible();
  await expect(page.locator('[data-helper-id="dk-smv-digital-small"]')).toHaveCount(0);
});

test('the number of full-time staff is asked on the profile, optional, and sets its size band', async ({ page, server }) => {
  await page.goto(server.url('/?lang=da'));
  await page.getByTestId('start').click();
  await expect(page.getByTestId('profile')).toBeVisible();
  await expect(page.getByLabel('Antal fuldtidsansatte (kan udelades)')).toBeVisible();
  await page.getByTestId('profile-staff').fill('5');
  await page.getByTestId('profile-staff').blur();
  await expect(page.getByTestId('profile-size')).toHaveValue('1-9');
  await page.getByTestId('profile-industry').selectOption('food-production');
  await page.getByTestId('profile-ambition').selectOption('2');
  await page.getByTestId('next').click();
  await expect(page.getByTestId('question')).toBeVisible();
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), PROGRESS_KEY);
  expect(saved.profile).toMatchObject({ staff: 5, size: '1-9', industry: 'food-production' });
});

test('the first card follows the industry: a bakery plans with its till, a metal firm plans in its ERP, and a step-3 firm without a tested backup starts there', async ({ page, server }) => {
  for (const [id, first] of [['bakery-shop', 'ops.till-with-product-data'], ['metal-subcontractor', 'ops.production-planning'], ['electrician-installer', 'security.backup']]) {
    await openResultOf(page, server, PERSONAS.find((p) => p.id === id), '/?lang=da');
    await expect(page.getByTestId('advice-action').first()).toHaveAttribute('data-action-id', first);
  }
  // The roadmap names the industry's own concrete first move for the next step: the card's.
  await openResultOf(page, server, PERSONAS.find((p) => p.id === 'bakery-shop'), '/?lang=da');
  await expect(page.locator('[data-testid=roadmap] .roadmap-step[data-step="2"] [data-testid=roadmap-first]')).toHaveAttribute('data-action-id', 'ops.till-with-product-data');
  await openResultOf(page, server, PERSONAS.find((p) => p.id === 'electrician-installer'), '/?lang=da');
  // The floor says why it comes first.
  await expect(page.getByTestId('advice-action').first().locator('.card-reason')).toHaveAttribute('data-why', 'floor');
  await expect(page.getByTestId('advice-action').first().locator('.card-reason')).toContainText('Kommer før alt andet');
});

test('a firm at the top step is never told a card is for getting to the step it is on', async ({ page, server }) => {
  await openResultOf(page, server, PERSONAS.find((p) => p.id === 'fitness-saas'), '/?lang=da');
  const reasons = await page.locator('[data-testid=advice-action] .card-reason').allInnerTexts();
  expect(reasons.length).toBeGreaterThanOrEqual(3);
  for (const r of reasons) expect(r).not.toMatch(/arbejder på at nå trin 5/);
  await expect(page.locator('[data-testid=advice-action] .card-reason[data-why=towards]')).toHaveCount(0);
});

test('issue 12, kind 20: a web address hiding its host in user-info and an e-mail carrying a header are refused, and no link to them is made', async ({ page, server }) => {
  const hostile = JSON.stringify({
    version: 1,
    contacts: [
      { name: 'Anne', email: 'a%0Abcc:spy@evil.example' },
      { name: 'Bo', email: 'bo@example.dk', url: 'https://www.example.dk@evil.example/' },
    ],
  });
  await serveConfig(page, server, '/config.json', hostile);
  await openResultOf(page, server, haulier, '/?lang=en');
  await expect(page.getByTestId('config-error')).toBeVisible();
  expect(await page.locator('a[href*="evil.example"]').count()).toBe(0);
  await page.getByTestId('config-error').getByRole('button').click();
  await expect(page.locator('[data-testid=config-problem][data-field="contacts[0].email"]')).toBeVisible();
  await expect(page.locator('[data-testid=config-problem][data-field="contacts[1].url"]')).toBeVisible();
});

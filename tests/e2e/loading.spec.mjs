// How the page loads (issue 14, part 2: one runtime): the start screen and the profile
// (the first questions, shown by Start) are in the page itself, drawn before any wasm
// arrives; the app's one bundle loads at once beside its texts and takes the page over in
// the same language, carrying out what the user did meanwhile; clear messages when it
// cannot be fetched.
import { test, expect, startWithProfile, expectNoAxeViolations, holdTheApp } from './fixtures.mjs';
import { unhashed } from '../../scripts/fingerprint.mjs';

const WASM = '**/pkg/app/digitrappe_bg.*.wasm';

/** The app has taken the page over from the static start screen. */
const tookOver = (page) => expect(page.locator('#app > .stage')).toHaveCount(1);

test('the start screen is in the page before any wasm arrives; the one bundle loads at once and takes over with the same screen', async ({ page, server }) => {
  const fetched = [];
  page.on('request', (r) => fetched.push(unhashed(new URL(r.url()).pathname)));
  const release = await holdTheApp(page);
  await page.goto(server.url('/?lang=en'));
  await expect(page.getByTestId('start')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How far has your company come on the digital staircase?');
  await expect(page.locator('#app > .stage')).toHaveCount(0);
  const shown = await page.locator('section.start').innerText();
  // The app and the language's texts are on their way at once, once each; no second bundle.
  await expect.poll(() => fetched.filter((p) => p.startsWith('/pkg/') || p.startsWith('/content/'))).toEqual(expect.arrayContaining([
    '/pkg/app/digitrappe.js', '/pkg/app/digitrappe_bg.wasm', '/content/i18n/en.json',
  ]));
  await expectNoAxeViolations(page, 'the static start screen');

  release();
  await tookOver(page);
  expect(await page.locator('section.start').innerText(), 'the app draws the very screen the page showed').toBe(shown);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(fetched.filter((p) => p.includes('/pkg/')).sort()).toEqual(['/pkg/app/digitrappe.js', '/pkg/app/digitrappe_bg.wasm']);
  await page.getByTestId('start').click();
  await expect(page.getByTestId('profile').getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByTestId('language')).toHaveCount(1);
});

test('Start, "How is this calculated?" or a language chosen before the app arrives are carried out when it does', async ({ page, server }) => {
  let release = await holdTheApp(page);
  await page.goto(server.url('/?lang=da'));
  await page.getByTestId('language').selectOption('nb');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hvor langt har bedriften deres kommet på den digitale trappen?');
  // Start shows the profile's questions at once, from the page itself; they can be answered.
  await page.getByTestId('start').click();
  const heading = page.getByTestId('profile').getByRole('heading', { level: 1 });
  await expect(heading).toBeFocused();
  await expect(heading).toHaveText('Om bedriften deres');
  await expect(page.locator('#app > .stage')).toHaveCount(0);
  await page.getByTestId('profile-industry').selectOption('retail');
  await page.getByTestId('profile-staff').fill('12');
  await expectNoAxeViolations(page, 'the static profile');
  // The app arrives while the staff number is being typed: it waits (a half-typed number
  // would vanish, an open list close) until the field is left.
  await page.getByTestId('profile-staff').focus();
  release();
  await expect(page.locator('#app[data-waiting]'), 'the app is ready and waits').toHaveCount(1);
  await expect(page.locator('#app > .stage')).toHaveCount(0);
  // On to the next list: still in use. Then to a button: the app takes the page.
  await page.getByTestId('profile-staff').press('Tab');
  await expect(page.getByTestId('profile-ambition')).toBeFocused();
  await expect(page.locator('#app > .stage')).toHaveCount(0);
  await page.getByTestId('profile-ambition').press('Tab');
  await tookOver(page);
  // The app's profile holds what was answered (the staff number chose its band, as in the
  // app) and focus stays where it went.
  await expect(page.getByTestId('profile-industry')).toHaveValue('retail');
  await expect(page.getByTestId('profile-staff')).toHaveValue('12');
  await expect(page.getByTestId('profile-size')).toHaveValue('10-49');
  await expect(page.getByTestId('back')).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  // The choice is remembered like one made in the app.
  await page.unrouteAll();
  await page.goto(server.url('/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');

  await page.evaluate(() => localStorage.clear());
  release = await holdTheApp(page);
  await page.goto(server.url('/?lang=nb'));
  await page.getByTestId('method-open').click();
  await expect(page.getByTestId('method-open')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Laster Digitrappen' })).toBeVisible();
  release();
  await expect(page.getByTestId('method').getByRole('heading', { level: 1 })).toHaveText('Slik regner Digitrappen');
  await page.getByTestId('method-back').click();
  await expect(page.getByTestId('start')).toBeVisible();
});

test('the profile answered before the app arrives goes on to the questions once it does; back, a language and a wrong answer are as in the app', async ({ page, server }) => {
  const release = await holdTheApp(page);
  await page.goto(server.url('/?lang=en'));
  await page.getByTestId('start').click();
  await page.getByTestId('profile-industry').selectOption('construction');
  // Back and Start again: the fields are kept, as the app keeps them.
  await page.getByTestId('back').click();
  await expect(page.getByRole('heading', { level: 1, name: 'How far has your company come on the digital staircase?' })).toBeFocused();
  await page.getByTestId('start').click();
  await expect(page.getByTestId('profile-industry')).toHaveValue('construction');
  // Another language keeps the screen and the fields.
  await page.getByTestId('language').selectOption('da');
  await expect(page.getByTestId('profile').getByRole('heading', { level: 1 })).toHaveText('Om jeres virksomhed');
  await expect(page.getByTestId('profile-industry')).toHaveValue('construction');
  await page.getByTestId('profile-size').selectOption('1-9');
  // Next without an ambition: it waits for the app, which says what is missing.
  await page.getByTestId('next').click();
  await expect(page.getByTestId('next')).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Henter Digitrappen' })).toBeVisible();
  release();
  await tookOver(page);
  await expect(page.locator('#profile-required')).toBeVisible();
  await expect(page.getByTestId('profile-size')).toHaveValue('1-9');
  await page.getByTestId('profile-ambition').selectOption('3');
  await page.getByTestId('next').click();
  await expect(page.getByTestId('question').getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');

  // All three answered and Next pressed before the app arrives: the first question.
  await page.unrouteAll();
  await page.evaluate(() => localStorage.clear());
  const again = await holdTheApp(page);
  await page.goto(server.url('/?lang=en'));
  await page.getByTestId('start').click();
  await page.getByTestId('profile-industry').selectOption('retail');
  await page.getByTestId('profile-size').selectOption('10-49');
  await page.getByTestId('profile-ambition').selectOption('4');
  // Enter in the staff field sends the form, as in the app.
  await page.getByTestId('profile-staff').fill('20');
  await page.getByTestId('profile-staff').press('Enter');
  await expect(page.getByTestId('next')).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByTestId('question')).toHaveCount(0);
  again();
  await expect(page.getByTestId('question').getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByTestId('back').click();
  await expect(page.getByTestId('profile-ambition')).toHaveValue('4');
  await expect(page.getByTestId('profile-industry')).toHaveValue('retail');
  await expect(page.getByTestId('profile-staff')).toHaveValue('20');
});

test('answers given before Back are kept when the app takes over on the start screen', async ({ page, server }) => {
  const release = await holdTheApp(page);
  await page.goto(server.url('/?lang=en'));
  await page.getByTestId('start').click();
  await page.getByTestId('profile-industry').selectOption('transport');
  await page.getByTestId('profile-size').selectOption('50-249');
  await page.getByTestId('back').click();
  release();
  await tookOver(page);
  await expect(page.getByTestId('start')).toBeVisible();
  await page.getByTestId('start').click();
  await expect(page.getByTestId('profile-industry')).toHaveValue('transport');
  await expect(page.getByTestId('profile-size')).toHaveValue('50-249');
});

test('what is pressed or chosen after the app has started, while it still waits for its texts, is carried out too', async ({ page, server }) => {
  // The texts are held: the app runs (it asks for them a second time, after boot.js's
  // prefetch) but draws off the page, and the static screen stays in front.
  for (const [choose, lang, heading] of [[null, 'en', 'About your company'], ['nb', 'nb', 'Om bedriften deres']]) {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    const asked = [];
    await page.route(/\/content\/i18n\/en\.[0-9a-f]{12}\.json$/, async (route) => {
      asked.push(route.request().url());
      await held;
      await route.continue();
    });
    await page.evaluate(() => { try { localStorage.clear(); } catch { /* about:blank */ } });
    await page.goto(server.url('/?lang=en'));
    await expect(page.locator('#app[data-running]'), 'the app runs, waiting for its texts').toHaveCount(1);
    expect(asked.length, 'the texts are fetched once: the app takes over what boot.js asked for').toBe(1);
    await expect(page.locator('#app > .stage')).toHaveCount(0);
    if (choose) await page.getByTestId('language').selectOption(choose);
    await page.getByTestId('start').click();
    await page.getByTestId('profile-ambition').selectOption('2');
    await page.getByTestId('profile').getByRole('heading', { level: 1 }).click();
    release();
    await tookOver(page);
    await expect(page.getByTestId('profile-ambition')).toHaveValue('2');
    await expect(page.getByTestId('profile').getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByTestId('profile').getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.unrouteAll();
  }
});

test('the static start screen speaks the language the app then takes over in: the address, a remembered choice, the browser, Danish', async ({ browser, server }) => {
  const cases = [
    { locale: 'de-DE', address: '/', lang: 'da' },
    { locale: 'nn-NO', address: '/', lang: 'nb' },
    { locale: 'en-GB', address: '/', lang: 'en' },
    { locale: 'en-GB', address: '/?lang=da', lang: 'da' },
    { locale: 'da-DK', address: '/', remembered: 'en', lang: 'en' },
    { locale: 'da-DK', address: '/?lang=nb', remembered: 'en', lang: 'nb' },
    { locale: 'da-DK', address: '/?lang=xx', lang: 'da' },
    { locale: 'da-DK', address: '/?lang=en&lang=nb', lang: 'nb' },
    { locale: 'en-GB', address: '/?lang=nb&lang=xx', lang: 'en' },
  ];
  for (const { locale, address, remembered, lang } of cases) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    if (remembered) {
      await page.goto(server.url('/'));
      await page.evaluate((l) => localStorage.setItem('digitrappen.lang', l), remembered);
    }
    const release = await holdTheApp(page);
    await page.goto(server.url(address));
    const name = `${locale} ${address} ${remembered ?? ''}`;
    await expect(page.locator('html'), name).toHaveAttribute('lang', lang);
    await expect(page.getByTestId('language'), name).toHaveValue(lang);
    release();
    await tookOver(page);
    await expect(page.locator('html'), `${name}: the app agrees`).toHaveAttribute('lang', lang);
    await context.close();
  }
});

test('the static start screen reads the mode as the app does: its case and spaces do not count, the last one given does', async ({ page, server }) => {
  for (const [address, mode] of [['/?mode=%20KIOSK', 'kiosk'], ['/?mode=kiosk&mode=standard', 'standard'], ['/?mode=Embed', 'embed']]) {
    const release = await holdTheApp(page);
    await page.goto(server.url(address));
    await expect(page.getByTestId('start'), address).toBeVisible();
    await expect(page.getByTestId('mode'), address).toHaveAttribute('data-mode', mode);
    await expect(page.getByTestId('start-open-saved'), `${address}: a kiosk opens no saved result`).toHaveCount(mode === 'kiosk' ? 0 : 1);
    release();
    await tookOver(page);
    await expect(page.getByTestId('mode'), `${address}: the app agrees`).toHaveAttribute('data-mode', mode);
    await page.unrouteAll();
  }
});

test('focus on the static start screen stays on the same control when the app takes over', async ({ page, server }) => {
  const release = await holdTheApp(page);
  await page.goto(server.url('/?lang=en'));
  await page.getByTestId('method-open').focus();
  release();
  await tookOver(page);
  await expect(page.getByTestId('method-open')).toBeFocused();
});

test('saved progress past the start screen goes straight back there on a new visit', async ({ page, server }) => {
  await page.goto(server.url('/?lang=da'));
  await startWithProfile(page, { industry: 'retail', size: '1-9', ambition: 2 });
  await page.locator('[data-value="2"]').click();
  await page.getByTestId('next').click();
  await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', 'admin.files');
  // No start screen in between: the page waits for the app, which opens the question.
  const release = await holdTheApp(page);
  await page.goto(server.url('/'));
  await expect(page.getByRole('status')).toHaveText('Digitrappen …');
  await expect(page.getByTestId('start')).toHaveCount(0);
  release();
  await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', 'admin.files');
  await expect(page.getByTestId('start')).toHaveCount(0);
});

test('when the app cannot be fetched, the start screen says so and retry recovers', async ({ page, server, guard }) => {
  guard.expect(/Failed to load resource/);
  await page.route(WASM, (route) => route.abort());
  await page.goto(server.url('/?lang=en'));
  await page.getByTestId('start').click();
  await expect(page.getByTestId('app-load-error')).toContainText("Digitrappen's texts could not be loaded");
  await expect(page.getByTestId('profile')).toBeVisible();
  await expectNoAxeViolations(page);
  // Next waits for nothing that can come: the failure is said again, in another language too.
  await page.getByTestId('next').click();
  await page.getByTestId('language').selectOption('da');
  await expect(page.getByTestId('app-load-error')).toContainText('Digitrappens tekster kunne ikke hentes');
  await expect(page.getByTestId('next')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Henter Digitrappen' })).toHaveCount(0);
  await page.getByTestId('language').selectOption('en');

  await page.unroute(WASM);
  await page.getByTestId('profile-industry').selectOption('retail');
  await page.getByTestId('app-load-error').getByRole('button').click();
  await tookOver(page);
  await expect(page.getByTestId('profile-industry')).toHaveValue('retail');
});

test('a language chosen while the app is starting: it takes the page in that language, never in the one before', async ({ page, server }) => {
  const release = await holdTheApp(page);
  let releaseTexts;
  const heldTexts = new Promise((resolve) => { releaseTexts = resolve; });
  await page.route(/\/content\/i18n\/nb\.[0-9a-f]{12}\.json$/, async (route) => { await heldTexts; await route.continue(); });
  await page.goto(server.url('/?lang=en'));
  // What the page shows at the moment the app takes it.
  await page.evaluate(() => {
    const root = document.getElementById('app');
    new MutationObserver((_, observer) => {
      if (!root.querySelector(':scope > .stage')) return;
      window.tookOverWith = root.querySelector('h1')?.textContent;
      observer.disconnect();
    }).observe(root, { childList: true });
  });
  // The language menu in use: the app, once there, waits.
  await page.getByTestId('language').focus();
  release();
  await expect(page.locator('#app[data-waiting]')).toHaveCount(1);
  await page.getByTestId('language').selectOption('nb');
  await page.getByRole('heading', { level: 1 }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hvor langt har bedriften deres kommet på den digitale trappen?');
  releaseTexts();
  await tookOver(page);
  expect(await page.evaluate(() => window.tookOverWith)).toBe('Hvor langt har bedriften deres kommet på den digitale trappen?');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
});

test('arrow keys browse the language menu without switching the page, on the static screen and in the app; Enter or leaving the menu applies', async ({ page, server }) => {
  // Found by a keyboard-only tester: ArrowUp on the menu turned the whole page English.
  const release = await holdTheApp(page);
  await page.goto(server.url('/?lang=da'));
  const heading = page.getByRole('heading', { level: 1 });
  await page.getByTestId('language').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('language')).toHaveValue('en');
  await expect(heading).toHaveText('Hvor langt er jeres virksomhed på den digitale trappe?');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('How far has your company come on the digital staircase?');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // In the app: browsing, then Tab away, applies when the menu is left.
  release();
  await page.getByTestId('start').focus(); // the app waits while a list is in use
  await expect(page.locator('#app > .stage')).toHaveCount(1);
  await page.getByTestId('language').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('language')).toHaveValue('nb');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(heading).toHaveText('How far has your company come on the digital staircase?');
  await page.keyboard.press('Tab');
  await expect(heading).toHaveText('Hvor langt har bedriften deres kommet på den digitale trappen?');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  // A pick with the mouse or a finger still applies at once.
  await page.getByTestId('language').selectOption('da');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
});

// How the app behaves as a web page: languages and <html lang>, the keyboard alone, a
// sub-path, unreachable language files, and the Content-Security-Policy.
import { test, expect, answerAll, expectNoAxeViolations, startWithProfile } from './fixtures.mjs';
import { SUB_PATH } from '../../scripts/server.mjs';

const PROFILE = { industry: 'manufacturing', size: '10-49', ambition: 3 };

test('the language can be switched at any point; the page, <html lang> and the address follow, and the choice is remembered', async ({ page, server }) => {
  await page.goto(server.url('/?lang=da'));
  await startWithProfile(page, PROFILE);
  await page.locator('[data-value="2"]').click();
  await expect(page.getByTestId('next')).toHaveText('Næste');

  await page.getByTestId('language').selectOption('en');
  await expect(page.getByTestId('next')).toHaveText('Next');
  await expect(page.getByTestId('part')).toHaveText('Part 1 of 8: Processes and systems');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Question 1 of 31 – Digitrappen');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
  await expect(page.locator('[data-value="2"] input')).toBeChecked();

  await page.reload();
  await expect(page.getByTestId('next')).toHaveText('Next');
  await page.goto(server.url('/'));
  await expect(page.getByTestId('language')).toHaveValue('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByTestId('language').selectOption('nb');
  await expect(page.getByTestId('next')).toHaveText('Neste');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await page.getByTestId('language').selectOption('da');
  await expect(page.getByTestId('next')).toHaveText('Næste');
});

test.describe('in a browser set to Norwegian', () => {
  test.use({ locale: 'nb-NO' });

  test('the app starts in Norwegian bokmål without being told', async ({ page, server }) => {
    await page.goto(server.url('/'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hvor langt har bedriften deres kommet på den digitale trappen?');
    await expect(page.getByTestId('language')).toHaveValue('nb');
  });

  test('?lang= still decides', async ({ page, server }) => {
    await page.goto(server.url('/?lang=da'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  });
});

test('the whole questionnaire works with the keyboard alone, and focus follows the screens', async ({ page, server }) => {
  await page.goto(server.url('/?lang=en'));
  await expect(page.getByTestId('start')).toBeVisible();
  await page.keyboard.press('Tab'); // the language menu
  await expect(page.getByTestId('language')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('start')).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('profile').getByRole('heading', { level: 1 })).toBeFocused();
  for (const [field, value] of [['profile-industry', 'construction'], ['profile-size', '1-9'], ['profile-staff', null], ['profile-ambition', '2']]) {
    await page.keyboard.press('Tab');
    await expect(page.getByTestId(field)).toBeFocused();
    if (value === null) {
      await page.keyboard.type('4'); // the optional number of full-time staff, typed
    } else {
      await page.getByTestId(field).selectOption(value); // a native select, as a keyboard user picks it
    }
  }
  await page.keyboard.press('Tab'); // Back
  await page.keyboard.press('Tab'); // Next
  await expect(page.getByTestId('next')).toBeFocused();
  await page.keyboard.press('Enter');

  for (let n = 1; n <= 31; n++) {
    await expect(page.getByTestId('progress')).toHaveAttribute('value', String(n));
    await expect(page.getByTestId('question').getByRole('heading', { level: 1 })).toBeFocused();
    await page.keyboard.press('Tab'); // into the radio group
    await page.keyboard.press('Space'); // choose the first answer (the lowest level)
    await expect(page.locator('[data-value="0"] input')).toBeChecked();
    await page.keyboard.press('Enter'); // submits the form: Next
  }
  await expect(page.getByTestId('result-step')).toHaveText('0');
  await expect(page.getByTestId('result-not-started')).toHaveText('Not yet on step 1');
  await expect(page.getByTestId('result').getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByTestId('why').locator('p').first()).toHaveText('You are not yet on step 1.');
  await expect(page.getByTestId('why')).toContainText('Step 1 comes into place with digital bookkeeping and invoicing.');
});

test('the app works from a sub-path, with every request relative to it', async ({ page, server }) => {
  const paths = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  await page.goto(server.url(`${SUB_PATH}?lang=en`));
  await startWithProfile(page, PROFILE);
  await answerAll(page, () => '3');
  await expect(page.getByTestId('result-step')).toHaveText('5');
  await page.reload();
  await expect(page.getByTestId('result-step')).toHaveText('5');
  expect(paths.length).toBeGreaterThan(5);
  expect(paths.filter((p) => !p.startsWith(SUB_PATH))).toEqual([]);
});

test('a language file that cannot be fetched is named, the page keeps working, and retry recovers', async ({ page, server, guard }) => {
  guard.expect(/Failed to load resource/);
  await page.route(/\/content\/i18n\/nb\.[0-9a-f]{12}\.json$/, (route) => route.abort());
  await page.goto(server.url('/?lang=da'));
  await startWithProfile(page, PROFILE);
  await page.getByTestId('language').selectOption('nb');
  await expect(page.getByTestId('language-error')).toContainText('Teksterne på Norsk bokmål kunne ikke hentes');
  await expect(page.getByTestId('next')).toHaveText('Næste');
  await expectNoAxeViolations(page);

  await page.unroute(/\/content\/i18n\/nb\.[0-9a-f]{12}\.json$/);
  await page.getByTestId('language-error').getByRole('button').click();
  await expect(page.getByTestId('next')).toHaveText('Neste');
  await expect(page.getByTestId('language-error')).toHaveCount(0);
});

test('when the first language file cannot be fetched, the page says so in that language and retry recovers', async ({ page, server, guard }) => {
  guard.expect(/Failed to load resource/);
  await page.route(/\/content\/i18n\/en\.[0-9a-f]{12}\.json$/, (route) => route.abort());
  await page.goto(server.url('/?lang=en'));
  await expect(page.getByRole('alert')).toHaveText("Digitrappen's texts could not be loaded. Check the connection and try again.");
  await page.unroute(/\/content\/i18n\/en\.[0-9a-f]{12}\.json$/);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('start')).toBeVisible();
});

test('the Content-Security-Policy is the first <meta> and is enforced: inline styles and foreign images are refused and caught', async ({ page, server, guard }) => {
  const html = await (await fetch(server.url('/'))).text();
  expect(html.match(/<meta[^>]*>/)[0]).toContain('http-equiv="Content-Security-Policy"');
  guard.expect(/style-src/);
  guard.expect(/img-src/);
  guard.expect(/off the app's origin: http:\/\/localhost:9\/tracker\.png/);
  await page.goto(server.url('/?lang=en'));
  await expect(page.getByTestId('start')).toBeVisible();
  const applied = await page.evaluate(() => new Promise((resolve) => {
    let seen = 0;
    document.addEventListener('securitypolicyviolation', () => { if (++seen === 2) resolve(true); });
    const style = document.createElement('style');
    style.textContent = 'body { background: red }';
    document.head.append(style);
    const img = new Image();
    img.alt = '';
    img.src = 'http://localhost:9/tracker.png';
    document.body.append(img);
  }));
  expect(applied).toBe(true);
  await expect(page.locator('body')).not.toHaveCSS('background-color', 'rgb(255, 0, 0)');
});

// How the page loads: the start bundle first, the whole app when the user leaves the
// start screen, and clear messages when the app cannot be fetched.
import { test, expect, startWithProfile, expectNoAxeViolations } from './fixtures.mjs';
import { unhashed } from '../../scripts/fingerprint.mjs';

test('the whole app is fetched only when the user leaves the start screen, and takes over the page', async ({ page, server }) => {
  const fetched = [];
  page.on('request', (r) => fetched.push(unhashed(new URL(r.url()).pathname)));
  await page.goto(server.url('/?lang=en'));
  await expect(page.getByTestId('start')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(fetched.filter((p) => p.startsWith('/pkg/app/'))).toEqual([]);

  await page.getByTestId('start').click();
  await expect(page.getByTestId('profile')).toBeVisible();
  expect(fetched).toEqual(expect.arrayContaining(['/pkg/app/digitrappe.js', '/pkg/app/digitrappe_bg.wasm', '/content/i18n/en.json']));
  await expect(page.getByTestId('profile').getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByTestId('language')).toHaveCount(1);
});

test('saved progress past the start screen goes straight back there on a new visit', async ({ page, server }) => {
  await page.goto(server.url('/?lang=da'));
  await startWithProfile(page, { industry: 'retail', size: '1-9', ambition: 2 });
  await page.locator('[data-value="2"]').click();
  await page.getByTestId('next').click();
  await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', 'admin.files');
  await page.goto(server.url('/'));
  await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', 'admin.files');
  await expect(page.getByTestId('start')).toHaveCount(0);
});

test('"How is this calculated?" opens from the start screen, and back leads to the start screen', async ({ page, server }) => {
  await page.goto(server.url('/?lang=nb'));
  await page.getByTestId('method-open').click();
  await expect(page.getByTestId('method').getByRole('heading', { level: 1 })).toHaveText('Slik regner Digitrappen');
  await page.getByTestId('method-back').click();
  await expect(page.getByTestId('start')).toBeVisible();
});

test('when the app cannot be fetched, the start screen says so and retry recovers', async ({ page, server, guard }) => {
  guard.expect(/Failed to load resource/);
  await page.route('**/pkg/app/digitrappe_bg.*.wasm', (route) => route.abort());
  await page.goto(server.url('/?lang=en'));
  await page.getByTestId('start').click();
  await expect(page.getByTestId('app-load-error')).toContainText("Digitrappen's texts could not be loaded");
  await expect(page.getByTestId('start')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.unroute('**/pkg/app/digitrappe_bg.*.wasm');
  await page.getByTestId('app-load-error').getByRole('button').click();
  await expect(page.getByTestId('profile')).toBeVisible();
});

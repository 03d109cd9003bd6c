// The first slice of the product, end to end: answer, result, reload, resume, reset,
// languages, damaged storage, keyboard, sub-path, and the Content-Security-Policy.
import { test, expect, answerAll, savedProgress, expectNoAxeViolations } from './fixtures.mjs';
import { SUB_PATH } from '../../scripts/server.mjs';

// A 40-person firm: accounting and a business system in place, unsure about its buying
// process, a plan but only one system, little data use. The engine puts it on step 3 with
// one gap on step 2 (the rules are in engine/src/assess.rs and tested in engine/tests/).
const FIRM = {
  'basics.accounting': '3',
  'basics.everyday-skills': '2',
  'systems.business-system': '3',
  'people.buyer-competence': 'unknown',
  'systems.connected': 'na',
  'strategy.plan': '2',
  'data.decisions': '1',
  'tech.advanced': '0',
  'business.digital-revenue': '0',
  'business.data-innovation': '1',
};

test('a company answers every question, sees its step and why, and finds it again after a reload', async ({ page, server }, testInfo) => {
  await page.goto(server.url('/?lang=da'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hvor langt er jeres virksomhed på den digitale trappe?');
  await expectNoAxeViolations(page);

  await page.getByTestId('start').click();
  await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', 'basics.accounting');
  await expect(page.getByTestId('progress')).toHaveAttribute('value', '1');
  await page.getByTestId('option').first().click();
  await expectNoAxeViolations(page);

  const asked = await answerAll(page, (id) => FIRM[id]);
  expect(asked).toEqual(Object.keys(FIRM));

  const result = page.getByTestId('result');
  await expect(page.getByTestId('result-step')).toHaveText('3');
  await expect(result.getByTestId('why')).toContainText('Trin 1, 2 og 3 er på plads.');
  await expect(result.getByTestId('why')).toContainText('For at nå trin 4 mangler I: data i beslutningerne og avanceret teknologi');
  await expect(page.getByTestId('lower-step-gap')).toHaveCount(1);
  await expect(page.getByTestId('lower-step-gap')).toHaveAttribute('data-question-id', 'people.buyer-competence');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('result-da.png'), fullPage: true });
  await expectNoAxeViolations(page);

  const saved = await savedProgress(page);
  expect(saved).toMatchObject({ format: 1, content: 'slice-1', position: 'result', answers: FIRM });

  await page.reload();
  await expect(page.getByTestId('result-step')).toHaveText('3');
  await expect(page.getByTestId('lower-step-gap')).toHaveCount(1);

  // Change an answer: the earlier answers are all still there.
  await page.getByTestId('edit-answers').click();
  await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', 'basics.accounting');
  await expect(page.locator('[data-value="3"] input')).toBeChecked();
  await page.getByTestId('next').click();
  await expect(page.locator('[data-value="2"] input')).toBeChecked();
});

test('reset deletes the answers from the page and the browser, and undo brings them back', async ({ page, server }) => {
  await page.goto(server.url('/?lang=en'));
  await page.getByTestId('start').click();
  await answerAll(page, (id) => FIRM[id]);
  await expect(page.getByTestId('result-step')).toHaveText('3');

  await page.getByTestId('reset').click();
  await expect(page.getByTestId('start')).toHaveText('Start');
  await expect(page.getByTestId('notice')).toHaveAttribute('data-notice', 'reset');
  expect(await savedProgress(page)).toBeNull();

  await page.getByTestId('undo').click();
  await expect(page.getByTestId('result-step')).toHaveText('3');
  await expect.poll(() => savedProgress(page)).toMatchObject({ position: 'result', answers: FIRM });

  await page.getByTestId('reset').click();
  await expect(page.getByTestId('notice')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('start')).toHaveText('Start');
  await expect(page.getByTestId('notice')).toHaveCount(0);
  expect(await savedProgress(page)).toBeNull();
  await page.getByTestId('start').click();
  await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', 'basics.accounting');
  await expect(page.locator('input:checked')).toHaveCount(0);
});

test('a question left unanswered says so, and progress survives a reload mid-way', async ({ page, server }) => {
  await page.goto(server.url('/?lang=en'));
  await page.getByTestId('start').click();
  await page.getByTestId('next').click();
  await expect(page.getByRole('alert')).toHaveText('Choose an answer. If you are unsure, choose ‘Don’t know’.');
  await expectNoAxeViolations(page);
  await page.locator('[data-value=unknown]').click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByTestId('next').click();
  await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', 'basics.everyday-skills');

  await page.reload();
  await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', 'basics.everyday-skills');
  await page.getByTestId('back').click();
  await expect(page.locator('[data-value=unknown] input')).toBeChecked();
});

test('the language can be switched at any point; the page, <html lang> and the address follow, and the choice is remembered', async ({ page, server }) => {
  await page.goto(server.url('/?lang=da'));
  await page.getByTestId('start').click();
  await page.locator('[data-value="2"]').click();
  await expect(page.getByTestId('next')).toHaveText('Næste');

  await page.getByTestId('language').selectOption('en');
  await expect(page.getByTestId('next')).toHaveText('Next');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(/Find your step/);
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

test('saved answers that cannot be read give a clear notice, a fresh start, and a kept copy', async ({ page, server }) => {
  await page.goto(server.url('/?lang=en'));
  await expect(page.getByTestId('start')).toBeVisible();
  const damaged = '{"format":1,"content":"slice-1","answers":{"basics.accounting":"3"';
  await page.evaluate((text) => localStorage.setItem('digitrappen.progress.v1', text), damaged);
  await page.reload();

  const notice = page.getByTestId('notice');
  await expect(notice).toHaveAttribute('data-notice', 'unreadable');
  await expect(notice).toContainText('could not be read, so we are starting over. A copy of the saved data has been kept');
  await expect(page.getByTestId('start')).toHaveText('Start');
  await expectNoAxeViolations(page);
  const kept = await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('digitrappen.unreadable.'))
    .map((k) => localStorage.getItem(k)));
  expect(kept).toEqual([damaged]);
  expect(await savedProgress(page)).toBeNull();

  // The next visit is clean: no second notice, no second copy.
  await page.reload();
  await expect(page.getByTestId('start')).toBeVisible();
  await expect(page.getByTestId('notice')).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('digitrappen.unreadable.')).length)).toBe(1);
});

test('saved answers from a newer version are not overwritten or lost', async ({ page, server }) => {
  await page.goto(server.url('/?lang=en'));
  await expect(page.getByTestId('start')).toBeVisible();
  const newer = '{"format":2,"answers":{"future.question":"4"}}';
  await page.evaluate((text) => localStorage.setItem('digitrappen.progress.v1', text), newer);
  await page.reload();
  await expect(page.getByTestId('notice')).toHaveAttribute('data-notice', 'unreadable');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('digitrappen.unreadable.')).map((k) => localStorage.getItem(k)));
  expect(kept).toEqual([newer]);
});

test('the whole questionnaire works with the keyboard alone, and focus follows the screens', async ({ page, server }) => {
  await page.goto(server.url('/?lang=en'));
  await expect(page.getByTestId('start')).toBeVisible();
  await page.keyboard.press('Tab'); // the language menu
  await expect(page.getByTestId('language')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('start')).toBeFocused();
  await page.keyboard.press('Enter');

  for (let n = 1; n <= 10; n++) {
    await expect(page.getByTestId('progress')).toHaveAttribute('value', String(n));
    const heading = page.getByTestId('question').getByRole('heading', { level: 1 });
    await expect(heading).toBeFocused();
    await page.keyboard.press('Tab'); // into the radio group
    await page.keyboard.press('Space'); // choose the first answer ("No")
    await expect(page.locator('[data-value="0"] input')).toBeChecked();
    await page.keyboard.press('Enter'); // submits the form: Next
  }
  await expect(page.getByTestId('result-step')).toHaveText('1');
  await expect(page.getByTestId('result').getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByTestId('why')).toContainText('Step 1 is not in place yet');
});

test('the app works from a sub-path, with every request relative to it', async ({ page, server }) => {
  const paths = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  await page.goto(server.url(`${SUB_PATH}?lang=en`));
  await page.getByTestId('start').click();
  await answerAll(page, () => '3');
  await expect(page.getByTestId('result-step')).toHaveText('5');
  await page.reload();
  await expect(page.getByTestId('result-step')).toHaveText('5');
  expect(paths.length).toBeGreaterThan(5);
  expect(paths.filter((p) => !p.startsWith(SUB_PATH))).toEqual([]);
});

test('a language file that cannot be fetched is named, the page keeps working, and retry recovers', async ({ page, server, guard }) => {
  guard.expect(/Failed to load resource/);
  await page.route('**/content/i18n/nb.json*', (route) => route.abort());
  await page.goto(server.url('/?lang=da'));
  await page.getByTestId('start').click();
  await page.getByTestId('language').selectOption('nb');
  await expect(page.getByTestId('language-error')).toContainText('Teksterne på Norsk bokmål kunne ikke hentes');
  await expect(page.getByTestId('next')).toHaveText('Næste');
  await expectNoAxeViolations(page);

  await page.unroute('**/content/i18n/nb.json*');
  await page.getByTestId('language-error').getByRole('button').click();
  await expect(page.getByTestId('next')).toHaveText('Neste');
  await expect(page.getByTestId('language-error')).toHaveCount(0);
});

test('when the first language file cannot be fetched, the page says so in that language and retry recovers', async ({ page, server, guard }) => {
  guard.expect(/Failed to load resource/);
  await page.route('**/content/i18n/en.json*', (route) => route.abort());
  await page.goto(server.url('/?lang=en'));
  await expect(page.getByRole('alert')).toHaveText("Digitrappen's texts could not be loaded. Check the connection and try again.");
  await page.unroute('**/content/i18n/en.json*');
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

// Sharing and keeping a result without a server: the share link and its QR code, opening
// a link in a fresh browser, saving and opening a file, and what bad codes and files say.
import fs from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { test, expect, PERSONAS, PROGRESS_KEY, expectNoRawTextKeys, openResultOf, savedProgress } from './fixtures.mjs';

const haulier = PERSONAS.find((p) => p.id === 'haulier-regional');
const sensorFirm = PERSONAS.find((p) => p.id === 'aquaculture-equipment-no');

/** The result as a visitor sees it: step and every area's score. */
async function shownResult(page) {
  return {
    step: await page.getByTestId('result-step').textContent(),
    scores: await page.getByTestId('dimension-score').evaluateAll((els) => els.map((e) => `${e.dataset.dimensionId}=${e.textContent}`)),
  };
}

test('a share link opened in a fresh browser shows the same result and offers to continue from it', async ({ page, server, browser }) => {
  await openResultOf(page, server, haulier, '/?lang=da');
  const own = await shownResult(page);
  const link = await page.getByTestId('share-link').inputValue();
  const code = (await page.getByTestId('share-code').textContent()).replaceAll('-', '');
  expect(code).toHaveLength(25);
  expect(link).toBe(server.url(`/?lang=da#share=${code}`));

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByTestId('share-offer')).toBeVisible();
  await expect(other.getByTestId('share-continue')).toHaveText('Fortsæt med disse svar');
  expect(await shownResult(other)).toEqual(own);
  expect(new URL(other.url()).hash, 'the code leaves the address once read').toBe('');
  expect(await savedProgress(other), 'looking saves nothing').toBeNull();

  await other.getByTestId('share-continue').click();
  await expect(other.getByTestId('share-offer')).toHaveCount(0);
  await expect(other.getByTestId('share-link')).toHaveValue(link);
  await expect.poll(() => savedProgress(other)).toMatchObject({ profile: haulier.profile, position: 'result' });
  await other.reload();
  expect(await shownResult(other)).toEqual(own);
  await fresh.close();
});

test("opening a link never replaces one's own answers without asking", async ({ page, server }) => {
  await openResultOf(page, server, sensorFirm, '/?lang=en');
  const sensorLink = await page.getByTestId('share-link').inputValue();
  await openResultOf(page, server, haulier, '/?lang=en');
  const ownSaved = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);

  await page.goto(sensorLink);
  await expect(page.getByTestId('share-offer')).toBeVisible();
  await expect(page.getByTestId('result-step')).toHaveText(String(sensorFirm.expect.step));
  await expect(page.getByTestId('share-continue')).toHaveText('Continue from these answers (replaces your own)');
  await page.getByTestId('share-close').click();
  await expect(page.getByTestId('result-step')).toHaveText(String(haulier.expect.step));
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(ownSaved);

  await page.goto(sensorLink);
  await page.getByTestId('share-continue').click();
  await expect(page.getByTestId('notice')).toHaveAttribute('data-notice', 'shared-taken');
  await expect(page.getByTestId('result-step')).toHaveText(String(sensorFirm.expect.step));
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('result-step')).toHaveText(String(haulier.expect.step));
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(ownSaved);
});

test('the QR code scans to the share link and has its quiet zone', async ({ page, server }) => {
  await openResultOf(page, server, haulier, '/?lang=nb');
  const link = await page.getByTestId('share-link').inputValue();
  const qr = page.getByTestId('qr');
  const box = await qr.boundingBox();
  expect(box.width).toBeGreaterThanOrEqual(200);
  const viewBox = (await qr.getAttribute('viewBox')).split(' ').map(Number);
  expect(await qr.locator('path').getAttribute('d')).toMatch(/^M4 4h7/);
  expect(viewBox[2]).toBeGreaterThanOrEqual(21 + 8);
  const png = PNG.sync.read(await qr.screenshot());
  const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(read?.data).toBe(link);
});

test('a result saved as a file opens again in a fresh browser', async ({ page, server, browser }) => {
  await openResultOf(page, server, haulier, '/?lang=da');
  const own = await shownResult(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  expect(download.suggestedFilename()).toMatch(/^digitrappen-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(file).toMatchObject({ kind: 'digitrappen-assessment', format: 1, profile: haulier.profile });
  expect(JSON.stringify(file)).not.toMatch(/score/i);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openResultOf(other, server, sensorFirm, '/?lang=da');
  await other.getByTestId('import').setInputFiles({ name: 'digitrappen.json', mimeType: 'application/json', buffer: fs.readFileSync(await download.path()) });
  await expect(other.getByTestId('share-offer')).toBeVisible();
  expect(await shownResult(other)).toEqual(own);
  await fresh.close();
});

test('damaged or foreign files and mistyped codes say what is wrong and change nothing', async ({ page, server }) => {
  await openResultOf(page, server, haulier, '/?lang=en');
  const before = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  const files = [
    ['{"kind":"digitrappen-assessment","format":1,"content":"1","date":"today","answers":{}}', 'The file is damaged and cannot be read'],
    ['{"kind":"digitrappen-assessment","format":7}', 'The file was made by a newer version of Digitrappen'],
    ['<html>not ours</html>', 'The file cannot be read: it is not a file from Digitrappen.'],
  ];
  for (const [text, message] of files) {
    await page.getByTestId('import').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.getByTestId('import-error')).toContainText(message);
  }
  const code = (await page.getByTestId('share-code').textContent()).replaceAll('-', '');
  const typo = code.slice(0, 12) + (code[12] === 'A' ? 'B' : 'A') + code.slice(13);
  await page.getByTestId('import-code').fill(typo);
  await page.getByTestId('import-code-open').click();
  await expect(page.getByTestId('import-error')).toHaveText('A character in the code is wrong. Compare it with the original, four characters at a time.');
  await page.getByTestId('import-code').fill(code.slice(0, 20));
  await page.getByTestId('import-code-open').click();
  await expect(page.getByTestId('import-error')).toHaveText('The code has 20 characters but should have 25. Is part of it missing?');
  await expect(page.getByTestId('share-offer')).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(before);
});

test('a broken share link is named, and the visitor keeps their own answers', async ({ page, server }) => {
  await openResultOf(page, server, haulier, '/?lang=en');
  await page.goto(server.url('/?lang=en#share=40ZZZZ'));
  await expect(page.getByTestId('import-error')).toContainText('The link could not be opened: The code has 6 characters but should have 25.');
  await expect(page.getByTestId('result-step')).toHaveText(String(haulier.expect.step));
});

test('issue 12, kind 10: a damaged share link in a fresh browser is named in words in every language, never as a text key', async ({ browser, server }) => {
  const expected = {
    da: 'Linket kunne ikke åbnes',
    en: 'The link could not be opened',
    nb: 'Lenken kunne ikke åpnes',
  };
  for (const [lang, words] of Object.entries(expected)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url(`/?lang=${lang}#share=40ZZZZ`));
    await expect(page.getByTestId('import-error')).toContainText(words);
    await expect(page.getByTestId('notice')).not.toContainText('_');
    await expectNoRawTextKeys(page);
    await context.close();
  }
});

test('issue 12, kind 11: a link that cannot be read says why, in the page\'s language: mistyped, from a newer version, damaged', async ({ page, server }) => {
  const refused = JSON.parse(fs.readFileSync(new URL('../fixtures/share-codes-refused.json', import.meta.url), 'utf8'));
  const mistyped = V3.code.slice(0, 5) + (V3.code[5] === '7' ? '8' : '7') + V3.code.slice(6);
  for (const [lang, code, words] of [
    ['da', refused.newer, 'Linket kunne ikke åbnes: Koden er lavet med en nyere udgave af Digitrappen'],
    ['nb', refused.damaged, 'Lenken kunne ikke åpnes: Koden er skadet og kan ikke leses.'],
    ['en', mistyped, 'The link could not be opened: A character in the code is wrong.'],
  ]) {
    await page.goto(server.url(`/?lang=${lang}#share=${code}`));
    await expect(page.getByTestId('import-error'), `${lang} ${code}`).toContainText(words);
    await expect(page.getByTestId('share-offer')).toHaveCount(0);
  }
});

test("share links point at the site's public address when its configuration names one", async ({ page, server }) => {
  const example = fs.readFileSync(new URL('../fixtures/config.example.json', import.meta.url), 'utf8');
  await page.route(server.url('/config.json'), (route) => route.fulfill({ status: 200, contentType: 'application/json', body: example }));
  await openResultOf(page, server, haulier, '/?lang=da');
  await expect(page.getByTestId('share-link')).toHaveValue(/^https:\/\/www\.example\.dk\/digitrappen\/\?lang=da#share=42/);
});

test('a code brought to a new computer opens from the start screen', async ({ page, server, browser }) => {
  await openResultOf(page, server, haulier, '/?lang=nb');
  const own = await shownResult(page);
  const code = await page.getByTestId('share-code').textContent();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(server.url('/?lang=nb'));
  await other.getByTestId('start-open-saved').click();
  await expect(other.getByTestId('import-screen')).toBeVisible();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Åpne et lagret resultat');
  await other.getByTestId('import-code').fill(code.toLowerCase());
  await other.getByTestId('import-code-open').click();
  await expect(other.getByTestId('share-offer')).toBeVisible();
  expect(await shownResult(other)).toEqual(own);
  await other.getByTestId('share-close').click();
  await expect(other.getByTestId('start')).toBeVisible();
  await fresh.close();
});

const CODES = JSON.parse(fs.readFileSync(new URL('../fixtures/share-codes.json', import.meta.url), 'utf8'));

test('"not yet on step 1" is its own result in a share link opened in a fresh browser, never step 1', async ({ server, browser }) => {
  const painter = CODES.find((c) => c.content === '2' && c.about.includes('not yet on step 1'));
  const fresh = await browser.newContext();
  const page = await fresh.newPage();
  await page.goto(server.url(`/?lang=da#share=${painter.code}`));
  await expect(page.getByTestId('share-offer')).toBeVisible();
  await expect(page.getByTestId('result-not-started')).toHaveText('Ikke på trin 1 endnu');
  await expect(page.getByTestId('result-step')).toHaveText('0');
  await expect(page.locator('.step-badge')).not.toContainText('Trin 1 af 5');
  await expect(page.getByTestId('why')).toContainText('I står ikke på trin 1 endnu.');
  await expect(page.getByTestId('chart-staircase')).toHaveAttribute('aria-label', 'Trappen med 5 trin. Jeres placering: ikke på trin 1 endnu.');
  await fresh.close();
});

test('a code made before the questions changed still opens, names the answers that no longer count, and asks only the new questions', async ({ page, server }) => {
  const old = CODES.find((c) => c.content === '1');
  await page.goto(server.url(`/?lang=en#share=${old.code}`));
  await expect(page.getByTestId('share-offer')).toBeVisible();
  await expect(page.getByTestId('retired-answer')).toHaveCount(Object.keys(old.answers).length);
  await expect(page.getByTestId('retired-answers')).toContainText('belong to questions from an earlier edition of Digitrappen');
  await expect(page.getByTestId('answer-new'), 'only once the answers are one\'s own').toHaveCount(0);
  await page.getByTestId('share-continue').click();
  await page.getByTestId('answer-new').click();
  await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', 'admin.bookkeeping');
  await expect(page.getByTestId('progress')).toHaveAttribute('max', '31');
});

test('an export file saved before the questions changed still opens and names the answers that no longer count', async ({ page, server }) => {
  const old = CODES.find((c) => c.content === '1');
  const file = { kind: 'digitrappen-assessment', format: 1, content: '1', date: '2025-11-01', profile: old.profile, answers: old.answers };
  await page.goto(server.url('/?lang=en'));
  await page.getByTestId('start-open-saved').click();
  await page.getByTestId('import').setInputFiles({ name: 'digitrappen-2025-11-01.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByTestId('share-offer')).toBeVisible();
  await expect(page.getByTestId('retired-answer')).toHaveCount(Object.keys(old.answers).length);
  await expect(page.getByTestId('result-not-started')).toHaveText('Not yet on step 1');
});

test("the file picker speaks the page's language, not the browser's", async ({ page, server }) => {
  for (const [lang, words] of [['nb', 'Eller velg en fil'], ['da', 'Eller vælg en fil'], ['en', 'Or choose a file']]) {
    await page.goto(server.url(`/?lang=${lang}`));
    await page.getByTestId('start-open-saved').click();
    const label = page.locator('label.file-button[for=import-file]');
    await expect(label).toBeVisible();
    await expect(label).toContainText(words);
    // The browser's own button ("Choose file", in the browser's language) is not shown,
    // but the picker is still reached by keyboard and opened by the label.
    expect(await page.getByTestId('import').evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    await page.getByTestId('import').focus();
    await expect(page.getByTestId('import')).toBeFocused();
    const chooser = page.waitForEvent('filechooser');
    await label.click();
    await chooser;
  }
});

// Issue 12, kinds 11, 12 and 15: links and codes as people actually paste and type them.
const V3 = JSON.parse(fs.readFileSync(new URL('../fixtures/share-codes.json', import.meta.url), 'utf8')).find((c) => c.content === '3');

test('links damaged in transit still open: an encoded #, the full stop or bracket of a sentence', async ({ browser, server }) => {
  for (const address of [`/?lang=da%23share=${V3.code}`, `/?lang=da#share=${V3.code}.`, `/?lang=da#share=${V3.code})`, `/?lang=da#share=${V3.code},`]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url(address));
    await expect(page.getByTestId('share-offer'), address).toBeVisible();
    await expect(page.getByTestId('result-step')).toHaveText('1');
    expect(page.url(), 'the code leaves the address once read').not.toMatch(/share/i);
    await context.close();
  }
});

test('a typed code is read whatever spaces, dashes, invisible characters or full-width digits it carries', async ({ page, server }) => {
  const grouped = V3.code.match(/.{1,4}/g);
  const variants = [
    grouped.join('\u00A0'), // no-break spaces
    grouped.join('\u2013'), // en dashes
    grouped.join('\u2011'), // non-breaking hyphens
    grouped.join('\u200B'), // zero-width spaces
    V3.code.replace(/[0-9]/g, (d) => String.fromCharCode(0xFF10 + Number(d))), // full-width digits
    `  ${V3.code}.`,
    grouped.join('\u2028'), // line separators (a pasted line break)
    grouped.join('\u2066'), // a direction isolate
  ];
  for (const typed of variants) {
    await page.goto(server.url('/?lang=da'));
    await page.getByTestId('start-open-saved').click();
    await page.getByTestId('import-code').fill(typed);
    await page.getByTestId('import-code-open').click();
    await expect(page.getByTestId('share-offer'), JSON.stringify(typed)).toBeVisible();
  }
  // A character that cannot be in a code is named, and one that draws as nothing (the
  // Braille blank) by its code point.
  await page.goto(server.url('/?lang=da'));
  await page.getByTestId('start-open-saved').click();
  await page.getByTestId('import-code').fill(`${V3.code.slice(0, 10)}\u2800${V3.code.slice(10)}`);
  await page.getByTestId('import-code-open').click();
  await expect(page.getByTestId('import-error')).toContainText('U+2800');
});

test('a share link pasted into a tab still on the first start screen opens the shared result', async ({ page, server }) => {
  await page.goto(server.url('/?lang=da'));
  await expect(page.getByTestId('start')).toBeVisible();
  await page.evaluate((code) => { window.location.hash = `share=${code}`; }, V3.code);
  await expect(page.getByTestId('share-offer')).toBeVisible();
  await expect(page.getByTestId('result-step')).toHaveText('1');
});

test('issue 12, kind 13: a file from a newer minor version opens, and a damaged file is refused in our own words only', async ({ page, server }) => {
  const file = { kind: 'digitrappen-assessment', format: 1, content: '3', date: '2026-12-01', note: 'added by a later version', profile: V3.profile, answers: V3.answers };
  await page.goto(server.url('/?lang=da'));
  await page.getByTestId('start-open-saved').click();
  await page.getByTestId('import').setInputFiles({ name: 'digitrappen-2026-12-01.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByTestId('share-offer')).toBeVisible();
  await page.goto(server.url('/?lang=da'));
  await page.getByTestId('start-open-saved').click();
  const damaged = { ...file, answers: { 'admin.bookkeeping': [3] } };
  await page.getByTestId('import').setInputFiles({ name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(damaged)) });
  const error = page.getByTestId('import-error');
  await expect(error).toContainText('Filen er beskadiget');
  expect(await error.textContent()).not.toMatch(/`|expected|invalid type|unknown field/);
});

// The budgets (issue 14, part 2: one runtime): the bytes before the start screen shows
// (the page with its static start screens, the stylesheet, boot.js), the whole first load
// (the app's one bundle and the language's texts load at once behind it), and the bytes to
// the result, in every language and mode, gzip-compressed.
import { test, expect, PERSONAS, answerAll, personaAnswer, startWithProfile } from './fixtures.mjs';
import {
  BUDGET_START_GZIP, BUDGET_GZIP, BUDGET_TO_RESULT_GZIP, measureBeforeStart, measureFirstLoad, measureToResult, formatTable,
} from '../../scripts/first-load.mjs';
import { unhashed } from '../../scripts/fingerprint.mjs';
import fs from 'node:fs';

for (const [lang, mode] of [['da', 'standard'], ['en', 'standard'], ['nb', 'standard'], ['da', 'embed'], ['en', 'kiosk']]) {
  test(`the start screen in ${lang} (${mode}) shows from the page, its stylesheet and boot.js alone, within ${BUDGET_START_GZIP / 1000} KB gzip`, async ({ page, server }, testInfo) => {
    const m = await measureBeforeStart(page, server.url(`/?lang=${lang}&mode=${mode}`));
    const table = formatTable(`Before the start screen ?lang=${lang}&mode=${mode}`, m, BUDGET_START_GZIP);
    fs.writeFileSync(testInfo.outputPath(`before-start-${lang}-${mode}.txt`), table);
    expect(m.files.map((f) => unhashed(f.path).replace(/\?.*$/, '')).sort(), table).toEqual(['/', '/static/app.css', '/static/boot.js']);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    expect(m.total.gzip, table).toBeLessThanOrEqual(BUDGET_START_GZIP);
  });
}

// Measured with the service worker on, as a visitor's browser loads the page: what the
// worker then fetches in the background to keep the app offline is not the first load
// (scripts/first-load.mjs counts only the page's own requests).
test.describe('the first load', () => {
test.use({ serviceWorkers: 'allow' });
for (const [lang, mode] of [['da', 'standard'], ['en', 'standard'], ['nb', 'standard'], ['da', 'embed'], ['da', 'projector'], ['en', 'kiosk']]) {
  test(`the first load in ${lang} (${mode}) fetches the one app bundle and its language only, within ${BUDGET_GZIP / 1000} KB gzip`, async ({ page, server }, testInfo) => {
    const m = await measureFirstLoad(page, server.url(`/?lang=${lang}&mode=${mode}`));
    const table = formatTable(`First load ?lang=${lang}&mode=${mode}`, m);
    fs.writeFileSync(testInfo.outputPath(`first-load-${lang}-${mode}.txt`), table);
    await expect(page.getByTestId('mode')).toHaveAttribute('data-mode', mode);
    const paths = m.files.map((f) => unhashed(f.path));
    expect(paths, table).toEqual(expect.arrayContaining([
      '/', '/static/boot.js', '/static/app.css', '/static/more.css', '/pkg/app/digitrappe.js', '/pkg/app/digitrappe_bg.wasm',
      `/content/i18n/${lang}.json`,
    ]));
    // One bundle, and only the active language's texts.
    expect(paths.filter((p) => p.startsWith('/pkg/')).sort(), table).toEqual(['/pkg/app/digitrappe.js', '/pkg/app/digitrappe_bg.wasm']);
    expect(paths.filter((p) => p.startsWith('/content/i18n/')).every((p) => p.startsWith(`/content/i18n/${lang}.`)), table).toBe(true);
    expect(m.files.filter((f) => f.status !== 200), 'every request succeeds').toEqual([]);
    expect(m.total.gzip, table).toBeLessThanOrEqual(BUDGET_GZIP);
  });
}
});

// Bytes to the result: everything a visitor's browser fetches from the page load through
// the whole questionnaire to the result, in every language and mode, with no file twice.
// Service workers blocked: the page's own downloads (the worker's are counted by
// offline.spec.mjs, "no file is downloaded twice").
test.describe('to the result', () => {
test.use({ serviceWorkers: 'block' });
for (const [lang, mode] of [['da', 'standard'], ['en', 'standard'], ['nb', 'standard'], ['da', 'embed'], ['da', 'projector'], ['en', 'kiosk']]) {
  test(`the bytes to the result in ${lang} (${mode}) stay within ${BUDGET_TO_RESULT_GZIP / 1000} KB gzip, no file fetched twice`, async ({ page, server }, testInfo) => {
    const persona = PERSONAS[0];
    const m = await measureToResult(page, server.url(`/?lang=${lang}&mode=${mode}`), async (p) => {
      await startWithProfile(p, persona.profile);
      await answerAll(p, (id) => personaAnswer(persona, id));
      await expect(p.getByTestId('board')).toBeVisible();
    });
    const table = formatTable(`To the result ?lang=${lang}&mode=${mode}`, m, false);
    fs.writeFileSync(testInfo.outputPath(`to-result-${lang}-${mode}.txt`), table);
    testInfo.annotations.push({ type: `bytes to the result, ${lang} ${mode}`, description: `${(m.total.gzip / 1000).toFixed(1)} KB gzip` });
    const downloaded = m.files.filter((f) => !f.cached).map((f) => f.path.replace(/\?.*$/, ''));
    expect(downloaded.filter((p, i) => downloaded.indexOf(p) !== i), table).toEqual([]);
    expect(m.files.filter((f) => f.path.startsWith('/config.json')).length, 'config.json is asked for once').toBe(1);
    expect(m.total.gzip, table).toBeLessThanOrEqual(BUDGET_TO_RESULT_GZIP);
  });
}
});

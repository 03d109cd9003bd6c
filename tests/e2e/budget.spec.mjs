// The first-load budget: everything the first page load fetches, gzip-compressed, stays
// within 150 KB in every language. The first load is the start bundle; the whole app
// follows when the user leaves the start screen (tests/e2e/loading.spec.mjs).
import { test, expect, PERSONAS, answerAll, personaAnswer, startWithProfile } from './fixtures.mjs';
import { BUDGET_GZIP, BUDGET_TO_RESULT_GZIP, measureFirstLoad, measureToResult, formatTable } from '../../scripts/first-load.mjs';
import { unhashed } from '../../scripts/fingerprint.mjs';
import fs from 'node:fs';

// Measured with the service worker on, as a visitor's browser loads the page: what the
// worker then fetches in the background to keep the app offline is not the first load
// (scripts/first-load.mjs counts only the page's own requests).
test.use({ serviceWorkers: 'allow' });

for (const lang of ['da', 'en', 'nb']) {
  test(`the first load in ${lang} fetches only what it needs and stays within ${BUDGET_GZIP / 1000} KB gzip`, async ({ page, server }, testInfo) => {
    const m = await measureFirstLoad(page, server.url(`/?lang=${lang}`));
    fs.writeFileSync(testInfo.outputPath(`first-load-${lang}.txt`), formatTable(`First load ?lang=${lang}`, m));
    const paths = m.files.map((f) => unhashed(f.path));
    expect(paths).toEqual(expect.arrayContaining([
      '/', '/static/boot.js', '/static/app.css', '/pkg/start/digitrappe_start.js', '/pkg/start/digitrappe_start_bg.wasm',
      `/content/i18n/${lang}.start.json`,
    ]));
    // The whole app (and the rest of the stylesheet) arrives only when the user leaves the
    // start screen.
    expect(paths.filter((p) => p.startsWith('/pkg/app/') || p === '/static/more.css')).toEqual([]);
    // Only the active language's texts are fetched, and of those only the start screen's.
    expect(paths.filter((p) => p.startsWith('/content/i18n/'))).toEqual([`/content/i18n/${lang}.start.json`]);
    expect(m.files.filter((f) => f.status !== 200), 'every request succeeds').toEqual([]);
    expect(m.total.gzip, formatTable(`First load ?lang=${lang}`, m)).toBeLessThanOrEqual(BUDGET_GZIP);
  });
}

// Every mode's first load stays within the budget too: a projector's start screen draws
// its QR code, and an embedding site's theme applies, without the whole app.
for (const mode of ['embed', 'projector', 'kiosk']) {
  test(`the first load in ${mode} mode stays within ${BUDGET_GZIP / 1000} KB gzip without the whole app`, async ({ page, server }, testInfo) => {
    const m = await measureFirstLoad(page, server.url(`/?mode=${mode}`));
    fs.writeFileSync(testInfo.outputPath(`first-load-${mode}.txt`), formatTable(`First load ?mode=${mode}`, m));
    await expect(page.getByTestId('mode')).toHaveAttribute('data-mode', mode);
    const paths = m.files.map((f) => unhashed(f.path));
    expect(paths.filter((p) => p.startsWith('/pkg/app/'))).toEqual([]);
    expect(m.total.gzip, formatTable(`First load ?mode=${mode}`, m)).toBeLessThanOrEqual(BUDGET_GZIP);
  });
}

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
    // config.json alone is asked for twice, by the start bundle and by the app: it is never
    // cached for good (the site owner edits it), so the second time is a revalidation, a
    // few hundred bytes. One runtime (issue 14, part 2) will ask once.
    const downloaded = m.files.filter((f) => !f.cached).map((f) => f.path.replace(/\?.*$/, ''));
    expect(downloaded.filter((p, i) => downloaded.indexOf(p) !== i && p !== '/config.json'), table).toEqual([]);
    expect(m.total.gzip, table).toBeLessThanOrEqual(BUDGET_TO_RESULT_GZIP);
  });
}
});

// Issue 13, part 1: one question, one screen. On a phone, a projector at 1280x720 and
// 1920x1080 and a portrait kiosk, every question in every language fits the window: its
// text, every answer (with "Don't know" and "Not relevant") and Back and Next, without
// scrolling; and nothing is wider than a 320 px phone.
import { test, expect } from './fixtures.mjs';

const PLACES = [
  { width: 375, height: 667, mode: 'standard' },
  { width: 1280, height: 720, mode: 'projector' },
  { width: 1920, height: 1080, mode: 'projector' },
  { width: 1080, height: 1920, mode: 'kiosk' },
];

/** From the start screen through the profile to the first question. */
async function toQuestions(page) {
  await page.getByTestId('start').click();
  await page.getByTestId('profile-industry').selectOption('retail');
  await page.getByTestId('profile-size').selectOption('10-49');
  await page.getByTestId('profile-ambition').selectOption('3');
  await page.getByTestId('next').click();
  await expect(page.getByTestId('question')).toBeVisible();
}

for (const { width, height, mode } of PLACES) {
  test(`every question fits one screen at ${width}x${height} (${mode}), in Danish, English and Norwegian`, async ({ browser, server }) => {
    test.setTimeout(120_000);
    for (const lang of ['da', 'en', 'nb']) {
      // A fresh browser each time: no notice from the run before above the question.
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(server.url(`/?lang=${lang}&mode=${mode}`));
      await toQuestions(page);
      const question = page.getByTestId('question');
      const misfits = [];
      for (;;) {
        const id = await question.getAttribute('data-question-id');
        const fit = await page.evaluate(() => {
          window.scrollTo(0, 0);
          const box = (e) => e.getBoundingClientRect();
          const bar = box(document.querySelector('form.question .actions'));
          const parts = [...document.querySelectorAll('form.question :is(.question-text, [data-testid=option])')].map(box);
          const buttons = [...document.querySelectorAll('form.question .actions button')].map(box);
          return {
            top: Math.min(...parts.map((b) => b.top)),
            answers: Math.max(...parts.map((b) => b.bottom)),
            bar: bar.top,
            buttons: Math.max(...buttons.map((b) => b.bottom)),
            right: Math.max(...[...parts, ...buttons].map((b) => b.right)),
            height: innerHeight,
            width: innerWidth,
          };
        });
        const fits = fit.top >= 0 && fit.answers <= fit.bar + 0.5 && fit.buttons <= fit.height + 0.5 && fit.right <= fit.width;
        if (!fits) misfits.push(`${id}: ${JSON.stringify(fit)}`);
        await question.locator('[data-testid=option]').first().click();
        await page.getByTestId('next').click();
        const result = page.getByTestId('result');
        await expect(question.or(result)).not.toHaveAttribute('data-question-id', id);
        if (await result.isVisible()) break;
      }
      expect(misfits, `${lang}: questions that do not fit ${width}x${height}`).toEqual([]);
      await context.close();
    }
  });
}

test('nothing is wider than a 320 px phone: every screen, in every mode and language', async ({ page, server }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const wide = async (what) => {
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    expect(scroll, `${what} is wider than the screen`).toBeLessThanOrEqual(inner);
  };
  /** Opens a screen with the control `open`, waits for it and measures it. */
  const visit = async (open, screen, what) => {
    await page.getByTestId(open).click();
    await expect(page.getByTestId(screen)).toBeVisible();
    await wide(what);
  };
  for (const lang of ['da', 'en', 'nb']) {
    await page.goto(server.url(`/?lang=${lang}&mode=projector`));
    await wide('a projector\'s start screen');
    await visit('guide-open', 'guide', 'the facilitator\'s guide');
    await page.getByTestId('guide-back').click();
    await visit('room-open', 'facilitator', 'the room');
    await visit('answer-sheet-open', 'answer-sheet', 'the answer sheet');
    await page.goto(server.url(`/?lang=${lang}`));
    await wide('the start screen');
    await visit('method-open', 'method', 'the method page');
    await page.getByTestId('method-back').click();
    await visit('start-open-saved', 'import-screen', 'opening a saved result');
    await page.getByTestId('import-back').click();
    await page.getByTestId('start').click();
    await expect(page.getByTestId('profile')).toBeVisible();
    await wide('the profile');
    await page.getByTestId('profile-industry').selectOption('retail');
    await page.getByTestId('profile-size').selectOption('10-49');
    await page.getByTestId('profile-ambition').selectOption('3');
    await page.getByTestId('next').click();
    await expect(page.getByTestId('question')).toBeVisible();
    await wide('a question');
    await page.getByTestId('overview-open').click();
    await wide('the overview');
    await page.getByTestId('see-result').click();
    await expect(page.getByTestId('result')).toBeVisible();
    await wide('the result');
    await page.evaluate(() => localStorage.clear());
  }
});

// Issue 13, part 6: axe-core (WCAG 2.0, 2.1 and 2.2 A and AA, and best practices) on every
// screen the app has, in every mode and every language: start, the method page, the
// profile, a question, the overview, the result (with its details), the import screen, and
// on a projector the room, its answer sheet and the facilitator's guide.
import { test, expect, expectNoAxeViolations, startWithProfile, openResultOf, answerAll, PERSONAS } from './fixtures.mjs';

const persona = PERSONAS.find((p) => p.id === 'plastics-moulder');

for (const mode of ['standard', 'embed', 'projector', 'kiosk']) {
  for (const lang of ['da', 'en', 'nb']) {
    test(`axe finds no violation on any screen (${mode}, ${lang})`, async ({ page, server }) => {
      test.setTimeout(90_000);
      const address = `/?mode=${mode}&lang=${lang}`;
      const check = async (screen) => {
        await expect(page.getByTestId(screen)).toBeVisible();
        await expectNoAxeViolations(page, `${screen} (${mode}, ${lang})`);
      };
      await page.goto(server.url(address));
      await check('start');
      await page.getByTestId('method-open').click();
      await check('method');
      await page.getByTestId('method-back').click();
      if (mode === 'projector') {
        await page.getByTestId('guide-open').click();
        await check('guide');
        await page.getByTestId('guide-back').click();
        await page.getByTestId('room-open').click();
        await check('facilitator');
        await page.getByTestId('answer-sheet-open').click();
        await check('answer-sheet');
        await page.getByTestId('room-back').click();
        await page.getByTestId('room-close').click();
      }
      if (mode !== 'kiosk') {
        await page.getByTestId('start-open-saved').click();
        await check('import-screen');
        await page.getByTestId('import-back').click();
      }
      await page.getByTestId('start').click();
      await check('profile');
      await page.getByTestId('profile-industry').selectOption('manufacturing');
      await page.getByTestId('profile-size').selectOption('10-49');
      await page.getByTestId('profile-ambition').selectOption('4');
      await page.getByTestId('next').click();
      await check('question');
      if (mode === 'kiosk') {
        // A kiosk keeps nothing: the visitor answers to the end.
        await answerAll(page, () => '2');
      } else {
        await page.getByTestId('option').first().click();
        await page.getByTestId('overview-open').click();
        await check('overview');
        await page.evaluate(() => localStorage.clear());
        await openResultOf(page, server, persona, address);
      }
      await check('result');
      await page.getByTestId('method-open').last().click();
      await check('method');
    });
  }
}

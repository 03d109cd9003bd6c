// The golden personas answered in the browser, in Danish and in Norwegian: the app must
// place each where the engine's native persona tests say (tests/fixtures/personas.json).
import { test, expect, answerAll, PERSONAS, personaAnswer, startWithProfile } from './fixtures.mjs';

const runs = [
  ['da', 'consultancy'], ['da', 'carpenter'], ['da', 'haulier'],
  ['nb', 'sensor-firm'], ['nb', 'tour-operator'], ['nb', 'digital-leader'],
];

for (const [lang, id] of runs) {
  const persona = PERSONAS.find((p) => p.id === id);
  test(`${id} (${persona.description}) answered in ${lang} lands on step ${persona.expect.step}`, async ({ page, server }) => {
    await page.goto(server.url(`/?lang=${lang}`));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await startWithProfile(page, persona.profile);
    const asked = await answerAll(page, (q) => personaAnswer(persona, q));
    expect(asked).toHaveLength(42);
    await expect(page.getByTestId('result-step')).toHaveText(String(persona.expect.step));
    const gaps = await page.getByTestId('lower-step-gap').evaluateAll((els) => els.map((e) => e.dataset.questionId));
    expect(gaps).toEqual(persona.expect.lower_gaps);
    await expect(page.getByTestId('result-provisional')).toHaveCount(persona.expect.provisional ? 1 : 0);
    const scores = await page.getByTestId('dimension-score').evaluateAll((els) =>
      els.map((e) => ({ id: e.dataset.dimensionId, unscored: e.dataset.unscored === 'true', value: e.textContent })));
    expect(scores).toHaveLength(8);
    for (const s of scores) {
      if (s.unscored) expect(s.value).toBe('–');
      else expect(Number(s.value)).toBeLessThanOrEqual(100);
    }
    const lowest = scores.filter((s) => !s.unscored).sort((a, b) => Number(a.value) - Number(b.value));
    expect(lowest.slice(0, persona.expect.weakest.length).map((s) => s.id)).toEqual(persona.expect.weakest);
    // The advice: the first action and where to go for help.
    await expect(page.getByTestId('advice-action').first()).toHaveAttribute('data-action-id', persona.expect.first_action);
    await expect(page.getByTestId('routing')).toHaveAttribute('data-route', persona.expect.route);
  });
}

test('the tour operator sees the tourism figure for comparison, with its source', async ({ page, server }) => {
  const persona = PERSONAS.find((p) => p.id === 'tour-operator');
  await page.goto(server.url('/?lang=da'));
  await startWithProfile(page, persona.profile);
  await answerAll(page, (q) => personaAnswer(persona, q));
  const context = page.getByTestId('context');
  await expect(context.locator('[data-context-id=tourism]')).toContainText('Hver fjerde danske turismevirksomhed');
  await expect(context.locator('[data-context-id=tourism]')).toContainText('Kilde: IRIS Group');
  await expect(context.locator('[data-context-id=upskilling]')).toContainText('Over 60 %');
});

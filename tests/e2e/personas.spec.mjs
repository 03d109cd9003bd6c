// Calibration personas answered in the browser, in Danish and in Norwegian: the app must
// place each on the step the independent reviewer expected (tests/fixtures/personas.json,
// the same file the engine's native persona tests use), say what holds it back, and send
// it where the reviewer would.
import fs from 'node:fs';
import { test, expect, answerAll, PERSONAS, personaAnswer, savedProgress, startWithProfile } from './fixtures.mjs';

const TEXTS = Object.fromEntries(['da', 'nb'].map((lang) => [
  lang, JSON.parse(fs.readFileSync(new URL(`../../content/i18n/${lang}.json`, import.meta.url), 'utf8')).texts,
]));

// Not yet on step 1; step 2; and step 3 with step 4's technology in place over an open step 3.
const IDS = ['painter-solo', 'metal-subcontractor', 'plastics-moulder'];

for (const lang of ['da', 'nb']) {
  for (const id of IDS) {
    const persona = PERSONAS.find((p) => p.id === id);
    test(`${id} answered in ${lang} lands on step ${persona.expect.step}, as the reviewer expected`, async ({ page, server }) => {
      const t = TEXTS[lang];
      await page.goto(server.url(`/?lang=${lang}`));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await startWithProfile(page, persona.profile);
      const asked = await answerAll(page, (q) => personaAnswer(persona, q));
      expect(asked).toHaveLength(31);
      await expect(page.getByTestId('result-step')).toHaveText(String(persona.expect.step));
      if (persona.expect.step === 0) {
        await expect(page.getByTestId('result-not-started')).toHaveText(t['step.0.name']);
      } else {
        await expect(page.getByTestId('result-not-started')).toHaveCount(0);
        await expect(page.locator('.step-name')).toHaveText(t[`step.${persona.expect.step}.name`]);
      }
      await expect(page.getByTestId('result-provisional')).toHaveCount(0);
      // What holds the firm back is said plainly (the few that matter most), and listed in
      // full beside it, including what the reviewer named.
      if (persona.expect.held_back_by.length > 0) await expect(page.getByTestId('holding-back')).toBeVisible();
      const held = await page.getByTestId('holding-back-item').evaluateAll((els) => els.map((e) => e.dataset.questionId));
      for (const q of persona.expect.held_back_by) expect(held).toContain(q);
      // What would move it up: at most three answers, and trying all of them moves it one step.
      const changes = page.getByTestId('move-up-change');
      const n = await changes.count();
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(3);
      const saved = await savedProgress(page);
      for (let i = 0; i < n; i++) await changes.nth(i).check();
      await expect(page.getByTestId('what-if')).toHaveAttribute('data-step', String(persona.expect.step + 1));
      await expect(page.getByTestId('result-step'), 'trying changes nothing').toHaveText(String(persona.expect.step));
      expect(await savedProgress(page), 'nor the saved answers').toEqual(saved);
      await expect(page.getByTestId('routing')).toHaveAttribute('data-route', persona.expect.route);
      const scores = await page.getByTestId('dimension-score').evaluateAll((els) =>
        els.map((e) => ({ unscored: e.dataset.unscored === 'true', value: e.textContent })));
      expect(scores).toHaveLength(8);
      for (const s of scores) {
        if (s.unscored) expect(s.value).toBe('–');
        else expect(Number(s.value)).toBeLessThanOrEqual(100);
      }
    });
  }
}

test('a step left open below is explained: the moulder has step 4 in place but stands on step 3', async ({ page, server }) => {
  const persona = PERSONAS.find((p) => p.id === 'plastics-moulder');
  await page.goto(server.url('/?lang=da'));
  await startWithProfile(page, persona.profile);
  await answerAll(page, (q) => personaAnswer(persona, q));
  await expect(page.getByTestId('why')).toContainText('Trin 1, 2 og 4 er på plads.');
  await expect(page.getByTestId('why')).toContainText('I har trin 4 på plads med maskin- og sensordata (IoT) i daglig brug');
  await expect(page.getByTestId('why')).toContainText('men trin 3 under det er ikke på plads. Hvert trin der står åbent nedenunder, koster ét trin – derfor står I på trin 3 og ikke på trin 4.');
  await expect(page.getByTestId('why')).toContainText('– og så står I på trin 4.');
  await expect(page.locator('[data-testid=chart-staircase] .stair-block.met[data-step="4"]')).toHaveCount(1);
  await expect(page.locator('[data-testid=chart-staircase] .stair-block.current')).toHaveAttribute('data-step', '3');
});

test('the campsite sees the tourism figure for comparison, with its source', async ({ page, server }) => {
  const persona = PERSONAS.find((p) => p.id === 'campsite-family');
  await page.goto(server.url('/?lang=da'));
  await startWithProfile(page, persona.profile);
  await answerAll(page, (q) => personaAnswer(persona, q));
  const context = page.getByTestId('context');
  await expect(context.locator('[data-context-id=tourism]')).toContainText('Hver fjerde danske turismevirksomhed');
  await expect(context.locator('[data-context-id=tourism]')).toContainText('Kilde: IRIS Group');
  await expect(context.locator('[data-context-id=upskilling]')).toContainText('Over 60 %');
});

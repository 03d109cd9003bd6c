// The main flow, end to end: start, profile, every question, result, reload, overview,
// reset and undo, and "How is this calculated?".
import { test, expect, answerAll, savedProgress, expectNoAxeViolations, PERSONAS, personaAnswer, startWithProfile } from './fixtures.mjs';

const consultancy = PERSONAS.find((p) => p.id === 'consultancy');

test('a company fills in its profile, answers every question, sees its step and why, and finds it again after a reload', async ({ page, server }, testInfo) => {
  await page.goto(server.url('/?lang=da'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hvor langt er jeres virksomhed på den digitale trappe?');
  await expect(page.getByText('Svar på 42 korte spørgsmål')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByTestId('start').click();
  await expect(page.getByTestId('profile')).toBeVisible();
  await page.getByTestId('next').click();
  await expect(page.getByRole('alert')).toHaveText('Vælg branche, antal ansatte og ambition for at gå videre.');
  await expectNoAxeViolations(page);
  await page.getByTestId('profile-industry').selectOption(consultancy.profile.industry);
  await page.getByTestId('profile-size').selectOption(consultancy.profile.size);
  await page.getByTestId('profile-ambition').selectOption(String(consultancy.profile.ambition));
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByTestId('next').click();

  await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', 'strategy.attention');
  await expect(page.getByTestId('part')).toHaveText('Del 1 af 8: Strategi og ledelse');
  await expect(page.getByTestId('progress')).toHaveAttribute('value', '1');
  await expect(page.getByTestId('progress')).toHaveAttribute('max', '42');
  await page.getByTestId('option').first().click();
  await expectNoAxeViolations(page);

  const asked = await answerAll(page, (id) => personaAnswer(consultancy, id));
  expect(asked).toHaveLength(42);

  await expect(page.getByTestId('result-step')).toHaveText(String(consultancy.expect.step));
  await expect(page.getByTestId('why')).toContainText('Trin 1, 2 og 3 er på plads.');
  const gaps = await page.getByTestId('lower-step-gap').evaluateAll((els) => els.map((e) => e.dataset.questionId));
  expect(gaps).toEqual(consultancy.expect.lower_gaps);
  await expect(page.getByTestId('dimension-score')).toHaveCount(8);
  await expect(page.getByTestId('result-provisional')).toHaveCount(0);
  await expect(page.getByTestId('ambition')).toContainText('Jeres ambition er trin 4: ét trin op fra, hvor I står i dag.');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('result-da.png'), fullPage: true });
  await expectNoAxeViolations(page);

  const saved = await savedProgress(page);
  expect(saved).toMatchObject({ format: 2, content: '1', position: 'result', profile: consultancy.profile });
  expect(Object.keys(saved.answers)).toHaveLength(42);

  await page.reload();
  await expect(page.getByTestId('result-step')).toHaveText(String(consultancy.expect.step));
  await expect(page.getByTestId('lower-step-gap')).toHaveCount(consultancy.expect.lower_gaps.length);

  // Jump back to any answered question through the overview, and change it.
  await page.getByTestId('edit-answers').click();
  await expect(page.getByTestId('overview')).toBeVisible();
  await expect(page.getByTestId('overview-question')).toHaveCount(42);
  await expectNoAxeViolations(page);
  await page.locator('[data-testid=overview-question][data-question-id="security.policy"]').click();
  await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', 'security.policy');
  await expect(page.locator('[data-value="0"] input')).toBeChecked();
  await page.locator('[data-value="3"]').click();
  await page.getByTestId('overview-open').click();
  await expect(page.locator('[data-testid=overview-question][data-question-id="security.policy"]')).toContainText('Ja, fuldt ud');
  await page.getByTestId('see-result').click();
  await expect(page.getByTestId('lower-step-gap')).toHaveCount(consultancy.expect.lower_gaps.length - 1);
});

test('the result explains itself: "How is this calculated?" is generated from the data and readable on its own', async ({ page, server }) => {
  await page.goto(server.url('/?lang=en'));
  await startWithProfile(page, consultancy.profile);
  await answerAll(page, (id) => personaAnswer(consultancy, id));
  await page.getByTestId('method-open').click();
  const method = page.getByTestId('method');
  await expect(method).toBeVisible();
  await expect(method.getByRole('heading', { level: 1 })).toHaveText('How Digitrappen calculates');
  await expect(method.locator('section')).toHaveCount(7);
  await expect(method).toContainText('The step is reached when at most 3 of its 8 signs are missing');
  await expect(method).toContainText('Bands (from points): basic 0, average 26, moderately advanced 51, advanced 76.');
  await expect(method.locator('section[data-section=questions] tbody tr')).toHaveCount(42);
  await expectNoAxeViolations(page);
  await page.getByTestId('method-back').click();
  await expect(page.getByTestId('result')).toBeVisible();
});

test('reset deletes the profile and answers from the page and the browser, and undo brings them back', async ({ page, server }) => {
  await page.goto(server.url('/?lang=en'));
  await startWithProfile(page, consultancy.profile);
  await answerAll(page, (id) => personaAnswer(consultancy, id));
  await expect(page.getByTestId('result-step')).toHaveText('3');

  await page.getByTestId('reset').click();
  await expect(page.getByTestId('start')).toHaveText('Start');
  await expect(page.getByTestId('notice')).toHaveAttribute('data-notice', 'reset');
  expect(await savedProgress(page)).toBeNull();

  await page.getByTestId('undo').click();
  await expect(page.getByTestId('result-step')).toHaveText('3');
  await expect.poll(() => savedProgress(page)).toMatchObject({ position: 'result', profile: consultancy.profile });

  await page.getByTestId('reset').click();
  await expect(page.getByTestId('notice')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('start')).toHaveText('Start');
  await expect(page.getByTestId('notice')).toHaveCount(0);
  expect(await savedProgress(page)).toBeNull();
  await page.getByTestId('start').click();
  await expect(page.getByTestId('profile-industry')).toHaveValue('');
});

test('a question left unanswered says so; a result on few answers is provisional; progress survives a reload mid-way', async ({ page, server }) => {
  await page.goto(server.url('/?lang=en'));
  await startWithProfile(page, { industry: 'retail', size: '1-9', ambition: 2 });
  await page.getByTestId('next').click();
  await expect(page.getByRole('alert')).toHaveText('Choose an answer. If you are unsure, choose ‘Don’t know’.');
  await expectNoAxeViolations(page);
  await page.locator('[data-value=unknown]').click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByTestId('next').click();
  await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', 'strategy.change-leadership');

  await page.reload();
  await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', 'strategy.change-leadership');
  await page.getByTestId('back').click();
  await expect(page.locator('[data-value=unknown] input')).toBeChecked();

  await page.getByTestId('overview-open').click();
  await page.getByTestId('see-result').click();
  await expect(page.getByTestId('result-provisional')).toContainText('you have answered 1 of 42 questions');
  await expect(page.locator('[data-testid=dimension-score][data-unscored]')).toHaveCount(8);
  await expectNoAxeViolations(page);
});

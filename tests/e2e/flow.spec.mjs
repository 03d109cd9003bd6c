// The main flow, end to end: start, profile, every question, result, reload, overview,
// reset and undo, and "How is this calculated?".
import { test, expect, answerAll, savedProgress, expectNoAxeViolations, PERSONAS, personaAnswer, startWithProfile } from './fixtures.mjs';

const webshop = PERSONAS.find((p) => p.id === 'kidswear-webshop');

test('a company fills in its profile, answers every question, sees its step and why, and finds it again after a reload', async ({ page, server }, testInfo) => {
  await page.goto(server.url('/?lang=da'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hvor langt er jeres virksomhed på den digitale trappe?');
  await expect(page.getByText('Svar på 31 korte spørgsmål')).toBeVisible();
  await expect(page.getByText('Det tager omkring 12 minutter.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByTestId('start').click();
  await expect(page.getByTestId('profile')).toBeVisible();
  await page.getByTestId('next').click();
  await expect(page.getByRole('alert')).toHaveText('Vælg branche, antal ansatte og ambition for at gå videre.');
  await expectNoAxeViolations(page);
  await page.getByTestId('profile-industry').selectOption(webshop.profile.industry);
  await page.getByTestId('profile-size').selectOption(webshop.profile.size);
  await page.getByTestId('profile-ambition').selectOption(String(webshop.profile.ambition));
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByTestId('next').click();

  await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', 'admin.bookkeeping');
  await expect(page.getByTestId('part')).toHaveText('Del 1 af 8: Processer og systemer');
  await expect(page.getByTestId('progress')).toHaveAttribute('value', '1');
  await expect(page.getByTestId('progress')).toHaveAttribute('max', '31');
  await page.getByTestId('option').first().click();
  await expectNoAxeViolations(page);

  const asked = await answerAll(page, (id) => personaAnswer(webshop, id));
  expect(asked).toHaveLength(31);

  await expect(page.getByTestId('result-step')).toHaveText(String(webshop.expect.step));
  await expect(page.getByTestId('why')).toContainText('Trin 1, 2 og 3 er på plads.');
  const gaps = await page.getByTestId('lower-step-gap').evaluateAll((els) => els.map((e) => e.dataset.questionId));
  expect(gaps).toEqual(['admin.files', 'ops.planning']);
  await expect(page.getByTestId('dimension-score')).toHaveCount(8);
  await expect(page.getByTestId('result-provisional')).toHaveCount(0);
  await expect(page.getByTestId('ambition')).toContainText('Jeres ambition er trin 4: ét trin højere end det I står på i dag.');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('result-da.png'), fullPage: true });
  await expectNoAxeViolations(page);

  const saved = await savedProgress(page);
  expect(saved).toMatchObject({ format: 2, content: '3', position: 'result', profile: webshop.profile });
  expect(Object.keys(saved.answers)).toHaveLength(31);

  await page.reload();
  await expect(page.getByTestId('result-step')).toHaveText(String(webshop.expect.step));
  await expect(page.getByTestId('lower-step-gap')).toHaveCount(2);

  // Jump back to any answered question through the overview, and change it.
  await page.getByTestId('edit-answers').click();
  await expect(page.getByTestId('overview')).toBeVisible();
  await expect(page.getByTestId('overview-question')).toHaveCount(31);
  await expectNoAxeViolations(page);
  await page.locator('[data-testid=overview-question][data-question-id="admin.files"]').click();
  await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', 'admin.files');
  await expect(page.locator(`[data-value="${webshop.answers['admin.files']}"] input`)).toBeChecked();
  await page.locator('[data-value="3"]').click();
  await page.getByTestId('overview-open').click();
  await expect(page.locator('[data-testid=overview-question][data-question-id="admin.files"]')).toContainText('filerne kan nås hvor som helst');
  await page.getByTestId('see-result').click();
  await expect(page.getByTestId('lower-step-gap')).toHaveCount(1);
});

test('the result explains itself: "How is this calculated?" is generated from the data and readable on its own', async ({ page, server }) => {
  await page.goto(server.url('/?lang=en'));
  await startWithProfile(page, webshop.profile);
  await answerAll(page, (id) => personaAnswer(webshop, id));
  await page.getByTestId('method-open').click();
  const method = page.getByTestId('method');
  await expect(method).toBeVisible();
  await expect(method.getByRole('heading', { level: 1 })).toHaveText('How Digitrappen calculates');
  await expect(method.locator('section')).toHaveCount(8);
  await expect(method).toContainText('The step is in place when at least 50% of the signs that apply to you are in place – 2 of 4 when all apply');
  await expect(method).toContainText('digital bookkeeping and invoicing (counts as 2 signs)');
  await expect(method).toContainText('You stand on the highest step that is in place, less one for each step below it that is not.');
  await expect(method).toContainText('Bands (from points): basic 0, average 26, moderately advanced 51, advanced 76.');
  await expect(method.locator('section[data-section=questions] tbody tr')).toHaveCount(31);
  // Sources are named by document and section in the reader's language, never by line.
  await expect(method.locator('section[data-section=questions]')).toContainText('section “Recommendations: moving up to the advanced steps (steps 4-5)”');
  await expect(method.locator('section[data-section=questions]')).not.toContainText(/\bL\d{2,}/);
  await expectNoAxeViolations(page);
  await page.getByTestId('method-back').click();
  await expect(page.getByTestId('result')).toBeVisible();
});

test('reset deletes the profile and answers from the page and the browser, and undo brings them back', async ({ page, server }) => {
  await page.goto(server.url('/?lang=en'));
  await startWithProfile(page, webshop.profile);
  await answerAll(page, (id) => personaAnswer(webshop, id));
  await expect(page.getByTestId('result-step')).toHaveText(String(webshop.expect.step));

  await page.getByTestId('reset').click();
  await expect(page.getByTestId('start')).toHaveText('Start');
  await expect(page.getByTestId('notice')).toHaveAttribute('data-notice', 'reset');
  expect(await savedProgress(page)).toBeNull();

  await page.getByTestId('undo').click();
  await expect(page.getByTestId('result-step')).toHaveText(String(webshop.expect.step));
  await expect.poll(() => savedProgress(page)).toMatchObject({ position: 'result', profile: webshop.profile });

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
  await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', 'admin.files');

  await page.reload();
  await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', 'admin.files');
  await page.getByTestId('back').click();
  await expect(page.locator('[data-value=unknown] input')).toBeChecked();

  await page.getByTestId('overview-open').click();
  await page.getByTestId('see-result').click();
  await expect(page.getByTestId('result-provisional')).toContainText('you have answered 1 of 31 questions');
  await expect(page.locator('[data-testid=dimension-score][data-unscored]')).toHaveCount(8);
  await expectNoAxeViolations(page);
});

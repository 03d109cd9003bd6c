// What the browser keeps: damaged data, data from a newer version, and answers saved by
// earlier versions of the app, which must carry over with a notice.
import { test, expect, savedProgress, expectNoAxeViolations, PROGRESS_KEY } from './fixtures.mjs';

const unreadable = (page) => page.evaluate(() => Object.keys(localStorage)
  .filter((k) => k.startsWith('digitrappen.unreadable.'))
  .map((k) => localStorage.getItem(k)));

test('saved answers that cannot be read give a clear notice, a fresh start, and a kept copy', async ({ page, server }) => {
  await page.goto(server.url('/?lang=en'));
  await expect(page.getByTestId('start')).toBeVisible();
  const damaged = '{"format":2,"content":"1","answers":{"basics.accounting":"3"';
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [PROGRESS_KEY, damaged]);
  await page.reload();

  const notice = page.getByTestId('notice');
  await expect(notice).toHaveAttribute('data-notice', 'unreadable');
  await expect(notice).toContainText('could not be read, so we are starting over. A copy of the saved data has been kept');
  await expect(page.getByTestId('start')).toHaveText('Start');
  await expectNoAxeViolations(page);
  expect(await unreadable(page)).toEqual([damaged]);
  expect(await savedProgress(page)).toBeNull();

  await page.reload();
  await expect(page.getByTestId('start')).toBeVisible();
  await expect(page.getByTestId('notice')).toHaveCount(0);
  expect(await unreadable(page)).toHaveLength(1);
});

test('saved answers from a newer version are set aside, not overwritten or lost', async ({ page, server }) => {
  await page.goto(server.url('/?lang=en'));
  await expect(page.getByTestId('start')).toBeVisible();
  const newer = '{"format":3,"answers":{"future.question":"4"}}';
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [PROGRESS_KEY, newer]);
  await page.reload();
  await expect(page.getByTestId('notice')).toHaveAttribute('data-notice', 'unreadable');
  expect(await unreadable(page)).toEqual([newer]);
});

test('answers saved by the first slice, to questions since retired, are kept and named, and only the new questions are asked', async ({ page, server }) => {
  await page.goto(server.url('/?lang=da'));
  await expect(page.getByTestId('start')).toBeVisible();
  const slice = JSON.stringify({
    format: 1, content: 'slice-1', position: 'result',
    answers: { 'basics.accounting': '3', 'basics.everyday-skills': '2', 'systems.business-system': '3', 'strategy.plan': '2' },
  });
  await page.evaluate((text) => localStorage.setItem('digitrappen.progress.v1', text), slice);
  await page.reload();

  await expect(page.getByTestId('notice')).toHaveAttribute('data-notice', 'updated');
  await expect(page.getByTestId('notice')).toContainText('0 af jeres svar gælder stadig, og der er 31 spørgsmål I ikke har besvaret. 4 svar hører til udgåede spørgsmål');
  await expect(page.getByTestId('result')).toBeVisible();
  await expect(page.getByTestId('result-provisional')).toBeVisible();
  await expect(page.getByTestId('result-not-started')).toHaveText('Ikke på trin 1 endnu');
  await expect(page.getByTestId('retired-answer')).toHaveCount(4);
  await expect(page.locator('[data-testid=retired-answer][data-question-id="basics.accounting"]')).toBeVisible();
  await expectNoAxeViolations(page);
  await expect.poll(() => savedProgress(page)).toMatchObject({ format: 2, answers: { 'basics.accounting': '3', 'strategy.plan': '2' } });
  expect(await page.evaluate(() => localStorage.getItem('digitrappen.progress.v1'))).toBeNull();

  await page.getByTestId('answer-new').click();
  await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', 'admin.bookkeeping');
});

test('progress saved on a question that has since been retired resumes at the first new question', async ({ page, server }) => {
  await page.goto(server.url('/?lang=en'));
  await expect(page.getByTestId('start')).toBeVisible();
  const v1 = JSON.stringify({
    format: 2, content: '1', position: { question: 'security.backup' },
    profile: { industry: 'retail', size: '1-9', ambition: 2 },
    answers: { 'basics.accounting': '3', 'strategy.attention': '2' },
  });
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [PROGRESS_KEY, v1]);
  await page.reload();
  await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', 'admin.bookkeeping');
  await expect(page.getByTestId('notice')).toHaveAttribute('data-notice', 'updated');
  await expect(page.getByTestId('notice')).toContainText('2 answers belong to questions that have been retired');
});

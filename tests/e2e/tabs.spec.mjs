// Issue 12, kind 1: two tabs of the app in one browser never erase each other's work.
// Each tab shows what the other stored (the browser's `storage` event), and a tab that
// missed it still merges when it writes, so neither overwrites the other.
import { test, expect, startWithProfile, savedProgress, PERSONAS, openResultOf } from './fixtures.mjs';

const haulier = PERSONAS.find((p) => p.id === 'haulier-regional');

/** Makes a page deaf to other tabs' storage events (a tab asleep in the background). */
async function missEvents(page) {
  await page.addInitScript(() => window.addEventListener('storage', (e) => e.stopImmediatePropagation(), true));
}

/** Answers the question on screen with its `n`th option and goes on. */
async function answer(page, n) {
  const question = page.getByTestId('question');
  const id = await question.getAttribute('data-question-id');
  await question.locator('[data-testid=option]').nth(n).click();
  await page.getByTestId('next').click();
  await expect(question).not.toHaveAttribute('data-question-id', id);
  return id;
}

for (const deaf of [false, true]) {
  test(`two tabs on the questions keep each other's answers${deaf ? ' (one tab missed the other\'s changes)' : ''}`, async ({ context, page, server }) => {
    await page.goto(server.url('/?lang=en'));
    await startWithProfile(page, { industry: 'retail', size: '10-49', ambition: 3 });
    for (let i = 0; i < 3; i++) await answer(page, 1);
    const fourth = await page.getByTestId('question').getAttribute('data-question-id');

    // Tab B opens at question 4 and sits there.
    const b = await context.newPage();
    if (deaf) await missEvents(b);
    await b.goto(server.url('/?lang=en'));
    await expect(b.getByTestId('question')).toHaveAttribute('data-question-id', fourth);

    // Tab A answers questions 4 to 9.
    const inA = [];
    for (let i = 0; i < 6; i++) inA.push(await answer(page, 2));
    expect(Object.keys((await savedProgress(page)).answers)).toHaveLength(9);
    if (!deaf) {
      // B is told, and stays where its user is.
      await expect(b.getByTestId('notice')).toHaveAttribute('data-notice', 'other-tab');
      await expect(b.getByTestId('notice')).toContainText('changed in another tab or window');
      await expect(b.getByTestId('question')).toHaveAttribute('data-question-id', fourth);
    }

    // B answers question 4 its own way: A's five other answers stay.
    await b.getByTestId('question').locator('[data-testid=option]').nth(0).click();
    await expect(b.getByTestId('notice')).toHaveAttribute('data-notice', 'other-tab');
    // Another tab's write reaches this tab's view of storage a moment later: wait for it.
    const fourthValue = await b.getByTestId('question').locator('[data-testid=option]').nth(0).getAttribute('data-value');
    await expect.poll(async () => (await savedProgress(page)).answers[fourth]).toBe(fourthValue);
    const stored = (await savedProgress(page)).answers;
    expect(Object.keys(stored)).toHaveLength(9);
    for (const id of inA.slice(1)) expect(stored[id], id).toBeDefined();
    await b.close();
  });
}

test('two tabs each keeping and renaming results in the history lose nothing', async ({ context, page, server }) => {
  await openResultOf(page, server, haulier, '/?lang=en');
  const b = await context.newPage();
  await missEvents(b);
  await b.goto(server.url('/?lang=en'));
  await expect(b.getByTestId('result')).toBeVisible();

  await page.getByTestId('history-keep').click();
  await expect(page.getByTestId('history').locator('li')).toHaveCount(1);
  // B never heard of it, and keeps too: both entries are there.
  await b.getByTestId('history-keep').click();
  await expect(b.getByTestId('history').locator('li')).toHaveCount(2);
  // A hears of B's entry, and says so.
  await expect(page.getByTestId('history').locator('li')).toHaveCount(2);
  await expect(page.locator('.history-status')).toContainText('changed in another tab or window');

  // Each tab renames one: both names stay.
  const rename = async (tab, index, name) => {
    const entry = tab.getByTestId('history').locator('li').nth(index);
    await entry.locator('input').fill(name);
    await entry.locator('input').press('Enter');
    await expect(entry).toContainText(name);
  };
  await rename(page, 0, 'Named in tab A');
  await rename(b, 1, 'Named in tab B');
  // B's write reaches A's view of storage a moment later: wait for it.
  const names = async () => JSON.parse(await page.evaluate(() => localStorage.getItem('digitrappen.history.v1'))).entries.map((e) => e.name);
  await expect.poll(names).toEqual(['Named in tab A', 'Named in tab B']);
  await b.close();
});

test("two facilitator tabs keep each other's participants", async ({ context, page, server }) => {
  const codes = JSON.parse((await import('node:fs')).readFileSync(new URL('../fixtures/room-codes.json', import.meta.url), 'utf8'));
  const [one, two, three] = codes.later.split(' ');
  expect(three, 'room-codes.json has codes').toBeTruthy();
  const open = async (tab) => {
    await tab.goto(server.url('/?lang=en&mode=projector'));
    await tab.getByTestId('room-open').click();
    await expect(tab.getByTestId('facilitator')).toBeVisible();
  };
  await open(page);
  const b = await context.newPage();
  await missEvents(b);
  await open(b);
  const add = async (tab, code) => {
    await tab.getByTestId('participant-code').fill(code);
    await tab.getByTestId('participant-add').click();
  };
  await add(page, one);
  await expect(page.getByTestId('participant-count')).toContainText('1');
  await add(b, two);
  await expect(b.getByTestId('participant-count')).toContainText('2');
  await expect(b.getByTestId('room-notice')).toHaveAttribute('data-notice', 'other-tab');
  // A, listening, shows B's participant too.
  await expect(page.getByTestId('participant-count')).toContainText('2');
  await add(page, three);
  await expect(page.getByTestId('participant-count')).toContainText('3');
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('digitrappen.room.v1')));
  expect(stored.codes).toHaveLength(3);
  await b.close();
});

// Progress over time: keep results on the device (only when asked), compare two with the
// current engine, rename, and delete for real.
import fs from 'node:fs';
import { appStarted, test, expect, PERSONAS, openResultOf } from './fixtures.mjs';

const HISTORY_KEY = 'digitrappen.history.v1';
const haulier = PERSONAS.find((p) => p.id === 'haulier-regional');
const manufacturer = PERSONAS.find((p) => p.id === 'metal-subcontractor');

const stored = (page) => page.evaluate((key) => localStorage.getItem(key), HISTORY_KEY);

test('two kept results are compared area by area, renamed, and deleted for real', async ({ page, server }) => {
  await openResultOf(page, server, haulier, '/?lang=en');
  expect(await stored(page), 'nothing is kept unasked').toBeNull();
  await expect(page.getByTestId('history-keep')).toBeVisible();
  await page.getByTestId('history-keep').click();
  await expect(page.locator('.history-status')).toHaveText('This result is kept in the history.');
  await expect(page.locator('.history-status'), 'the focus stays where the button was').toBeFocused();
  await expect(page.getByTestId('board-kept')).not.toBeFocused();
  await expect(page.getByTestId('history-keep'), 'kept already').toHaveCount(0);
  await expect(page.getByTestId('history').locator('li')).toHaveCount(1);

  // A year later, other answers (same browser).
  await openResultOf(page, server, manufacturer, '/?lang=en');
  await page.getByTestId('history-keep').click();
  const entries = page.getByTestId('history').locator('li');
  await expect(entries).toHaveCount(2);

  await page.getByTestId('compare-open').click();
  const compare = page.getByTestId('compare');
  await expect(compare.getByTestId('compare-steps')).toHaveText(`Then: step ${haulier.expect.step}. Now: step ${manufacturer.expect.step}.`);
  await expect(compare.getByTestId('compare-retired')).toHaveCount(0);
  await expect(compare.getByTestId('chart-compare')).toBeVisible();
  await expect(compare.locator('tbody tr')).toHaveCount(8);
  const ownScores = await page.getByTestId('dimension-score').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.dataset.dimensionId, e.textContent])));
  const nowColumn = await compare.locator('tbody tr').evaluateAll((rows) => Object.fromEntries(rows.map((r) => [r.dataset.dimensionId, r.cells[2].textContent])));
  expect(nowColumn).toEqual(ownScores);

  await entries.first().locator('input').fill('Before the new transport system');
  await entries.first().locator('input').press('Enter');
  await expect(entries.first()).toContainText('Before the new transport system');
  await page.reload();
  await expect(page.getByTestId('history').locator('li').first()).toContainText('Before the new transport system');

  await page.getByTestId('history').locator('li').first().getByTestId('history-delete').click();
  await expect(page.getByTestId('history').locator('li')).toHaveCount(1);
  expect(await stored(page)).not.toContain('Before the new transport system');
  await page.getByTestId('history').locator('li').first().getByTestId('history-delete').click();
  await expect(page.getByTestId('history')).toHaveCount(0);
  expect(await stored(page), 'the last one leaves nothing behind').toBeNull();
});

test('an unreadable history is set aside and said so, and the result still shows', async ({ page, server }) => {
  await page.goto(server.url('/?lang=en'));
  await appStarted(page);
  await page.evaluate((key) => localStorage.setItem(key, '{"format":1,"entries":[{"id":1}'), HISTORY_KEY);
  await openResultOf(page, server, haulier, '/?lang=en');
  await expect(page.locator('.history-status')).toHaveText('The history could not be read and has been set aside. You start with an empty history.');
  const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('digitrappen.unreadable.')));
  expect(aside).toHaveLength(1);
});

test('a result kept before the questions changed is compared honestly: its old answers no longer count, and says so', async ({ page, server }) => {
  // A result kept with content version 1 (42 questions, all retired since).
  const old = JSON.parse(fs.readFileSync(new URL('../fixtures/share-codes.json', import.meta.url), 'utf8')).find((c) => c.content === '1');
  await page.goto(server.url('/?lang=en'));
  await appStarted(page);
  const history = { format: 1, entries: [{ id: 1, name: '', date: '2025-11-01', content: '1', profile: old.profile, answers: old.answers }] };
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [HISTORY_KEY, JSON.stringify(history)]);
  await openResultOf(page, server, manufacturer, '/?lang=en');
  await page.getByTestId('history-keep').click();
  await expect(page.getByTestId('history').locator('li').first()).toContainText('2025-11-01: not yet on step 1');
  await page.getByTestId('compare-open').click();
  const compare = page.getByTestId('compare');
  await expect(compare.getByTestId('compare-steps')).toHaveText(`Then: not yet on step 1. Now: step ${manufacturer.expect.step}.`);
  const count = Object.keys(old.answers).length;
  await expect(compare.getByTestId('compare-retired')).toHaveText(`${count} of the answers in the older result belong to questions that have been retired and no longer count.`);
});

test('issue 12, kind 4: the history and the room unreadable in the same millisecond are each set aside under a key of their own, even with a coarse clock', async ({ page, server }) => {
  // A coarse clock: every Date.now() and toISOString() in the same millisecond.
  await page.addInitScript(() => {
    const fixed = Date.parse('2026-12-01T10:00:00.000Z');
    Date.now = () => fixed;
    const iso = Date.prototype.toISOString;
    Date.prototype.toISOString = function () { return iso.call(new Date(fixed)); };
  });
  await page.goto(server.url('/?lang=en&mode=projector'));
  await appStarted(page);
  await page.evaluate((key) => {
    localStorage.setItem(key, '{"format":1,"entries":[{"id":1}');
    localStorage.setItem('digitrappen.room.v1', '{"format":1,"codes":[');
  }, HISTORY_KEY);
  await openResultOf(page, server, haulier, '/?lang=en&mode=projector');
  await expect(page.locator('.history-status')).toContainText('set aside');
  // The room is read when its screen opens (kind 17): in the same millisecond still.
  await page.evaluate((key) => localStorage.removeItem(key), 'digitrappen.progress.v2');
  await page.goto(server.url('/?lang=en&mode=projector'));
  await page.getByTestId('room-open').click();
  await expect(page.getByTestId('room-notice')).toBeVisible();
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('digitrappen.unreadable.')).length)).toBe(2);
  const copies = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('digitrappen.unreadable.')).map((k) => [k, localStorage.getItem(k)])));
  expect(Object.values(copies).sort()).toEqual(['{"format":1,"codes":[', '{"format":1,"entries":[{"id":1}'].sort());
});

// The room's answers together, without a server (workshop facilitator on a projector):
// participants' codes made by the engine (tests/fixtures/room-codes.json, checked by
// engine/tests/room.rs) are pasted as codes, groups and links with one duplicate and one
// mistyped code; the facilitator view counts them, shows the steps and names the bad
// code; the session survives a reload and can be cleared (with undo); the handout prints
// on at most two A4 pages and the answer sheet on one; paper answers join the room.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { test, expect, expectNoAxeViolations } from './fixtures.mjs';

const ROOM = JSON.parse(fs.readFileSync(new URL('../fixtures/room-codes.json', import.meta.url), 'utf8'));
const ROOM_KEY = 'digitrappen.room.v1';
const PROJECTOR = '/?lang=da&mode=projector';

/** From the start screen in projector mode to the facilitator view. */
async function openRoom(page) {
  await page.getByTestId('room-open').click();
  await expect(page.getByTestId('facilitator')).toBeVisible();
}

/** Prints the page as headless Chromium does to an A4 PDF: its page count and text. */
async function printed(page, testInfo, name) {
  const pdf = testInfo.outputPath(`${name}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
  testInfo.annotations.push({ type: `${name} pages`, description: String(pages) });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { pages, text };
}

test("the facilitator view adds the room's codes once each, names the bad one, keeps the session and prints a handout", async ({ page, server }, testInfo) => {
  await page.goto(server.url(PROJECTOR));
  await openRoom(page);
  await expect(page.getByTestId('participant-count')).toHaveText('Deltagere: 0');

  await page.getByTestId('participant-code').fill(ROOM.paste);
  await page.getByTestId('participant-add').click();
  await expect(page.getByTestId('participant-count')).toHaveText(`Deltagere: ${ROOM.firstAdd.new}`);
  await expect(page.getByTestId('participant-outcome')).toContainText(`Tilføjet: ${ROOM.firstAdd.new}`);
  await expect(page.getByTestId('participant-outcome')).toContainText(`kun én gang: ${ROOM.firstAdd.duplicates}`);
  await expect(page.getByTestId('participant-error')).toContainText(ROOM.bad);
  await expect(page.getByTestId('participant-error')).toContainText(ROOM.badError);
  await expect(page.getByTestId('participant-code')).toHaveValue('');

  // Three more, added from the keyboard (Ctrl+Enter in the text area).
  await page.getByTestId('participant-code').fill(ROOM.later);
  await page.getByTestId('participant-code').press('Control+Enter');
  await expect(page.getByTestId('participant-count')).toHaveText(`Deltagere: ${ROOM.participants}`);
  await expect(page.getByTestId('participant-error')).toHaveCount(0);
  await expect(page.getByTestId('room-step-count')).toHaveText(ROOM.steps.map(String));
  await expect(page.getByTestId('room-disagree').locator('li').first()).toContainText(ROOM.disagreeMost);
  await expect(page.getByTestId('chart-room-steps')).toHaveAttribute('role', 'img');
  await expect(page.getByTestId('chart-room-spread')).toHaveAttribute('role', 'img');
  await expectNoAxeViolations(page);

  // Kept on the device: a reload brings the same room back.
  await expect.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key))?.codes.length, ROOM_KEY)).toBe(ROOM.participants);
  await page.reload();
  await openRoom(page);
  await expect(page.getByTestId('participant-count')).toHaveText(`Deltagere: ${ROOM.participants}`);
  await expect(page.getByTestId('room-step-count')).toHaveText(ROOM.steps.map(String));

  // The handout: the browser's print, at most two A4 pages, no controls.
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await page.getByTestId('room-print').click();
  expect(await page.evaluate(() => window.printed)).toBe(1);
  const handout = await printed(page, testInfo, 'handout');
  expect(handout.pages).toBeLessThanOrEqual(2);
  expect(handout.text).toContain('Digitrappen: deltagernes svar');
  expect(handout.text).toContain(`Deltagere: ${ROOM.participants}`);
  expect(handout.text).toContain(ROOM.disagreeMost);
  expect(handout.text).not.toContain('Ryd sessionen');
  expect(handout.text).not.toContain('Deltagernes koder eller links');

  // Clearing empties the room (with an undo), and storage with it.
  await page.getByTestId('session-clear').click();
  await expect(page.getByTestId('participant-count')).toHaveText('Deltagere: 0');
  await page.getByTestId('session-undo').click();
  await expect(page.getByTestId('participant-count')).toHaveText(`Deltagere: ${ROOM.participants}`);
  await page.getByTestId('session-clear').click();
  await expect(page.getByTestId('participant-count')).toHaveText('Deltagere: 0');
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), ROOM_KEY)).toBeNull();
  await page.reload();
  await openRoom(page);
  await expect(page.getByTestId('participant-count')).toHaveText('Deltagere: 0');
});

test('the answer sheet prints on one A4 page and a paper sheet typed in joins the room', async ({ page, server }, testInfo) => {
  await page.goto(server.url(PROJECTOR));
  await openRoom(page);

  await page.getByTestId('answer-sheet-open').click();
  await expect(page.getByTestId('answer-sheet')).toBeVisible();
  await expect(page.getByTestId('answer-sheet').locator('tr[data-question-id]')).toHaveCount(ROOM.paper.typed.length);
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await page.getByTestId('sheet-print').click();
  expect(await page.evaluate(() => window.printed)).toBe(1);
  const sheet = await printed(page, testInfo, 'answer-sheet');
  expect(sheet.pages).toBe(1);
  expect(sheet.text).toContain('Digitrappen: svarark');
  expect(sheet.text).toContain('31');
  await expectNoAxeViolations(page);

  await page.getByTestId('room-back').click();
  await page.getByTestId('paper-entry-open').click();
  await expect(page.getByTestId('paper-entry')).toBeVisible();
  const input = page.getByTestId('paper-answers');
  await input.fill(ROOM.paper.typed.slice(0, 10));
  await expect(page.getByTestId('paper-status')).toContainText('10 af 31 spørgsmål udfyldt. Næste er spørgsmål 11');
  await input.fill('115');
  await expect(page.getByTestId('paper-error')).toHaveText('Spørgsmål 3 har kun 4 svarmuligheder, ikke 5.');
  await input.fill(ROOM.paper.typed.replace(/(.{6})/g, '$1 '));
  await expect(page.getByTestId('paper-status')).toHaveText('Alle 31 spørgsmål er udfyldt.');
  await expect(page.getByTestId('paper-error')).toHaveCount(0);
  await input.press('Enter');
  await expect(page.getByTestId('paper-added')).toHaveText('Deltageren er tilføjet. Deltagere i alt: 1.');
  await expect(input).toHaveValue('');
  await expect(page.getByTestId('participant-count')).toHaveText('Deltagere: 1');
  await expectNoAxeViolations(page);

  await page.getByTestId('room-back').click();
  await expect(page.getByTestId('participant-count')).toHaveText('Deltagere: 1');
  const steps = ROOM.steps.map((_, i) => String(i === ROOM.paper.step ? 1 : 0)); // index 0 is "not yet on step 1"
  await expect(page.getByTestId('room-step-count')).toHaveText(steps);
  expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).codes, ROOM_KEY)).toEqual([ROOM.paper.code]);
});

test("the facilitator's guide opens beside the room: placement in three sentences, a timed session, and what to say at step 0", async ({ page, server }) => {
  for (const [lang, heading, notStarted] of [['da', 'facilitator', 'Ikke på trin 1'], ['nb', 'fasilitator', 'trinn 1'], ['en', 'facilitator', 'step 1']]) {
    await page.goto(server.url(`/?lang=${lang}&mode=projector`));
    await page.getByTestId('guide-open').click();
    const guide = page.getByTestId('guide');
    await expect(guide).toBeVisible();
    await expect(guide.locator('h1')).toContainText(new RegExp(heading, 'i'));
    await expect(guide.locator('ol li')).toHaveCount(6);
    expect((await guide.locator('ol li').allInnerTexts()).every((item) => /\d+ min/.test(item))).toBe(true);
    await expect(page.getByTestId('guide-not-started')).toContainText(notStarted);
    await expectNoAxeViolations(page);
    await page.getByTestId('guide-back').click();
    await expect(page.getByTestId('room-open')).toBeVisible();
  }
});

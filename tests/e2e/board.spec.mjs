// Issue 13, parts 2-4: the result leads with the board's page (the step and why in one
// sentence, the ambition labelled, the first three actions and the controls, all in the
// first screen); the staircase reads at every width in every language and its badges are
// explained; a kiosk shows its take-away QR near the top and promises no "later"; a
// projector's and a kiosk's type grows with the text size and the browser's zoom.
import { test, expect, PERSONAS, openResultOf, startWithProfile, answerAll } from './fixtures.mjs';

const moulder = PERSONAS.find((p) => p.id === 'plastics-moulder'); // the longest sentence: a step open below
const painter = PERSONAS.find((p) => p.id === 'painter-solo'); // not yet on step 1
const architects = PERSONAS.find((p) => p.id === 'architects-bim'); // a floor second, with its tag

/** Whether an element lies wholly inside the window as it is (no scrolling). */
async function inFirstScreen(locator) {
  return locator.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
  });
}

for (const [width, height] of [[1280, 800], [375, 812]]) {
  for (const lang of ['da', 'en', 'nb']) {
    for (const persona of [moulder, painter, architects]) {
      test(`the first screen of ${persona.id}'s result at ${width}x${height} (${lang}) holds the step, why, the ambition, the first action and the controls`, async ({ page, server }) => {
        await page.setViewportSize({ width, height });
        await openResultOf(page, server, persona, `/?lang=${lang}`);
        await expect(page.getByTestId('board-why')).toBeVisible();
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        const step = persona.expect.step === 0 ? page.getByTestId('result-not-started') : page.locator('.step-number');
        for (const [name, locator] of [
          ['step', step],
          ['why', page.getByTestId('board-why')],
          ['ambition', page.getByTestId('board-ambition')],
          ['first action', page.getByTestId('first-action').first()],
          ['print', page.getByTestId('board-print')],
          ['share', page.getByTestId('board-share')],
          ['keep', page.getByTestId('board-keep')],
        ]) {
          expect(await inFirstScreen(locator), `${name} in the first screen`).toBe(true);
        }
        await expect(page.getByTestId('first-action')).toHaveCount(3);
        // The ambition is labelled as such, and not in the line about the company.
        await expect(page.getByTestId('board-ambition')).toContainText({ da: /ambition/i, en: /ambition/i, nb: /ambisjon/i }[lang]);
        await expect(page.locator('.result-profile')).not.toContainText(/[0-9]:/);
      });
    }
  }
}

test('on a phone the details start folded, so the result is a few screens, and each part opens by its heading', async ({ page, server }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openResultOf(page, server, moulder, '/?lang=da');
  const parts = page.locator('details.result-part');
  expect(await parts.count()).toBe(5);
  expect(await parts.evaluateAll((ds) => ds.filter((d) => d.open).length)).toBe(0);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(6 * 812);
  await page.locator('details.result-part[data-part=advice] > summary').click();
  await expect(page.getByTestId('advice-action').first()).toBeVisible();
});

test('the board\'s controls keep the result in the history and lead to sharing; the details fold away', async ({ page, server }) => {
  await openResultOf(page, server, moulder, '/?lang=en');
  // By keyboard: the button goes, and the focus moves to the line that takes its place.
  await page.getByTestId('board-keep').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('board-kept')).toHaveText('This result is kept in the history.');
  await expect(page.getByTestId('board-kept')).toBeFocused();
  await expect(page.getByTestId('history').locator('li')).toHaveCount(1);
  await page.getByTestId('board-share').click();
  await expect(page.locator('#share-heading')).toBeFocused();
  await expect(page.locator('#share-heading')).toBeInViewport();
  // Each part of the details folds with its heading, by keyboard too.
  const part = page.locator('details.result-part[data-part=steps]');
  await expect(part.getByTestId('chart-staircase')).toBeVisible();
  await part.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(part.getByTestId('chart-staircase')).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(part.getByTestId('chart-staircase')).toBeVisible();
});

for (const width of [320, 375, 768, 1280]) {
  test(`the staircase's words are at least the body's size and fit their steps at ${width} px, in every language; its badges are explained`, async ({ page, server }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const lang of ['da', 'en', 'nb']) {
      await openResultOf(page, server, PERSONAS.find((p) => p.id === 'metal-subcontractor'), `/?lang=${lang}`);
      // On a phone the details start folded: open the staircase's part by its heading.
      const part = page.locator('details.result-part[data-part=steps]');
      if (!(await part.evaluate((d) => d.open))) await part.locator('summary').click();
      const chart = page.getByTestId('chart-staircase');
      await expect(chart.locator('.stair-block')).toHaveCount(5);
      const problems = await chart.evaluate((ol) => {
        const body = parseFloat(getComputedStyle(document.body).fontSize);
        const box = ol.getBoundingClientRect();
        const out = [];
        for (const el of ol.querySelectorAll('.stair-name, .stair-number, .stair-status, .gap-badge')) {
          const r = el.getBoundingClientRect();
          const size = parseFloat(getComputedStyle(el).fontSize);
          if (size < body) out.push(`${el.className} "${el.textContent}" at ${size}px < ${body}px`);
          if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || el.scrollWidth > el.clientWidth + 1) out.push(`${el.className} "${el.textContent}" spills out`);
        }
        // Each bar longer than the one below it, the top one on top.
        const bars = [...ol.querySelectorAll('.stair-bar')].map((b) => b.getBoundingClientRect());
        for (let i = 1; i < bars.length; i++) {
          if (!(bars[i].width > bars[i - 1].width && bars[i].top < bars[i - 1].top)) out.push(`step ${i + 1} is not above and longer than step ${i}`);
        }
        return out;
      });
      expect(problems, lang).toEqual([]);
      // This firm has a gap on a step it stands on: the badge, and the words that explain it.
      await expect(chart.locator('.gap-badge').first()).toBeVisible();
      const badge = (await chart.locator('.gap-badge').first().textContent()).trim();
      expect(badge).toMatch(/^!\d$/);
      await expect(page.getByTestId('staircase-legend')).toContainText('!');
    }
  });
}

test('a kiosk\'s result shows the take-away QR code and a way to clear the screen in the first screen, and its start screen promises no "later"', async ({ page, server }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto(server.url('/?mode=kiosk&lang=en'));
  await expect(page.getByTestId('mode')).toHaveAttribute('data-mode', 'kiosk');
  await expect(page.getByTestId('start')).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(/later/i);
  await startWithProfile(page, { industry: 'transport', size: '10-49', ambition: 3 });
  await answerAll(page, () => '2');
  await expect(page.getByTestId('qr')).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await inFirstScreen(page.getByTestId('qr')), 'the QR code in the first screen').toBe(true);
  // The column uses the tall screen: most of its width.
  const share = await page.locator('.main').evaluate((m) => m.getBoundingClientRect().width / window.innerWidth);
  expect(share).toBeGreaterThan(0.8);
  // Done: the screen is cleared for the next visitor at once (no undo: a kiosk keeps nothing).
  expect(await inFirstScreen(page.getByTestId('kiosk-done')), 'done in the first screen').toBe(true);
  await page.getByTestId('kiosk-done').click();
  await expect(page.getByTestId('start')).toBeVisible();
  await expect(page.getByTestId('start')).toHaveText(/Start/);
  await expect(page.getByTestId('result')).toHaveCount(0);
  await expect(page.getByTestId('undo')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('mode')).toBe('kiosk');
  // A personal browser's start screen still says a visitor can carry on later.
  await page.goto(server.url('/?lang=en'));
  await expect(page.getByTestId('start')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('carry on later');
});

test('a projector\'s and a kiosk\'s type doubles with a 200 % text size and grows with the browser\'s zoom', async ({ browser, server }) => {
  const size = async (mode, viewport, deviceScaleFactor, textSize) => {
    const context = await browser.newContext({ viewport, deviceScaleFactor });
    const page = await context.newPage();
    if (textSize) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: textSize, fixed: Math.round(textSize * 0.8125) } });
    }
    await page.goto(server.url(`/?mode=${mode}&lang=en`));
    await expect(page.getByTestId('start')).toBeVisible();
    const px = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    await context.close();
    return px;
  };
  for (const [mode, viewport] of [['projector', { width: 1920, height: 1080 }], ['projector', { width: 1280, height: 720 }], ['kiosk', { width: 1080, height: 1920 }]]) {
    const normal = await size(mode, viewport, 1, 0);
    expect(normal, `${mode} ${viewport.width}x${viewport.height}`).toBeGreaterThan(16);
    // The browser's text size at 200 % (32 px instead of 16): the computed size doubles.
    expect(await size(mode, viewport, 1, 32), 'text size 200 %').toBeCloseTo(2 * normal, 0);
    // Zoomed to 200 %, the window is half as many CSS pixels at twice the density: the
    // type on the screen (CSS pixels times density) grows.
    const zoomed = await size(mode, { width: viewport.width / 2, height: viewport.height / 2 }, 2, 0);
    expect(zoomed * 2, 'zoom 200 %').toBeGreaterThan(normal * 1.1);
  }
  // Never below the standard size on a phone.
  expect(await size('projector', { width: 375, height: 667 }, 2, 0)).toBeGreaterThanOrEqual(16);
});

for (const [width, height] of [[1920, 1080], [1280, 720]]) {
  test(`on a projector at ${width}x${height} the board's page is one screen: where and why beside what to do`, async ({ page, server }) => {
    await page.setViewportSize({ width, height });
    await openResultOf(page, server, moulder, '/?lang=da&mode=projector');
    await expect(page.getByTestId('board-why')).toBeVisible();
    for (const [name, locator] of [
      ['step', page.locator('.step-number')],
      ['why', page.getByTestId('board-why')],
      ['ambition', page.getByTestId('board-ambition')],
      ['third action', page.getByTestId('first-action').nth(2)],
      ['print', page.getByTestId('board-print')],
      ['keep', page.getByTestId('board-keep')],
    ]) {
      expect(await inFirstScreen(locator), `${name} in the first screen`).toBe(true);
    }
    const [why, actions] = await Promise.all([page.getByTestId('board-why'), page.getByTestId('first-actions')].map((l) => l.boundingBox()));
    expect(actions.x, 'the actions stand to the right of the step and why').toBeGreaterThan(why.x + why.width);
  });
}

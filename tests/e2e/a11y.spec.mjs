// Issue 13, part 6 (first round): accessibility that axe alone does not check.
import { test, expect, expectNoAxeViolations, startWithProfile, openResultOf, PERSONAS } from './fixtures.mjs';

const haulier = PERSONAS.find((p) => p.id === 'haulier-regional');

/** The contrast of the focused element's outline against what is behind the ring. */
async function ringContrast(page) {
  return page.evaluate(() => {
    const rgb = (s) => s.match(/[\d.]+/g).slice(0, 4).map(Number);
    const lum = ([r, g, b]) => {
      const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    let el = document.activeElement;
    // A radio's ring is drawn around its option.
    if (el.type === 'radio') el = el.closest('.option');
    const ring = rgb(getComputedStyle(el).outlineColor);
    let bg = null;
    for (let e = el.parentElement; e && !bg; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length < 4 || c[3] > 0.99) bg = c;
    }
    bg ??= [255, 255, 255];
    const [a, b] = [lum(ring), lum(bg)];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
}

for (const mode of ['standard', 'projector', 'kiosk']) {
  test(`the focus ring stands out at least 3:1 on a button and on a chosen answer (${mode})`, async ({ page, server }) => {
    await page.goto(server.url(`/?lang=en&mode=${mode}`));
    await page.getByTestId('start').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await ringContrast(page)).toBeGreaterThanOrEqual(3);
    await startWithProfile(page, { industry: 'retail', size: '10-49', ambition: 3 });
    const option = page.getByTestId('option').first().locator('input');
    await option.check();
    await option.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await ringContrast(page)).toBeGreaterThanOrEqual(3);
  });
}

test('every screen has its own title, and moving to a question is announced', async ({ page, server }) => {
  await page.goto(server.url('/?lang=en'));
  await expect(page.getByTestId('start')).toBeVisible();
  const titles = [await page.title()];
  await page.getByTestId('start').click();
  await expect(page.getByTestId('profile')).toBeVisible();
  await expect.poll(() => page.title()).not.toBe(titles[0]);
  titles.push(await page.title());
  await page.getByTestId('profile-industry').selectOption('retail');
  await page.getByTestId('profile-size').selectOption('10-49');
  await page.getByTestId('profile-ambition').selectOption('3');
  await page.getByTestId('next').click();
  await expect(page).toHaveTitle(/^Question 1 of \d+ – Digitrappen$/);
  await expect(page.getByTestId('announce')).toHaveText(/^Question 1 of \d+$/);
  await page.getByTestId('option').first().click();
  await page.getByTestId('next').click();
  await expect(page).toHaveTitle(/^Question 2 of \d+ – Digitrappen$/);
  await expect(page.getByTestId('announce')).toHaveText(/^Question 2 of \d+$/);
  expect(new Set(titles).size).toBe(2);
});

test('score meters are named with their area, and wide tables scroll in a region the keyboard reaches', async ({ page, server }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openResultOf(page, server, haulier, '/?lang=da');
  const meters = await page.locator('.scores meter').evaluateAll((ms) => ms.map((m) => m.getAttribute('aria-label')));
  const areas = await page.locator('.scores .score-label').allTextContents();
  expect(meters.length).toBeGreaterThan(0);
  meters.forEach((label, i) => expect(label.startsWith(`${areas[i]}: `), label).toBe(true));
  await page.getByTestId('method-open').first().click();
  await expect(page.locator('.table-wrap').first()).toHaveAttribute('tabindex', '0');
  await expectNoAxeViolations(page);
});

test('embedded, the app adds no second banner or content-info to the host page', async ({ page, server }) => {
  await page.goto(server.url('/?lang=en&mode=embed'));
  await expect(page.getByTestId('start')).toBeVisible();
  await expect(page.locator('header, footer, [role=banner], [role=contentinfo]')).toHaveCount(0);
  await page.getByTestId('start').click();
  await expect(page.getByTestId('profile')).toBeVisible();
  await expect(page.locator('header:not(.report-head), footer, [role=banner], [role=contentinfo]')).toHaveCount(0);
});

test("the kiosk's idle warning takes focus, so it is announced and answered by a key", async ({ page, server }) => {
  await page.clock.install();
  await page.goto(server.url('/?mode=kiosk&idle=30&lang=en'));
  await startWithProfile(page, { industry: 'retail', size: '10-49', ambition: 3 });
  await page.clock.runFor(31_000);
  await expect(page.getByTestId('idle-countdown')).toBeVisible();
  await expect(page.getByTestId('idle-continue')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('idle-countdown')).toHaveCount(0);
  await expect(page.getByTestId('question')).toBeVisible();
});

test('an error message is tied to the field it is about', async ({ page, server }) => {
  await page.goto(server.url('/?lang=en'));
  await page.getByTestId('start').click();
  await page.getByTestId('next').click();
  const described = (id) => page.getByTestId(id).evaluate((e) => (e.getAttribute('aria-describedby') ?? '').split(' ')
    .map((ref) => document.getElementById(ref)?.textContent ?? '').join(' '));
  await expect(page.locator('#profile-required')).toBeVisible();
  expect(await described('profile-industry')).toContain(await page.locator('#profile-required').textContent());
  await page.getByTestId('back').click();
  await page.getByTestId('start-open-saved').click();
  await page.getByTestId('import-code').fill('XYZ');
  await page.getByTestId('import-code-open').click();
  await expect(page.getByTestId('import-error')).toBeVisible();
  expect(await described('import-code')).toContain(await page.getByTestId('import-error').textContent());
  await expect(page.getByTestId('import-code')).toHaveAttribute('aria-invalid', 'true');
});

test("issue 13, part 5: the projector's room view shows the room's picture first, and a control that cannot be used looks it", async ({ page, server }) => {
  const fs = await import('node:fs');
  const room = JSON.parse(fs.readFileSync(new URL('../fixtures/room-codes.json', import.meta.url), 'utf8'));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(server.url('/?lang=da&mode=projector'));
  await page.getByTestId('room-open').click();
  // Empty: nothing to show, so adding codes comes first; printing cannot be done yet.
  await expect(page.getByTestId('participant-code')).toBeInViewport();
  const print = page.getByTestId('room-print');
  await expect(print).toBeDisabled();
  expect(Number(await print.evaluate((b) => getComputedStyle(b).opacity))).toBeLessThan(0.75);
  await page.getByTestId('participant-code').fill(room.paste);
  await page.getByTestId('participant-add').click();
  await expect(page.getByTestId('chart-room-steps')).toBeVisible();
  // With participants, the picture comes before the form, on the first screen.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.getByTestId('chart-room-steps')).toBeInViewport();
  const order = await page.evaluate(() => {
    const chart = document.querySelector('[data-testid=chart-room-steps]');
    const form = document.querySelector('[data-testid=participant-code]');
    return chart.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order, 'the form follows the picture').toBeTruthy();
  expect(Number(await print.evaluate((b) => getComputedStyle(b).opacity))).toBe(1);
  // Opened again with participants: adding codes is a closed panel below the picture.
  await page.getByTestId('room-close').click();
  await page.getByTestId('room-open').click();
  await expect(page.getByTestId('chart-room-steps')).toBeInViewport();
  await expect(page.getByTestId('participant-code')).toBeHidden();
  await page.getByTestId('room-adding-open').click();
  await expect(page.getByTestId('participant-code')).toBeVisible();
});

test('with forced colours in a dark theme the charts\' words stay visible', async ({ page, server }) => {
  const { PNG } = await import('pngjs');
  await openResultOf(page, server, haulier, '/?lang=en');
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  for (const label of [
    page.getByTestId('chart-radar').locator('.axis-label').first(),
    page.getByTestId('chart-map').locator('text').first(),
  ]) {
    await label.scrollIntoViewIfNeeded();
    const png = PNG.sync.read(await label.screenshot());
    // The label's box: its corner is the background; the letters are pixels far from it.
    const at = (i) => [png.data[i], png.data[i + 1], png.data[i + 2]];
    const bg = at(0);
    let ink = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = at(i);
      if (Math.abs(r - bg[0]) + Math.abs(g - bg[1]) + Math.abs(b - bg[2]) > 200) ink++;
    }
    expect(ink, `letters of "${await label.textContent()}" stand out from the background`).toBeGreaterThan(20);
  }
  // Back to the usual colours for the guard's axe run (axe reads colours, not the theme).
  await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
});

test('the method page marks English text in a Danish or Norwegian page, and shows no internal reference', async ({ page, server }) => {
  for (const lang of ['da', 'nb']) {
    await page.goto(server.url(`/?lang=${lang}`));
    await page.getByTestId('method-open').click();
    await expect(page.getByTestId('method')).toBeVisible();
    await expect(page.getByTestId('method').locator('[lang=en]')).toContainText('Eurostat');
    const text = await page.getByTestId('method').textContent();
    expect(text).not.toMatch(/seed \d{3}|\bL\d{3,}\b/);
  }
});

test('with WCAG text spacing no chart label is cut off, in any language', async ({ page, server }) => {
  for (const lang of ['da', 'en', 'nb']) {
    await openResultOf(page, server, haulier, `/?lang=${lang}`);
    // The text-spacing bookmarklet's rules, added as a constructed style sheet (the page's
    // Content-Security-Policy refuses an inline <style>, as it should).
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    const cut = await page.evaluate(() => {
      const out = [];
      for (const svg of document.querySelectorAll('svg.chart')) {
        const box = svg.getBoundingClientRect();
        for (const t of svg.querySelectorAll('text')) {
          const r = t.getBoundingClientRect();
          if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
            out.push(`${svg.dataset.testid}: "${t.textContent}"`);
          }
        }
      }
      for (const el of document.querySelectorAll('.stair-name, .stair-status, .gap-badge')) {
        if (el.scrollWidth > el.clientWidth + 1) out.push(`staircase: "${el.textContent}"`);
      }
      return out;
    });
    expect(cut, lang).toEqual([]);
  }
});

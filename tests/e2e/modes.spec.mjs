// The three places the app is used: embedded on another site, on a workshop projector,
// and on a kiosk (issue 6). The offline side of the kiosk is in offline.spec.mjs and the
// room's answers in room.spec.mjs.
import http from 'node:http';
import fs from 'node:fs';
import { test, expect, expectNoAxeViolations, startWithProfile, openResultOf, answerAll, holdTheApp, PERSONAS, PROGRESS_KEY, DIST } from './fixtures.mjs';
/** A host page on another origin (localhost instead of 127.0.0.1) that embeds the app. */
async function hostSite(appOrigin, query = 'mode=embed', { script = true, tall = false } = {}) {
  // A tall host page counts the frame's requests to scroll (window.tops) and has room below
  // the frame to scroll it out of view.
  const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A cluster's website</title>
<script>window.tops = 0; addEventListener('message', (e) => { if (e.data?.type === 'digitrappen:top') window.tops += 1; });</script></head>
<body><main><h1>Our cluster</h1><p>Find your company's step.</p>
<iframe src="${appOrigin}/?${query}" title="Digitrappen: digital maturity calculator" data-digitrappen width="100%" height="300"></iframe>
${script ? `<script src="${appOrigin}/static/embed.js" defer></script>` : ''}
<div id="below"${tall ? ' style="height: 3000px"' : ''}>Below the calculator</div></main></body></html>`;
  const server = http.createServer((req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(page));
  await new Promise((done) => server.listen(0, 'localhost', done));
  return {
    url: `http://localhost:${server.address().port}/`,
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }),
  };
}

/** WCAG contrast of an element's text colour against the nearest opaque background. */
async function contrastOf(locator) {
  return locator.evaluate((el) => {
    const rgb = (s) => s.match(/[\d.]+/g).slice(0, 4).map(Number);
    const lum = ([r, g, b]) => {
      const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    let bg = null;
    for (let e = el; e && !bg; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length < 4 || c[3] > 0.99) bg = c;
    }
    bg ??= [255, 255, 255];
    const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(bg)];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
}

test.describe('embedded on another site', () => {
  test('the frame fits its content from start to result and scrolls into view on each step', async ({ page, server, guard }) => {
    const host = await hostSite(server.origin);
    guard.expect(/request off the app's origin: http:\/\/localhost/);
    try {
      await page.goto(host.url);
      const frameElement = page.locator('iframe[data-digitrappen]');
      const app = page.frameLocator('iframe[data-digitrappen]');
      await expect(app.getByTestId('mode')).toHaveAttribute('data-mode', 'embed');
      await expect(app.getByTestId('start')).toBeVisible();
      // The host script set the frame to the app's own height: no scrollbars inside.
      const fits = async () => frameElement.evaluate((f) => ({ frame: f.getBoundingClientRect().height, style: f.style.height }));
      await expect.poll(async () => (await fits()).style).toMatch(/^\d+px$/);
      const startHeight = (await fits()).frame;
      const appHeight = async () => app.locator('#app').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
      await expect.poll(async () => Math.abs((await fits()).frame - (await appHeight()))).toBeLessThanOrEqual(1);
      expect(await app.locator('html').evaluate((h) => h.scrollHeight <= h.clientHeight + 1)).toBe(true);
      await expect(app.locator('html')).toHaveAttribute('data-hosted', '');

      await startWithProfile(app, { industry: 'retail', size: '10-49', ambition: 3 });
      // Scrolled down the host page, the next step brings the frame's top back into view.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await app.locator('[data-testid=option]').first().click();
      await app.getByTestId('next').click();
      await expect.poll(async () => frameElement.evaluate((f) => Math.round(f.getBoundingClientRect().top))).toBeGreaterThanOrEqual(0);
      await expect.poll(async () => frameElement.evaluate((f) => f.getBoundingClientRect().top < window.innerHeight)).toBe(true);

      // On to a (provisional) result: the frame grows with it. (This Chromium blocks
      // third-party storage, so the app runs in memory here.)
      await app.getByTestId('overview-open').click();
      await app.getByTestId('see-result').click();
      await expect(app.getByTestId('result')).toBeVisible();
      await expect.poll(async () => Math.abs((await fits()).frame - (await appHeight()))).toBeLessThanOrEqual(1);
      expect((await fits()).frame).toBeGreaterThan(startHeight);
      // Web links leave in a new tab, never inside the frame.
      const targets = await app.locator('a[href^="http"]').evaluateAll((as) => as.map((a) => a.target));
      expect(targets.every((t) => t === '_blank')).toBe(true);
      await expectNoAxeViolations(page);
    } finally {
      await host.close();
    }
  });

  test('a visitor filling the static profile before the app arrives is not scrolled on the host page when the app takes over; the next move is', async ({ page, server, guard }) => {
    const host = await hostSite(server.origin, 'mode=embed', { tall: true });
    guard.expect(/request off the app's origin: http:\/\/localhost/);
    try {
      const release = await holdTheApp(page);
      await page.goto(host.url);
      const frameElement = page.locator('iframe[data-digitrappen]');
      const app = page.frameLocator('iframe[data-digitrappen]');
      await app.getByTestId('start').click();
      // Start gave the static profile's heading focus, as the app's Start does.
      const heading = app.getByTestId('profile').getByRole('heading', { level: 1 });
      await expect(heading).toBeFocused();
      await app.getByTestId('profile-industry').selectOption('retail');
      // The visitor scrolls the host page on, the frame's top out of view.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const scrolledTo = await page.evaluate(() => window.scrollY);
      expect(scrolledTo).toBeGreaterThan(0);
      release();
      await expect(app.locator('#app > .stage')).toHaveCount(1);
      await expect(app.getByTestId('profile-industry')).toHaveValue('retail');
      // Taking over the same screen is no move: the app's heading has the focus, and the
      // host page stays where the visitor is (focus moved without scrolling; no request).
      await expect(heading).toBeFocused();
      expect(await page.evaluate(() => window.tops)).toBe(0);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolledTo);
      // The visitor's next move in the app brings the frame's top into view, as always.
      await app.getByTestId('profile-size').selectOption('10-49');
      await app.getByTestId('profile-ambition').selectOption('3');
      await app.getByTestId('next').click();
      await expect(app.getByTestId('question')).toBeVisible();
      await expect.poll(() => page.evaluate(() => window.tops)).toBeGreaterThan(0);
      await expect.poll(async () => frameElement.evaluate((f) => f.getBoundingClientRect().top < window.innerHeight && f.getBoundingClientRect().bottom > 0)).toBe(true);
    } finally {
      await host.close();
    }
  });

  test('issue 12, kind 21: a host script that arrives after the frame has loaded still fits the frame to the app', async ({ page, server, guard }) => {
    const host = await hostSite(server.origin, 'mode=embed', { script: false });
    guard.expect(/request off the app's origin: http:\/\/localhost/);
    try {
      await page.goto(host.url);
      const frameElement = page.locator('iframe[data-digitrappen]');
      const app = page.frameLocator('iframe[data-digitrappen]');
      await expect(app.getByTestId('start')).toBeVisible();
      // The frame has posted its height to nobody; now a tag manager adds the host script.
      await page.addScriptTag({ url: `${server.origin}/static/embed.js` });
      await expect(frameElement).toHaveAttribute('scrolling', 'no');
      const appHeight = async () => app.locator('#app').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
      await expect.poll(async () => Math.abs((await frameElement.evaluate((f) => f.getBoundingClientRect().height)) - (await appHeight())))
        .toBeLessThanOrEqual(1);
      await expect(app.locator('html')).toHaveAttribute('data-hosted', '');
      expect(await app.locator('html').evaluate((h) => h.scrollHeight <= h.clientHeight + 1), 'nothing is out of reach').toBe(true);
      // It goes on fitting as the app changes.
      await startWithProfile(app, { industry: 'retail', size: '10-49', ambition: 3 });
      await expect.poll(async () => Math.abs((await frameElement.evaluate((f) => f.getBoundingClientRect().height)) - (await appHeight())))
        .toBeLessThanOrEqual(1);
    } finally {
      await host.close();
    }
  });

  test('messages from other origins do not move the frame', async ({ page, server, guard }) => {
    const host = await hostSite(server.origin);
    guard.expect(/request off the app's origin: http:\/\/localhost/);
    try {
      await page.goto(host.url);
      const frameElement = page.locator('iframe[data-digitrappen]');
      await expect(page.frameLocator('iframe[data-digitrappen]').getByTestId('start')).toBeVisible();
      await expect.poll(() => frameElement.evaluate((f) => f.style.height)).toMatch(/^\d+px$/);
      const before = await frameElement.evaluate((f) => f.style.height);
      // The host page itself (not the app's origin) posts a forged height.
      await page.evaluate(() => window.postMessage({ type: 'digitrappen:height', h: 5 }, '*'));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await frameElement.evaluate((f) => f.style.height)).toBe(before);
    } finally {
      await host.close();
    }
  });

  test('with storage blocked the app works in memory and says so once', async ({ page, server, guard }) => {
    const host = await hostSite(server.origin);
    guard.expect(/request off the app's origin: http:\/\/localhost/);
    await page.context().addInitScript((appOrigin) => {
      if (location.origin !== appOrigin) return;
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
      }
    }, server.origin);
    try {
      await page.goto(host.url);
      const app = page.frameLocator('iframe[data-digitrappen]');
      await expect(app.getByTestId('storage-notice')).toBeVisible();
      await expect(app.getByTestId('storage-notice')).toContainText(/share code|delekode/i);
      await app.getByTestId('storage-notice').getByRole('button').click();
      await expect(app.getByTestId('storage-notice')).toHaveCount(0);
      await startWithProfile(app, { industry: 'retail', size: '10-49', ambition: 3 });
      // Said once: not again after the app took over the page.
      await expect(app.getByTestId('storage-notice')).toHaveCount(0);
      const first = app.getByTestId('question');
      const id = await first.getAttribute('data-question-id');
      await app.locator('[data-testid=option]').nth(1).click();
      await app.getByTestId('next').click();
      await expect(first).not.toHaveAttribute('data-question-id', id);
      await app.getByTestId('back').click();
      await expect(app.locator('[data-testid=option] input').nth(1)).toBeChecked();
    } finally {
      await host.close();
    }
  });
});

test.describe('on a projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the whole questionnaire is done with the keyboard alone, in large high-contrast type', async ({ page, server }) => {
    await page.goto(server.url('/?mode=projector&lang=en'));
    await expect(page.getByTestId('mode')).toHaveAttribute('data-mode', 'projector');
    // Participants see where to answer on their phones.
    await expect(page.getByTestId('join').getByTestId('qr')).toBeVisible();
    await expect(page.getByTestId('join')).toContainText('127.0.0.1');
    // Dark modules on white, and the whole code on screen without scrolling.
    expect(await page.locator('[data-testid=join] .qr-light').evaluate((r) => getComputedStyle(r).fill)).toBe('rgb(255, 255, 255)');
    const qr = await page.getByTestId('join').getByTestId('qr').boundingBox();
    expect(qr.y + qr.height).toBeLessThanOrEqual(1080);
    expect(qr.width).toBeGreaterThanOrEqual(300);
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('profile')).toBeVisible();
    // The profile's menus: Tab to each, arrow keys to choose (shortcuts never act in a menu).
    for (const id of ['profile-industry', 'profile-size', 'profile-ambition']) {
      const menu = page.getByTestId(id);
      for (let i = 0; i < 20 && !(await menu.evaluate((m) => m === document.activeElement)); i++) await page.keyboard.press('Tab');
      await expect(menu).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    const question = page.getByTestId('question');
    await expect(question).toBeVisible();

    // Type sizes at 1920x1080: questions 35 px, body text 28 px (to the half pixel), the
    // place in the questionnaire 23 px, and still the whole question on one screen
    // (screens.spec.mjs; the type grows with zoom and text size: board.spec.mjs).
    const px = (l) => l.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(await px(page.locator('.question-text'))).toBeGreaterThanOrEqual(34.5);
    for (const selector of ['.help', '[data-testid=option] span:last-child', 'button[data-testid=next]']) {
      expect(await px(page.locator(selector).first()), selector).toBeGreaterThanOrEqual(27.5);
    }
    expect(await px(page.locator('.progress-label'))).toBeGreaterThanOrEqual(23);
    for (const selector of ['.question-text', '.help', '[data-testid=option] span:last-child', '.progress-label', 'button[data-testid=next]', 'button[data-testid=back]']) {
      expect(await contrastOf(page.locator(selector).first()), selector).toBeGreaterThanOrEqual(7);
    }
    await expectNoAxeViolations(page);

    const seen = new Set();
    for (;;) {
      const result = page.getByTestId('result');
      await expect(question.or(result)).toBeVisible();
      if (await result.isVisible()) break;
      const id = await question.getAttribute('data-question-id');
      expect(seen.has(id), `question ${id} came twice`).toBe(false);
      seen.add(id);
      await page.keyboard.press('3');
      await expect(question.locator('[data-testid=option] input').nth(2)).toBeChecked();
      await page.keyboard.press(seen.size % 2 ? 'PageDown' : 'ArrowRight');
      await expect(question.or(result)).not.toHaveAttribute('data-question-id', id);
    }
    expect(seen.size).toBe(31);
    await expect(page.getByTestId('result-step')).toHaveText(/^[1-5]$/);
  });

  test('type scales down with the screen at 1280x720', async ({ page, server }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(server.url('/?mode=projector&lang=da'));
    await expect(page.getByTestId('start')).toBeVisible();
    const body = await page.locator('.start p').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(body).toBeGreaterThanOrEqual(19.5);
    expect(body).toBeLessThan(32);
  });

  test('issue 13: a projector page opened on a phone is never smaller than the standard page', async ({ page, server }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto(server.url('/?mode=projector&lang=da'));
    await expect(page.getByTestId('start')).toBeVisible();
    const body = await page.locator('.start p').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(body, 'never below the standard 16 px (it was 5 px)').toBeGreaterThanOrEqual(16);
  });

  test('shortcuts are off outside projector mode and while typing', async ({ page, server }) => {
    await page.goto(server.url('/?lang=en'));
    await expect(page.getByTestId('start')).toBeVisible();
    await page.keyboard.press('PageDown');
    await page.getByTestId('start').click();
    await expect(page.getByTestId('profile')).toBeVisible();
    await page.goto(server.url('/?mode=projector&lang=en'));
    await expect(page.getByTestId('profile')).toBeVisible();
    await page.getByTestId('profile-industry').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('profile')).toBeVisible();
  });
});

/**
 * The machine sleeps for ten minutes (no timer fires, the wall clock moves on; Playwright's
 * clock), then wakes by `wake`: the page becoming visible, or the next visitor's touch.
 */
async function sleepsAndWakes(page, wake) {
  const now = await page.evaluate(() => Date.now());
  await page.clock.setSystemTime(now + 10 * 60 * 1000);
  if (wake === 'visibilitychange') {
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  } else {
    await page.mouse.click(5, 5);
  }
}

test.describe('on a kiosk', () => {
  test('after the idle time a countdown that a touch cancels, then nothing of the visitor is left', async ({ page, server }) => {
    test.setTimeout(120_000);
    await page.goto(server.url('/?mode=kiosk&idle=5&lang=en'));
    await expect(page.getByTestId('mode')).toHaveAttribute('data-mode', 'kiosk');
    await startWithProfile(page, { industry: 'retail', size: '10-49', ambition: 3 });
    await page.locator('[data-testid=option]').first().click();
    // A kiosk keeps its visitor in memory only: nothing reaches the browser's storage.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('digitrappen.')))).toEqual([]);

    const countdown = page.getByTestId('idle-countdown');
    await expect(countdown).toBeVisible({ timeout: 20_000 });
    expect(Number(await countdown.getAttribute('data-seconds'))).toBeGreaterThanOrEqual(19);
    await expect(countdown).toContainText(/seconds/);
    // A touch cancels it; the answers are still there.
    await page.touchscreen.tap(5, 5).catch(() => page.mouse.click(5, 5));
    await expect(countdown).toHaveCount(0);
    await expect(page.getByTestId('question')).toBeVisible();

    // Left alone: the countdown runs out and the start screen is back, with nothing kept.
    await expect(countdown).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('start')).toBeVisible({ timeout: 40_000 });
    await expect(page.getByTestId('start')).toHaveText(/Start/);
    const left = await page.evaluate(() => [
      ...Object.keys(localStorage).filter((k) => k.startsWith('digitrappen.')),
      ...Object.keys(sessionStorage),
    ]);
    expect(left).toEqual([]);
    await expect(page.getByTestId('question')).toHaveCount(0);
    expect(new URL(page.url()).hash).toBe('');
    expect(new URL(page.url()).searchParams.get('mode')).toBe('kiosk');
  });

  test('a result offers only its QR code: no export, print, history, typing or outside links', async ({ page, server }) => {
    await page.goto(server.url('/?mode=kiosk&lang=en'));
    await expect(page.getByTestId('mode')).toHaveAttribute('data-mode', 'kiosk');
    await startWithProfile(page, { industry: 'transport', size: '10-49', ambition: 3 });
    await answerAll(page, () => '2');
    await expect(page.getByTestId('qr')).toBeVisible();
    await expect(page.getByTestId('share-code')).toBeVisible();
    for (const hook of ['export', 'print', 'board-print', 'board-share', 'board-keep', 'report-name', 'share-link', 'share-copy', 'import', 'history-keep', 'contact-send']) {
      await expect(page.getByTestId(hook), hook).toHaveCount(0);
    }
    expect(await page.locator('a[href^="http"], a[href^="mailto:"], a[href^="tel:"]').count()).toBe(0);
    expect(await page.locator('input[type=text], textarea').count()).toBe(0);
    // Touch-sized controls.
    const small = await page.locator('button, select, [data-testid=option]').evaluateAll((els) => els
      .filter((e) => e.getClientRects().length)
      .map((e) => [e.dataset.testid || e.textContent.trim().slice(0, 20), e.getBoundingClientRect().height])
      .filter(([, h]) => h < 44));
    expect(small).toEqual([]);
    // The share code never enters the address bar.
    expect(new URL(page.url()).hash).toBe('');
  });

  test('issue 12, kinds 8 and 9: a kiosk link never touches what a personal browser stored, and a kiosk that starts over offers nothing of the last visitor', async ({ page, server }) => {
    test.setTimeout(90_000);
    // A personal browser with saved answers and a kept history.
    await page.goto(server.url('/?lang=en'));
    await expect(page.getByTestId('start')).toBeVisible();
    const progress = JSON.stringify({ format: 2, content: '3', profile: { industry: 'retail', size: '1-9', ambition: 2 }, answers: { 'admin.bookkeeping': '3' }, position: 'overview' });
    const history = '{"format":1,"entries":[]}';
    await page.evaluate(([p, h, key]) => { localStorage.setItem(key, p); localStorage.setItem('digitrappen.history.v1', h); }, [progress, history, PROGRESS_KEY]);
    const mine = await page.evaluate(() => ({ ...localStorage }));
    // Someone opens a kiosk link and walks away: the idle reset runs.
    await page.goto(server.url('/?mode=kiosk&idle=5&lang=en'));
    await expect(page.getByTestId('start')).toHaveText(/Start/); // not "Continue": nothing of the browser is offered
    await startWithProfile(page, { industry: 'retail', size: '10-49', ambition: 3 });
    await page.locator('[data-testid=option]').first().click();
    await expect(page.getByTestId('idle-countdown')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('start')).toBeVisible({ timeout: 40_000 });
    expect(await page.evaluate(() => ({ ...localStorage })), 'the personal answers and history are untouched').toEqual(mine);
    // A kiosk reloaded mid-visit (a crash, a power cut) offers nothing of that visitor.
    await startWithProfile(page, { industry: 'retail', size: '10-49', ambition: 3 });
    await page.locator('[data-testid=option]').first().click();
    await page.reload();
    await expect(page.getByTestId('start')).toHaveText(/Start/);
    await expect(page.getByTestId('notice')).toHaveCount(0);
  });

  test('issue 12, kind 7: the idle reset returns to the kiosk\'s configured start, not to the language the last visitor chose', async ({ page, server }) => {
    test.setTimeout(90_000);
    await page.goto(server.url('/?mode=kiosk&idle=5&lang=da'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await page.getByTestId('language').selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(new URL(page.url()).searchParams.get('lang'), 'the kiosk keeps its configured address').toBe('da');
    await startWithProfile(page, { industry: 'retail', size: '10-49', ambition: 3 });
    await page.locator('[data-testid=option]').first().click();
    await expect(page.getByTestId('idle-countdown')).toBeVisible({ timeout: 20_000 });
    // Kind 10: the countdown has its words in the language chosen on the first start screen.
    await expect(page.getByTestId('idle-countdown')).toContainText('Are you still there?');
    await expect(page.getByTestId('idle-countdown')).not.toContainText('idle_');
    await expect(page.getByTestId('start')).toBeVisible({ timeout: 40_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('da');
  });

  test('issue 12, kind 6: idle time is measured by the wall clock, so a kiosk that slept shows the next visitor a fresh start, even after a touch', async ({ page, server }) => {
    for (const wake of ['visibilitychange', 'touch']) {
      await page.clock.install();
      await page.goto(server.url('/?mode=kiosk&idle=60&lang=en'));
      await startWithProfile(page, { industry: 'retail', size: '10-49', ambition: 3 });
      await page.locator('[data-testid=option]').first().click();
      await expect(page.getByTestId('question')).toBeVisible();
      await sleepsAndWakes(page, wake);
      await expect(page.getByTestId('start'), wake).toBeVisible();
      await expect(page.getByTestId('question')).toHaveCount(0);
    }
  });

  test('issue 12, kind 8: the first start screen returns to the kiosk\'s start after the idle time and its countdown; untouched, it stays', async ({ page, server }) => {
    await page.clock.install();
    await page.goto(server.url('/?mode=kiosk&idle=30&lang=da'));
    await expect(page.getByTestId('start')).toBeVisible();
    await expect(page.getByTestId('mode')).toHaveAttribute('data-idle', '30');
    // Untouched for an hour: nothing happens (no reload flashing on an empty kiosk).
    await page.evaluate(() => { window.untouchedMarker = true; });
    await page.clock.runFor(60 * 60 * 1000);
    expect(await page.evaluate(() => window.untouchedMarker)).toBe(true);
    await expect(page.getByTestId('idle-countdown')).toHaveCount(0);
    // A visitor switches to English on the first screen and walks away.
    await page.getByTestId('language').selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.clock.runFor(29 * 1000);
    await expect(page.getByTestId('idle-countdown')).toHaveCount(0);
    await page.clock.runFor(2 * 1000);
    await expect(page.getByTestId('idle-countdown')).toBeVisible();
    await page.clock.runFor(21 * 1000);
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page.getByTestId('start')).toBeVisible();
    expect(await page.evaluate(() => window.untouchedMarker), 'the page started afresh').toBeUndefined();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('da');
  });

  test('issue 12, kind 8: the app\'s own start screen (back from the profile) returns to the kiosk\'s start after the idle time too', async ({ page, server }) => {
    await page.clock.install();
    await page.goto(server.url('/?mode=kiosk&idle=30&lang=da'));
    await page.getByTestId('start').click();
    await expect(page.getByTestId('profile')).toBeVisible();
    await page.getByTestId('back').click();
    await expect(page.getByTestId('start')).toBeVisible();
    await page.getByTestId('language').selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.evaluate(() => { window.lastVisitor = true; });
    // The idle time, then the countdown, with nobody there.
    await page.clock.runFor(31 * 1000);
    await expect(page.getByTestId('idle-countdown')).toBeVisible();
    await page.clock.runFor(21 * 1000);
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page.getByTestId('start')).toBeVisible();
    expect(await page.evaluate(() => window.lastVisitor), 'the page started afresh').toBeUndefined();
  });

  test('issue 12, kind 6: the first start screen measures idle time by the wall clock too: after a sleep, waking or a touch starts afresh', async ({ page, server }) => {
    for (const wake of ['visibilitychange', 'touch']) {
      await page.clock.install();
      await page.goto(server.url('/?mode=kiosk&idle=30&lang=da'));
      await expect(page.getByTestId('start')).toBeVisible();
      await page.getByTestId('language').selectOption('en');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await page.evaluate(() => { window.lastVisitor = true; });
      await sleepsAndWakes(page, wake);
      await expect(page.locator('html'), wake).toHaveAttribute('lang', 'da');
      await expect(page.getByTestId('start')).toBeVisible();
      expect(await page.evaluate(() => window.lastVisitor), `${wake}: the page started afresh`).toBeUndefined();
    }
  });

  test('the kiosk start screen has no text inputs and opens no saved result', async ({ page, server }) => {
    await page.goto(server.url('/?mode=kiosk'));
    await expect(page.getByTestId('start')).toBeVisible();
    await expect(page.getByTestId('start-open-saved')).toHaveCount(0);
    expect(await page.locator('input:not([type=radio]), textarea').count()).toBe(0);
  });
});

test.describe('the site owner', () => {
  const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360f8cfc0000003010100c9fe92ef0000000049454e44ae426082', 'hex');

  test('themes the app from config.json: a too-light colour is darkened to AA, the logo shows', async ({ page, server, guard }) => {
    const name = `theme-${Date.now()}.json`;
    const logo = `data:image/png;base64,${PNG.toString('base64')}`;
    fs.mkdirSync(`${DIST}/sites`, { recursive: true });
    fs.writeFileSync(`${DIST}/sites/${name}`, JSON.stringify({ version: 1, mode: 'embed', lang: 'en', theme: { primary: '#ffcc00', accent: '#00aa88' }, logo }));
    try {
      await page.goto(server.url(`/?config=sites/${name}`));
      await expect(page.getByTestId('mode')).toHaveAttribute('data-mode', 'embed');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('.site-logo')).toHaveAttribute('src', logo);
      const primary = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--primary').trim());
      expect(primary).not.toBe('#ffcc00');
      expect(primary).toMatch(/^#[0-9a-f]{6}$/);
      expect(await contrastOf(page.getByTestId('start'))).toBeGreaterThanOrEqual(4.5);
      await page.getByTestId('start').click();
      await expect(page.getByTestId('profile')).toBeVisible();
      await expect(page.locator('.site-logo')).toHaveAttribute('src', logo);
      // Embedded on another site, the frame wears the same colours.
      const host = await hostSite(server.origin, `config=sites/${name}`);
      guard.expect(/request off the app's origin: http:\/\/localhost/);
      try {
        await page.goto(host.url);
        const app = page.frameLocator('iframe[data-digitrappen]');
        await expect(app.getByTestId('mode')).toHaveAttribute('data-mode', 'embed');
        await expect.poll(() => app.locator('html').evaluate((h) => getComputedStyle(h).getPropertyValue('--primary').trim())).toBe(primary);
        await expect(app.locator('.site-logo')).toHaveAttribute('src', logo);
      } finally {
        await host.close();
      }
      // A projector keeps its own 7:1 palette whatever the site chose.
      await page.goto(server.url(`/?config=sites/${name}&mode=projector`));
      await expect(page.getByTestId('mode')).toHaveAttribute('data-mode', 'projector');
      // (The visitor is on the profile now: its Next button wears the primary colour.)
      expect(await contrastOf(page.getByTestId('next'))).toBeGreaterThanOrEqual(7);
    } finally {
      fs.rmSync(`${DIST}/sites/${name}`);
      if (fs.readdirSync(`${DIST}/sites`).length === 0) fs.rmdirSync(`${DIST}/sites`);
    }
  });

  test('gets a snippet, a checked config.json and a live preview from "Embed on your website"', async ({ page, server }) => {
    await page.goto(server.url('/?embed-setup&lang=en'));
    await expect(page.getByTestId('embed-setup')).toBeVisible();
    await expect(page.getByTestId('config-check')).toBeVisible();
    await page.getByLabel(/Main colour/).fill('#ffcc00');
    await expect(page.getByTestId('embed-adjusted')).toHaveAttribute('data-field', 'theme.primary');
    await expect(page.getByTestId('embed-adjusted')).toContainText(/1\.\d/);
    const previewPrimary = await page.getByTestId('embed-preview').evaluate((e) => getComputedStyle(e).getPropertyValue('--primary').trim());
    expect(previewPrimary).toMatch(/^#[0-9a-f]{6}$/);
    expect(previewPrimary).not.toBe('#ffcc00');

    await page.getByTestId('embed-mode').selectOption('kiosk');
    await page.getByTestId('embed-lang').selectOption('nb');
    const snippet = await page.getByTestId('embed-snippet').inputValue();
    expect(snippet).toContain('<iframe');
    expect(snippet).toContain('title="');
    expect(snippet).toContain('mode=kiosk');
    expect(snippet).toContain('lang=nb');
    expect(snippet).toContain(`${server.origin}/static/embed.js`);
    expect(snippet).not.toContain('sandbox');

    // A contact with a bad e-mail is named by its field, and the file cannot be taken yet.
    await page.getByTestId('embed-add-contact').click();
    await page.locator('#contact-0-name').fill('Mette Jensen');
    await page.locator('#contact-0-email').fill('mette@');
    await expect(page.locator('[data-testid=embed-problem][data-field="contacts[0].email"]')).toBeVisible();
    await expect(page.getByTestId('embed-download')).toBeDisabled();
    await page.locator('#contact-0-email').fill('mette@klynge.example');
    await expect(page.getByTestId('embed-problem')).toHaveCount(0);

    // The logo is read from a local file into the configuration; an oversized one is refused.
    await page.getByTestId('embed-logo').setInputFiles({ name: 'big.png', mimeType: 'image/png', buffer: Buffer.concat([PNG, Buffer.alloc(60_000)]) });
    await expect(page.getByTestId('embed-logo-error')).toBeVisible();
    await page.getByTestId('embed-logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
    await expect(page.getByTestId('embed-logo-error')).toHaveCount(0);
    await expect(page.getByTestId('embed-preview').locator('img')).toHaveAttribute('src', /^data:image\/png;base64,/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('embed-download').click()]);
    expect(download.suggestedFilename()).toBe('config.json');
    const config = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    expect(config).toMatchObject({ version: 1, mode: 'kiosk', lang: 'nb', theme: { primary: '#ffcc00' } });
    expect(config.contacts[0]).toMatchObject({ name: 'Mette Jensen', email: 'mette@klynge.example' });
    expect(config.logo).toMatch(/^data:image\/png;base64,/);
    await expectNoAxeViolations(page);
  });
});

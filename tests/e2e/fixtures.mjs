// Fixtures shared by every end-to-end test:
// - `server`: dist/ served on 127.0.0.1 on a free port (at "/" and at "/sub/dir/").
// - `guard` (automatic): fails the test on any console error, uncaught page error, request
//   that leaves the app's origin, Content-Security-Policy violation, or axe-core violation
//   on the page as the test leaves it (in the test's context and in any context it opens
//   with `browser.newContext`), or a text shown as its raw key (a text the page
//   had not loaded, issue 12 kind 10), unless the test names it with `guard.expect(re)`
//   (and then the named problem must really occur).
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');

export const test = base.extend({
  server: [async ({}, use) => {
    const server = await startServer({ root: DIST });
    await use(server);
    await server.close();
  }, { scope: 'worker' }],

  guard: [async ({ browser, context, page, server }, use) => {
    const problems = [];
    const expected = [];
    const origins = [server.origin];
    const watch = async (ctx) => {
      ctx.on('request', (request) => {
        const url = new URL(request.url());
        if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !origins.includes(url.origin)) {
          problems.push(`request off the app's origin: ${request.url()}`);
        }
      });
      ctx.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      ctx.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
      await ctx.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
        });
      });
    };
    await watch(context);
    // A test that opens a browser of its own (a fresh context: "a new computer") is
    // guarded the same way; its pages still open at the end are checked like `page`.
    const fresh = [];
    const newContext = browser.newContext;
    browser.newContext = async (...args) => {
      const ctx = await newContext.apply(browser, args);
      await watch(ctx);
      fresh.push(ctx);
      return ctx;
    };

    await use({
      /** Names a problem this test causes on purpose (e.g. a refused request). */
      expect(pattern) { expected.push({ pattern, seen: false }); },
      /** Names another origin the app is served from in this test (by its own server). */
      serves(origin) { origins.push(origin); },
    });

    browser.newContext = newContext;
    for (const shown of [page, ...fresh.flatMap((ctx) => ctx.pages())]) {
      if (shown.isClosed() || !origins.includes(new URL(shown.url()).origin)) continue;
      // A question's Back and Next stick to the bottom of the window and overlay the last
      // answers until the page is scrolled to them; axe sees the page scrolled to its end.
      await shown.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expectNoAxeViolations(shown);
      await expectNoRawTextKeys(shown);
    }
    const unexpected = problems.filter((p) => {
      const match = expected.find((e) => e.pattern.test(p));
      if (match) match.seen = true;
      return !match;
    });
    expect(unexpected, 'console errors, off-origin requests or CSP violations').toEqual([]);
    const missing = expected.filter((e) => !e.seen).map((e) => String(e.pattern));
    expect(missing, 'problems the test expected but that did not happen').toEqual([]);
  }, { auto: true }],
});

export { expect };

/**
 * The start screen shown and the app itself running behind it, having read the browser's
 * storage. The static start screen shows before the app runs, so a test that writes
 * storage right after it could race the app's own first read (the app would migrate and
 * save what the test wrote before the test reloads); tests that seed storage wait for this.
 */
export async function appStarted(page) {
  await expect(page.getByTestId('start')).toBeVisible();
  await expect(page.locator('#app > .stage')).toHaveCount(1);
}

/** Holds the app's wasm back (the static start screen stays) until the returned function is called. */
export async function holdTheApp(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/pkg/app/digitrappe_bg.*.wasm', async (route) => { await held; await route.continue(); });
  return () => release();
}

/** The axe-core rule sets every run checks: WCAG 2.0, 2.1 and 2.2 at A and AA, and best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe-core (WCAG 2.x A and AA rules and best practices) on the page as it is. */
export async function expectNoAxeViolations(page, where = 'axe-core violations') {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, where).toEqual([]);
}

/** The app's own strings' keys that could pass for no word (they hold an underscore). */
const ALL_UI_KEYS = Object.keys(JSON.parse(fs.readFileSync(path.join(ROOT, 'content/i18n/en.json'), 'utf8')).texts)
  .filter((k) => k.startsWith('ui.')).map((k) => k.slice(3));
const UI_KEYS = ALL_UI_KEYS.filter((k) => k.includes('_'));
/** Keys that are one lower-case word ("retry", "loading"): shown raw, they are an element's whole text. */
const WORD_KEYS = ALL_UI_KEYS.filter((k) => !k.includes('_'));

/** Fails if the page shows a text's key instead of the text (in any frame of the app). */
export async function expectNoRawTextKeys(page) {
  for (const frame of page.frames()) {
    if (!frame.url().startsWith('http')) continue;
    const shown = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
    const raw = UI_KEYS.filter((key) => new RegExp(`(^|[^\\w.])${key}($|[^\\w])`).test(shown));
    const words = await frame.evaluate((keys) => [...document.querySelectorAll('body *')]
      .filter((e) => e.childElementCount === 0 && keys.includes(e.textContent.trim())).map((e) => e.textContent.trim()), WORD_KEYS).catch(() => []);
    expect([...raw, ...words], `text keys shown instead of their text on ${frame.url()}`).toEqual([]);
  }
}

export const PROGRESS_KEY = 'digitrappen.progress.v2';

/** The app's saved progress, parsed, or null. */
export async function savedProgress(page) {
  const raw = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  return raw === null ? null : JSON.parse(raw);
}

/** The golden personas (tests/fixtures/personas.json), as the native tests use them. */
export const PERSONAS = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/personas.json'), 'utf8'));

const MODEL = JSON.parse(fs.readFileSync(path.join(ROOT, 'content/model.json'), 'utf8'));

/**
 * Opens the app on a persona's result, as if they had answered every question before:
 * their progress is put in storage and the page reloaded at `address`.
 */
export async function openResultOf(page, server, persona, address) {
  await page.goto(server.url(address));
  await expect(page.locator('[data-testid=start], [data-testid=result]').first()).toBeVisible();
  const answers = Object.fromEntries(MODEL.questions.map((q) => [q.id, personaAnswer(persona, q.id)]));
  const progress = { format: 2, content: MODEL.version, profile: persona.profile, answers, position: 'result' };
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [PROGRESS_KEY, JSON.stringify(progress)]);
  await page.reload();
  await resultDrawn(page);
}

/**
 * Waits for the whole result: the board is painted first, the details in the next task
 * (`data-complete` on the result says they are drawn).
 */
export async function resultDrawn(page) {
  await expect(page.locator('[data-testid=result][data-complete]')).toBeVisible();
}

/** The answer a persona gives to a question. */
export function personaAnswer(persona, id) {
  return persona.answers[id] ?? persona.default;
}

/** From the start screen: Start, fill in the profile, go on to the first question. */
export async function startWithProfile(page, { industry, size, ambition }) {
  await page.getByTestId('start').click();
  await expect(page.getByTestId('profile')).toBeVisible();
  await page.getByTestId('profile-industry').selectOption(industry);
  await page.getByTestId('profile-size').selectOption(size);
  await page.getByTestId('profile-ambition').selectOption(String(ambition));
  await page.getByTestId('next').click();
  await expect(page.getByTestId('question')).toBeVisible();
}

/**
 * Answers the questions on screen until the result shows: `choose(questionId)` returns
 * the data-value to pick. Returns the IDs of the questions answered, in order.
 */
export async function answerAll(page, choose) {
  const seen = [];
  const question = page.getByTestId('question');
  const result = page.getByTestId('result');
  for (;;) {
    await expect(question.or(result)).toBeVisible();
    if (await result.isVisible()) {
      await resultDrawn(page);
      return seen;
    }
    const id = await question.getAttribute('data-question-id');
    expect(seen, `question ${id} came twice`).not.toContain(id);
    seen.push(id);
    await question.locator(`[data-testid=option][data-value="${choose(id)}"]`).click();
    await page.getByTestId('next').click();
    await expect(question.or(result)).not.toHaveAttribute('data-question-id', id);
  }
}

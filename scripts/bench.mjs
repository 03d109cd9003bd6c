// Side by side: Digitrappen (the built dist/) against a SurveyJS peer asking the same
// questions (bench/surveyjs/, built here into target/bench/surveyjs/). Both are served
// gzip-compressed from 127.0.0.1 and loaded in Chromium throttled through CDP (1.6 Mbit/s
// down and up, 150 ms latency, CPU 4x slower), each run in a fresh browser context,
// app and peer interleaved. Prints the medians and the ratios (app / peer) as a markdown
// table, then the issue's targets; timings are reported, never asserted.
//
//   node scripts/bench.mjs [--runs 5] [--dist DIR] [--json]
//
// What each number is, exactly (the same for both unless said otherwise):
// - Bytes are counted by the server: every byte it writes on its sockets (HTTP headers
//   and gzip bodies) from navigation until the page is idle, i.e. no request open for
//   500 ms. The server sees the service worker's requests too.
//   - first load: load the page (service workers blocked), wait for the start screen,
//     then idle. Nothing is clicked. (The peer has no Start to press: its first load and
//     start screen are taken from its questionnaire run, which waits for idle before
//     the first answer; the app's come from a run of their own.)
//   - bytes to the result: load (service workers blocked), press Start as soon as it
//     shows, fill in the profile, answer every question, Next until the result (app) or
//     thank-you page (peer), then idle.
//   - first visit with the service worker: load with service workers allowed, wait until
//     #app has data-offline-ready (the worker has precached the whole app), then idle.
//     The peer has no worker: its number is its bytes to the result.
// - Times are taken in the page, from navigation start (performance.timeOrigin), to the
//   first task after the next animation frame once the element is in the DOM and
//   rendered (requestAnimationFrame, then setTimeout 0): "visible and painted".
//   - page load -> start screen: app [data-testid=start]; peer: the first page's
//     question (it has no start screen).
//   - page load -> first question: the app's Start is clicked in the page the moment it
//     shows; then the profile's first control ([data-testid=profile-industry]) shows. The
//     peer's first page is its profile, so this is its first question again. The app's
//     profile is static HTML at first (answerable before the app arrives, Next waits for
//     the app), so this does not time the app itself:
//   - page load -> the app itself: the app has taken the page from the static screens
//     (#app > .stage > *; the stage itself has display: contents), in the same run
//     (Start, the profile and Next pressed at once); peer: its first page. Reported, no
//     target.
//   - answer click -> paint: for each of the questions' answer clicks, from the click
//     event's timestamp to the first task after the next animation frame following the
//     radio button's change event (by then the page's handlers, and the render they queue
//     as microtasks, have run, and that frame is painted). p50 and p95 within each run.
//   - last Next -> result painted: from the click on the last Next to the result's board
//     ([data-testid=board]) or the peer's thank-you page (.sd-completedpage) painted; and
//     to the whole result painted (the app draws its details after the board's first
//     paint: [data-testid=result][data-complete]; the peer: its thank-you page again).
// - memory after a run: at the result, after a forced garbage collection (CDP
//   HeapProfiler.collectGarbage): the V8 heap in use (CDP Runtime.getHeapUsage usedSize)
//   plus the byte size of every WebAssembly.Memory the page instantiated and still holds
//   (the page's WebAssembly.instantiate* are wrapped to keep weak references to them).

import { chromium } from '@playwright/test';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { buildPeer, PEER_OUT } from '../bench/surveyjs/build.mjs';
// The project's own server says which files a host may cache as immutable (names that
// carry their content's hash); the bench's server follows it when it does.
import * as projectServer from './server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---- options ----------------------------------------------------------------------------
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  if (i + 1 >= argv.length) fail(`--${name} needs a value`);
  return argv[i + 1];
};
function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}
const RUNS = Number(option('runs', '5'));
if (!Number.isInteger(RUNS) || RUNS < 1) fail(`--runs must be a whole number of at least 1, not ${option('runs')}`);
const DIST = path.resolve(option('dist', process.env.BENCH_DIST || path.join(ROOT, 'dist')));
const JSON_OUT = argv.includes('--json');
if (!fs.existsSync(path.join(DIST, 'index.html'))) fail(`no built app in ${DIST} (run scripts/build, or pass --dist DIR)`);

/** The throttling, applied through CDP to every page. */
export const NETWORK = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 200_000 };
export const CPU_SLOWDOWN = 4;
const IDLE_MS = 500;

/** The issue's targets (issue 14). */
const TARGETS = {
  bytesToResult: 0.6, // app / peer
  firstQuestion: 0.5, // app / peer
  startScreen: 0.3, // app / peer
  swOverResult: 1.15, // app's first visit with the worker / app's bytes to the result
  answerPaintP95: 0.35, // app / peer
  resultPaintedMs: 150, // app, ms
};

/** One persona's profile and answers (tests/fixtures/personas.json), the same for both. */
const PERSONA = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/personas.json'), 'utf8'))
  .find((p) => p.id === 'kidswear-webshop');
const MODEL = JSON.parse(fs.readFileSync(path.join(ROOT, 'content/model.json'), 'utf8'));
const answerFor = (id) => String(PERSONA.answers[id] ?? PERSONA.default);

// ---- a static server that gzips and counts the bytes it sends ------------------------------
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8', '.map': 'application/json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|wasm)|image\/svg\+xml)/;

const { IMMUTABLE } = projectServer;

/**
 * Serves `root` on 127.0.0.1 as a static host with gzip would: every compressible file
 * gzip-compressed (level 9, compressed once and kept) when the request accepts gzip;
 * caching as scripts/server.mjs does it: ETag with Cache-Control: no-cache (a repeat
 * request is revalidated, answered 304), except that a file whose name carries its hash
 * (server.mjs's IMMUTABLE) is cached as immutable.
 */
export function startBenchServer(dir) {
  const root = path.resolve(dir);
  const files = new Map();
  const load = (file) => {
    const stat = fs.statSync(file);
    const known = files.get(file);
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known;
    const body = fs.readFileSync(file);
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    const entry = {
      mtimeMs: stat.mtimeMs, size: stat.size, body, type,
      gzip: COMPRESSIBLE.test(type) ? zlib.gzipSync(body, { level: 9 }) : null,
      etag: `"${crypto.createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`,
    };
    files.set(file, entry);
    return entry;
  };
  const sockets = new Set();
  let log = [];
  let open = 0;
  let last = Date.now();
  const server = http.createServer((req, res) => {
    open += 1;
    last = Date.now();
    const item = { path: req.url, status: 0, body: 0 };
    log.push(item);
    res.on('close', () => { open -= 1; last = Date.now(); item.status = res.statusCode; });
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    let file;
    try {
      file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    } catch {
      return void res.writeHead(400).end();
    }
    if (file !== root && !file.startsWith(root + path.sep)) return void res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    const entry = load(file);
    const cache = IMMUTABLE.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
    const headers = { 'Content-Type': entry.type, ETag: entry.etag, 'Cache-Control': cache, Vary: 'Accept-Encoding' };
    if (req.headers['if-none-match'] === entry.etag) return void res.writeHead(304, headers).end();
    const gzip = entry.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] || '');
    const body = gzip ? entry.gzip : entry.body;
    if (gzip) headers['Content-Encoding'] = 'gzip';
    headers['Content-Length'] = body.length;
    item.body = req.method === 'HEAD' ? 0 : body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  server.on('connection', (socket) => sockets.add(socket));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({
        origin,
        url: (p = '/') => origin + p,
        /** The requests answered since the last call: path, status and body bytes sent. */
        requests: () => { const all = log; log = []; return all; },
        /** Every byte written on the server's sockets so far (headers and bodies). */
        bytes: () => [...sockets].reduce((n, s) => n + s.bytesWritten, 0),
        /** Resolves once no request has been open for `ms` (at most `timeout` ms). */
        idle: async (ms = IDLE_MS, timeout = 60_000) => {
          const until = Date.now() + timeout;
          while (Date.now() < until) {
            if (open === 0 && Date.now() - last >= ms) return true;
            await new Promise((r) => setTimeout(r, 50));
          }
          return false;
        },
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}

// ---- what runs in the page ----------------------------------------------------------------
/**
 * Installed before any of the page's scripts: watches for the elements named in `cfg`
 * and records when each shows and is painted, times answer clicks to their paint, keeps
 * weak references to the page's WebAssembly memories, and (with cfg.autoStart) clicks
 * Start the moment it shows.
 */
function instrument(cfg) {
  const marks = {};
  const answers = [];
  const memories = [];
  let clicked = null;
  let lastNext = null;
  window.__bench = { marks, answers, memories };

  const keep = (instance) => {
    try {
      for (const value of Object.values(instance.exports)) if (value instanceof WebAssembly.Memory) memories.push(new WeakRef(value));
    } catch { /* not an instance */ }
  };
  const { instantiate, instantiateStreaming } = WebAssembly;
  WebAssembly.instantiate = function (...args) {
    return instantiate.apply(this, args).then((r) => { keep(r instanceof WebAssembly.Instance ? r : r.instance); return r; });
  };
  if (instantiateStreaming) {
    WebAssembly.instantiateStreaming = function (...args) {
      return instantiateStreaming.apply(this, args).then((r) => { keep(r.instance); return r; });
    };
  }

  const afterPaint = (fn) => requestAnimationFrame(() => setTimeout(fn, 0));
  const shown = (el) => el && el.isConnected && el.getClientRects().length > 0
    && (!el.checkVisibility || el.checkVisibility({ visibilityProperty: true }));
  const watches = [
    { name: 'start', selector: cfg.start, then: (el) => {
      if (cfg.autoStart) {
        el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
        el.click();
      }
    } },
    { name: 'first', selector: cfg.first },
    { name: 'app', selector: cfg.app },
    { name: 'result', selector: cfg.result, then: () => { marks.resultFromNext = lastNext; } },
    { name: 'complete', selector: cfg.complete },
  ];
  const check = () => {
    for (const w of watches) {
      if (w.done) continue;
      const el = document.querySelector(w.selector);
      if (!shown(el)) continue;
      w.done = true;
      marks[`${w.name}Shown`] = performance.now();
      afterPaint(() => { marks[w.name] = performance.now(); });
      w.then?.(el);
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // A stylesheet that arrives can show an element without changing the DOM.
  document.addEventListener('load', check, true);
  const poll = setInterval(() => { check(); if (watches.every((w) => w.done)) clearInterval(poll); }, 100);

  addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    if (!target) return;
    if (clicked === null && target.closest(cfg.answer)) clicked = e.timeStamp;
    if (target.closest(cfg.next)) lastNext = e.timeStamp;
  }, true);
  addEventListener('change', (e) => {
    if (clicked === null || !(e.target instanceof Element) || !e.target.closest(cfg.answer)) return;
    const t0 = clicked;
    clicked = null;
    afterPaint(() => answers.push(performance.now() - t0));
  });
}

/** Sums the WebAssembly memories the page still holds, in bytes. */
function wasmBytes() {
  let sum = 0;
  for (const ref of window.__bench.memories) {
    const memory = ref.deref();
    if (memory) sum += memory.buffer.byteLength;
  }
  return sum;
}

/** Clicks an answer, then waits until the page has timed it to its paint (so that Next is not pressed meanwhile). */
async function answered(page, click) {
  const before = await page.evaluate(() => window.__bench.answers.length);
  await click();
  await page.waitForFunction((n) => window.__bench.answers.length > n, before, { polling: 50, timeout: 10_000 })
    .catch(() => { /* not timed: counted as missing after the run */ });
}

// ---- the two sides ------------------------------------------------------------------------
const APP = {
  name: 'Digitrappen',
  path: '/?lang=da',
  hooks: {
    start: '[data-testid=start]',
    first: '[data-testid=profile-industry]',
    app: '#app > .stage > *',
    answer: '[data-testid=question] [data-testid=option]',
    next: '[data-testid=next]',
    result: '[data-testid=board]',
    // The board paints first; the details follow in the next task.
    complete: '[data-testid=result][data-complete]',
  },
  firstQuestion: "the profile's first control ([data-testid=profile-industry]) after Start",
  /** A start screen before the questionnaire: the first load is measured on its own, without pressing Start. */
  startScreen: true,
  async answerAll(page) {
    const { profile } = PERSONA;
    await page.getByTestId('profile-industry').selectOption(profile.industry);
    await page.getByTestId('profile-size').selectOption(profile.size);
    await page.getByTestId('profile-ambition').selectOption(String(profile.ambition));
    await page.getByTestId('next').click();
    const question = page.getByTestId('question');
    const result = page.getByTestId('board');
    for (let n = 0; ; n += 1) {
      await question.or(result).first().waitFor();
      if (await result.isVisible()) return n;
      if (n > MODEL.questions.length) throw new Error('more questions than the model has');
      const id = await question.getAttribute('data-question-id');
      await answered(page, () => question.locator(`[data-testid=option][data-value="${answerFor(id)}"]`).click());
      await page.getByTestId('next').click();
      await page.waitForFunction((was) => {
        const q = document.querySelector('[data-testid=question]');
        return document.querySelector('[data-testid=board]') || (q && q.dataset.questionId !== was);
      }, id, { polling: 50 });
    }
  },
};

const PEER = {
  name: 'SurveyJS',
  path: '/',
  hooks: {
    start: '[data-name=industry] select',
    first: '[data-name=industry] select',
    app: '[data-name=industry] select',
    answer: '.sd-question .sd-selectbase__item',
    next: '.sd-navigation__next-btn, .sd-navigation__complete-btn',
    result: '.sd-completedpage',
    complete: '.sd-completedpage',
  },
  firstQuestion: "the first page's question (the profile's industry; no start screen)",
  startScreen: false,
  async answerAll(page) {
    const { profile } = PERSONA;
    await page.locator('[data-name=industry] select').selectOption(profile.industry);
    await page.locator('[data-name=size] select').selectOption(profile.size);
    await page.locator('[data-name=ambition] select').selectOption(String(profile.ambition));
    await page.locator('.sd-navigation__next-btn').click();
    const question = page.locator('.sd-question[data-name]');
    const result = page.locator('.sd-completedpage');
    for (let n = 0; ; n += 1) {
      await question.or(result).first().waitFor();
      if (await result.isVisible()) return n;
      if (n > MODEL.questions.length) throw new Error('more questions than the model has');
      const id = await question.first().getAttribute('data-name');
      await answered(page, () => question.first().locator(`label.sd-selectbase__label:has(input[value="${answerFor(id)}"])`).click());
      await page.locator('.sd-navigation__next-btn:visible, .sd-navigation__complete-btn:visible').first().click();
      await page.waitForFunction((was) => {
        const q = document.querySelector('.sd-question[data-name]');
        return document.querySelector('.sd-completedpage') || (q && q.dataset.name !== was);
      }, id, { polling: 50 });
    }
  },
};

// ---- one run ------------------------------------------------------------------------------
const LAUNCH = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
};

/** A moment for the browser to finish tearing down the previous context before the next one loads. */
const SETTLE_MS = 1000;

async function openPage(browser, side, { serviceWorkers = 'block', autoStart = false } = {}) {
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const context = await browser.newContext({ serviceWorkers, locale: 'da-DK', viewport: { width: 1280, height: 800 } });
  const errors = [];
  context.on('weberror', (e) => errors.push(`page error: ${e.error().message}`));
  await context.addInitScript(instrument, { ...side.hooks, autoStart });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console error: ${m.text()}`); });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page, cdp, errors };
}

const marksOf = (page) => page.evaluate(() => ({ marks: window.__bench.marks, answers: window.__bench.answers }));

/** Load only: first-load bytes and the start screen's time. */
async function runLoad(browser, server, side) {
  const { context, page, errors } = await openPage(browser, side);
  try {
    server.requests();
    const before = server.bytes();
    await page.goto(server.url(side.path));
    await page.waitForFunction(() => window.__bench.marks.start !== undefined, null, { polling: 100, timeout: 60_000 });
    await server.idle();
    const bytes = server.bytes() - before;
    const { marks } = await marksOf(page);
    return { firstLoad: bytes, startScreen: marks.start, files: { firstLoad: server.requests() }, errors };
  } finally {
    await context.close();
  }
}

/** The whole questionnaire: Start at once, profile, every answer, to the result. */
async function runFlow(browser, server, side) {
  const { context, page, cdp, errors } = await openPage(browser, side, { autoStart: true });
  try {
    server.requests();
    const before = server.bytes();
    await page.goto(server.url(side.path));
    await page.waitForFunction(() => window.__bench.marks.first !== undefined, null, { polling: 100, timeout: 60_000 });
    // Idle before the first answer: for the peer, which has no Start to press, this is
    // exactly its first load (nothing clicked yet), so it needs no load-only run.
    await server.idle();
    const atFirst = server.bytes() - before;
    const asked = await side.answerAll(page);
    await page.waitForFunction(() => window.__bench.marks.result !== undefined, null, { polling: 100, timeout: 60_000 });
    await server.idle();
    const bytes = server.bytes() - before;
    const files = server.requests();
    const { marks, answers } = await marksOf(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(wasmBytes);
    if (answers.length !== asked) errors.push(`timed ${answers.length} answer clicks of ${asked}`);
    return {
      ...(side.startScreen ? {} : { firstLoad: atFirst, startScreen: marks.start }),
      bytesToResult: bytes,
      startScreenInFlow: marks.start,
      firstQuestion: marks.first,
      appReady: marks.app,
      questions: asked,
      answerPaint: answers,
      answerPaintP50: percentile(answers, 50),
      answerPaintP95: percentile(answers, 95),
      resultPainted: marks.result - marks.resultFromNext,
      resultComplete: marks.complete - marks.resultFromNext,
      jsHeap: heap.usedSize,
      heapUsage: heap,
      wasmMemory: wasm,
      memory: heap.usedSize + wasm,
      files: { toResult: files },
      errors,
    };
  } finally {
    await context.close();
  }
}

/** The app's first visit with its service worker: until it is offline-ready, then idle. */
async function runServiceWorker(browser, server, side) {
  const { context, page, errors } = await openPage(browser, side, { serviceWorkers: 'allow' });
  try {
    server.requests();
    const before = server.bytes();
    await page.goto(server.url(side.path));
    const ready = await page.waitForSelector('#app[data-offline-ready]', { state: 'attached', timeout: 90_000 })
      .then(() => true, () => false);
    await server.idle();
    if (!ready) errors.push('the app did not mark itself offline-ready within 90 s (counted until the network was idle)');
    return { firstVisitSw: server.bytes() - before, offlineReady: ready, files: { firstVisitSw: server.requests() }, errors };
  } finally {
    await context.close();
  }
}

// ---- statistics and output -----------------------------------------------------------------
function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  return sorted[lo] + (sorted[Math.ceil(rank)] - sorted[lo]) * (rank - lo);
}
const median = (values) => percentile(values.filter((v) => Number.isFinite(v)), 50);

const ROWS = [
  { key: 'firstLoad', label: 'first load (KB gzip over the wire, service worker blocked)', unit: 'KB' },
  { key: 'bytesToResult', label: 'bytes to the result (KB, service worker blocked)', unit: 'KB' },
  { key: 'firstVisitSw', label: 'first visit with the service worker (KB; peer: its bytes to the result)', unit: 'KB' },
  { key: 'startScreen', label: 'page load -> start screen (ms; peer: its first question)', unit: 'ms' },
  { key: 'firstQuestion', label: "page load -> first question (ms; app: the profile's first control after Start)", unit: 'ms' },
  { key: 'appReady', label: 'page load -> the app itself (ms; app: taken over from the static screens; peer: its first page)', unit: 'ms' },
  { key: 'answerPaintP50', label: 'answer click -> paint p50 (ms)', unit: 'ms' },
  { key: 'answerPaintP95', label: 'answer click -> paint p95 (ms)', unit: 'ms' },
  { key: 'resultPainted', label: 'last Next -> result painted (ms; app: its board)', unit: 'ms' },
  { key: 'resultComplete', label: 'last Next -> whole result painted (ms; app: with its details)', unit: 'ms' },
  { key: 'memory', label: 'memory after a run (MB: JS heap + wasm memory)', unit: 'MB' },
];
const show = (value, unit) => {
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === 'KB') return (value / 1000).toFixed(1);
  if (unit === 'MB') return (value / 1e6).toFixed(2);
  return value.toFixed(0);
};

function summarise(runs) {
  const med = {};
  for (const side of ['app', 'peer']) {
    med[side] = {};
    const keys = new Set(runs[side].flatMap((r) => Object.keys(r)));
    for (const key of keys) {
      const values = runs[side].map((r) => r[key]).filter((v) => typeof v === 'number');
      if (values.length) med[side][key] = median(values);
    }
  }
  // The peer has no service worker: a first visit fetches what its bytes to the result are.
  med.peer.firstVisitSw = med.peer.bytesToResult;
  const ratio = Object.fromEntries(ROWS.map(({ key }) => [key, med.app[key] / med.peer[key]]));
  const targets = [
    { target: 'bytes to the result', measured: ratio.bytesToResult, limit: TARGETS.bytesToResult, kind: 'ratio' },
    { target: 'page load -> first question', measured: ratio.firstQuestion, limit: TARGETS.firstQuestion, kind: 'ratio' },
    { target: 'page load -> start screen', measured: ratio.startScreen, limit: TARGETS.startScreen, kind: 'ratio' },
    { target: "first visit with the service worker / the app's own bytes to the result",
      measured: med.app.firstVisitSw / med.app.bytesToResult, limit: TARGETS.swOverResult, kind: 'x' },
    { target: 'answer click -> paint p95', measured: ratio.answerPaintP95, limit: TARGETS.answerPaintP95, kind: 'ratio' },
    { target: 'last Next -> result painted (app)', measured: med.app.resultPainted, limit: TARGETS.resultPaintedMs, kind: 'ms' },
  ].map((t) => ({ ...t, pass: Number.isFinite(t.measured) && t.measured <= t.limit }));
  return { median: med, ratio, targets };
}

function markdown({ median: med, ratio, targets }, meta) {
  const lines = [];
  lines.push(`Digitrappen vs SurveyJS ${meta.surveyjs}: medians of ${meta.runs} run${meta.runs === 1 ? '' : 's'} each, interleaved; `
    + `Chromium throttled to ${NETWORK.downloadThroughput * 8 / 1e6} Mbit/s down/up, ${NETWORK.latency} ms latency, CPU ${CPU_SLOWDOWN}x; `
    + `gzip level 9; ${meta.questions} questions plus the 3-choice profile.`);
  lines.push('');
  lines.push('| | Digitrappen | SurveyJS | ratio |');
  lines.push('|---|---:|---:|---:|');
  for (const { key, label, unit } of ROWS) {
    lines.push(`| ${label} | ${show(med.app[key], unit)} | ${show(med.peer[key], unit)} | ${Number.isFinite(ratio[key]) ? ratio[key].toFixed(2) : 'n/a'} |`);
  }
  lines.push('');
  lines.push(`Memory, medians: Digitrappen JS heap ${show(med.app.jsHeap, 'MB')} MB + wasm ${show(med.app.wasmMemory, 'MB')} MB; `
    + `SurveyJS JS heap ${show(med.peer.jsHeap, 'MB')} MB + wasm ${show(med.peer.wasmMemory, 'MB')} MB. `
    + `First question: Digitrappen ${APP.firstQuestion}; SurveyJS ${PEER.firstQuestion}.`);
  lines.push('');
  lines.push('| target (issue 14) | measured | limit | |');
  lines.push('|---|---:|---:|---|');
  for (const t of targets) {
    const measured = !Number.isFinite(t.measured) ? 'n/a' : t.kind === 'ms' ? `${t.measured.toFixed(0)} ms` : `${t.measured.toFixed(2)}${t.kind === 'x' ? 'x' : ''}`;
    const limit = t.kind === 'ms' ? `<= ${t.limit} ms` : `<= ${t.limit}${t.kind === 'x' ? 'x' : ''}`;
    lines.push(`| ${t.target} | ${measured} | ${limit} | ${t.pass ? 'pass' : 'FAIL'} |`);
  }
  return lines.join('\n');
}

// ---- main ---------------------------------------------------------------------------------
const say = (m) => console.error(m);
const started = Date.now();
say(`bench: building the SurveyJS peer into ${path.relative(ROOT, PEER_OUT)}/`);
await buildPeer(PEER_OUT);
const surveyjs = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/survey-core/package.json'), 'utf8')).version;

const appServer = await startBenchServer(DIST);
const peerServer = await startBenchServer(PEER_OUT);
const browser = await chromium.launch(LAUNCH);
const runs = { app: [], peer: [] };
const problems = [];
try {
  for (let i = 1; i <= RUNS; i += 1) {
    for (const [side, server, key] of [[APP, appServer, 'app'], [PEER, peerServer, 'peer']]) {
      const t = Date.now();
      const timed = async (f) => { const t0 = Date.now(); const r = await f(); r.seconds = (Date.now() - t0) / 1000; return r; };
      const load = side.startScreen ? await timed(() => runLoad(browser, server, side)) : { errors: [] };
      const flow = await timed(() => runFlow(browser, server, side));
      const sw = key === 'app' ? await timed(() => runServiceWorker(browser, server, side)) : { errors: [] };
      const run = {
        ...load, ...flow, ...sw,
        files: { ...load.files, ...flow.files, ...sw.files },
        seconds: { load: load.seconds, flow: flow.seconds, serviceWorker: sw.seconds },
        errors: [...load.errors, ...flow.errors, ...sw.errors],
      };
      for (const e of run.errors) problems.push(`${side.name} run ${i}: ${e}`);
      runs[key].push(run);
      say(`bench: run ${i}/${RUNS} ${side.name.padEnd(11)} ${((Date.now() - t) / 1000).toFixed(1)} s: `
        + `first load ${show(run.firstLoad, 'KB')} KB, to result ${show(run.bytesToResult, 'KB')} KB, `
        + `start ${show(run.startScreen, 'ms')} ms, first question ${show(run.firstQuestion, 'ms')} ms, `
        + `answer p95 ${show(run.answerPaintP95, 'ms')} ms, result ${show(run.resultPainted, 'ms')} ms`);
    }
  }
} finally {
  await browser.close();
  await appServer.close();
  await peerServer.close();
}

const summary = summarise(runs);
const meta = {
  runs: RUNS, surveyjs, questions: MODEL.questions.length, dist: DIST, peer: PEER_OUT,
  network: NETWORK, cpuSlowdown: CPU_SLOWDOWN, seconds: Math.round((Date.now() - started) / 1000),
};
if (JSON_OUT) {
  console.log(JSON.stringify({ meta, ...summary, runs, problems }, null, 2));
} else {
  console.log(markdown(summary, meta));
  if (problems.length) console.log(`\nNoted during the runs:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  say(`\nbench: ${meta.seconds} s`);
}

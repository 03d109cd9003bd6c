// End-to-end tests: the built dist/ served on 127.0.0.1, driven in Debian's Chromium.
// Run through scripts/test, which builds dist/ and installs the browser first.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'target/e2e/results',
  // Some tests answer all 42 questions one by one (about 25 s on an idle machine); a
  // slower or busy CI machine gets room, as every wait is for a condition, not a time.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    locale: 'en-GB',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    // The app registers a service worker (sw.js), which would answer requests that a test
    // routes with page.route() from its cache. Tests that are about the worker (offline,
    // and the first-load budget, measured as a visitor's browser loads it) allow it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      // Flags that keep Chromium from reaching out to the network on its own.
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
});

import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser (`playwright install` is not used here).
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // Each test is a whole user journey (a case from lead to closing, a GI applicant to a linked
  // case); on the 2-core CI machine with two workers the longest take ~60 s, but ~2.5 min when the
  // machine also runs other jobs (load 10+), so allow five minutes; there, screens were seen to
  // appear just over 10 s after the step that opens them, so each expectation waits up to 30 s.
  timeout: 300_000,
  expect: { timeout: 30_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  outputDir: '../../test-results/e2e',
  // Gives the run an id for its temp data directories, and fails the run if any is left behind.
  globalSetup: './global.ts',
  reporter: [['list'], ['json', { outputFile: '../../test-results/playwright.json' }]],
  use: {
    browserName: 'chromium',
    viewport: { width: 1366, height: 820 },
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      // Without these, Chromium keeps trying to reach Google's services on a machine with no network.
      args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    },
  },
});

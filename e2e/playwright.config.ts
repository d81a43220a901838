import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './support/chromium.ts';

/**
 * Browser journeys in Debian's Chromium (`/usr/bin/chromium`; never a downloaded browser) against the built
 * studio and a real PostgreSQL. Each spec starts its own studio process (see support/studio.ts) on a fresh data
 * directory, so specs can also stop and restart it.
 */
export default defineConfig({
  testDir: './specs',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM_LAUNCH,
  },
});

import { defineConfig } from '@playwright/test';

// One port for this run, chosen once in the main process and inherited by the global setup and workers.
process.env.PUENTE_E2E_PORT ??= String(41000 + (process.pid % 8000));
const baseURL = `http://localhost:${process.env.PUENTE_E2E_PORT}`;

export default defineConfig({
  testDir: './tests',
  globalSetup: './support/global-setup.ts',
  globalTeardown: './support/global-teardown.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: true,
  reporter: process.env.PUENTE_E2E_REPORT ? [['list'], ['json', { outputFile: process.env.PUENTE_E2E_REPORT }]] : [['list']],
  use: {
    baseURL,
    locale: 'es-ES',
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});

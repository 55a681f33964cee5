import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { E2E_ADMIN_PASSWORD, E2E_CLIENT_DIST_DIR } from './accounts.ts';

const root = path.resolve(import.meta.dirname, '../..');
const port = Number(process.env.E2E_PORT ?? 3107);
// A fresh PGlite data directory per run, so every run meets the app as a new user does.
const dataDir = mkdtempSync(path.join(tmpdir(), 'peta-e2e-'));
// Reports and traces; E2E_OUT_DIR lets two runs on one machine keep apart.
const outDir = process.env.E2E_OUT_DIR ?? path.join(root, 'tests/.out');

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: path.join(outDir, 'playwright.json') }]],
  outputDir: path.join(outDir, 'playwright'),
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    locale: 'id-ID',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: 'node --import tsx src/main.ts',
    cwd: path.join(root, 'server'),
    url: `http://127.0.0.1:${port}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
      CLIENT_DIST_DIR: E2E_CLIENT_DIST_DIR,
    },
  },
});

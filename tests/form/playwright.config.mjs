// Playwright for the seller-form binding: `npx playwright test -c tests/form`.
// Uses the system Chromium (never downloads a browser) and serves www/ on 127.0.0.1 with the
// page's own server (scripts/serve.mjs); the WebAssembly module must already be built into
// www/pkg/ and the check-only one the form loads into www/pkg/check/ (scripts/build-wasm.sh).
import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.mjs';

const port = Number(process.env.KO_FORM_PORT || 4817);

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results/form',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${port}`,
    cwd: new URL('../..', import.meta.url).pathname,
    url: `http://127.0.0.1:${port}/form/`,
    reuseExistingServer: false,
    timeout: 10_000,
  },
});

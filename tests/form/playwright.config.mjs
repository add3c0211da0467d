// Playwright for the seller-form binding: `npx playwright test -c tests/form`.
// Uses the system Chromium (never downloads a browser) and serves www/ on 127.0.0.1 with the
// page's own server (scripts/serve.mjs); the WebAssembly module must already be built into
// www/pkg/ (scripts/build-wasm.sh).
import { defineConfig } from '@playwright/test';

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
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
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

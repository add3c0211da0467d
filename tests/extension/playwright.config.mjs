// End-to-end tests of the unpacked Chrome build (dist/extension-chrome/, made by
// scripts/build-extension.sh) in Debian's Chromium, headless, against tests/extension/server.mjs.
//   npx playwright test -c tests/extension
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs$/,
  // One browser with the extension per worker; two cores: one worker.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results/extension',
});

// Takes the README's screenshot of the page (docs/screenshots/web-page.png) in headless Debian
// Chromium: `node tests/e2e/screenshot.mjs` after scripts/build-wasm.sh.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.mjs';

const root = new URL('../../', import.meta.url).pathname;
const port = 8189;
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector('body[data-ready=true]');
  await page.click('#listing-example');
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${root}docs/screenshots/web-page.png` });
} finally {
  await browser.close();
  server.kill();
}

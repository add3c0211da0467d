// Manual smoke run: node tests/extension/smoke.mjs /search.html
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer } from './server.mjs';
const EXT = path.resolve('dist/extension-chrome');
const { server, log } = createServer();
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ko-'));
const ctx = await chromium.launchPersistentContext(dir, { headless: true, executablePath: '/usr/bin/chromium', args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-sandbox', '--disable-gpu'] });
let [sw] = ctx.serviceWorkers(); if (!sw) sw = await ctx.waitForEvent('serviceworker');
sw.on('console', (m) => console.log('SW:', m.text()));
const page = await ctx.newPage();
page.on('console', (m) => console.log('PAGE:', m.text()));
const t0 = Date.now();
await page.goto(origin + (process.argv[2] || '/search.html'));
for (let i = 0; i < 40; i++) { const n = await page.locator('knockoff-badge').count(); if (n) { console.log('badges', n, 'after', Date.now() - t0, 'ms'); } await page.waitForTimeout(500); if (i > 4 && n) break; }
console.log(await sw.evaluate(() => globalThis.__knockoff.stats));
console.log(await page.evaluate(() => window.__longtasks));
if (process.argv[3]) await page.screenshot({ path: process.argv[3] });
await ctx.close(); server.close();

// Benchmark, not a test: the page's long tasks (over 50 ms) and longest gap between animation
// frames on pages of 1,000 cards, with the page alone (knockoff switched off for the site) and
// with knockoff, and knockoff's own slices of main-thread work (its test hook). Wall-clock
// figures of a shared machine: printed for BENCHMARKS.md, never a pass or fail.
//
//   bash scripts/build-extension.sh && node tests/extension/bench-longtasks.mjs [--runs 3]
//   KNOCKOFF_EXTENSION=DIR node tests/extension/bench-longtasks.mjs    (another unpacked build)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createServer } from './server.mjs';
import { launchWithExtension } from './browser.mjs';
import { CHROMIUM } from '../chromium.mjs';

const i = process.argv.indexOf('--runs');
const RUNS = i > 0 ? Number(process.argv[i + 1]) : 3;
const PAGES = [
  // [what, path, cards when done]
  ['1,000 cards on one static page', '/search.html?n=1000', () => 1000],
  ['1,000 cards by infinite scroll', '/infinite.html?auto=1000&batch=50', (page) => page.evaluate(() => window.__loaded)],
];

const { server } = createServer();
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knockoff-bench-'));
const context = await launchWithExtension(dir);
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const page = await context.newPage();

const until = async (fn, timeout = 60_000) => {
  for (const end = Date.now() + timeout; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) if (await fn()) return;
  throw new Error(`timed out: ${fn}`);
};
const badges = () => page.locator('knockoff-badge').count();

/** Loads `url`, waits until it is done (all cards loaded, and badged with knockoff on) and a quiet moment after. */
async function measure(url, on, cards) {
  await page.goto(url);
  const since = await page.evaluate(() => {
    window.__maxFrameGap = 0;
    return performance.now();
  });
  await until(() => page.evaluate(() => !document.querySelector('meta[name="ko-auto"]') || window.__autoDone === true));
  const n = await cards(page);
  if (on) await until(async () => (await badges()) === n);
  else await page.waitForTimeout(3000);
  await page.waitForTimeout(800);
  const longtasks = (await page.evaluate(() => window.__longtasks)).filter((t) => t.start >= since).map((t) => t.duration);
  const gap = await page.evaluate(() => Math.round(window.__maxFrameGap));
  let own = null;
  if (on) {
    await page.bringToFront();
    const [tab] = await worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
    // A build without the test hook (an older one, given with KNOCKOFF_EXTENSION) answers nothing.
    const reply = await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'slices' }).catch(() => null), tab.id);
    const ms = reply ? reply.slices.map((s) => s.ms) : [];
    if (reply) own = { slices: ms.length, sum: ms.reduce((a, b) => a + b, 0), max: Math.max(...ms) };
  }
  return { longtasks, gap, own, badges: await badges() };
}

const r1 = (x) => Math.round(x * 10) / 10;
console.log(`${execFileSync(CHROMIUM, ['--version']).toString().trim()}, ${os.cpus().length} cores, ${RUNS} runs per page`);
for (const [what, p, cards] of PAGES) {
  for (let run = 1; run <= RUNS; run++) {
    await worker.evaluate(() => chrome.storage.local.set({ offSites: ['127.0.0.1'], testHook: true }));
    const alone = await measure(origin + p, false, cards);
    await worker.evaluate(() => chrome.storage.local.set({ offSites: [] }));
    const withKo = await measure(origin + p, true, cards);
    console.log(
      `${what}, run ${run}: page alone ${alone.longtasks.length} long tasks ${JSON.stringify(alone.longtasks)}, longest frame gap ${alone.gap} ms | ` +
        `with knockoff (${withKo.badges} badges) ${withKo.longtasks.length} long tasks ${JSON.stringify(withKo.longtasks)}, longest frame gap ${withKo.gap} ms; ` +
        (withKo.own ? `knockoff's own slices: ${withKo.own.slices}, ${r1(withKo.own.sum)} ms in all, longest ${r1(withKo.own.max)} ms` : 'no test hook in this build'),
    );
  }
}
await context.close();
server.close();
fs.rmSync(dir, { recursive: true, force: true });

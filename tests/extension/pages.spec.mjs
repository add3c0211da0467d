// The extension on marketplace-like pages: badge counts and levels, reasons, placement, hostile
// titles, strict CSP, pages that change, pages with nothing to badge, and no network traffic.
import fs from 'node:fs';
import { test, expect, badgesSettled, badgeReport, inspectBadges, clickBadge, hoverBadge, hookSlices, takeSlices, backgroundStats } from './fixtures.mjs';
import { SAVED } from './server.mjs';
import { listings } from './fixtures/catalog.mjs';
import { HOSTILE_TITLES } from './fixtures/pages.mjs';

const expected = (n, seed = 0) => {
  const c = { low: 0, medium: 0, high: 0 };
  for (const l of listings(n, { seed })) c[l.expect]++;
  return c;
};

test('search grid: each of the 60 cards gets exactly one badge, at its title, with its level', async ({ page, server }) => {
  await page.goto(server.url('/search.html'));
  await badgesSettled(page, 60);
  const r = await badgeReport(page);
  expect(r.cards).toBe(60);
  expect(r.cardsWithOne).toBe(60);
  expect(r.strays).toBe(0);
  expect(r.mismatches).toEqual([]);
  expect(r.counts).toEqual(expected(60));
  expect(r.counts).toEqual({ low: 40, medium: 10, high: 10 });
  // Next to the title: in the card's heading, right after the title's link (never inside it),
  // on the title's last line or, where the title ends at the card's edge, on a line of its own.
  const placed = await page.$$eval('knockoff-badge', (bs) =>
    bs.map((b) => (b.previousElementSibling?.matches('h2.s-title > a') && !b.closest('a, button') ? (b.offsetHeight > 0 ? 'own line' : 'after') : 'elsewhere')),
  );
  expect(placed.filter((p) => p === 'elsewhere')).toEqual([]);
  expect(placed.filter((p) => p === 'after').length).toBeGreaterThan(30);
  // Nothing outside the results (filters, banner, pagination, header) got one.
  expect(await page.locator('aside knockoff-badge, header knockoff-badge, nav knockoff-badge, .banner knockoff-badge, .pagination knockoff-badge').count()).toBe(0);
});

test('cards inside one control (a carousel drawn as a button): each badge in its own card', async ({ page, server }) => {
  await page.goto(server.url('/carousel.html'));
  await badgesSettled(page, 4);
  const r = await badgeReport(page);
  expect(r.cards).toBe(4);
  expect(r.cardsWithOne).toBe(4);
  expect(r.strays).toBe(0);
  // Right after the card's own title link, not after the carousel around all of them.
  const placed = await page.$$eval('knockoff-badge', (bs) => bs.map((b) => b.previousElementSibling?.matches('h2.s-title > a') ?? false));
  expect(placed).toEqual([true, true, true, true]);
});

test('badges are closed shadow roots that say their level in text and colour', async ({ page, server }) => {
  await page.goto(server.url('/search.html'));
  await badgesSettled(page, 60);
  const badges = await inspectBadges(page, { styles: true });
  expect(badges).toHaveLength(60);
  for (const b of badges) {
    expect(b.mode).toBe('closed');
    expect(b.text).toContain({ low: 'Low risk', medium: 'Medium risk', high: 'High risk' }[b.level]);
    expect(b.label).toMatch(/^knockoff: (Low|Medium|High) risk, score \d+ of 100/);
  }
  const colours = Object.fromEntries(badges.map((b) => [b.level, b.style.background]));
  expect(colours).toEqual({ low: 'rgb(231, 245, 236)', medium: 'rgb(255, 243, 214)', high: 'rgb(179, 38, 30)' });
  // The page cannot reach inside: no script of the page sees the badge's contents.
  expect(await page.evaluate(() => document.querySelector('knockoff-badge').shadowRoot)).toBeNull();
});

test('list view in German with euro prices', async ({ page, server }) => {
  await page.goto(server.url('/list.html'));
  await badgesSettled(page, 12);
  const r = await badgeReport(page, 'li.s-item');
  expect(r.cardsWithOne).toBe(12);
  expect(r.mismatches).toEqual([]);
  expect(r.counts).toEqual({ low: 7, medium: 2, high: 3 });
});

test('product page with JSON-LD: the product at its title, and the related cards', async ({ page, server }) => {
  await page.goto(server.url('/product-jsonld.html'));
  await badgesSettled(page, 6);
  const main = page.locator('h1#productTitle knockoff-badge');
  await expect(main).toHaveCount(1);
  await expect(main).toHaveAttribute('data-knockoff-level', 'high');
  const r = await badgeReport(page, '.carousel [data-expect]');
  expect(r.cardsWithOne).toBe(5);
  expect(r.mismatches).toEqual([]);
  // The buy box, breadcrumbs and description got nothing else.
  expect(await page.locator('.buybox knockoff-badge').count()).toBe(1);
  expect(await page.locator('.breadcrumbs knockoff-badge, .description knockoff-badge').count()).toBe(0);
});

test('product page without structured data: the product and why it is high risk', async ({ page, server }) => {
  await page.goto(server.url('/product-plain.html'));
  await badgesSettled(page, 6);
  const main = page.locator('h1#productTitle knockoff-badge');
  await expect(main).toHaveAttribute('data-knockoff-level', 'high');
  await clickBadge(page, main);
  const [first] = await inspectBadges(page);
  expect(first.expanded).toBe(true);
  // The reasons: the disguised brand with the matched words, and the price below the floor.
  expect(first.text).toContain('G U C C I');
  expect(first.text).toMatch(/Gucci belts listed at 25\.00 USD, \d+% below the \d+ USD/);
  expect(first.text).toContain('This badge is wrong');
});

test('reasons open on hover, focus and click; keyboard works; a click on a badge follows no link', async ({ page, server }) => {
  await page.goto(server.url('/search.html'));
  await badgesSettled(page, 60);
  const url = page.url();
  const second = page.locator('knockoff-badge').nth(1); // card 2: high risk
  await expect(second).toHaveAttribute('data-knockoff-level', 'high');

  await hoverBadge(page, second);
  await expect.poll(async () => (await inspectBadges(page))[1].expanded).toBe(true);
  const shown = (await inspectBadges(page))[1].text;
  expect(shown).toMatch(/Gucci handbags listed at 89\.00 USD/);
  expect(shown).toContain('matched in price: $89.00');
  await page.mouse.move(5, 5);
  await expect.poll(async () => (await inspectBadges(page))[1].expanded).toBe(false);

  // Click: the badge sits right after the title link; clicking it opens the reasons, nothing navigates.
  await clickBadge(page, second);
  await page.waitForTimeout(300);
  expect(page.url()).toBe(url);
  expect((await inspectBadges(page))[1].expanded).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await inspectBadges(page))[1].expanded).toBe(false);

  // Keyboard: Tab from the title link lands on the badge, which opens; Enter pins it; Tab
  // reaches "This badge is wrong", Enter files the report.
  await page.focus('[data-index="2"] h2 a');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement.localName)).toBe('knockoff-badge');
  await expect.poll(async () => (await inspectBadges(page))[1].expanded).toBe(true);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  expect(page.url()).toBe(url);
  await expect.poll(async () => (await inspectBadges(page))[1].text).toContain('Reported, thank you');
});

test('"this badge is wrong" reports are kept locally with the listing and reasons', async ({ page, server, worker }) => {
  await page.goto(server.url('/search.html'));
  await badgesSettled(page, 60);
  await clickBadge(page, page.locator('knockoff-badge').nth(4)); // card 5: medium
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => worker.evaluate(async () => (await chrome.storage.local.get('reports')).reports?.length ?? 0)).toBe(1);
  const [report] = await worker.evaluate(async () => (await chrome.storage.local.get('reports')).reports);
  expect(report.site).toBe('127.0.0.1');
  expect(report.level).toBe('medium');
  expect(report.listing.title).toMatch(/^Gucci Horsebit 1955 shoulder bag/);
  expect(report.reasons.map((r) => r.rule)).toContain('price-below-floor');
});

test('hostile markup in titles stays text: nothing runs, nothing loads, nothing is parsed', async ({ page, server }) => {
  await page.goto(server.url('/hostile.html'));
  await badgesSettled(page, HOSTILE_TITLES.length);
  const r = await badgeReport(page);
  expect(r.mismatches).toEqual([]);
  // Open every panel so every title and matched word has been written into the badges.
  const n = await page.locator('knockoff-badge').count();
  for (let i = 0; i < n; i++) {
    await clickBadge(page, page.locator('knockoff-badge').nth(i));
    await page.keyboard.press('Escape');
  }
  const badges = await inspectBadges(page);
  const allowed = new Set(['button', 'span', 'div', 'ul', 'li', 'mark', 'style']);
  for (const b of badges) expect(b.tags.filter((t) => !allowed.has(t))).toEqual([]);
  const text = badges.map((b) => b.text).join('\n');
  expect(text).toContain('Gucci <img src=x onerror="window.__pwned=\'img\'"> shoulder bag');
  expect(text).toContain('<script>window.__pwned="script"</script>');
  expect(text).toContain('<iframe src="/evil.html"></iframe>');
  // The page's own DOM gained no element from a title.
  expect(await page.locator('img[src="x"], svg[onload], iframe, #pwn, [onmouseover]').count()).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await page.waitForTimeout(300);
  const paths = server.log.map((e) => e.path);
  expect(paths.filter((p) => /^\/(x|evil\.html|pwn)\b/.test(p))).toEqual([]);
});

test('strict CSP page: the page cannot compile WebAssembly, the badges still come', async ({ page, server }) => {
  const response = await page.goto(server.url('/strict-csp.html'));
  expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(response.headers()['content-security-policy']).not.toContain('wasm-unsafe-eval');
  const wasmInPage = await page.evaluate(() =>
    WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => 'compiled', (e) => `refused: ${e.message}`),
  );
  expect(wasmInPage).toMatch(/^refused/);
  await badgesSettled(page, 12);
  const r = await badgeReport(page);
  expect(r.mismatches).toEqual([]);
  expect(r.counts).toEqual(expected(12, 6));
  // The badges' styles apply (constructed style sheets are outside the page's style-src).
  const badges = await inspectBadges(page, { styles: true });
  const high = badges.find((b) => b.level === 'high');
  expect(high.style.background).toBe('rgb(179, 38, 30)');
  expect(high.style.display).toBe('flex');
  // The only violation is the test's own probe above: the extension caused none.
  expect((await page.evaluate(() => window.__cspViolations)).filter((v) => v.blocked !== 'wasm-eval')).toEqual([]);
});

test('infinite scroll, a filter and single-page navigation: every new card gets a badge', async ({ page, server }) => {
  await page.goto(server.url('/infinite.html'));
  await badgesSettled(page, 20);
  for (let loaded = 20; loaded < 80; ) {
    await page.mouse.wheel(0, 4000);
    await expect.poll(() => page.evaluate(() => window.__loaded)).toBeGreaterThan(loaded);
    loaded = await page.evaluate(() => window.__loaded);
  }
  const total = await page.evaluate(() => window.__loaded);
  await badgesSettled(page, total);
  let r = await badgeReport(page);
  expect(r.cardsWithOne).toBe(total);
  expect(r.mismatches).toEqual([]);

  // A filter replaces the results in place.
  await page.click('#only-bags');
  await expect.poll(() => page.evaluate(() => document.querySelector('#grid .s-result-item').dataset.index)).toBe('3001');
  await badgesSettled(page, 20);
  r = await badgeReport(page);
  expect(r.cards).toBe(20);
  expect(r.mismatches).toEqual([]);

  // Single-page navigation: new address, new results.
  await page.click('#next-page');
  await expect(page).toHaveURL(/\?page=2$/);
  await expect.poll(() => page.evaluate(() => document.querySelector('#grid .s-result-item').dataset.index)).toBe('5001');
  await badgesSettled(page, 20);
  r = await badgeReport(page);
  expect(r.mismatches).toEqual([]);
});

/**
 * What knockoff's content script may do in one slice of the page's main thread: elements
 * serialized, added nodes sent to the engine, listings turned into badges, badges inserted in
 * one animation frame. The page's own mutation batches ("queue"), the browser's intersection
 * reports ("fit") and the badges moving to a line of their own in a frame (as many as those
 * reports found) are the page's and the browser's sizes, reported only.
 */
const SLICE_BOUNDS = { serialize: 2000, scan: 60, resolve: 50, draw: 100 };

/**
 * Checks the slices a page's content script logged against SLICE_BOUNDS and reports their
 * durations (wall-clock time on a shared machine: printed, never a reason to fail).
 */
function sliceReport(slices, label) {
  for (const s of slices) {
    if (s.kind in SLICE_BOUNDS) expect(s.units, `${s.kind} slice`).toBeLessThanOrEqual(SLICE_BOUNDS[s.kind]);
  }
  const ms = slices.map((s) => s.ms);
  const sum = ms.reduce((a, b) => a + b, 0);
  const kinds = {};
  for (const s of slices) {
    const k = (kinds[s.kind] ??= { slices: 0, units: 0, ms: 0, maxMs: 0 });
    k.slices++;
    k.units += s.units;
    k.ms += s.ms;
    k.maxMs = Math.max(k.maxMs, s.ms);
  }
  const round = (x) => Math.round(x * 10) / 10;
  const line =
    `${label}: ${slices.length} knockoff slices, ${round(sum)} ms in all, longest ${round(Math.max(0, ...ms))} ms, ` +
    `${ms.filter((x) => x > 16).length} over 16 ms; ` +
    Object.entries(kinds).map(([k, v]) => `${k} ${v.slices}×, ${v.units} units, ${round(v.ms)} ms, longest ${round(v.maxMs)} ms`).join('; ');
  console.log(line);
  test.info().annotations.push({ type: 'measure', description: line });
  return kinds;
}

async function thousand(page, worker, url, ready) {
  await hookSlices(worker);
  await page.goto(url);
  const cards = await ready();
  const { slices } = await takeSlices(page, worker);
  const kinds = sliceReport(slices, url.replace(/^https?:\/\/[^/]+/, ''));
  // Every card badged exactly once: one badge each, and no badge inserted twice.
  const r = await badgeReport(page);
  expect(r.mismatches).toEqual([]);
  expect(r.cardsWithOne).toBe(cards);
  expect(r.cards).toBe(cards);
  expect(slices.filter((s) => s.kind === 'draw').reduce((n, s) => n + s.badges, 0)).toBe(cards);
  return kinds;
}

test('1,000 cards by infinite scroll: all badged once, in bounded slices', async ({ page, server, worker }) => {
  const kinds = await thousand(page, worker, server.url('/infinite.html?auto=1000&batch=50'), async () => {
    await expect.poll(() => page.evaluate(() => window.__autoDone === true), { timeout: 30_000 }).toBe(true);
    const loaded = await page.evaluate(() => window.__loaded);
    expect(loaded).toBeGreaterThanOrEqual(1000);
    await badgesSettled(page, loaded, { timeout: 60_000 });
    return loaded;
  });
  // The cards the page added went to the engine in small batches.
  expect(kinds.scan.units).toBeGreaterThan(0);
});

test('1,000 cards on one static page: all badged once, in bounded slices', async ({ page, server, worker }) => {
  const kinds = await thousand(page, worker, server.url('/search.html?n=1000'), async () => {
    await badgesSettled(page, 1000, { timeout: 60_000 });
    return 1000;
  });
  // The page was serialized in several slices, and the badges went in over many frames.
  expect(kinds.serialize.slices).toBeGreaterThan(1);
  expect(kinds.draw.slices).toBeGreaterThanOrEqual(1000 / SLICE_BOUNDS.draw);
});

test('a page without listings: no badge, no DOM change, one scan and then quiet', async ({ page, server, worker }) => {
  await hookSlices(worker);
  const before = await backgroundStats(worker);
  await page.goto(server.url('/article.html'));
  await expect.poll(() => worker.evaluate(() => globalThis.__knockoff.stats.scans)).toBe(before.scans + 1);
  await page.waitForTimeout(2500);
  expect(await page.locator('knockoff-badge').count()).toBe(0);
  expect(await page.evaluate(() => window.__mutations)).toBe(0);
  const after = await backgroundStats(worker);
  expect(after.scans - before.scans).toBe(1);
  expect(after.listings - before.listings).toBe(0);
  // knockoff's only work on the page: serializing it once, in bounded slices; nothing resolved or drawn.
  const { slices } = await takeSlices(page, worker);
  sliceReport(slices, '/article.html');
  expect(slices.filter((s) => s.kind === 'serialize').length).toBeGreaterThan(0);
  expect(slices.filter((s) => s.kind !== 'serialize' && !(s.kind === 'resolve' && s.units === 0))).toEqual([]);
});

test('the extension makes no network request', async ({ page, server, requests, browserContext }) => {
  for (const p of ['/search.html', '/product-jsonld.html', '/hostile.html', '/strict-csp.html']) {
    await page.goto(server.url(p));
    await expect.poll(() => page.locator('knockoff-badge').count()).toBeGreaterThan(0);
  }
  await page.goto(server.url('/infinite.html'));
  await badgesSettled(page, 20);
  await page.mouse.wheel(0, 4000);
  await expect.poll(() => page.evaluate(() => window.__loaded)).toBeGreaterThan(20);
  await page.waitForTimeout(1000);
  // Every request Chromium made went to the fixture server, for the pages' own resources, or
  // read the extension's own files; none came from the extension's service worker to the web.
  const web = requests.filter((r) => /^https?:/.test(r.url));
  for (const r of web) expect(r.url.startsWith(server.origin)).toBe(true);
  expect(requests.filter((r) => r.fromWorker && !r.url.startsWith('chrome-extension://'))).toEqual([]);
  const allowed = /^\/(search|product-jsonld|hostile|strict-csp|infinite)\.html$|^\/assets\/[\w-]+\.(js|css)$|^\/img\/p\d+\.svg$|^\/api\/cards\?|^\/favicon\.ico$/;
  expect(server.log.map((e) => e.path).filter((p) => !allowed.test(p))).toEqual([]);
  // The extension's pages load nothing from outside either.
  const ext = requests.filter((r) => r.url.startsWith('chrome-extension://'));
  for (const r of ext) expect(r.url).toMatch(/\/pkg\/knockoff_bg\.wasm$|\.(js|css|html|png)$/);
  void browserContext;
});

// The extraction's saved-shop fixtures (tests/fixtures/pages/, written by the extraction work):
// every listing the engine anchors gets exactly one badge on the live page, and nothing else.
const savedPages = fs.existsSync(SAVED) ? fs.readdirSync(SAVED).filter((f) => f.endsWith('.html')).sort() : [];
for (const name of savedPages) {
  test(`saved shop page ${name}: one badge per anchored listing`, async ({ page, server, worker }) => {
    await hookSlices(worker);
    const before = await backgroundStats(worker);
    await page.goto(server.url(`/saved/${name}`));
    await expect.poll(() => worker.evaluate(() => globalThis.__knockoff.stats.scans)).toBeGreaterThan(before.scans);
    const after = await backgroundStats(worker);
    const found = after.listings - before.listings;
    const anchored = after.anchored - before.anchored;
    // Every listing the engine finds on these pages is one the live page can find again.
    expect(anchored).toBe(found);
    await badgesSettled(page, anchored);
    // No element carries two badges, and every badge sits inside <body>.
    const doubles = await page.$$eval('knockoff-badge', (bs) => {
      const seen = new Set();
      let dup = 0;
      for (const b of bs) {
        const owner = b.parentElement;
        if (seen.has(owner)) dup++;
        seen.add(owner);
      }
      return dup + bs.filter((b) => !b.closest('body')).length;
    });
    expect(doubles).toBe(0);
    console.log(`${name}: ${found} listings found and badged`);
  });
}

// The extension on marketplace-like pages: badge counts and levels, reasons, placement, hostile
// titles, strict CSP, pages that change, pages with nothing to badge, and no network traffic.
import fs from 'node:fs';
import { test, expect, badgesSettled, badgeReport, inspectBadges, clickBadge, hoverBadge } from './fixtures.mjs';
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
  // Next to the title: inside the card's heading after the title text or, where the title ends
  // at the card's edge, just above the heading.
  const placed = await page.$$eval('knockoff-badge', (bs) =>
    bs.map((b) => (b.closest('h2.s-title') ? 'after' : b.nextElementSibling?.matches('h2.s-title') ? 'above' : 'elsewhere')),
  );
  expect(placed.filter((p) => p === 'elsewhere')).toEqual([]);
  expect(placed.filter((p) => p === 'after').length).toBeGreaterThan(30);
  // Nothing outside the results (filters, banner, pagination, header) got one.
  expect(await page.locator('aside knockoff-badge, header knockoff-badge, nav knockoff-badge, .banner knockoff-badge, .pagination knockoff-badge').count()).toBe(0);
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

test('reasons open on hover, focus and click; keyboard works; links under a badge do not follow', async ({ page, server }) => {
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

  // Click: the badge sits inside the title link, which must not navigate.
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
 * Loads `path` and returns the long tasks that started after the load event, the longest gap
 * between animation frames and the extension's own longest slice of main-thread work.
 */
async function measureLoad(page, worker, path, ready) {
  await page.goto(path);
  const since = await page.evaluate(() => {
    window.__maxFrameGap = 0;
    return performance.now();
  });
  await ready();
  await page.waitForTimeout(800);
  const longtasks = (await page.evaluate(() => window.__longtasks)).filter((t) => t.start >= since);
  const gap = await page.evaluate(() => Math.round(window.__maxFrameGap));
  const tabs = await worker.evaluate(() => globalThis.__knockoff.stats.tabs);
  const perf = Object.values(tabs).map((t) => t.perf).filter(Boolean);
  const slice = perf.length ? Math.max(...perf.map((p) => p.maxSliceMs)) : null;
  return { longtasks, gap, slice };
}

async function thousand(page, worker, server, path, ready) {
  // The observer is live: a deliberate 80 ms task of the page is caught.
  await page.goto(server.url('/article.html'));
  await page.evaluate(
    () =>
      new Promise((done) =>
        setTimeout(() => {
          const t = performance.now();
          while (performance.now() - t < 90);
          done();
        }, 10),
      ),
  );
  await expect.poll(() => page.evaluate(() => window.__longtasks.filter((t) => t.duration >= 75).length)).toBeGreaterThanOrEqual(1);

  // The page alone (knockoff switched off for the site), then with knockoff. This machine is
  // shared: when the page alone already shows long tasks, or knockoff's run does, the pair is
  // measured once more and the quieter pair counts.
  let alone;
  let withKnockoff;
  for (let attempt = 1; attempt <= 2; attempt++) {
    await worker.evaluate(() => chrome.storage.local.set({ offSites: ['127.0.0.1'] }));
    alone = await measureLoad(page, worker, server.url(path), () => ready(false));
    expect(await page.locator('knockoff-badge').count()).toBe(0);
    await worker.evaluate(() => chrome.storage.local.set({ offSites: [] }));
    await worker.evaluate(() => {
      globalThis.__knockoff.stats.tabs = {};
    });
    withKnockoff = await measureLoad(page, worker, server.url(path), () => ready(true));
    const line =
      `${path} (run ${attempt}): page alone: ${alone.longtasks.length} long tasks, longest frame gap ${alone.gap} ms; ` +
      `with knockoff: ${withKnockoff.longtasks.length} long tasks ${JSON.stringify(withKnockoff.longtasks.map((t) => t.duration))}, ` +
      `longest frame gap ${withKnockoff.gap} ms, longest knockoff slice ${withKnockoff.slice} ms`;
    console.log(line);
    test.info().annotations.push({ type: 'measure', description: line });
    if (alone.longtasks.length === 0 && withKnockoff.longtasks.length === 0) break;
  }
  // The extension's own work comes in slices far below the bound...
  expect(withKnockoff.slice).not.toBeNull();
  expect(withKnockoff.slice).toBeLessThan(50);
  // ...and the page shows no task over 50 ms with it (where the page alone shows none).
  if (alone.longtasks.length === 0) expect(withKnockoff.longtasks).toEqual([]);
  const r = await badgeReport(page);
  expect(r.mismatches).toEqual([]);
  return r;
}

test('1,000 cards by infinite scroll: all badged, no task over 50 ms', async ({ page, server, worker }) => {
  const r = await thousand(page, worker, server, '/infinite.html?auto=1000&batch=50', async (on) => {
    await expect.poll(() => page.evaluate(() => window.__autoDone === true), { timeout: 30_000 }).toBe(true);
    if (on) await badgesSettled(page, await page.evaluate(() => window.__loaded), { timeout: 60_000 });
  });
  expect(r.cards).toBeGreaterThanOrEqual(1000);
  expect(r.cardsWithOne).toBe(r.cards);
});

test('1,000 cards on one static page: all badged, no task over 50 ms after load', async ({ page, server, worker }) => {
  const r = await thousand(page, worker, server, '/search.html?n=1000', async (on) => {
    if (on) await badgesSettled(page, 1000, { timeout: 60_000 });
    else await page.waitForTimeout(3000);
  });
  expect(r.cardsWithOne).toBe(1000);
});

test('a page without listings: no badge, no DOM change, one scan and then quiet', async ({ page, server, worker }) => {
  const before = await worker.evaluate(() => ({ ...globalThis.__knockoff.stats }));
  await page.goto(server.url('/article.html'));
  await expect.poll(() => worker.evaluate(() => globalThis.__knockoff.stats.scans)).toBe(before.scans + 1);
  await page.waitForTimeout(2500);
  expect(await page.locator('knockoff-badge').count()).toBe(0);
  expect(await page.evaluate(() => window.__mutations)).toBe(0);
  const after = await worker.evaluate(() => ({ ...globalThis.__knockoff.stats }));
  expect(after.scans - before.scans).toBe(1);
  expect(after.listings - before.listings).toBe(0);
  expect(await page.evaluate(() => window.__longtasks)).toEqual([]);
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
    const before = await worker.evaluate(() => ({ ...globalThis.__knockoff.stats }));
    await page.goto(server.url(`/saved/${name}`));
    await expect.poll(() => worker.evaluate(() => globalThis.__knockoff.stats.scans)).toBeGreaterThan(before.scans);
    const after = await worker.evaluate(() => ({ ...globalThis.__knockoff.stats }));
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

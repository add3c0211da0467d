// The Firefox build's end-to-end smoke suite: Debian's firefox-esr, headless, driven by geckodriver
// over W3C WebDriver, with dist/extension-firefox installed as a temporary add-on. Badges on the
// search fixture and on the strict-CSP page, the popup's counts, the options page's pack switch.
//
//   node tests/firefox/smoke.mjs      (FIREFOX=… and GECKODRIVER=… pick other binaries)
//
// Prints one line per test and then "N passed, M failed"; exits non-zero when any failed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startDriver, Session } from './webdriver.mjs';
import { createServer, STRICT_CSP } from '../extension/server.mjs';
import { listings } from '../extension/fixtures/catalog.mjs';
import { keyPair, packText, feedServer, publish } from '../extension/feeds.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const EXTENSION = path.resolve(here, '../../dist/extension-firefox');
const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
const GECKODRIVER = process.env.GECKODRIVER || 'geckodriver';
// A fixed internal UUID for the add-on, so its pages have a known moz-extension:// origin.
const UUID = '6f1c1b52-4e55-4d2a-9b57-3a0f0c1e2d3f';

const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'manifest.json'), 'utf8'));
const ADDON_ID = manifest.browser_specific_settings.gecko.id;
const EXT = `moz-extension://${UUID}`;

/** Badge levels expected on a fixture page of `n` listings (the catalogue says each one's). */
function expected(n, seed = 0) {
  const c = { low: 0, medium: 0, high: 0 };
  for (const l of listings(n, { seed })) c[l.expect]++;
  return c;
}

/** In the page: badge counts by level, and the cards whose one badge is missing or wrong. */
function badgeReport() {
  const out = { total: 0, counts: { low: 0, medium: 0, high: 0 }, mismatches: 0 };
  for (const b of document.querySelectorAll('knockoff-badge')) {
    out.total++;
    out.counts[b.getAttribute('data-knockoff-level')]++;
  }
  for (const card of document.querySelectorAll('[data-expect]')) {
    const badges = card.querySelectorAll('knockoff-badge');
    if (badges.length !== 1 || badges[0].getAttribute('data-knockoff-level') !== card.dataset.expect) out.mismatches++;
  }
  return out;
}

/** Waits for `n` badges, then a moment more, and returns the page's badge report. */
async function badgesSettled(s, n) {
  await s.waitFor(badgeReport, (r) => r.total === n, { what: `${n} badges` });
  await new Promise((r) => setTimeout(r, 400));
  const r = await s.run(badgeReport);
  assert.equal(r.total, n, 'the badge count changed after settling');
  return r;
}

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

test('the add-on installs on this Firefox as a temporary add-on', async (s, { addonId, version }) => {
  assert.equal(addonId, ADDON_ID);
  const min = manifest.browser_specific_settings.gecko.strict_min_version;
  assert.ok(parseFloat(version) >= parseFloat(min), `Firefox ${version} is below the manifest's minimum ${min}`);
});

test('search fixture: each of the 60 cards gets one badge with its level', async (s, { server }) => {
  await s.go(server.url('/search.html'));
  const r = await badgesSettled(s, 60);
  assert.equal(r.mismatches, 0);
  assert.deepEqual(r.counts, expected(60));
});

test('strict-CSP page: every card badged, no CSP violation', async (s, { server }) => {
  // The page comes with the policy that forbids the page itself WebAssembly and inline styles.
  assert.equal((await fetch(server.url('/strict-csp.html'))).headers.get('content-security-policy'), STRICT_CSP);
  await s.go(server.url('/strict-csp.html'));
  const r = await badgesSettled(s, 12);
  assert.equal(r.mismatches, 0);
  assert.deepEqual(r.counts, expected(12, 6));
  // The page's own listener (tests/extension/fixtures/assets/csp-report.js) saw no violation.
  assert.deepEqual(await s.run(() => window.__cspViolations), []);
});

/**
 * Opens `url` (one of the add-on's pages) in a new tab and switches to it, as a click on the
 * toolbar would: WebDriver may not navigate a tab to a moz-extension:// address, so the tab is
 * opened from the browser's own window (chrome context, geckodriver --allow-system-access).
 */
async function openExtensionPage(s, url) {
  const before = await s.cmd('GET', '/window/handles');
  await s.cmd('POST', '/moz/context', { context: 'chrome' });
  try {
    await s.cmd('POST', '/execute/sync', {
      script: `const w = Services.wm.getMostRecentWindow('navigator:browser');
        w.gBrowser.selectedTab = w.gBrowser.addTab(arguments[0], { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });`,
      args: [url],
    });
  } finally {
    await s.cmd('POST', '/moz/context', { context: 'content' });
  }
  const opened = (await s.cmd('GET', '/window/handles')).filter((h) => !before.includes(h));
  assert.equal(opened.length, 1);
  await s.switchTo(opened[0]);
  // The new tab shows about:blank first: wait for the add-on's page itself.
  await s.waitFor(() => [location.href, document.readyState], (v) => Array.isArray(v) && v[0] === url && v[1] === 'complete', { what: `${url} to load` });
  return opened[0];
}

/** Closes every tab but `keep`, and switches to it. */
async function closeAllBut(s, keep) {
  for (const h of await s.cmd('GET', '/window/handles')) {
    if (h === keep) continue;
    await s.switchTo(h);
    await s.closeWindow();
  }
  await s.switchTo(keep);
}

test('popup: counts by level and the high-risk list for the open page; its results table', async (s, { server }) => {
  await s.go(server.url('/search.html'));
  await badgesSettled(s, 60);
  const page = await s.handle();
  try {
    await openExtensionPage(s, `${EXT}/popup.html`);
    // The page's tab id, as the extension sees it: the one tab that is not this popup's (without
    // the "tabs" permission the popup cannot read the page's address).
    const others = await s.waitFor(
      async () => {
        const own = await browser.tabs.getCurrent();
        return (await browser.tabs.query({})).map((t) => t.id).filter((id) => id !== own.id);
      },
      (v) => Array.isArray(v) && v.length === 1,
      { what: 'the one tab besides the popup' },
    );
    await s.go(`${EXT}/popup.html?tab=${others[0]}`);
    const shown = await s.waitFor(
      () => ({
        high: document.getElementById('n-high').textContent,
        medium: document.getElementById('n-medium').textContent,
        low: document.getElementById('n-low').textContent,
        site: document.getElementById('site-name').textContent,
        listed: document.querySelectorAll('#high-list li').length,
        on: document.getElementById('site-on').checked,
      }),
      (v) => v.site !== undefined && v.site !== '',
      { what: 'the popup to show the counts' },
    );
    const want = expected(60);
    assert.deepEqual(shown, { high: String(want.high), medium: String(want.medium), low: String(want.low), site: '127.0.0.1', listed: want.high, on: true });

    // The tab's results table (what "Open results table" opens): every badged listing, a link each.
    await s.go(`${EXT}/table.html?tab=${others[0]}`);
    const table = await s.waitFor(
      () => ({ rows: document.querySelectorAll('#results tbody tr').length, links: document.querySelectorAll('#results tbody a[href^="http"]').length }),
      (v) => v && v.rows > 0,
      { what: 'the results table to fill' },
    );
    assert.deepEqual(table, { rows: 60, links: 60 });
  } finally {
    await closeAllBut(s, page);
  }
});

test('options page: lists the packs; switching the Gucci pack off and on changes the open page', async (s, { server }) => {
  await s.go(server.url('/search.html'));
  const normal = (await badgesSettled(s, 60)).counts;
  const page = await s.handle();
  try {
    const options = await openExtensionPage(s, `${EXT}/options.html`);
    await s.waitFor(() => document.getElementById('packs').textContent, (t) => typeof t === 'string' && t.includes('Gucci'), { what: 'the packs table' });
    assert.equal(await s.run(() => document.querySelector('input[name=sensitivity]:checked')?.value), '1');
    const gucci = 'input[type=checkbox][aria-label*="Gucci"]';
    // Off: nothing on the page is risky any more. (Hidden tabs draw nothing: look at the page.)
    await s.click(gucci);
    await s.switchTo(page);
    await s.waitFor(badgeReport, (r) => r.total === 60 && r.counts.low === 60, { what: 'every badge low with the pack off' });
    await s.switchTo(options);
    await s.click(gucci);
    await s.switchTo(page);
    await s.waitFor(badgeReport, (r) => JSON.stringify(r.counts) === JSON.stringify(normal), { what: 'the levels back with the pack on' });
  } finally {
    await closeAllBut(s, page);
  }
});

// Firefox asks for the feed's origin with a prompt headless Firefox cannot show; the session's
// `extensions.webextOptionalPermissionPrompts: false` (Firefox's own switch for testing optional
// permissions) grants what permissions.request asks, so the request from the Subscribe click is
// the shipped code's own.
test('options page: a feed on a local server is subscribed, applied, and its rollback refused', async (s) => {
  const root = keyPair();
  const brand = keyPair();
  const feed = feedServer();
  await new Promise((r) => feed.server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${feed.server.address().port}/feed/index.json`;
  const v = (version) => ({ id: 'acme-feed', version, text: packText('acme-feed', 'ACME Feed', version) });
  const page = await s.handle();
  const feedsText = () => document.getElementById('feeds').textContent;
  try {
    publish(feed.files, root, brand, 1, [v('2026.2.0')]);
    await openExtensionPage(s, `${EXT}/options.html`);
    await s.type('#feed-url', url);
    await s.type('#feed-key', root.pub);
    await s.click('#feed-form button');
    await s.waitFor(feedsText, (t) => typeof t === 'string' && t.includes('applied acme-feed 2026.2.0'), { what: 'the feed applied' });
    await s.waitFor(() => document.getElementById('packs').textContent, (t) => typeof t === 'string' && t.includes('from feed'), { what: 'the feed pack listed' });
    publish(feed.files, root, brand, 2, [v('2026.1.0')]);
    await s.click('#feeds li button');
    await s.waitFor(feedsText, (t) => typeof t === 'string' && t.includes('(no rollback)'), { what: 'the rollback refused' });
    await s.click('#feeds li button:nth-of-type(2)');
    await s.waitFor(feedsText, (t) => typeof t === 'string' && t.includes('None: knockoff makes no network request.'), { what: 'unsubscribed' });
    for (const r of feed.log) {
      assert.match(r.path, /^\/feed\/(index\.json|acme-feed\.toml)(\.sig)?$/);
      assert.equal(r.cookie, null);
      assert.equal(r.referer, null);
    }
    assert.equal(feed.log.filter((r) => r.path === '/feed/index.json').length, 2);
  } finally {
    await closeAllBut(s, page);
    await new Promise((r) => feed.server.close(r));
  }
});

// Result pages saved from shops (tests/fixtures/pages/, the extraction's fixtures), in five languages.
const SAVED_RESULTS = ['search-grid-de.html', 'search-ja.html', 'search-list-ru.html', 'marketplace-search-es-ar.html', 'magento-category.html', 'category-itemlist.html'];

test(`saved result pages: one badge per listing the engine finds (${SAVED_RESULTS.length} pages)`, async (s, { server }) => {
  const page = await s.handle();
  // The background's counters, read from an extension page (Firefox's background is a page).
  const ext = await openExtensionPage(s, `${EXT}/options.html`);
  // The background keeps its counters only under the explicit test hook.
  await s.run(() => browser.storage.local.set({ testHook: true }));
  await s.waitFor(() => browser.runtime.getBackgroundPage().then((bg) => Boolean(bg.__knockoff)), (v) => v === true, { what: 'the test hook' });
  const stats = () => browser.runtime.getBackgroundPage().then((bg) => ({ ...bg.__knockoff.stats, tabs: undefined }));
  try {
    for (const name of SAVED_RESULTS) {
      await s.switchTo(ext);
      const before = await s.run(stats);
      await s.switchTo(page);
      await s.go(server.url(`/saved/${name}`));
      await s.switchTo(ext);
      const after = await s.waitFor(stats, (v) => v.scans > before.scans, { what: `a scan of ${name}` });
      const found = after.listings - before.listings;
      const anchored = after.anchored - before.anchored;
      assert.ok(found > 0, `${name}: the engine found no listing`);
      assert.equal(anchored, found, `${name}: listings the live page cannot find again`);
      await s.switchTo(page);
      await badgesSettled(s, anchored);
      // No element carries two badges.
      const owners = await s.run(() => {
        const bs = [...document.querySelectorAll('knockoff-badge')];
        return [bs.length, new Set(bs.map((b) => b.parentElement)).size];
      });
      assert.equal(owners[1], owners[0], `${name}: an element with two badges`);
      console.log(`     ${name}: ${found} listings found and badged`);
    }
  } finally {
    await closeAllBut(s, page);
  }
});

async function main() {
  if (!fs.existsSync(path.join(EXTENSION, 'manifest.json'))) {
    throw new Error(`no Firefox build at ${EXTENSION}: run bash scripts/build-extension.sh first`);
  }
  const version = execFileSync(FIREFOX, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`${version}, ${execFileSync(GECKODRIVER, ['--version'], { encoding: 'utf8' }).split('\n')[0]}`);

  const { server: http } = createServer();
  await new Promise((r) => http.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${http.address().port}`;
  const server = { origin, url: (p) => origin + p };

  const driver = await startDriver(GECKODRIVER, ['--allow-system-access']);
  let session;
  let passed = 0;
  let failed = 0;
  try {
    session = await Session.create(driver.base, {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: FIREFOX,
        args: ['-headless'],
        prefs: {
          'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
          // Nothing leaves the machine: every request but the fixture server's (loopback, never
          // proxied) goes to a closed local port.
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': 9,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': 9,
          'network.proxy.allow_hijacking_localhost': false,
          'browser.safebrowsing.update.enabled': false,
          'extensions.update.enabled': false,
          // Optional permissions are granted without a prompt (the feed test).
          'extensions.webextOptionalPermissionPrompts': false,
        },
      },
    });
    const ctx = { server, addonId: await session.installAddon(EXTENSION), version: session.capabilities.browserVersion };
    for (const t of tests) {
      const started = Date.now();
      try {
        await t.fn(session, ctx);
        passed++;
        console.log(`ok   ${t.name} (${Date.now() - started} ms)`);
      } catch (e) {
        failed++;
        console.log(`FAIL ${t.name}\n     ${String(e.stack || e).split('\n').join('\n     ')}`);
      }
    }
  } finally {
    if (session) await session.quit().catch(() => {});
    await driver.stop();
    await new Promise((r) => http.close(r));
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 && passed === tests.length ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  console.log(`0 passed, ${tests.length} failed`);
  process.exitCode = 1;
});

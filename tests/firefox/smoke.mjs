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
  await s.go(server.url('/strict-csp.html'));
  const r = await badgesSettled(s, 12);
  assert.equal(r.mismatches, 0);
  assert.deepEqual(r.counts, expected(12, 6));
  // The policy is in force (the page itself cannot compile WebAssembly) and the extension broke none of it.
  const inPage = await s.run(() =>
    WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => 'compiled', () => 'refused'),
  );
  assert.equal(inPage, 'refused');
  const violations = await s.run(() => window.__cspViolations.filter((v) => v.blocked !== 'wasm-eval'));
  assert.deepEqual(violations, []);
  assert.ok(STRICT_CSP.includes("script-src 'self'"));
});

test('popup: counts by level and the high-risk list for the open page', async (s, { server }) => {
  await s.go(server.url('/search.html'));
  await badgesSettled(s, 60);
  const page = await s.handle();
  await s.newWindow();
  try {
    await s.go(`${EXT}/popup.html`);
    // The page's tab id, as the extension sees it: the one tab that is not this popup's.
    const tabId = await s.run(async (url) => {
      const own = await browser.tabs.getCurrent();
      const tabs = await browser.tabs.query({});
      return tabs.filter((t) => t.id !== own.id && (!t.url || t.url.startsWith(url))).map((t) => t.id);
    }, server.origin);
    assert.equal(tabId.length, 1, `tabs: ${JSON.stringify(tabId)}`);
    await s.go(`${EXT}/popup.html?tab=${tabId[0]}`);
    const shown = await s.waitFor(
      () => ({
        high: document.getElementById('n-high').textContent,
        medium: document.getElementById('n-medium').textContent,
        low: document.getElementById('n-low').textContent,
        site: document.getElementById('site-name').textContent,
        listed: document.querySelectorAll('#high-list li').length,
        on: document.getElementById('site-on').checked,
      }),
      (v) => v.site !== '' && v.high !== '0',
      { what: 'the popup to show the counts' },
    );
    const want = expected(60);
    assert.deepEqual(shown, { high: String(want.high), medium: String(want.medium), low: String(want.low), site: '127.0.0.1', listed: want.high, on: true });
  } finally {
    await s.closeWindow();
    await s.switchTo(page);
  }
});

test('options page: lists the packs; switching the Gucci pack off and on changes the open page', async (s, { server }) => {
  await s.go(server.url('/search.html'));
  const normal = (await badgesSettled(s, 60)).counts;
  const page = await s.handle();
  await s.newWindow();
  try {
    await s.go(`${EXT}/options.html`);
    await s.waitFor(() => document.getElementById('packs').textContent, (t) => typeof t === 'string' && t.includes('Gucci'), { what: 'the packs table' });
    assert.equal(await s.run(() => document.querySelector('input[name=sensitivity]:checked')?.value), '1');
    const gucci = 'input[type=checkbox][aria-label*="Gucci"]';
    await s.click(gucci);
    await s.switchTo(page);
    await s.waitFor(badgeReport, (r) => r.total === 60 && r.counts.low === 60, { what: 'all badges low with the pack off' });
    await s.switchTo((await s.cmd('GET', '/window/handles')).find((h) => h !== page));
    await s.click(gucci);
    await s.switchTo(page);
    await s.waitFor(badgeReport, (r) => JSON.stringify(r.counts) === JSON.stringify(normal), { what: 'the badges back with the pack on' });
  } finally {
    for (const h of await s.cmd('GET', '/window/handles')) {
      if (h !== page) {
        await s.switchTo(h);
        await s.closeWindow();
      }
    }
    await s.switchTo(page);
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

  const driver = await startDriver(GECKODRIVER);
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
          'app.update.enabled': false,
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

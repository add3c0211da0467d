// Measures the extension on a directory of saved shop pages: how many listings the engine finds,
// how many get exactly one badge, doubled badges, badges outside <body>, and whether a product
// page's main product got its badge.
//
//   node tests/extension/measure-saved.mjs DIR [--products] [--only SUBSTRING] [-v]
//
// DIR holds `*.html` or `*.html.gz` files. Each is served decompressed, as text/html (with
// charset=utf-8 when the bytes are UTF-8, else none, so the page's <meta charset> applies), from a
// loopback server, and loaded in Debian's
// Chromium, headless, with the unpacked Chrome build (dist/extension-chrome, made by
// scripts/build-extension.sh) loaded as tests/extension/fixtures.mjs loads it. Every request not
// to the loopback server (the pages' remote images, CSS, scripts, beacons) is aborted by
// context.route, and every other host name is unresolvable besides: nothing is fetched.
// The pages' own inline scripts run, as they would for a user.
//
// Per page, after the background's first scan, the page counts as settled when neither the
// badge count nor the background's scan count changed for SETTLE_MS (at most PAGE_MS per page).
// Then:
//   bg        the service worker's `globalThis.__knockoff.stats` deltas: scans, listings found,
//             listings anchored (all scans of the page, so a part scan can count one again)
//   found     listings the engine finds in the settled page (the live DOM, badges left out, run
//             through the same module, pkg/node.js): the per-listing figures below use these
//   one       found listings whose element holds exactly one badge (a badge belongs to the
//             innermost listing element around it; listings sharing an element share its badges)
//   badges    knockoff-badge elements; doubled = elements that are the parent of two or more
//   outside   badges not inside <body>
//   main      product pages only (the engine found a listing in the page's product data, i.e.
//             of a source other than "card", the page declares a schema.org Product or og:type
//             product, or --products says every page is one; else "-"): "yes" when a badge is
//             inside, or a sibling of, the first visible <h1> with text, or on the element of such a
//             product-data listing
// With -v, each found listing without a badge is printed with its source, title and the text
// its element shows, to see why the content script's title check (`placement`) refused it.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Checker } from '../../pkg/node.js';
import { launchWithExtension } from './browser.mjs';

const PAGE_MS = 15_000;
const SETTLE_MS = 1_200;

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const allProducts = args.includes('--products');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : null;
const dir = args.find((a, i) => !a.startsWith('-') && !(onlyAt >= 0 && i === onlyAt + 1));
if (!dir || !fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
  console.error('usage: node tests/extension/measure-saved.mjs DIR [--products] [--only SUBSTRING] [-v]');
  process.exit(2);
}
const files = fs
  .readdirSync(dir)
  .filter((f) => /\.html(\.gz)?$/.test(f) && (!only || f.includes(only)))
  .sort();

// ---- the pages, served from 127.0.0.1 only -----------------------------------------------------

const server = http.createServer((req, res) => {
  const m = req.url.match(/^\/p\/(\d+)\.html$/);
  const file = m && files[Number(m[1])];
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    return res.end('not found');
  }
  let body = fs.readFileSync(path.join(dir, file));
  if (file.endsWith('.gz')) body = zlib.gunzipSync(body);
  // Saved pages lost the shop's Content-Type header. Most shops send charset=utf-8, and a UTF-8
  // page without <meta charset> would otherwise be read as windows-1252 (mojibake titles); bytes
  // that are not UTF-8 are left to the page's own <meta charset>.
  let utf8 = true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    utf8 = false;
  }
  res.writeHead(200, { 'content-type': utf8 ? 'text/html; charset=utf-8' : 'text/html', 'cache-control': 'no-store' });
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- one browser with the extension, for all pages ---------------------------------------------

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knockoff-measure-'));
const context = await launchWithExtension(userDataDir);
let blocked = 0;
await context.route('**/*', (route) => {
  if (route.request().url().startsWith(origin + '/')) return route.continue();
  blocked++;
  return route.abort('blockedbyclient');
});
let [worker] = context.serviceWorkers();
if (!worker) worker = await context.waitForEvent('serviceworker');
// The background keeps its counters only under the explicit test hook.
await worker.evaluate(() => chrome.storage.local.set({ testHook: true }));
while (!(await worker.evaluate(() => Boolean(globalThis.__knockoff)))) await new Promise((r) => setTimeout(r, 50));
const stats = () => worker.evaluate(() => {
  const s = globalThis.__knockoff.stats;
  return { scans: s.scans, parts: s.parts, listings: s.listings, anchored: s.anchored, errors: s.errors };
});
// The same engine as the background, for the per-listing check of the settled page.
const checker = new Checker({ sensitivity: 1 });

// ---- in the page (main world): attribution of badges to listing elements ------------------------

/**
 * Runs in the page: its HTML as the content script sends it (wholePage() in content/serializer.js), without
 * badges. Under <html> only <head> and <body>, and in <head> only what the HTML parser keeps
 * there: a script's <iframe> in <head> would otherwise move into <body> when the engine parses
 * the text, and shift every anchor.
 */
function serialize() {
  const HEAD = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'noframes', 'noscript', 'script', 'style', 'template', 'title']);
  const open = (el) => {
    const s = el.cloneNode(false).outerHTML;
    return s.slice(0, s.lastIndexOf('</'));
  };
  const head = [...document.head.children].filter((c) => HEAD.has(c.localName)).map((c) => c.outerHTML).join('');
  return open(document.documentElement) + open(document.head) + head + '</head>' + document.body.outerHTML + '</html>';
}

/** Runs in the page: resolves anchors as the content script does and counts badges per listing. */
function inPage(anchors) {
  const BADGE = 'knockoff-badge';
  // As the content script counts children: under <html> only <head> and <body> (see serialize).
  const kids = (el) =>
    el === document.documentElement ? [document.head, document.body] : [...el.children].filter((c) => c.localName !== BADGE);
  const follow = (path) => {
    let el = document.documentElement;
    for (const i of path || []) el = el && kids(el)[i];
    return path && path.length ? el || null : null;
  };
  const els = anchors.map(follow);
  const owners = new Set(els.filter(Boolean));
  const badges = [...document.querySelectorAll(BADGE)];
  const perEl = new Map();
  const perParent = new Map();
  let strays = 0;
  for (const b of badges) {
    perParent.set(b.parentElement, (perParent.get(b.parentElement) || 0) + 1);
    let e = b.parentElement;
    while (e && !owners.has(e)) e = e.parentElement;
    if (e) perEl.set(e, (perEl.get(e) || 0) + 1);
    else strays++;
  }
  // Pages keep hidden <h1>s ("Adding to basket..."): the first one shown counts.
  const h1 = [...document.querySelectorAll('body h1')].find((h) => h.textContent.trim() && h.checkVisibility());
  const nearH1 = Boolean(h1) && badges.some((b) => h1.contains(b) || b.nextElementSibling === h1 || b.previousElementSibling === h1);
  const declared = Boolean(
    document.querySelector('[itemtype*="schema.org/Product" i], meta[property="og:type"][content*="product" i]') ||
      [...document.querySelectorAll('script[type="application/ld+json"]')].some((s) => /"@type"\s*:\s*(\[\s*)?"Product"/.test(s.textContent)),
  );
  const show = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim().slice(0, 140) : null);
  return {
    perListing: els.map((e) => (e ? perEl.get(e) || 0 : -1)),
    shown: els.map(show),
    badges: badges.length,
    doubled: [...perParent.values()].filter((n) => n > 1).length,
    outside: badges.filter((b) => !b.closest('body')).length,
    strays,
    h1: h1 ? show(h1) : null,
    nearH1,
    declared,
    url: location.href,
  };
}

// ---- the run ------------------------------------------------------------------------------------

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rows = [];
for (let i = 0; i < files.length; i++) {
  const name = files[i].replace(/\.html(\.gz)?$/, '');
  const url = `${origin}/p/${i}.html`;
  const t0 = Date.now();
  const deadline = t0 + PAGE_MS;
  // A fresh tab per page, the previous one closed: no late scan of the last page lands in this one.
  const page = await context.newPage();
  const before = await stats();
  const row = { name, note: '' };
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: PAGE_MS });
    // The first scan, then quiet: badge count and scan count unchanged for SETTLE_MS.
    let last = null;
    let since = Date.now();
    while (Date.now() < deadline) {
      const s = await stats();
      const n = await page.locator('knockoff-badge').count().catch(() => -1);
      const key = `${s.scans}/${n}`;
      if (key !== last) {
        last = key;
        since = Date.now();
      } else if (s.scans > before.scans && Date.now() - since >= SETTLE_MS) break;
      await sleep(150);
    }
    if (Date.now() >= deadline) row.note += ' timeout';
    const after = await stats();
    row.bg = { scans: after.scans - before.scans, found: after.listings - before.listings, anchored: after.anchored - before.anchored, errors: after.errors - before.errors };
    const html = (await page.evaluate(serialize)).replace(/<knockoff-badge\b[^>]*><\/knockoff-badge>/g, '');
    const found = checker.extract(html);
    const r = await page.evaluate(inPage, found.map((f) => f.anchor));
    if (r.url !== url) row.note += ` navigated to ${r.url}`;
    row.found = found.length;
    row.anchored = r.perListing.filter((n) => n >= 0).length;
    row.one = r.perListing.filter((n) => n === 1).length;
    row.multi = r.perListing.filter((n) => n > 1).length;
    Object.assign(row, { badges: r.badges, doubled: r.doubled, outside: r.outside, strays: r.strays });
    const productEls = found.map((f, k) => (f.source !== 'card' ? r.perListing[k] : -2)).filter((n) => n !== -2);
    const isProduct = allProducts || r.declared || productEls.length > 0;
    row.main = !isProduct ? '-' : r.nearH1 || productEls.some((n) => n > 0) ? 'yes' : 'no';
    row.missing = found
      .map((f, k) => ({ source: f.source, title: f.listing.title, shown: r.shown[k], n: r.perListing[k] }))
      .filter((m) => m.n !== 1);
    row.h1 = r.h1;
  } catch (e) {
    row.note += ` error: ${String(e.message || e).split('\n')[0]}`;
  }
  row.ms = Date.now() - t0;
  await page.close();
  rows.push(row);
  const bg = row.bg ? `bg: scans ${row.bg.scans} found ${row.bg.found} anchored ${row.bg.anchored}${row.bg.errors ? ` errors ${row.bg.errors}` : ''}` : 'bg -';
  console.log(
    `${name.slice(0, 16)}  found ${row.found ?? '-'} anchored ${row.anchored ?? '-'} one ${row.one ?? '-'} | badges ${row.badges ?? '-'}` +
      ` doubled ${row.doubled ?? '-'} outside ${row.outside ?? '-'} strays ${row.strays ?? '-'} | main ${row.main ?? '-'} | ${bg} | ${row.ms} ms${row.note}`,
  );
  if (verbose) {
    if (row.h1) console.log(`    h1: ${row.h1}`);
    for (const m of row.missing || []) {
      const why = m.n === -1 ? 'no element at the anchor' : m.n === 0 ? 'no badge' : `${m.n} badges`;
      console.log(`    ${why} [${m.source}] ${JSON.stringify(m.title)}\n      element shows: ${JSON.stringify(m.shown)}`);
    }
  }
}

await context.close();
fs.rmSync(userDataDir, { recursive: true, force: true });
server.close();

// ---- summary ------------------------------------------------------------------------------------

const ok = rows.filter((r) => r.found != null);
const sum = (k) => ok.reduce((a, r) => a + r[k], 0);
const found = sum('found');
const one = sum('one');
const pct = found ? ((100 * one) / found).toFixed(1) : '-';
const product = ok.filter((r) => r.main !== '-');
console.log('');
console.log(`pages ${rows.length} (${rows.length - ok.length} failed to load)`);
console.log(`listings found ${found}, anchored ${sum('anchored')}; background found ${ok.reduce((a, r) => a + r.bg.found, 0)} in ${ok.reduce((a, r) => a + r.bg.scans, 0)} scans`);
console.log(`badges ${sum('badges')}; found listings with exactly one badge ${one} (${pct}%)`);
console.log(`pages with a doubled badge ${ok.filter((r) => r.doubled > 0 || r.multi > 0).length}; badges outside <body> ${sum('outside')}`);
console.log(`pages where no badge appeared ${ok.filter((r) => r.badges === 0).length} (of which the engine found listings: ${ok.filter((r) => r.badges === 0 && r.found > 0).length})`);
console.log(`product pages with the main product badged ${product.filter((r) => r.main === 'yes').length} of ${product.length}`);
console.log(`requests to other hosts aborted ${blocked}`);

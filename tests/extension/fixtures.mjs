// Playwright fixtures: the fixture server (one per worker, on a free loopback port, logging every
// request) and Chromium with the unpacked extension loaded (one per worker), its service worker
// and extension id. Every test starts with empty extension storage and an empty request log.
import { test as base, expect } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer } from './server.mjs';
import { launchWithExtension } from './browser.mjs';


export const test = base.extend({
  server: [
    async ({}, use) => {
      const { server, log } = createServer();
      await new Promise((r) => server.listen(0, '127.0.0.1', r));
      const origin = `http://127.0.0.1:${server.address().port}`;
      await use({ origin, log, url: (p) => origin + p });
      // The browser may still hold keep-alive connections (it can close after the server): drop
      // them, or close() waits for them until the fixture's timeout.
      const closed = new Promise((r) => server.close(r));
      server.closeAllConnections();
      await closed;
    },
    { scope: 'worker' },
  ],

  browserContext: [
    async ({}, use) => {
      const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knockoff-e2e-'));
      const context = await launchWithExtension(userDataDir);
      await use(context);
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],

  worker: [
    async ({ browserContext }, use) => {
      let [sw] = browserContext.serviceWorkers();
      if (!sw) sw = await browserContext.waitForEvent('serviceworker');
      await use(sw);
    },
    { scope: 'worker' },
  ],

  extensionId: [
    async ({ worker }, use) => {
      await use(new URL(worker.url()).host);
    },
    { scope: 'worker' },
  ],

  // Every request any page or the extension makes, as Playwright sees it.
  requests: async ({ browserContext, server, worker }, use) => {
    await worker.evaluate(() => chrome.storage.local.clear());
    server.log.length = 0;
    const seen = [];
    const onRequest = (r) => seen.push({ url: r.url(), fromWorker: Boolean(r.serviceWorker()), type: r.resourceType() });
    browserContext.on('request', onRequest);
    await use(seen);
    browserContext.off('request', onRequest);
  },

  page: async ({ browserContext, requests }, use) => {
    const page = await browserContext.newPage();
    await use(page);
    await page.close();
  },
});

export { expect };

/** Waits until the page shows `n` badges and the count stays put for a moment. */
export async function badgesSettled(page, n, { timeout = 30_000 } = {}) {
  await expect(page.locator('knockoff-badge')).toHaveCount(n, { timeout });
  await page.waitForTimeout(400);
  await expect(page.locator('knockoff-badge')).toHaveCount(n);
}

/**
 * Where a badge shows. After the title its host takes no room (so drawing it reflows nothing)
 * and the badge is drawn from the host's position; where the title ends too near the listing's
 * edge, the host is a line of its own under the title, holding the badge.
 */
export async function badgePoint(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('badge not rendered');
  return box.height > 0 ? { x: box.x + 20, y: box.y + box.height / 2 } : { x: box.x + 20, y: box.y };
}

export async function clickBadge(page, locator) {
  const p = await badgePoint(page, locator);
  await page.mouse.click(p.x, p.y);
}

export async function hoverBadge(page, locator) {
  const p = await badgePoint(page, locator);
  await page.mouse.move(p.x, p.y);
}

/** The tab id of `page`, as the extension sees it (the page must be the active tab). */
export async function tabIdOf(page, worker) {
  await page.bringToFront();
  const tabs = await worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  expect(tabs).toHaveLength(1);
  return tabs[0].id;
}

/** The popup in a popup-sized window, pointed at `page`'s tab showing the badged search page. */
export async function searchPopup({ browserContext, page, server, worker, extensionId }) {
  await page.goto(server.url('/search.html'));
  await badgesSettled(page, 60);
  const tabId = await tabIdOf(page, worker);
  const popup = await browserContext.newPage();
  await popup.setViewportSize({ width: 340, height: 520 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/**
 * The extension's test hook: sets `testHook` in the extension's storage, so content scripts
 * started from now on log each slice of their main-thread work and the background keeps its
 * counters (`globalThis.__knockoff.stats`, read with `backgroundStats`). Call before loading the page.
 */
export async function hookSlices(worker) {
  await worker.evaluate(() => chrome.storage.local.set({ testHook: true }));
  await expect.poll(() => worker.evaluate(() => Boolean(globalThis.__knockoff))).toBe(true);
}

/** The background's counters (needs the test hook: `hookSlices`). */
export function backgroundStats(worker) {
  return worker.evaluate(() => ({ ...globalThis.__knockoff.stats }));
}

/** The slices `page`'s content script logged since the last call, and the limits it keeps. */
export async function takeSlices(page, worker) {
  const tabId = await tabIdOf(page, worker);
  return worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'slices' }), tabId);
}

/**
 * Calls `fn` (a function's source) with `this` set to each badge's closed shadow root, through
 * the DevTools protocol (page scripts cannot reach it), and returns its values in document order.
 * `fn` receives the badge's element as its argument.
 */
export async function inShadows(page, fn) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: "[...document.querySelectorAll('knockoff-badge')]" });
    const { result: props } = await cdp.send('Runtime.getProperties', { objectId: result.objectId, ownProperties: true });
    const hosts = props.filter((p) => /^\d+$/.test(p.name)).sort((a, b) => a.name - b.name);
    const out = [];
    for (const h of hosts) {
      const { node } = await cdp.send('DOM.describeNode', { objectId: h.value.objectId, pierce: true, depth: 1 });
      const host = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId });
      const root = await cdp.send('DOM.resolveNode', { backendNodeId: node.shadowRoots[0].backendNodeId });
      const { result: value, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        functionDeclaration: fn,
        objectId: root.object.objectId,
        arguments: [{ objectId: host.object.objectId }],
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      out.push(value.value);
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/**
 * What a person sees of badge `i`: whether its button says it is expanded, whether its panel
 * of reasons is shown (rendered, inside the window) and the panel's text.
 */
export async function badgeSeen(page, i) {
  const all = await inShadows(
    page,
    `function () {
      const button = this.querySelector('button.badge');
      const panel = this.querySelector('.panel');
      const r = panel && panel.getBoundingClientRect();
      const shown = Boolean(panel && panel.checkVisibility() && r.width > 0 && r.height > 0 &&
        r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth);
      return { expanded: button.getAttribute('aria-expanded') === 'true', shown, text: shown ? panel.innerText : '' };
    }`,
  );
  return all[i];
}

/**
 * Where the keyboard focus is, as a person sees it: the focused control (inside a badge's closed
 * shadow root too), its accessible name or text, and whether a focus ring is drawn around it.
 */
export async function focusSeen(page) {
  const inBadge = await inShadows(
    page,
    `function () {
      const e = this.activeElement;
      if (!e) return null;
      const cs = getComputedStyle(e);
      return { badge: true, tag: e.localName, name: e.getAttribute('aria-label') || e.textContent.trim(),
        ring: e.matches(':focus-visible') && cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 };
    }`,
  );
  const found = inBadge.findIndex(Boolean);
  if (found >= 0) return { ...inBadge[found], index: found };
  return page.evaluate(() => {
    const e = document.activeElement;
    return { badge: false, tag: e.localName, name: e.getAttribute('aria-label') || e.textContent.trim(), index: -1 };
  });
}

/**
 * Lets axe see into the badges: axe walks shadow trees through `shadowRoot`, which a closed root
 * hides, so each badge's element is given its own root under that name in the page's world.
 * The badges stay where and as they are drawn.
 */
export async function showBadgesToAxe(page) {
  await inShadows(page, `function (host) { Object.defineProperty(host, 'shadowRoot', { value: this, configurable: true }); }`);
}

/** Levels of the badges, and whether each card's badge matches the card's expected level. */
export async function badgeReport(page, cardSelector = '[data-expect]') {
  return page.evaluate((sel) => {
    const out = { counts: { low: 0, medium: 0, high: 0 }, cards: 0, cardsWithOne: 0, mismatches: [], strays: 0 };
    for (const b of document.querySelectorAll('knockoff-badge')) {
      out.counts[b.getAttribute('data-knockoff-level')]++;
      if (!b.closest(sel)) out.strays++;
    }
    for (const card of document.querySelectorAll(sel)) {
      out.cards++;
      const badges = card.querySelectorAll('knockoff-badge');
      if (badges.length === 1) out.cardsWithOne++;
      const level = badges[0] && badges[0].getAttribute('data-knockoff-level');
      if (badges.length !== 1 || level !== card.dataset.expect) {
        out.mismatches.push({ text: card.textContent.trim().slice(0, 80), expect: card.dataset.expect, got: level, badges: badges.length });
      }
    }
    return out;
  }, cardSelector);
}

/**
 * What each badge shows, read through the DevTools protocol, which sees into closed shadow roots
 * (page scripts and Playwright locators cannot). One entry per badge, in document order: its
 * level, its shadow root's mode, the text and element names in it, whether its reasons are
 * expanded and (with `styles`) the badge's computed colours.
 */
export async function inspectBadges(page, { styles = false } = {}) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    if (styles) {
      await cdp.send('CSS.enable');
    }
    const attrsOf = (n) => {
      const a = {};
      const list = n.attributes || [];
      for (let i = 0; i < list.length; i += 2) a[list[i]] = list[i + 1];
      return a;
    };
    const found = [];
    const walk = (node) => {
      if (node.nodeName === 'KNOCKOFF-BADGE') found.push(node);
      for (const c of node.children || []) walk(c);
      for (const s of node.shadowRoots || []) walk(s);
      if (node.contentDocument) walk(node.contentDocument);
    };
    walk(root);
    const out = [];
    for (const node of found) {
      const shadow = (node.shadowRoots || [])[0];
      const text = [];
      const tags = [];
      let button = null;
      let panelOpen = false;
      const inner = (n) => {
        if (n.nodeType === 3) text.push(n.nodeValue);
        if (n.nodeType === 1) {
          tags.push(n.localName);
          const a = attrsOf(n);
          if (n.localName === 'button' && /\bbadge\b/.test(a.class || '')) button = { id: n.nodeId, attrs: a };
        }
        for (const c of n.children || []) inner(c);
      };
      if (shadow) for (const c of shadow.children || []) inner(c);
      const entry = {
        level: attrsOf(node)['data-knockoff-level'],
        mode: shadow ? shadow.shadowRootType : null,
        text: text.join(' ').replace(/\s+/g, ' ').trim(),
        tags,
        expanded: button ? button.attrs['aria-expanded'] === 'true' : null,
        label: button ? button.attrs['aria-label'] : null,
      };
      if (styles && button) {
        const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', { nodeId: button.id });
        const get = (name) => (computedStyle.find((p) => p.name === name) || {}).value;
        entry.style = { color: get('color'), background: get('background-color'), display: get('display') };
      }
      out.push(entry);
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

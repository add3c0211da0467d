// Trusted packs in the extension's options page, as a user drives it: importing signed packs
// (a tampered one, one by an unknown key and one by a key not allowed for its id are refused,
// saying why), and subscribing to a feed served by a local test server, whose updates are
// applied while a rollback, a replayed index and an altered pack are refused, with no request to
// any other origin and no cookie or referrer sent.
//
// Keys, signatures and feeds come from ./feeds.mjs (Node's own Ed25519, independent of the
// engine's ed25519-dalek).
//
// The permission prompt: subscribing calls permissions.request for the feed's origin from the
// Subscribe click. Chromium answers it with a prompt that nothing can accept in headless mode
// (Playwright does not drive extension permission prompts: microsoft/playwright#32755), and the
// request stays pending. So the feed tests run the built extension with one line added to its
// manifest, `host_permissions: ["http://127.0.0.1/*"]`: the test server's origin is granted before
// the click, as if the user had accepted the prompt once, and the same click then calls
// permissions.request, which resolves true without a prompt. Everything else is the shipped build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures.mjs';
import { EXTENSION, launchWithExtension } from './browser.mjs';
import { keyPair, packText, feedServer, publish } from './feeds.mjs';

// The README's screenshot of a feed refusing a rollback (docs/screenshots/ with KNOCKOFF_SCREENSHOTS=1).
const shots = process.env.KNOCKOFF_SCREENSHOTS ? new URL('../../docs/screenshots/', import.meta.url).pathname : new URL('../../test-results/extension/screenshots/', import.meta.url).pathname;
fs.mkdirSync(shots, { recursive: true });

const file = (name, text) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

async function openOptions(browserContext, extensionId) {
  const options = await browserContext.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('#packs')).toContainText('Gucci');
  return options;
}

/** Fills the "Trusted keys" form with the keyboard and submits it with Enter. */
async function trustKey(options, label, key, packs) {
  await options.getByLabel('Name').fill(label);
  await options.getByLabel('Public key', { exact: true }).fill(key);
  await options.getByLabel('Pack ids').fill(packs);
  await options.getByLabel('Pack ids').press('Enter');
  await expect(options.locator('#key-result .ok')).toContainText('Trusting key');
}

test('signed imports: the signer and version are shown; tampered, unknown-key and not-allowed packs are refused', async ({ browserContext, extensionId, requests }) => {
  void requests; // a fresh start: empty extension storage
  const brand = keyPair();
  const stranger = keyPair();
  const options = await openOptions(browserContext, extensionId);
  await trustKey(options, 'ACME brand protection', brand.pub, 'acme');
  await expect(options.locator('#keys')).toContainText(`ACME brand protection key ${brand.id} may sign: acme`);

  const good = packText('acme', 'ACME Travel', '2026.1.0');
  await options.locator('#pack-file').setInputFiles([file('acme.toml', good), file('acme.toml.sig', brand.sign(good))]);
  await expect(options.locator('#pack-result .ok')).toContainText(`Imported ACME Travel (acme 2026.1.0, 0 examples), signed by key ${brand.id}`);
  const row = options.locator('#packs tr', { hasText: 'ACME Travel' });
  await expect(row).toContainText('2026.1.0');
  await expect(row).toContainText(`ACME brand protection key ${brand.id}`);

  // One byte changed after signing: refused, and the signed pack stays as it was.
  const tampered = good.replace('2026.1.0', '2026.1.1');
  await options.locator('#pack-file').setInputFiles([file('acme.toml', tampered), file('acme.toml.sig', brand.sign(good))]);
  await expect(options.locator('#pack-result .err')).toContainText('Not imported, signature refused: acme.toml: no trusted key signed this file as it is: it was changed after signing');
  await expect(row).toContainText('2026.1.0');

  // Signed by a key nobody trusts.
  await options.locator('#pack-file').setInputFiles([file('acme.toml', tampered), file('acme.toml.sig', stranger.sign(tampered))]);
  await expect(options.locator('#pack-result .err')).toContainText('no trusted key signed this file');

  // The brand's key is trusted, but only for its own pack id.
  const other = packText('rival', 'Rival Bags', '1.0');
  await options.locator('#pack-file').setInputFiles([file('rival.toml', other), file('rival.toml.sig', brand.sign(other))]);
  await expect(options.locator('#pack-result .err')).toContainText(`key ${brand.id} is trusted, but not to sign pack 'rival'`);

  // An unsigned file never replaces a signed pack; another unsigned pack is kept, marked unsigned.
  await options.locator('#pack-file').setInputFiles(file('acme.toml', tampered));
  await expect(options.locator('#pack-result .err')).toContainText("unsigned, and pack 'acme' is installed signed");
  await options.locator('#pack-file').setInputFiles(file('rival.toml', other));
  await expect(options.locator('#pack-result .ok')).toContainText('Imported Rival Bags (rival 1.0, 0 examples), unsigned');
  await expect(options.locator('#packs tr', { hasText: 'Rival Bags' })).toContainText('unsigned');
  await expect(row).toContainText('2026.1.0');

  // Accepting only signed packs refuses unsigned imports.
  await options.getByLabel('Accept only signed packs').check();
  await options.locator('#pack-file').setInputFiles(file('other.toml', packText('other', 'Other', '1.0')));
  await expect(options.locator('#pack-result .err')).toContainText('this browser takes only signed packs');

  // Without its key, the signed pack is left out of use, and still listed so it can be removed.
  await options.getByRole('button', { name: 'Stop trusting ACME brand protection' }).click();
  const leftOut = options.locator('#packs tr', { hasText: 'acme.toml' });
  await expect(leftOut).toContainText('Not in use');
  await expect(options.locator('#packs')).not.toContainText('ACME Travel');
  await leftOut.getByRole('button', { name: 'Remove' }).click();
  await expect(options.locator('#packs')).not.toContainText('acme.toml');
  await options.close();
});

/**
 * The built extension with the loopback origin granted up front (see the top of this file), in
 * its own browser, with every request the browser makes logged.
 */
async function feedBrowser() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'knockoff-feed-'));
  const extension = path.join(root, 'extension');
  fs.cpSync(EXTENSION, extension, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(extension, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  fs.writeFileSync(path.join(extension, 'manifest.json'), JSON.stringify(manifest));
  const context = await launchWithExtension(path.join(root, 'profile'), extension);
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    requests,
    options: () => openOptions(context, extensionId),
    close: async () => {
      await context.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Subscribes with the keyboard: the URL, the key pasted, Tab to Subscribe, Enter. */
async function subscribe(options, url, key) {
  await options.getByLabel('Feed URL').fill(url);
  await options.getByLabel("Feed's public key").fill(key);
  await options.getByLabel("Feed's public key").press('Tab');
  await expect(options.getByRole('button', { name: 'Subscribe' })).toBeFocused();
  await options.keyboard.press('Enter');
}

test('a feed from a local server: updates applied, rollback, replay and altered packs refused, nothing else contacted', async () => {
  const root = keyPair();
  const brand = keyPair();
  const feed = feedServer();
  await new Promise((r) => feed.server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${feed.server.address().port}`;
  const browser = await feedBrowser();
  // A cookie the browser holds for 127.0.0.1: a feed request must not carry it.
  await browser.context.addCookies([{ name: 'session', value: 'secret', url: origin }]);
  const v = (version) => ({ id: 'acme-feed', version, text: packText('acme-feed', 'ACME Feed', version) });
  try {
    publish(feed.files, root, brand, 1, [v('2026.1.0')]);
    const options = await browser.options();
    await expect(options.locator('#feeds')).toContainText('None: knockoff makes no network request.');
    expect(feed.log).toEqual([]);
    await subscribe(options, `${origin}/feed/`, root.pub);
    await expect(options.locator('#feed-result .ok')).toContainText(`Subscribed to ${origin}/feed/index.json`);
    const status = options.locator('#feeds li', { hasText: `${origin}/feed/index.json` });
    await expect(status).toContainText(`pinned key ${root.id}`);
    await expect(status).toContainText('applied acme-feed 2026.1.0');
    const row = options.locator('#packs tr', { hasText: 'ACME Feed' });
    await expect(row).toContainText('2026.1.0');
    await expect(row).toContainText(`key ${brand.id}`);
    await expect(row).toContainText(`from feed ${origin}/feed/index.json`);
    const alarms = await browser.worker.evaluate(() => chrome.alarms.getAll());
    expect(alarms.map((a) => [a.name, a.periodInMinutes])).toEqual([['feeds', 24 * 60]]);

    // The brand publishes an update: applied on the next check.
    const second = publish(feed.files, root, brand, 2, [v('2026.2.0')]);
    await status.getByRole('button', { name: `Check ${origin}/feed/index.json now` }).click();
    await expect(status).toContainText('applied acme-feed 2026.2.0');
    await expect(row).toContainText('2026.2.0');

    // A newer index that rolls the pack back to an older version: refused, the last good pack kept.
    publish(feed.files, root, brand, 3, [v('2026.1.0')]);
    await status.getByRole('button', { name: /^Check / }).click();
    await expect(status.locator('.err')).toContainText('version 2026.1.0 is not newer than the installed 2026.2.0 (no rollback)');
    await expect(row).toContainText('2026.2.0');
    await options.locator('section[aria-labelledby=h-feeds]').screenshot({ path: path.join(shots, 'extension-feed.png') });

    // An attacker replays the older signed index of sequence 2.
    feed.files.set('/feed/index.json', second.index);
    feed.files.set('/feed/index.json.sig', second.signature);
    await status.getByRole('button', { name: /^Check / }).click();
    await expect(status.locator('.err')).toContainText('sequence 2 is older than 3, already applied (a replayed index)');

    // A pack altered on the host after the index was signed.
    publish(feed.files, root, brand, 4, [v('2026.3.0')], { alter: (t) => t.replace('A test pack.', 'A test pack!') });
    await status.getByRole('button', { name: /^Check / }).click();
    await expect(status.locator('.err')).toContainText("pack 'acme-feed' refused: its bytes do not match the hash in the signed index");
    await expect(row).toContainText('2026.2.0');

    // An index signed by another key than the pinned one.
    publish(feed.files, keyPair(), brand, 5, [v('2026.4.0')]);
    await status.getByRole('button', { name: /^Check / }).click();
    await expect(status.locator('.err')).toContainText(`feed index refused: not signed by the pinned feed key ${root.id}`);
    await expect(row).toContainText('2026.2.0');

    // Unsubscribing removes the feed, its packs and its alarm.
    await options.getByRole('button', { name: `Unsubscribe from ${origin}/feed/index.json` }).click();
    await expect(options.locator('#feeds')).toContainText('None: knockoff makes no network request.');
    await expect(options.locator('#packs')).not.toContainText('ACME Feed');
    await expect.poll(() => browser.worker.evaluate(() => chrome.alarms.getAll())).toEqual([]);
    await options.close();

    // Only the feed's files were fetched, without the cookie or a referrer, and nothing else left
    // the browser: every web request went to the feed server.
    for (const r of feed.log) {
      expect(r.path).toMatch(/^\/feed\/(index\.json|acme-feed\.toml)(\.sig)?$/);
      expect(r.cookie).toBeNull();
      expect(r.referer).toBeNull();
    }
    expect(feed.log.filter((r) => r.path === '/feed/index.json')).toHaveLength(6);
    const web = browser.requests.filter((u) => !u.startsWith('chrome-extension://'));
    expect(web.length).toBeGreaterThan(0);
    for (const u of web) expect(u.startsWith(`${origin}/feed/`)).toBe(true);
  } finally {
    await browser.close();
    await new Promise((r) => feed.server.close(r));
  }
});

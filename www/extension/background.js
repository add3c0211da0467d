// knockoff's background: the only place the engine runs. Chromium starts it as a module service
// worker, Firefox as a module background script; page Content-Security-Policy never applies
// here, so strict pages cannot stop WebAssembly from compiling (the extension's own CSP allows
// 'wasm-unsafe-eval').
//
// The module is loaded lazily on the first message (service workers have no top-level await and
// are stopped when idle), one Checker is kept and it is rebuilt when the options change.
// The module's bytes come from the extension's own files. The only network requests ever made
// are a subscribed feed's files (updateFeed), on the origin the user granted when subscribing:
// with no feed, nothing here touches the network.

import init, { Checker, readPrice, publicKey, feedWanted, feedUpdate, feedPacks } from './pkg/knockoff.js';
import { evidenceRow, evidenceText, priceRead } from './app/export.js';
import { feedUrl } from './feed-url.js';

const api = globalThis.browser ?? globalThis.chrome;

/** Settings in storage.local, with their defaults. */
const DEFAULTS = {
  sensitivity: 1,
  disabledPacks: [],
  offSites: [],
  /** Imported packs: `{ id, name, toml, added, sig? }`; `sig` (the `.sig` text) when signed. */
  extraPacks: [],
  /** Keys the user trusts to sign packs: `{ key (hex), id, label, packs: [pack ids, none = any] }`. */
  trustedKeys: [],
  /** Feed subscriptions: `{ url, key (hex), keyId, state (the Rust feed state, JSON), checkedAt, result }`. */
  feeds: [],
  /** Refuse unsigned imports. */
  requireSigned: false,
};

/** A feed is fetched at most once a day: the alarm's period, and the least age of a check it redoes. */
const FEED_PERIOD_MINUTES = 24 * 60;
const FEED_ALARM = 'feeds';
/** The largest index, pack or signature file a feed may serve. */
const FEED_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Counters the end-to-end tests read (through the worker), kept only while the explicit test hook
 * (`testHook: true` in storage.local, which only the extension's own contexts can write) is on.
 */
let stats = null;
function setTestHook(on) {
  if (on && !stats) {
    stats = { scans: 0, parts: 0, listings: 0, anchored: 0, bytes: 0, ms: 0, errors: 0 };
    globalThis.__knockoff = { stats };
  } else if (!on) {
    stats = null;
    delete globalThis.__knockoff;
  }
}
api.storage.local.get('testHook').then(({ testHook }) => setTestHook(Boolean(testHook)));

let moduleReady = null;
let checkerReady = null;

function loadModule() {
  moduleReady ??= (async () => {
    const response = await fetch(api.runtime.getURL('pkg/knockoff_bg.wasm'));
    await init({ module_or_path: await response.arrayBuffer() });
  })();
  return moduleReady;
}

async function settings() {
  return { ...DEFAULTS, ...(await api.storage.local.get(Object.keys(DEFAULTS))) };
}

/**
 * The trusted-keys text the engine reads (one key a line: hex, then the pack ids it may sign):
 * the keys the user added, and every feed's pinned key, which the user trusted by subscribing.
 */
function trustText(s) {
  return [...s.trustedKeys.map((k) => [k.key, ...k.packs].join(' ')), ...s.feeds.map((f) => f.key)].join('\n');
}

/** The packs each feed installed (verified when they were installed), with the feed they came from. */
function feedInstalled(s) {
  return s.feeds.flatMap((f) => (f.state ? feedPacks(f.state).map((p) => ({ ...p, feed: f.url })) : []));
}

/**
 * The checker for the current options, with the user's packs added: unsigned imports first, then
 * signed imports (their signature checked again against today's trusted keys), then feed packs,
 * so a signed pack always wins over an unsigned one with its id.
 */
function checker() {
  checkerReady ??= (async () => {
    await loadModule();
    const s = await settings();
    const c = new Checker({ sensitivity: Number(s.sensitivity) || 1, disabledPacks: s.disabledPacks });
    const trust = trustText(s);
    const ordered = [...s.extraPacks.filter((p) => !p.sig), ...s.extraPacks.filter((p) => p.sig)];
    for (const pack of ordered) {
      try {
        if (pack.sig) c.addSignedPack(pack.toml, pack.sig, trust, pack.name);
        else c.addPack(pack.toml, pack.name);
      } catch (e) {
        // A pack that stopped compiling (the engine changed) or whose key the user removed must
        // not disable the others.
        console.warn(`knockoff: imported pack ${pack.name} left out: ${e.message}`);
      }
    }
    for (const pack of feedInstalled(s)) {
      try {
        c.addPack(pack.text, `feed:${pack.id}`);
      } catch (e) {
        console.warn(`knockoff: feed pack ${pack.id} left out: ${e.message}`);
      }
    }
    // addPack re-enables nothing the user turned off: apply the disabled list to added packs too.
    c.setOptions({ sensitivity: Number(s.sensitivity) || 1, disabledPacks: s.disabledPacks });
    return c;
  })();
  checkerReady.catch(() => {
    checkerReady = null;
  });
  return checkerReady;
}

const CHECKER_KEYS = ['sensitivity', 'disabledPacks', 'extraPacks', 'trustedKeys', 'feeds'];
api.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  if (CHECKER_KEYS.some((k) => k in changes)) checkerReady = null;
  if ('feeds' in changes) scheduleFeeds().catch(() => {});
  if ('testHook' in changes) setTestHook(Boolean(changes.testHook.newValue));
});

/** Only what the content script needs to draw a badge and its reasons. */
function slim(found, verdict) {
  return {
    anchor: found.anchor,
    source: found.source,
    title: found.listing.title,
    price: found.listing.price ?? null,
    currency: found.listing.currency ?? null,
    read: priceRead(found.listing, readPrice),
    seller: found.listing.seller ?? null,
    image: found.listing.images?.[0] ?? null,
    url: found.listing.url ?? null,
    verdict: {
      level: verdict.level,
      score: verdict.score,
      brand: verdict.brand,
      reasons: verdict.reasons.map((r) => ({
        rule: r.rule,
        pack: r.pack,
        message: r.message,
        points: r.points,
        evidence: r.evidence ? { field: r.evidence.field, text: r.evidence.text } : null,
      })),
    },
  };
}

async function scan(html, part) {
  const c = await checker();
  const t0 = performance.now();
  const found = c.extract(html);
  const verdicts = found.length ? c.checkAll(found.map((f) => f.listing)) : [];
  if (stats) {
    stats.scans += 1;
    if (part) stats.parts += 1;
    stats.listings += found.length;
    stats.anchored += found.filter((f) => Array.isArray(f.anchor) && f.anchor.length > 0).length;
    stats.bytes += html.length;
    stats.ms += performance.now() - t0;
  }
  return { listings: found.map((f, i) => slim(f, verdicts[i])) };
}

/**
 * Every pack with where it came from: `source` is bundled, imported (unsigned), signed (an
 * import whose signature a trusted key made) or feed; `signer` the signing key's id and the
 * label the user gave it.
 */
async function packs() {
  const c = await checker();
  const s = await settings();
  const imported = new Map(s.extraPacks.map((p) => [p.id, p]));
  const fromFeed = new Map(feedInstalled(s).map((p) => [p.id, p]));
  const label = (id) => s.trustedKeys.find((k) => k.id === id)?.label ?? null;
  const loaded = c.packs();
  // An import the checker left out (its key is no longer trusted, or it stopped compiling) is
  // still listed, so it can be removed.
  const leftOut = s.extraPacks
    .filter((p) => !loaded.some((l) => l.id === p.id))
    .map((p) => ({ id: p.id, name: p.name, kind: 'left out', version: '', description: 'Not in use: its signature no longer verifies with your trusted keys, or it no longer compiles.', brand: null }));
  return {
    packs: [...loaded, ...leftOut].map((p) => {
      const feed = fromFeed.get(p.id);
      const signer = feed ? feed.signer : p.signer ?? null;
      const source = feed ? 'feed' : signer ? 'signed' : imported.has(p.id) ? 'imported' : 'bundled';
      return { ...p, source, signer, signerLabel: signer ? label(signer) : null, feed: feed ? feed.feed : null, imported: imported.has(p.id) };
    }),
  };
}

/** A pack's compile error as the options page shows it. */
function ruleError(e) {
  return {
    message: e.message,
    line: e.line ?? null,
    column: e.column ?? null,
    rule: e.rule ?? null,
    report: e.report ?? String(e),
    signature: e.name === 'SignatureError',
  };
}

/**
 * Imports a pack file, verified on a scratch checker and kept only if it holds. With `sig` (its
 * `.sig` text) it must be signed by a key the user trusts for its id. Without, it is kept as
 * unsigned, unless the user requires signatures or a signed pack (a signed import or a feed's)
 * already has its id: an unsigned file never replaces a pack someone signed.
 */
async function addPack(name, toml, sig) {
  await loadModule();
  const s = await settings();
  const scratch = new Checker();
  let info;
  try {
    if (sig != null) {
      const trust = trustText(s);
      if (!trust) return { error: { message: 'no trusted keys: add the key of the brand that signed it (or subscribe to its feed) first', signature: true } };
      info = scratch.addSignedPack(toml, sig, trust, name);
    } else {
      info = scratch.addPack(toml, name);
    }
  } catch (e) {
    return { error: ruleError(e) };
  } finally {
    scratch.free();
  }
  if (sig == null) {
    if (s.requireSigned) return { error: { message: 'unsigned: this browser takes only signed packs (choose the pack file and its .sig together)', signature: true } };
    const signed = s.extraPacks.find((p) => p.id === info.id && p.sig) ?? feedInstalled(s).find((p) => p.id === info.id);
    if (signed) return { error: { message: `unsigned, and pack '${info.id}' is installed signed: an unsigned file cannot replace it`, signature: true } };
  }
  const extraPacks = s.extraPacks.filter((p) => p.id !== info.id);
  extraPacks.push({ id: info.id, name, toml, added: new Date().toISOString(), ...(sig != null ? { sig } : {}) });
  await api.storage.local.set({ extraPacks });
  return { pack: info };
}

async function removePack(id) {
  const s = await settings();
  await api.storage.local.set({ extraPacks: s.extraPacks.filter((p) => p.id !== id) });
  return { ok: true };
}

// ---- trusted keys ----

async function addKey(text, label, packIds) {
  await loadModule();
  let key;
  try {
    key = publicKey(text);
  } catch (e) {
    return { error: { message: e.message } };
  }
  const s = await settings();
  const trustedKeys = s.trustedKeys.filter((k) => k.key !== key.hex);
  trustedKeys.push({ key: key.hex, id: key.id, label, packs: packIds });
  await api.storage.local.set({ trustedKeys });
  return { key: { id: key.id, label, packs: packIds } };
}

async function removeKey(id) {
  const s = await settings();
  await api.storage.local.set({ trustedKeys: s.trustedKeys.filter((k) => k.id !== id) });
  return { ok: true };
}

// ---- feeds ----

/** The origin pattern a feed needs, the only host permission the extension ever asks for. */
function originOf(url) {
  return `${new URL(url).origin}/*`;
}

/**
 * Fetches one file of a feed: no cookies or credentials, no referrer, no cache, no redirect
 * (to another origin or anywhere), and nothing about the user's pages in the request.
 */
async function feedFile(url) {
  const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', redirect: 'error', mode: 'cors' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > FEED_MAX_BYTES) throw new Error(`${url}: larger than ${FEED_MAX_BYTES} bytes`);
  return bytes;
}

const text = (bytes) => new TextDecoder().decode(bytes);

/**
 * Checks one feed: fetches its signed index, the pack files that verified index names (only from
 * the feed's own origin) and their signatures, and lets the engine verify and apply them. A
 * refusal keeps the last good packs and is kept, with its reason, for the options page.
 */
async function updateFeed(url) {
  await loadModule();
  const s = await settings();
  const feed = s.feeds.find((f) => f.url === url);
  if (!feed) return { error: { message: `not subscribed to ${url}` } };
  const origin = new URL(url).origin;
  const result = { at: new Date().toISOString(), applied: [], unchanged: [], refused: [] };
  let state = feed.state;
  if (!(await api.permissions.contains({ origins: [originOf(url)] }))) {
    result.refused.push(`no permission to reach ${origin}: subscribe again to grant it`);
  } else {
    try {
      const index = await feedFile(url);
      const signature = text(await feedFile(`${url}.sig`));
      const files = new Map();
      for (const file of feedWanted(state, feed.key, index, signature)) {
        const at = new URL(file, url);
        if (at.origin !== origin) {
          files.set(file, `${file} is not on the feed's origin ${origin}`);
          continue;
        }
        try {
          files.set(file, [await feedFile(at.href), text(await feedFile(`${at.href}.sig`))]);
        } catch (e) {
          files.set(file, e.message);
        }
      }
      const update = feedUpdate(state, feed.key, index, signature, files);
      state = update.state;
      Object.assign(result, { applied: update.applied, unchanged: update.unchanged, refused: update.refused });
    } catch (e) {
      result.refused.push(e.message);
    }
  }
  // Saved against the latest list: the user may have unsubscribed meanwhile.
  const now = await settings();
  const feeds = now.feeds.map((f) => (f.url === url ? { ...f, state, checkedAt: result.at, result } : f));
  await api.storage.local.set({ feeds });
  return { result };
}

/** The daily check: every feed whose last check is a day old. */
async function updateDueFeeds() {
  const s = await settings();
  const due = Date.now() - FEED_PERIOD_MINUTES * 60_000 + 60_000;
  for (const f of s.feeds) {
    if (!f.checkedAt || Date.parse(f.checkedAt) <= due) await updateFeed(f.url);
  }
}

/** The daily alarm exists exactly while there is a feed: no feed, no alarm, no request. */
async function scheduleFeeds() {
  const { feeds = [] } = await api.storage.local.get('feeds');
  if (feeds.length === 0) await api.alarms.clear(FEED_ALARM);
  else if (!(await api.alarms.get(FEED_ALARM))) api.alarms.create(FEED_ALARM, { periodInMinutes: FEED_PERIOD_MINUTES });
}

/**
 * Subscribes to a feed (the URL of its `index.json`) pinned to `keyText`, then checks it once.
 * The options page has already asked the user for the feed's origin; without it, nothing is
 * fetched.
 */
async function subscribe(url, keyText) {
  await loadModule();
  let key;
  try {
    key = publicKey(keyText);
  } catch (e) {
    return { error: { message: `the feed's key: ${e.message}` } };
  }
  const s = await settings();
  const feeds = s.feeds.filter((f) => f.url !== url);
  // A new key starts a new state: packs trusted under the old key are not carried over.
  const kept = s.feeds.find((f) => f.url === url && f.key === key.hex);
  feeds.push(kept ?? { url, key: key.hex, keyId: key.id, state: null, checkedAt: null, result: null });
  await api.storage.local.set({ feeds });
  await scheduleFeeds();
  return updateFeed(url);
}

async function unsubscribe(url) {
  const s = await settings();
  await api.storage.local.set({ feeds: s.feeds.filter((f) => f.url !== url) });
  await scheduleFeeds();
  // The origin is not needed any more; give it back unless another feed shares it.
  const pattern = originOf(url);
  if (!s.feeds.some((f) => f.url !== url && originOf(f.url) === pattern)) await api.permissions.remove({ origins: [pattern] }).catch(() => {});
  return { ok: true };
}

api.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === FEED_ALARM) updateDueFeeds().catch((e) => console.error('knockoff: feeds:', e));
});
api.runtime.onInstalled.addListener(() => scheduleFeeds().catch(() => {}));

/** Pack id → version, for the evidence each reason carries. */
async function versions() {
  const c = await checker();
  return Object.fromEntries(c.packs().map((p) => [p.id, p.version]));
}

/** One listing's evidence as text for a takedown form (the badge's "Copy evidence"). */
async function evidence(item, page) {
  return { text: evidenceText(evidenceRow(item, { page, versions: await versions() })) };
}

async function report(record) {
  const { reports = [] } = await api.storage.local.get('reports');
  reports.push(record);
  await api.storage.local.set({ reports });
  return { ok: true, count: reports.length };
}

/** The toolbar icon shows how many high-risk listings the tab has. */
function counts(tabId, c) {
  if (tabId == null || !api.action) return { ok: true };
  const text = c.high > 0 ? String(c.high) : '';
  api.action.setBadgeText({ tabId, text }).catch(() => {});
  if (text) api.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }).catch(() => {});
  return { ok: true };
}

/** One message may carry several documents (the groups of nodes a page added at once). */
async function scanAll(docs, part) {
  const results = [];
  for (const html of docs) results.push((await scan(html, part)).listings);
  return { results };
}

// ---- messages ----

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isText = (v, max = 1 << 20) => typeof v === 'string' && v.length <= max;
const isTextOrNull = (v, max) => v == null || isText(v, max);
const isCount = (v) => Number.isInteger(v) && v >= 0;
/** A feed URL as the options page sends it: already in the one form `feedUrl` gives. */
const isFeedUrl = (v) => isText(v, 2048) && feedUrl(v) === v;
/** JSON-like data of bounded size, for records that are only stored (reports) or echoed (evidence). */
const isSmallData = (v) => isObject(v) && JSON.stringify(v).length <= 256 * 1024;

/**
 * Every message the background accepts: who may send it (a content script in a tab, or one of
 * the extension's own pages) and the shape it must have. Anything else is ignored unanswered.
 */
const handlers = {
  scan: {
    from: 'content',
    valid: (m) => Array.isArray(m.docs) && m.docs.length <= 1000 && m.docs.every((d) => isText(d, 64 << 20)) && typeof m.part === 'boolean',
    run: (m) => scanAll(m.docs, m.part),
  },
  counts: {
    from: 'content',
    valid: (m) => isObject(m.counts) && ['high', 'medium', 'low'].every((l) => isCount(m.counts[l])),
    run: (m, sender) => counts(sender.tab?.id, m.counts),
  },
  report: { from: 'content', valid: (m) => isSmallData(m.record), run: (m) => report(m.record) },
  evidence: { from: 'content', valid: (m) => isSmallData(m.item) && isText(m.page, 8192), run: (m) => evidence(m.item, m.page) },
  versions: { from: 'any', valid: () => true, run: async () => ({ versions: await versions() }) },
  packs: { from: 'extension', valid: () => true, run: () => packs() },
  addPack: {
    from: 'extension',
    valid: (m) => isText(m.name, 256) && isText(m.toml, 4 << 20) && isTextOrNull(m.sig, 4096),
    run: (m) => addPack(m.name, m.toml, m.sig ?? null),
  },
  removePack: { from: 'extension', valid: (m) => isText(m.id, 256), run: (m) => removePack(m.id) },
  addKey: {
    from: 'extension',
    valid: (m) => isText(m.key, 4096) && isText(m.label, 200) && Array.isArray(m.packs) && m.packs.every((p) => isText(p, 256)),
    run: (m) => addKey(m.key, m.label, m.packs),
  },
  removeKey: { from: 'extension', valid: (m) => isText(m.id, 64), run: (m) => removeKey(m.id) },
  subscribe: { from: 'extension', valid: (m) => isFeedUrl(m.url) && isText(m.key, 4096), run: (m) => subscribe(m.url, m.key) },
  unsubscribe: { from: 'extension', valid: (m) => isFeedUrl(m.url), run: (m) => unsubscribe(m.url) },
  updateFeed: { from: 'extension', valid: (m) => isFeedUrl(m.url), run: (m) => updateFeed(m.url) },
};

/** Where a message came from: one of the extension's own pages, or a content script in a tab. */
function senderKind(sender) {
  if (sender.id !== api.runtime.id) return null;
  const own = api.runtime.getURL('');
  if (typeof sender.url === 'string' && sender.url.startsWith(own)) return 'extension';
  return sender.tab ? 'content' : null;
}

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // Only this extension's own pages and content scripts can reach this listener (no
  // externally_connectable); still, check who sent what before doing anything.
  const kind = senderKind(sender);
  if (!kind || !isObject(message) || typeof message.type !== 'string' || !Object.hasOwn(handlers, message.type)) return false;
  const handler = handlers[message.type];
  if ((handler.from !== 'any' && handler.from !== kind) || !handler.valid(message)) {
    console.warn(`knockoff: ignored a malformed or misdirected '${message.type}' message`);
    return false;
  }
  Promise.resolve()
    .then(() => handler.run(message, sender))
    .then(sendResponse, (e) => {
      if (stats) stats.errors += 1;
      console.error('knockoff:', e);
      sendResponse({ error: { message: String(e && e.message ? e.message : e) } });
    });
  return true;
});

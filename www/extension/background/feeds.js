// Feed subscriptions: the only network requests knockoff ever makes are a subscribed feed's
// files, on the origin the user granted when subscribing. With no feed, nothing here runs.

import { api } from '../browser-api.js';
import { loadAuthoring } from '../shared/authoring.js';
import { settings } from './engine.js';

/** A feed is fetched at most once a day: the alarm's period, and the least age of a check it redoes. */
const FEED_PERIOD_MINUTES = 24 * 60;
export const FEED_ALARM = 'feeds';
/** The largest index, pack or signature file a feed may serve. */
const FEED_MAX_BYTES = 2 * 1024 * 1024;

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
 * Fetches a feed's signed index, the pack files that verified index names (only from the feed's
 * own origin) and their signatures, and lets the engine verify and apply them: the new state,
 * and what was applied, unchanged and refused.
 */
async function fetchFeed(url, feed) {
  const { feedWanted, feedUpdate } = await loadAuthoring();
  const origin = new URL(url).origin;
  const index = await feedFile(url);
  const signature = text(await feedFile(`${url}.sig`));
  const files = new Map();
  for (const file of feedWanted(feed.state, feed.key, index, signature)) {
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
  return feedUpdate(feed.state, feed.key, index, signature, files);
}

/**
 * Checks one feed. A refusal keeps the last good packs and is kept, with its reason, for the
 * options page.
 */
export async function updateFeed(url) {
  const s = await settings();
  const feed = s.feeds.find((f) => f.url === url);
  if (!feed) return { error: { message: `not subscribed to ${url}` } };
  const result = { at: new Date().toISOString(), applied: [], unchanged: [], refused: [] };
  let state = feed.state;
  if (!(await api.permissions.contains({ origins: [originOf(url)] }))) {
    result.refused.push(`no permission to reach ${new URL(url).origin}: subscribe again to grant it`);
  } else {
    try {
      const update = await fetchFeed(url, feed);
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
export async function updateDueFeeds() {
  const s = await settings();
  const due = Date.now() - FEED_PERIOD_MINUTES * 60_000 + 60_000;
  for (const f of s.feeds) {
    if (!f.checkedAt || Date.parse(f.checkedAt) <= due) await updateFeed(f.url);
  }
}

/** The daily alarm exists exactly while there is a feed: no feed, no alarm, no request. */
export async function scheduleFeeds() {
  const { feeds = [] } = await api.storage.local.get('feeds');
  if (feeds.length === 0) await api.alarms.clear(FEED_ALARM);
  else if (!(await api.alarms.get(FEED_ALARM))) api.alarms.create(FEED_ALARM, { periodInMinutes: FEED_PERIOD_MINUTES });
}

/**
 * Subscribes to a feed (the URL of its `index.json`) pinned to `keyText`, then checks it once.
 * The options page has already asked the user for the feed's origin; without it, nothing is
 * fetched.
 */
export async function subscribe(url, keyText) {
  const { publicKey } = await loadAuthoring();
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

export async function unsubscribe(url) {
  const s = await settings();
  await api.storage.local.set({ feeds: s.feeds.filter((f) => f.url !== url) });
  await scheduleFeeds();
  // The origin is not needed any more; give it back unless another feed shares it.
  const pattern = originOf(url);
  if (!s.feeds.some((f) => f.url !== url && originOf(f.url) === pattern)) await api.permissions.remove({ origins: [pattern] }).catch(() => {});
  return { ok: true };
}

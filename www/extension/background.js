// knockoff's background: the only place the engine runs. Chromium starts it as a module service
// worker, Firefox as a module background script; page Content-Security-Policy never applies
// here, so strict pages cannot stop WebAssembly from compiling (the extension's own CSP allows
// 'wasm-unsafe-eval').
//
// This file wires the browser's events to the parts in background/: engine.js (the module, the
// settings and the one Checker, rebuilt when they change), scan.js (pages to badged listings),
// packs.js (imported packs, trusted keys), feeds.js (subscriptions, the only network requests)
// and messages.js (who may send what). Listeners are added here, at the top level, so a stopped
// service worker is woken by the events it listens to.

import { api } from './browser-api.js';
import { CHECKER_KEYS, resetChecker, setTestHook, stats } from './background/engine.js';
import { evidence, scanAll, versions } from './background/scan.js';
import { addKey, addPack, packs, removeKey, removePack } from './background/packs.js';
import { FEED_ALARM, scheduleFeeds, subscribe, unsubscribe, updateDueFeeds, updateFeed } from './background/feeds.js';
import { accepted } from './background/messages.js';

api.storage.local.get('testHook').then(({ testHook }) => setTestHook(Boolean(testHook)));

api.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  if (CHECKER_KEYS.some((k) => k in changes)) resetChecker();
  if ('feeds' in changes) scheduleFeeds().catch(() => {});
  if ('testHook' in changes) setTestHook(Boolean(changes.testHook.newValue));
});

api.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === FEED_ALARM) updateDueFeeds().catch((e) => console.error('knockoff: feeds:', e));
});
api.runtime.onInstalled.addListener(() => scheduleFeeds().catch(() => {}));

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

/** What each message type does, once messages.js has accepted it. */
const handlers = {
  scan: (m) => scanAll(m.docs, m.part),
  counts: (m, sender) => counts(sender.tab?.id, m.counts),
  report: (m) => report(m.record),
  evidence: (m) => evidence(m.item, m.page),
  versions: async () => ({ versions: await versions() }),
  packs: () => packs(),
  addPack: (m) => addPack(m.name, m.toml, m.sig ?? null),
  removePack: (m) => removePack(m.id),
  addKey: (m) => addKey(m.key, m.label, m.packs),
  removeKey: (m) => removeKey(m.id),
  subscribe: (m) => subscribe(m.url, m.key),
  unsubscribe: (m) => unsubscribe(m.url),
  updateFeed: (m) => updateFeed(m.url),
};

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!accepted(message, sender)) return false;
  Promise.resolve()
    .then(() => handlers[message.type](message, sender))
    .then(sendResponse, (e) => {
      if (stats) stats.errors += 1;
      console.error('knockoff:', e);
      sendResponse({ error: { message: String(e && e.message ? e.message : e) } });
    });
  return true;
});

// knockoff's background: the only place the engine runs. Chromium starts it as a module service
// worker, Firefox as a module background script; page Content-Security-Policy never applies
// here, so strict pages cannot stop WebAssembly from compiling (the extension's own CSP allows
// 'wasm-unsafe-eval').
//
// The module is loaded lazily on the first message (service workers have no top-level await and
// are stopped when idle), one Checker is kept and it is rebuilt when the options change.
// Nothing here touches the network: the module's bytes come from the extension's own files.

import init, { Checker, readPrice } from './pkg/knockoff.js';
import { evidenceRow, evidenceText, priceRead } from './app/export.js';

const api = globalThis.browser ?? globalThis.chrome;

/** Settings in storage.local, with their defaults. */
const DEFAULTS = {
  sensitivity: 1,
  disabledPacks: [],
  offSites: [],
  extraPacks: [],
};

/** Counters the end-to-end tests read (through the worker) and nothing else uses. */
const stats = { scans: 0, parts: 0, listings: 0, anchored: 0, bytes: 0, ms: 0, initMs: 0, errors: 0 };
globalThis.__knockoff = { stats };

let moduleReady = null;
let checkerReady = null;

function loadModule() {
  moduleReady ??= (async () => {
    const t0 = performance.now();
    const response = await fetch(api.runtime.getURL('pkg/knockoff_bg.wasm'));
    await init({ module_or_path: await response.arrayBuffer() });
    stats.initMs = Math.round(performance.now() - t0);
  })();
  return moduleReady;
}

async function settings() {
  return { ...DEFAULTS, ...(await api.storage.local.get(Object.keys(DEFAULTS))) };
}

/** The checker for the current options, with the user's imported packs added. */
function checker() {
  checkerReady ??= (async () => {
    await loadModule();
    const s = await settings();
    const c = new Checker({ sensitivity: Number(s.sensitivity) || 1, disabledPacks: s.disabledPacks });
    for (const pack of s.extraPacks) {
      try {
        c.addPack(pack.toml, pack.name);
      } catch (e) {
        // A pack that stopped compiling (the engine changed) must not disable the others.
        console.warn(`knockoff: imported pack ${pack.name} no longer compiles: ${e.message}`);
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

api.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  if ('sensitivity' in changes || 'disabledPacks' in changes || 'extraPacks' in changes) checkerReady = null;
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
  stats.scans += 1;
  if (part) stats.parts += 1;
  stats.listings += found.length;
  stats.anchored += found.filter((f) => Array.isArray(f.anchor) && f.anchor.length > 0).length;
  stats.bytes += html.length;
  stats.ms += performance.now() - t0;
  return { listings: found.map((f, i) => slim(f, verdicts[i])) };
}

async function packs() {
  const c = await checker();
  const s = await settings();
  const extra = new Set(s.extraPacks.map((p) => p.id));
  return { packs: c.packs().map((p) => ({ ...p, imported: extra.has(p.id) })) };
}

/** Compiles a pack on a scratch checker; keeps it only if it compiles. */
async function addPack(name, toml) {
  await loadModule();
  const scratch = new Checker();
  let info;
  try {
    info = scratch.addPack(toml, name);
  } catch (e) {
    return {
      error: {
        message: e.message,
        line: e.line ?? null,
        column: e.column ?? null,
        rule: e.rule ?? null,
        report: e.report ?? String(e),
      },
    };
  } finally {
    scratch.free();
  }
  const s = await settings();
  const extraPacks = s.extraPacks.filter((p) => p.id !== info.id);
  extraPacks.push({ id: info.id, name, toml, added: new Date().toISOString() });
  await api.storage.local.set({ extraPacks });
  return { pack: info };
}

async function removePack(id) {
  const s = await settings();
  await api.storage.local.set({ extraPacks: s.extraPacks.filter((p) => p.id !== id) });
  return { ok: true };
}

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
  for (const html of docs) results.push((await scan(String(html), part)).listings);
  return { results };
}

const handlers = {
  scan: (m) => scanAll(Array.isArray(m.docs) ? m.docs : [], Boolean(m.part)),
  packs: () => packs(),
  addPack: (m) => addPack(String(m.name || 'pack.toml'), String(m.toml)),
  removePack: (m) => removePack(String(m.id)),
  report: (m) => report(m.record),
  versions: async () => ({ versions: await versions() }),
  evidence: (m) => evidence(m.item, String(m.page)),
  counts: (m, sender) => counts(sender.tab?.id, m.counts),
};

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // Only this extension's own pages and content scripts can reach this listener (no
  // externally_connectable); still, ignore anything that is not one of ours.
  if (sender.id !== api.runtime.id) return false;
  const handler = message && handlers[message.type];
  if (!handler) return false;
  Promise.resolve()
    .then(() => handler(message, sender))
    .then(sendResponse, (e) => {
      stats.errors += 1;
      console.error('knockoff:', e);
      sendResponse({ error: { message: String(e && e.message ? e.message : e) } });
    });
  return true;
});

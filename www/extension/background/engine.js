// The engine in the background: the WebAssembly module, the user's settings, and the one Checker
// built from them. The module's bytes come from the extension's own files and are loaded on the
// first message (a service worker has no top-level await and is stopped when idle); the checker
// is kept and rebuilt when the settings it is built from change. The user's packs reach it
// compiled: the authoring module compiles and verifies them once, when they change, and their
// compiled form is kept in storage, so a restarted service worker loads only the main module.

import init, { Checker } from '../pkg/knockoff.js';
import { api } from '../browser-api.js';
import { bytesToText, loadAuthoring, textToBytes } from '../shared/authoring.js';

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

/** The settings the checker is built from: a change to any of them rebuilds it. */
export const CHECKER_KEYS = ['sensitivity', 'disabledPacks', 'extraPacks', 'trustedKeys', 'feeds'];

/**
 * Counters the end-to-end tests read (through the worker), kept only while the explicit test hook
 * (`testHook: true` in storage.local, which only the extension's own contexts can write) is on.
 */
export let stats = null;
export function setTestHook(on) {
  if (on && !stats) {
    stats = { scans: 0, parts: 0, listings: 0, anchored: 0, bytes: 0, ms: 0, errors: 0 };
    globalThis.__knockoff = { stats };
  } else if (!on) {
    stats = null;
    delete globalThis.__knockoff;
  }
}

let moduleReady = null;
let checkerReady = null;

function loadModule() {
  moduleReady ??= (async () => {
    const response = await fetch(api.runtime.getURL('pkg/knockoff_bg.wasm'));
    await init({ module_or_path: await response.arrayBuffer() });
  })();
  return moduleReady;
}

export async function settings() {
  return { ...DEFAULTS, ...(await api.storage.local.get(Object.keys(DEFAULTS))) };
}

/**
 * The trusted-keys text the engine reads (one key a line: hex, then the pack ids it may sign):
 * the keys the user added, and every feed's pinned key, which the user trusted by subscribing.
 */
export function trustText(s) {
  return [...s.trustedKeys.map((k) => [k.key, ...k.packs].join(' ')), ...s.feeds.map((f) => f.key)].join('\n');
}

/** The packs each feed installed (verified when they were installed), with the feed they came from. */
export async function feedInstalled(s) {
  if (!s.feeds.some((f) => f.state)) return [];
  const { feedPacks } = await loadAuthoring();
  return s.feeds.flatMap((f) => (f.state ? feedPacks(f.state).map((p) => ({ ...p, feed: f.url })) : []));
}

/** What the user's compiled packs come from (and the extension's version, which compiled them). */
async function sourceKey(s) {
  const source = JSON.stringify([api.runtime.getManifest().version, s.extraPacks, s.trustedKeys, s.feeds.map((f) => [f.key, f.state])]);
  return bytesToText(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(source))));
}

/**
 * The user's packs compiled by the authoring module: unsigned imports first, then signed imports
 * (their signature checked again against today's trusted keys), then feed packs, so a signed pack
 * always wins over an unsigned one with its id. Each is `{ id, bytes, signer, feed }`: `bytes`
 * the compiled pack as text, `feed` `{ url, signer }` for a feed's pack.
 */
async function compile(s) {
  const authoring = await loadAuthoring();
  const scratch = new authoring.Checker();
  const added = new Map();
  try {
    const trust = trustText(s);
    const ordered = [...s.extraPacks.filter((p) => !p.sig), ...s.extraPacks.filter((p) => p.sig)];
    for (const pack of ordered) {
      try {
        const info = pack.sig ? scratch.addSignedPack(pack.toml, pack.sig, trust, pack.name) : scratch.addPack(pack.toml, pack.name);
        added.set(info.id, null);
      } catch (e) {
        // A pack that stopped compiling (the engine changed) or whose key the user removed must
        // not disable the others.
        console.warn(`knockoff: imported pack ${pack.name} left out: ${e.message}`);
      }
    }
    for (const pack of await feedInstalled(s)) {
      try {
        added.set(scratch.addPack(pack.text, `feed:${pack.id}`).id, { url: pack.feed, signer: pack.signer });
      } catch (e) {
        console.warn(`knockoff: feed pack ${pack.id} left out: ${e.message}`);
      }
    }
    const signers = new Map(scratch.packs().map((p) => [p.id, p.signer]));
    return [...added].map(([id, feed]) => ({ id, bytes: bytesToText(scratch.compiledPack(id)), signer: signers.get(id), feed }));
  } finally {
    scratch.free();
  }
}

/**
 * The user's compiled packs for settings `s`, kept in storage.local (`compiledPacks`) with the
 * key of what they come from, and compiled again only when that changes.
 */
export async function userPacks(s) {
  if (s.extraPacks.length === 0 && !s.feeds.some((f) => f.state)) return [];
  const key = await sourceKey(s);
  const { compiledPacks } = await api.storage.local.get('compiledPacks');
  if (compiledPacks?.key === key) return compiledPacks.packs;
  const packs = await compile(s);
  await api.storage.local.set({ compiledPacks: { key, packs } });
  return packs;
}

/** A checker for settings `s` with compiled packs `packs` added. Throws when one does not load. */
function build(s, packs) {
  const options = { sensitivity: Number(s.sensitivity) || 1, disabledPacks: s.disabledPacks };
  const c = new Checker(options);
  try {
    for (const pack of packs) c.addCompiledPack(textToBytes(pack.bytes), pack.signer);
  } catch (e) {
    c.free();
    throw e;
  }
  // Adding a pack re-enables nothing the user turned off: apply the disabled list to added packs too.
  c.setOptions(options);
  return c;
}

/** The checker for the current options, with the user's packs added in their compiled form. */
export function checker() {
  checkerReady ??= (async () => {
    // The module compiles while the settings are read.
    const [, s] = await Promise.all([loadModule(), settings()]);
    try {
      return build(s, await userPacks(s));
    } catch (e) {
      // Compiled by a build of the module whose format was another: compile them again.
      console.warn(`knockoff: compiling your packs again: ${e.message}`);
      await api.storage.local.remove('compiledPacks');
      return build(s, await userPacks(s));
    }
  })();
  checkerReady.catch(() => {
    checkerReady = null;
  });
  return checkerReady;
}

/** Drops the checker: the next message builds one from the settings as they are now. */
export function resetChecker() {
  checkerReady = null;
}

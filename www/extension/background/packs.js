// The user's own packs and keys: imported pack files (signed or not), verified in WebAssembly
// before they are kept, and the keys the user trusts to sign them.

import { api } from '../browser-api.js';
import { loadAuthoring } from '../shared/authoring.js';
import { checker, feedInstalled, settings, trustText, userPacks } from './engine.js';

/**
 * Every pack with where it came from: `source` is bundled, imported (unsigned), signed (an
 * import whose signature a trusted key made) or feed; `signer` the signing key's id and the
 * label the user gave it.
 */
export async function packs() {
  const c = await checker();
  const s = await settings();
  const imported = new Map(s.extraPacks.map((p) => [p.id, p]));
  const fromFeed = new Map((await userPacks(s)).filter((p) => p.feed).map((p) => [p.id, p.feed]));
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
      return { ...p, source, signer, signerLabel: signer ? label(signer) : null, feed: feed ? feed.url : null, imported: imported.has(p.id) };
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
export async function addPack(name, toml, sig) {
  const authoring = await loadAuthoring();
  const s = await settings();
  const scratch = new authoring.Checker();
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
    const signed = s.extraPacks.find((p) => p.id === info.id && p.sig) ?? (await feedInstalled(s)).find((p) => p.id === info.id);
    if (signed) return { error: { message: `unsigned, and pack '${info.id}' is installed signed: an unsigned file cannot replace it`, signature: true } };
  }
  const extraPacks = s.extraPacks.filter((p) => p.id !== info.id);
  extraPacks.push({ id: info.id, name, toml, added: new Date().toISOString(), ...(sig != null ? { sig } : {}) });
  await api.storage.local.set({ extraPacks });
  return { pack: info };
}

export async function removePack(id) {
  const s = await settings();
  await api.storage.local.set({ extraPacks: s.extraPacks.filter((p) => p.id !== id) });
  return { ok: true };
}

export async function addKey(text, label, packIds) {
  const { publicKey } = await loadAuthoring();
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

export async function removeKey(id) {
  const s = await settings();
  await api.storage.local.set({ trustedKeys: s.trustedKeys.filter((k) => k.id !== id) });
  return { ok: true };
}

// Who may send the background what: a content script in a tab, or one of the extension's own
// pages, and the shape each message must have. Anything else is ignored unanswered.

import { LEVELS } from '../shared/facts.js';
import { feedUrl } from '../feed-url.js';
import { api, isObject } from '../browser-api.js';

const isText = (v, max = 1 << 20) => typeof v === 'string' && v.length <= max;
const isTextOrNull = (v, max) => v == null || isText(v, max);
const isCount = (v) => Number.isInteger(v) && v >= 0;
/** A feed URL as the options page sends it: already in the one form `feedUrl` gives. */
const isFeedUrl = (v) => isText(v, 2048) && feedUrl(v) === v;
/** JSON-like data of bounded size, for records that are only stored (reports) or echoed (evidence). */
const isSmallData = (v) => isObject(v) && JSON.stringify(v).length <= 256 * 1024;

/** Every message type: who may send it (`content`, `extension` or `any`) and whether it is well formed. */
const MESSAGES = {
  scan: {
    from: 'content',
    valid: (m) => Array.isArray(m.docs) && m.docs.length <= 1000 && m.docs.every((d) => isText(d, 64 << 20)) && typeof m.part === 'boolean',
  },
  counts: { from: 'content', valid: (m) => isObject(m.counts) && LEVELS.every((l) => isCount(m.counts[l])) },
  report: { from: 'content', valid: (m) => isSmallData(m.record) },
  evidence: { from: 'content', valid: (m) => isSmallData(m.item) && isText(m.page, 8192) },
  versions: { from: 'any', valid: () => true },
  packs: { from: 'extension', valid: () => true },
  addPack: { from: 'extension', valid: (m) => isText(m.name, 256) && isText(m.toml, 4 << 20) && isTextOrNull(m.sig, 4096) },
  removePack: { from: 'extension', valid: (m) => isText(m.id, 256) },
  addKey: {
    from: 'extension',
    valid: (m) => isText(m.key, 4096) && isText(m.label, 200) && Array.isArray(m.packs) && m.packs.every((p) => isText(p, 256)),
  },
  removeKey: { from: 'extension', valid: (m) => isText(m.id, 64) },
  subscribe: { from: 'extension', valid: (m) => isFeedUrl(m.url) && isText(m.key, 4096) },
  unsubscribe: { from: 'extension', valid: (m) => isFeedUrl(m.url) },
  updateFeed: { from: 'extension', valid: (m) => isFeedUrl(m.url) },
};

/** Where a message came from: one of the extension's own pages, or a content script in a tab. */
function senderKind(sender) {
  if (sender.id !== api.runtime.id) return null;
  const own = api.runtime.getURL('');
  if (typeof sender.url === 'string' && sender.url.startsWith(own)) return 'extension';
  return sender.tab ? 'content' : null;
}

/**
 * Whether to act on `message` from `sender`: a known type, from the side allowed to send it, in
 * its shape. Only this extension's own pages and content scripts can send at all (no
 * externally_connectable); this still checks who sent what before anything is done.
 */
export function accepted(message, sender) {
  const kind = senderKind(sender);
  if (!kind || !isObject(message) || typeof message.type !== 'string' || !Object.hasOwn(MESSAGES, message.type)) return false;
  const { from, valid } = MESSAGES[message.type];
  if ((from !== 'any' && from !== kind) || !valid(message)) {
    console.warn(`knockoff: ignored a malformed or misdirected '${message.type}' message`);
    return false;
  }
  return true;
}

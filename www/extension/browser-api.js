// What every extension page and the background share about the WebExtension API. The content
// script, a classic script in another world, keeps its own copy in content/runtime.js.

/** The WebExtension API: `browser` in Firefox, `chrome` in Chromium. */
export const api = globalThis.browser ?? globalThis.chrome;

/** A plain object (not null, not an array): the shape every message and stored record has. */
export const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

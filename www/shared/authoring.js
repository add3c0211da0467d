// The authoring module: the full WebAssembly module, with the TOML pack compiler, signatures and
// feeds. The main module (../pkg/knockoff.js), loaded on every start, has none of them and loads
// packs in their compiled form (`addCompiledPack`); this one is fetched and instantiated only when
// a pack is compiled, verified or updated. Its JavaScript is imported statically (a service worker
// may not `import()`); its .wasm is fetched on the first `loadAuthoring()` only.
import init, * as authoring from '../pkg/authoring/knockoff.js';

let ready = null;

/** The authoring module's exports, once instantiated. */
export function loadAuthoring() {
  ready ??= (async () => {
    const response = await fetch(new URL('../pkg/authoring/knockoff_bg.wasm', import.meta.url));
    await init({ module_or_path: await response.arrayBuffer() });
    return authoring;
  })();
  ready.catch(() => {
    ready = null;
  });
  return ready;
}

/** Compiled pack bytes as text, for storage that keeps only JSON. */
export function bytesToText(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function textToBytes(text) {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

// Node entry: Node's fetch cannot read file: URLs, so the module is compiled from the file on
// disk here, synchronously, at import. `await init()` afterwards is a harmless no-op, so code
// written for the browser runs unchanged.
import { readFileSync } from 'node:fs';
import { initSync } from './knockoff.js';

initSync({ module: readFileSync(new URL('./knockoff_bg.wasm', import.meta.url)) });

export * from './knockoff.js';
export { default } from './knockoff.js';

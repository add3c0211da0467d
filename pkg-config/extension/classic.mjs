// Turns one of www/shared/'s ES modules into a classic script for the content script, which
// browsers load as classic scripts only: `export` is dropped from the module's top-level
// declarations, the body goes in a block of its own, and what it exported becomes
// `knockoff.NAME` on the content script's (isolated) global object. Only modules without
// imports qualify, so the result runs exactly as the module does on the page.
//   node pkg-config/extension/classic.mjs www/shared/facts.js facts > dist/…/content/facts.js
import { readFileSync } from 'node:fs';

const [file, name] = process.argv.slice(2);
if (!file || !/^\w+$/.test(name ?? '')) throw new Error('usage: classic.mjs MODULE.js NAME');
const source = readFileSync(file, 'utf8');
if (/^\s*import\b/m.test(source)) throw new Error(`${file}: a module with imports cannot become a classic script here`);
const names = [];
const body = source.replace(/^export (const|function|class) (\w+)/gm, (_, kind, id) => {
  names.push(id);
  return `${kind} ${id}`;
});
if (/^export\b/m.test(body)) throw new Error(`${file}: only \`export const|function|class NAME\` is understood`);
process.stdout.write(`// Built from ${file} by pkg-config/extension/classic.mjs: edit that file, not this one.
'use strict';
{
${body}
(globalThis.knockoff ??= {}).${name} = Object.freeze({ ${names.join(', ')} });
}
`);

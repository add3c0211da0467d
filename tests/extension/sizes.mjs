// The size limits of the browser code (issue 14): no file in www/ over 500 lines and no function
// over 100, so each part stays small enough to read whole. www/pkg/ (generated) is left out.
// Exits 1 and names each file or function over its limit. Run by tests/extension/run.sh.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as acorn from 'acorn';

const MAX_FILE_LINES = 500;
const MAX_FUNCTION_LINES = 100;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function* files(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const at = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path.relative(root, at) !== path.join('www', 'pkg')) yield* files(at);
    } else if (/\.(js|mjs|html|css)$/.test(entry.name)) yield at;
  }
}

/** Every function node in `node`'s tree. */
function* functions(node) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type.includes('Function')) yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* functions(child);
    else if (value && typeof value.type === 'string') yield* functions(value);
  }
}

/** Parsed as a module, or (content scripts) as a classic script. */
function parse(text) {
  const options = { ecmaVersion: 'latest', locations: true };
  try {
    return acorn.parse(text, { ...options, sourceType: 'module' });
  } catch {
    return acorn.parse(text, { ...options, sourceType: 'script' });
  }
}

const over = [];
for (const file of files(path.join(root, 'www'))) {
  const name = path.relative(root, file);
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines > MAX_FILE_LINES) over.push(`${name}: ${lines} lines (at most ${MAX_FILE_LINES})`);
  if (!/\.m?js$/.test(file)) continue;
  for (const f of functions(parse(text))) {
    const length = f.loc.end.line - f.loc.start.line + 1;
    const called = f.id?.name ?? 'a function';
    if (length > MAX_FUNCTION_LINES) over.push(`${name}:${f.loc.start.line}: ${called} is ${length} lines (at most ${MAX_FUNCTION_LINES})`);
  }
}
if (over.length) {
  console.error(`Over the size limits:\n  ${over.join('\n  ')}`);
  process.exit(1);
}
console.log(`www/: no file over ${MAX_FILE_LINES} lines, no function over ${MAX_FUNCTION_LINES}`);

// WebAssembly in Node against the native CLI, the same JSON Lines in one run: CPU seconds of each
// and their ratio (issue 13's bar: WebAssembly at least half native speed). A benchmark, never a
// test: it prints figures and fails only when the two builds disagree on a verdict's level.
//
//   node benches/wasm-native.mjs FILE.jsonl [--bin target/release/knockoff] [--pkg pkg/]
//
// Native: `knockoff check --jobs 1 FILE`, user CPU read from /usr/bin/time (start-up included,
// tens of milliseconds). WebAssembly: the module's Checker.checkAll over batches of 1,000 parsed
// lines and JSON.stringify of each verdict, user CPU of this process (process.cpuUsage), after
// the module is instantiated and the checker built (timed apart).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const root = new URL('../', import.meta.url);
const bin = opt('--bin', new URL('target/release/knockoff', root).pathname);
const pkg = new URL(opt('--pkg', 'pkg/').replace(/\/?$/, '/'), root);
const file = args[0];
if (!file) {
  console.error('usage: node benches/wasm-native.mjs FILE.jsonl [--bin BIN] [--pkg DIR]');
  process.exit(2);
}

// time's report is the last line of stderr; verdicts go to stdout.
const native = spawnSync('/usr/bin/time', ['-f', '%U', bin, 'check', '--jobs', '1', file], {
  maxBuffer: 1 << 30,
});
const nativeCpu = Number(native.stderr.toString().trim().split('\n').at(-1));
const nativeOut = native.stdout;
const nativeLevels = nativeOut
  .toString()
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l).level);

const { initSync, Checker } = await import(new URL('knockoff.js', pkg));
let t = performance.now();
initSync({ module: readFileSync(new URL('knockoff_bg.wasm', pkg)) });
const instantiate = performance.now() - t;
t = performance.now();
const checker = new Checker();
const build = performance.now() - t;

const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
const cpu = process.cpuUsage();
const levels = [];
for (let i = 0; i < lines.length; i += 1000) {
  const batch = lines.slice(i, i + 1000).map((l) => JSON.parse(l));
  for (const v of checker.checkAll(batch)) {
    JSON.stringify(v);
    levels.push(v.level);
  }
}
const wasmCpu = process.cpuUsage(cpu).user / 1e6;

const differ = levels.filter((l, i) => l !== nativeLevels[i]).length;
const rate = (s) => Math.round(lines.length / s).toLocaleString('en');
console.log(`${lines.length} listings from ${file}`);
console.log(`  native CLI, one core      ${nativeCpu.toFixed(2)} s CPU  ${rate(nativeCpu)} listings/s`);
console.log(`  WebAssembly in Node ${process.version}  ${wasmCpu.toFixed(2)} s CPU  ${rate(wasmCpu)} listings/s`);
console.log(`  WebAssembly / native      ${(nativeCpu / wasmCpu).toFixed(2)}`);
console.log(`  module instantiate ${instantiate.toFixed(1)} ms, new Checker() ${build.toFixed(1)} ms (wall)`);
if (differ || levels.length !== nativeLevels.length) {
  console.error(`levels differ on ${differ} listings (${levels.length} vs ${nativeLevels.length})`);
  process.exit(1);
}

// Start-up of both WebAssembly modules, in Node and in headless Chromium, printed by one command:
//   Node: compile + instantiate the .wasm, build the checker (decode the bundled rule set, build
//     its automaton), first check; and the first `validateListing` call, each in a fresh process;
//     then the same with every function compiled at instantiation, for V8's share.
//   Chromium: the brand-staff page's "Engine ready in N ms" (main module, packs listed) and
//     where it went (the page's `knockoff:` performance measures, the worker's checker too),
//     and on the seller form's page the check-only module's import + init + first
//     `validateListing`, each in a fresh browser context (nothing cached).
// Medians of --runs (default 5). A benchmark: nothing here passes or fails on a timing.
//
//   node benches/startup.mjs [--runs N]        after scripts/build-wasm.sh
import { execFileSync, spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/chromium.mjs';

const root = new URL('../', import.meta.url);
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (x === undefined ? "n/a" : `${x.toFixed(1)} ms`);

// One fresh Node process per run, so no compiled code is reused.
const NODE_RUN = `
const { readFileSync } = await import('node:fs');
const dir = new URL(process.argv[1]);
const t0 = performance.now();
const m = await import(new URL('knockoff.js', dir));
m.initSync({ module: readFileSync(new URL('knockoff_bg.wasm', dir)) });
const t1 = performance.now();
const c = new m.Checker();
const t2 = performance.now();
c.check({ title: 'G U C C I belt, gold buckle', price: '$25' });
const t3 = performance.now();
m.validateListing({ title: 'G U C C I belt, gold buckle', price: '25' });
const t4 = performance.now();
console.log(JSON.stringify({ instantiate: t1 - t0, checker: t2 - t1, firstCheck: t3 - t2, ready: t3 - t0, validate: t4 - t3 }));
`;

function nodeStartup(dir, flags = []) {
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const out = execFileSync(process.execPath, [...flags, '--input-type=module', '-e', NODE_RUN, new URL(dir, root).href], { encoding: 'utf8' });
    samples.push(JSON.parse(out));
  }
  return Object.fromEntries(Object.keys(samples[0]).map((k) => [k, median(samples.map((s) => s[k]))]));
}

async function chromiumStartup() {
  const port = 4900 + Math.floor(Math.random() * 500);
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { cwd: root.pathname, stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  // A loaded machine can take seconds to start the server: wait for it, up to 30 s.
  for (let i = 0; ; i += 1) {
    try { await fetch(`${origin}/`); break; } catch (e) {
      if (i === 300) { server.kill(); throw new Error(`the page's server did not start on ${origin}: ${e.message}`); }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = [];
  const form = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(`${origin}/`);
      const status = tab.locator('#engine-status.ok');
      await status.waitFor({ timeout: 60_000 });
      await tab.waitForFunction(() => performance.getEntriesByName('knockoff:worker').length || !performance.getEntriesByName('knockoff:start').length, null, { timeout: 60_000 });
      const ready = Number((await status.textContent()).match(/ready in (\d+) ms/)[1]);
      // Where the time went (`Engine.start`'s measures), and the page's own work before it.
      const steps = await tab.evaluate(() => Object.fromEntries([
        ['page', performance.getEntriesByName('knockoff:start')[0]?.startTime ?? NaN],
        ...performance.getEntriesByType('measure')
          .filter((m) => m.name.startsWith('knockoff:'))
          .map((m) => [m.name.slice('knockoff:'.length), m.duration]),
      ]));
      page.push({ ready, ...steps });
      await tab.goto(`${origin}/form/`);
      form.push(await tab.evaluate(async () => {
        const t0 = performance.now();
        const m = await import(`/pkg/check/knockoff.js?${Math.random()}`);
        await m.default(new URL('/pkg/check/knockoff_bg.wasm', location.href));
        m.validateListing({ title: 'G U C C I belt, gold buckle', price: '25' });
        return performance.now() - t0;
      }));
      await context.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
  const pageMedians = Object.fromEntries(Object.keys(page[0]).map((k) => [k, median(page.map((p) => p[k]))]));
  return { page: pageMedians, form: median(form) };
}

execFileSync('bash', ['-c', 'for f in pkg/knockoff_bg.wasm pkg-check/knockoff_bg.wasm; do echo "$f: $(wc -c < $f) bytes, $(gzip -9c $f | wc -c) gzipped"; done'], { cwd: root.pathname, stdio: 'inherit' });
console.log(`medians of ${runs} runs`);
for (const dir of ['pkg/', 'pkg-check/']) {
  const r = nodeStartup(dir);
  console.log(`Node, ${dir.padEnd(10)} instantiate ${ms(r.instantiate)} + checker ${ms(r.checker)} + first check ${ms(r.firstCheck)} = ready ${ms(r.ready)}; then first validateListing ${ms(r.validate)}`);
  // V8's share: by default it compiles each function (Liftoff) on its first call; compiled
  // whole at instantiation instead, what the checker and first check take less is that share.
  const e = nodeStartup(dir, ['--no-wasm-lazy-compilation']);
  console.log(`Node, ${dir.padEnd(10)} every function compiled at instantiation (--no-wasm-lazy-compilation): instantiate ${ms(e.instantiate)} + checker ${ms(e.checker)} + first check ${ms(e.firstCheck)}; V8 compiling on first calls ${ms(r.checker + r.firstCheck - e.checker - e.firstCheck)} of the lazy run's checker and first check`);
}
const c = await chromiumStartup();
const p = c.page;
console.log(`Chromium, the page's "engine ready" (main module): ${p.ready} ms; before it the page's own loading ${ms(p.page)}; fetch + compile ${ms(p.compile)}, instantiated at ${ms(p.instantiate)}, this thread's checker ${ms(p.checker)}; the worker's checker ready at ${ms(p.worker)}`);
console.log(`Chromium, the form's module (check-only): import + init + first validateListing ${ms(c.form)}`);

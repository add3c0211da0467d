// The npm package as a user gets it: packed by `npm pack`, unpacked into a scratch project's
// node_modules, imported by name from Node. Run after scripts/build-wasm.sh.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const pkgDir = join(root, 'pkg');
let project;

/** Runs an ES module snippet in the scratch project, where `knockoff` resolves like a dependency. */
function run(code) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: project,
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

before(() => {
  project = mkdtempSync(join(tmpdir(), 'knockoff-npm-'));
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', project], { cwd: pkgDir, encoding: 'utf8' }),
  );
  const dest = join(project, 'node_modules', 'knockoff');
  mkdirSync(dest, { recursive: true });
  execFileSync('tar', ['-xzf', join(project, filename), '-C', dest, '--strip-components=1']);
});

after(() => rmSync(project, { recursive: true, force: true }));

test('the package ships exactly the module, its bindings, types, Node entry and README', () => {
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: pkgDir, encoding: 'utf8' }));
  const files = report.files.map((f) => f.path).sort();
  assert.deepEqual(files, [
    'README.md',
    'knockoff.d.ts',
    'knockoff.js',
    'knockoff_bg.wasm',
    'knockoff_bg.wasm.d.ts',
    'node.js',
    'package.json',
  ]);
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8');
  assert.equal(manifest.name, 'knockoff');
  assert.equal(manifest.version, cargo.match(/^version = "(.+)"$/m)[1]);
  assert.equal(manifest.type, 'module');
});

test('imported by name in Node, it checks a listing with the CLI shape', () => {
  const verdict = run(`
    import init, { Checker } from 'knockoff';
    await init();
    const checker = new Checker();
    console.log(JSON.stringify(checker.check({ id: 7, title: 'Gucci Dionysus small bag 1:1 mirror quality AAA', price: '$89' })));
  `);
  assert.deepEqual(Object.keys(verdict), ['id', 'level', 'score', 'brand', 'reasons']);
  assert.equal(verdict.id, 7);
  assert.ok(['low', 'medium', 'high'].includes(verdict.level));
  assert.ok(Number.isInteger(verdict.score) && verdict.score >= 0 && verdict.score <= 100);
  assert.ok(verdict.brand === null || typeof verdict.brand === 'string');
  assert.ok(Array.isArray(verdict.reasons));
  assert.equal(verdict.score, verdict.reasons.reduce((sum, r) => sum + r.points, 0));
});

test('checkAll keeps order, packs() lists the bundled packs, options are taken', () => {
  const out = run(`
    import { Checker } from 'knockoff';
    const checker = new Checker({ sensitivity: 2, disabledPacks: ['gucci'] });
    const verdicts = checker.checkAll([{ id: 'a', title: 'one' }, { id: 'b', title: 'two' }]);
    console.log(JSON.stringify({ ids: verdicts.map((v) => v.id), packs: checker.packs() }));
  `);
  assert.deepEqual(out.ids, ['a', 'b']);
  const gucci = out.packs.find((p) => p.id === 'gucci');
  assert.ok(gucci, 'the bundled gucci pack is listed');
  assert.equal(gucci.enabled, false);
});

test('a broken pack throws a RuleError that says where', () => {
  const err = run(`
    import { Checker } from 'knockoff';
    try {
      new Checker().addPack('[pack]\\nid = "acme"\\nkind = 3\\n', 'acme.toml');
      console.log('null');
    } catch (e) {
      console.log(JSON.stringify({ isError: e instanceof Error, name: e.name, file: e.file, line: e.line,
        column: e.column, message: e.message, report: e.report }));
    }
  `);
  assert.ok(err, 'addPack threw');
  assert.equal(err.isError, true);
  assert.equal(err.name, 'RuleError');
  assert.equal(err.file, 'acme.toml');
  assert.ok(err.line >= 1 && err.column >= 1);
  assert.ok(err.message.length > 0);
  assert.match(err.report, /acme\.toml:\d+:\d+/);
});

test('bad input throws a TypeError naming the problem, and the checker keeps working', () => {
  const out = run(`
    import { Checker } from 'knockoff';
    const checker = new Checker();
    let error;
    try { checker.check({ title: 'x', colour: 'red' }); } catch (e) { error = { name: e.name, message: e.message }; }
    let optionsError;
    try { new Checker({ sensitivty: 2 }); } catch (e) { optionsError = e.name; }
    console.log(JSON.stringify({ error, optionsError, after: checker.check({ title: 'x' }).level }));
  `);
  assert.equal(out.error.name, 'TypeError');
  assert.match(out.error.message, /colour/);
  assert.equal(out.optionsError, 'TypeError');
  assert.ok(['low', 'medium', 'high'].includes(out.after));
});

test('extract takes HTML text', () => {
  const found = run(`
    import { Checker } from 'knockoff';
    console.log(JSON.stringify(new Checker().extract('<html><body><h1>Nothing for sale</h1></body></html>')));
  `);
  assert.ok(Array.isArray(found));
});

test('addSignedPack takes a pack signed by a trusted key and refuses every other', () => {
  // Keys and signatures made by the CLI, as a brand would (`cargo build` runs before this suite).
  const cli = join(root, 'target', 'debug', 'knockoff');
  const dir = mkdtempSync(join(tmpdir(), 'knockoff-signed-'));
  try {
    const pack = '[pack]\nid = "zorblax"\nname = "Zorblax"\nkind = "brand"\nversion = "1.0"\ndescription = "test"\n\n[brand]\nname = "Zorblax"\n';
    writeFileSync(join(dir, 'zorblax.toml'), pack);
    for (const name of ['brand', 'other']) execFileSync(cli, ['rules', 'keygen', join(dir, name)], { stdio: 'ignore' });
    execFileSync(cli, ['rules', 'sign', '--key', join(dir, 'brand'), join(dir, 'zorblax.toml')], { stdio: 'ignore' });
    const read = (name) => readFileSync(join(dir, name), 'utf8');
    const input = JSON.stringify({
      pack,
      sig: read('zorblax.toml.sig'),
      brandKey: read('brand.pub').split('\n')[1],
      otherKey: read('other.pub').split('\n')[1],
    });
    const result = run(`
      import init, { Checker } from 'knockoff';
      await init();
      const { pack, sig, brandKey, otherKey } = ${input};
      const outcome = (f) => { try { return f(); } catch (e) { return { error: e.name, message: e.message }; } };
      const checker = new Checker();
      console.log(JSON.stringify({
        altered: outcome(() => checker.addSignedPack(pack.replace('1.0', '1.1'), sig, brandKey)),
        wrongKey: outcome(() => checker.addSignedPack(pack, sig, otherKey)),
        notAllowed: outcome(() => checker.addSignedPack(pack, sig, brandKey + ' rolex gucci')),
        countAfterRefusals: checker.packs().filter((p) => p.id === 'zorblax').length,
        ok: outcome(() => checker.addSignedPack(pack, sig, brandKey + ' zorblax')),
      }));
    `);
    assert.equal(result.altered.error, 'SignatureError');
    assert.equal(result.wrongKey.error, 'SignatureError');
    assert.match(result.notAllowed.message, /not to sign pack 'zorblax'/);
    assert.equal(result.countAfterRefusals, 0, 'a refused pack is not added');
    assert.equal(result.ok.id, 'zorblax');
    assert.equal(result.ok.version, '1.0');
    assert.match(result.ok.signer, /^[0-9a-f]{16}$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('feedWanted and feedUpdate apply a feed the CLI published, and refuse its rollback', () => {
  // A feed published by the CLI (`rules publish`), consumed the way the extension does.
  const cli = join(root, 'target', 'debug', 'knockoff');
  const dir = mkdtempSync(join(tmpdir(), 'knockoff-feed-'));
  const knockoff = (...args) => execFileSync(cli, args, { stdio: 'ignore' });
  const read = (name) => readFileSync(join(dir, name), 'utf8');
  const release = (version) => {
    writeFileSync(join(dir, 'feed', 'zorblax.toml'), `[pack]\nid = "zorblax"\nname = "Zorblax"\nkind = "brand"\nversion = "${version}"\ndescription = "test"\n\n[brand]\nname = "Zorblax"\n`);
    knockoff('rules', 'sign', '--key', join(dir, 'brand'), join(dir, 'feed', 'zorblax.toml'));
    knockoff('rules', 'publish', join(dir, 'feed'), '--key', join(dir, 'root'), '--signers', join(dir, 'signers.txt'));
    const files = ['index.json', 'index.json.sig', 'zorblax.toml', 'zorblax.toml.sig'];
    return Object.fromEntries(files.map((f) => [f, read(join('feed', f))]));
  };
  try {
    mkdirSync(join(dir, 'feed'));
    for (const name of ['root', 'brand']) knockoff('rules', 'keygen', join(dir, name));
    writeFileSync(join(dir, 'signers.txt'), `${read('brand.pub').split('\n')[1]} zorblax\n`);
    const input = JSON.stringify({ key: read('root.pub'), first: release('2.0'), second: release('1.0') });
    const result = run(`
      import init, { feedWanted, feedUpdate, feedPacks, publicKey } from 'knockoff';
      await init();
      const { key, first, second } = ${input};
      const bytes = (t) => new TextEncoder().encode(t);
      const apply = (state, feed) => {
        const files = new Map();
        for (const f of feedWanted(state, key, bytes(feed['index.json']), feed['index.json.sig'])) {
          files.set(f, [bytes(feed[f]), feed[f + '.sig']]);
        }
        return feedUpdate(state, key, bytes(feed['index.json']), feed['index.json.sig'], files);
      };
      const one = apply(null, first);
      const two = apply(one.state, second);
      let replay;
      try { feedWanted(two.state, key, bytes(first['index.json']), first['index.json.sig']); } catch (e) { replay = e.name + ': ' + e.message; }
      console.log(JSON.stringify({ one, two: { ...two, state: undefined }, installed: feedPacks(two.state).map((p) => [p.id, p.version, p.signer]), replay, id: publicKey(key).id }));
    `);
    assert.deepEqual(result.one.applied, [{ id: 'zorblax', version: '2.0' }]);
    assert.deepEqual(result.one.refused, []);
    assert.deepEqual(result.two.applied, []);
    assert.match(result.two.refused[0], /version 1\.0 is not newer than the installed 2\.0 \(no rollback\)/);
    assert.deepEqual(result.installed.map((p) => p.slice(0, 2)), [['zorblax', '2.0']]);
    assert.match(result.installed[0][2], /^[0-9a-f]{16}$/);
    assert.match(result.replay, /^SignatureError: feed index refused: .*replayed index/);
    assert.match(result.id, /^[0-9a-f]{16}$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

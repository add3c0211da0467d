// The check-only package (pkg-check/, npm `knockoff-check`, the seller form's module): the full
// package's checking API without extraction, run-time packs, signatures and feeds, and the same
// verdict as the full module for every listing of the corpora. Run after scripts/build-wasm.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as full from '../../pkg/node.js';
import * as checkOnly from '../../pkg-check/node.js';

const root = new URL('../../', import.meta.url);
const json = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

test('the check-only package is knockoff-check, with the full package\'s files and entry points', () => {
  const manifest = json('pkg-check/package.json');
  const fullManifest = json('pkg/package.json');
  assert.equal(manifest.name, 'knockoff-check');
  assert.deepEqual(manifest.files, fullManifest.files);
  assert.deepEqual(manifest.exports, fullManifest.exports);
});

test('it checks and validates, and leaves out extraction, run-time packs, signatures and feeds', () => {
  for (const method of ['check', 'checkAll', 'packs', 'setOptions', 'options']) {
    assert.equal(typeof checkOnly.Checker.prototype[method], 'function', method);
  }
  for (const fn of ['validateListing', 'readPrice']) assert.equal(typeof checkOnly[fn], 'function', fn);
  for (const method of ['extract', 'addPack', 'addSignedPack', 'runExamples']) {
    assert.equal(typeof full.Checker.prototype[method], 'function', method);
    assert.equal(checkOnly.Checker.prototype[method], undefined, method);
  }
  for (const fn of ['feedWanted', 'feedUpdate', 'feedPacks', 'publicKey']) {
    assert.equal(typeof full[fn], 'function', fn);
    assert.equal(checkOnly[fn], undefined, fn);
  }
  assert.deepEqual(new checkOnly.Checker().packs().map((p) => p.id), new full.Checker().packs().map((p) => p.id));
});

test('every corpus listing gets the full module\'s verdict and validation', () => {
  const listings = ['tests/corpora/honest.jsonl', 'tests/corpora/counterfeit.jsonl']
    .flatMap((path) => readFileSync(new URL(path, root), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
  assert.ok(listings.length > 3000, `${listings.length} listings`);
  const a = new full.Checker();
  const b = new checkOnly.Checker();
  assert.deepEqual(b.checkAll(listings), a.checkAll(listings));
  const { id, ...fields } = listings[listings.length - 1];
  assert.deepEqual(checkOnly.validateListing(fields), full.validateListing(fields));
});

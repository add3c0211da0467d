// The evidence export (www/app/export.js) the brand-staff page and the extension share: cells a
// spreadsheet cannot run, absolute links, every reason with its pack version and matched words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COLUMNS, evidenceRow, evidenceText, priceRead, toCsv, toJson } from '../www/app/export.js';

const verdict = {
  level: 'high',
  score: 72,
  brand: 'Gucci',
  reasons: [
    { rule: 'replica-word', pack: 'generic', message: 'says replica', points: 40, evidence: { field: 'title', text: 'replica' } },
    { rule: 'price-below-floor', pack: 'gucci', message: 'far too cheap', points: 32 },
  ],
};
const meta = { page: 'https://shop.example/s?q=gucci', checkedAt: '2026-12-07T16:00:00.000Z', versions: { generic: '1.2.0', gucci: '3.0.0' } };

function row(title, extra = {}) {
  const listing = { title, price: 'US $29.00', seller: '@dealz', url: '/p/1', images: ['/img/1.jpg'], ...extra };
  return evidenceRow({ listing, verdict, read: { amount: 29, currency: 'USD' } }, meta);
}

test('a row carries the page, absolute links, both prices and every reason', () => {
  const r = row('Gucci bag replica');
  assert.equal(r.listing_url, 'https://shop.example/p/1');
  assert.equal(r.image_url, 'https://shop.example/img/1.jpg');
  assert.equal(r.price_printed, 'US $29.00');
  assert.equal(r.price_read, 29);
  assert.equal(r.currency_read, 'USD');
  assert.deepEqual(r.reasons.map((x) => [x.pack, x.pack_version, x.matched]), [['generic', '1.2.0', 'replica'], ['gucci', '3.0.0', null]]);
  assert.equal(r.checked_at, meta.checkedAt);
  assert.deepEqual(JSON.parse(toJson([r])), [r]);
  // A listing checked on its own (a badge drawn later) keeps its own time.
  const own = evidenceRow({ listing: { title: 'x' }, verdict, read: null, checkedAt: '2026-12-07T17:00:00.000Z' }, meta);
  assert.equal(own.checked_at, '2026-12-07T17:00:00.000Z');
});

test('CSV: BOM, a header, every field quoted, formulas defused', () => {
  const titles = ['=1+2', '+SUM(A1)', '-3 bag', '@cmd', '\tTab', '\rCR', 'plain "quoted", bag'];
  const csv = toCsv(titles.map((t) => row(t)));
  assert.ok(csv.startsWith('\uFEFF'));
  const lines = csv.slice(1).trimEnd().split('\r\n');
  assert.equal(lines[0], COLUMNS.map((c) => `"${c}"`).join(','));
  const cells = lines.slice(1).map((l) => l.match(/"(?:[^"]|"")*"/g).map((c) => c.slice(1, -1).replace(/""/g, '"')));
  for (const [i, t] of titles.entries()) {
    const title = cells[i][COLUMNS.indexOf('title')];
    assert.equal(title, /^[=+\-@\t\r]/.test(t) ? `'${t}` : t);
    assert.equal(cells[i][COLUMNS.indexOf('seller')], "'@dealz");
    assert.equal(cells[i][COLUMNS.indexOf('matched_words')], 'replica');
    assert.match(cells[i][COLUMNS.indexOf('reasons')], /says replica \[generic@1\.2\.0 › replica-word\] «replica» \| far too cheap \[gucci@3\.0\.0 › price-below-floor\]/);
  }
});

test('the evidence text names the listing, where it was and why', () => {
  const text = evidenceText(row('Gucci bag replica'));
  assert.match(text, /^Listing: Gucci bag replica$/m);
  assert.match(text, /^Listing URL: https:\/\/shop\.example\/p\/1$/m);
  assert.match(text, /^Found on: https:\/\/shop\.example\/s\?q=gucci$/m);
  assert.match(text, /^Counterfeit risk: high, score 72\/100, claimed brand Gucci$/m);
  assert.match(text, /^- says replica \[generic@1\.2\.0 › replica-word\] «replica»$/m);
});

test('the price as read: text goes to the engine, a number is read already', () => {
  const engine = (text) => (text === 'US $5' ? { amount: 5, currency: 'USD' } : null);
  assert.deepEqual(priceRead({ price: 'US $5' }, engine), { amount: 5, currency: 'USD' });
  assert.deepEqual(priceRead({ price: 12.5, currency: 'EUR' }, engine), { amount: 12.5, currency: 'EUR' });
  assert.equal(priceRead({ title: 'no price' }, engine), null);
});

// The WebAssembly module and the native CLI must give the same verdict, byte for byte, for the
// same listing and options. Listings: the shared corpora (tests/corpora/*.jsonl) when present,
// plus at least 2,000 generated from the brand packs' examples and every pack's brand,
// disguised, priced and worded in many ways. Run after `cargo build` and scripts/build-wasm.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Checker } from '../pkg/node.js';

const root = new URL('../', import.meta.url).pathname;
const cli = process.env.KNOCKOFF_BIN || join(root, 'target/debug/knockoff');

/** A small deterministic generator (mulberry32), so failures reproduce. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOMOGLYPHS = { a: 'а', e: 'е', o: 'о', c: 'с', p: 'р', x: 'х', i: 'і', A: 'Α', B: 'Β', E: 'Ε', O: 'Ο' };
const LEET = { o: '0', i: '1', e: '3', a: '4', s: '5', l: '1' };
const DISGUISES = [
  (w) => w,
  (w) => w.toUpperCase(),
  (w) => [...w].join(' '),
  (w) => [...w].join('.'),
  (w) => [...w].map((c) => HOMOGLYPHS[c] ?? c).join(''),
  (w) => [...w].map((c) => LEET[c.toLowerCase()] ?? c).join(''),
  (w) => [...w].map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join(''),
  (w) => [...w].join('\u200b'),
  (w) => w.slice(0, -1),
  (w) => w + w.at(-1),
];
const CUES = ['', '', '', '1:1', 'AAA', 'replica', 'mirror quality', 'super fake', 'dupe', 'inspired by', 'first copy',
  '高仿', '复刻', 'A货', 'réplica', 'copie', 'Nachbildung', 'original quality', 'same as original', 'factory direct'];
const PRICES = [undefined, 5, 19.99, 89, 250, 780, 1890, 12500, '$25', 'US $1,299.00', '1.299,00 €', '¥1299', '£45.50',
  'EUR 320', '₹ 2,499', 'CHF 7’900.–', '89', 'free', '$0.99', '€1.890,00'];
const CURRENCIES = [undefined, undefined, 'USD', 'EUR', 'GBP', 'CNY', 'JPY', 'INR', 'CHF', 'XXX'];
const SELLERS = [undefined, 'Farfetch', 'Official Store', 'LuxuryOutlet88', 'Nordstrom', 'best_deals_2024', 'Gucci Official',
  'Apple Store', 'shenzhen-digital', 'Mytheresa'];
const CONTACTS = ['', '', '', ' WhatsApp +86 138 0013 8000', ' wechat: lux8888', ' mail me: shop@example.com', ' tg @fakes'];
const NOUNS = ['bag', 'belt', 'wallet', 'watch', 'sneakers', 'phone case', 'headphones', 'sunglasses', 'perfume', 'scarf',
  'charger', 'memory card 1TB', 'speaker', 'earbuds', 'tote', 'card holder'];

function generate(count, checker) {
  const rnd = random(20261128);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const brands = checker.packs().map((p) => p.brand).filter(Boolean);
  const titles = exampleTitles();
  const listings = [];
  for (let n = 0; listings.length < count; n++) {
    const brand = pick(brands.length ? brands : ['Gucci']);
    const base = n % 3 === 0 && titles.length
      ? pick(titles)
      : `${pick(['', 'New ', 'Authentic ', 'Pre-owned ', 'Cheap '])}${pick(DISGUISES)(brand)} ${pick(NOUNS)} ${pick(CUES)}`.trim();
    const listing = { title: base };
    const id = pick([undefined, n, `l-${n}`, n * 1000 + 7]);
    if (id !== undefined) listing.id = id;
    if (rnd() < 0.5) listing.description = `${pick(['Great condition.', 'Brand new with tags.', 'Top quality, fast shipping.', ''])} ${pick(CUES)}${pick(CONTACTS)}`.trim();
    const price = pick(PRICES);
    if (price !== undefined) listing.price = price;
    const currency = pick(CURRENCIES);
    if (currency) listing.currency = currency;
    const seller = pick(SELLERS);
    if (seller) listing.seller = seller;
    if (rnd() < 0.3) listing.brand = pick([brand, pick(DISGUISES)(brand), 'Generic', 'Unbranded']);
    if (rnd() < 0.2) listing.category = pick(['Handbags', 'Watches', 'Electronics', 'Shoes', 'Accessories']);
    if (rnd() < 0.1) listing.sku = pick(['GG-123456', 'A1234', '126610LN', 'SM-S928B', 'XYZ']);
    if (rnd() < 0.1) listing.gtin = pick(['0194253397298', '4006381333931', '1234567890123']);
    if (rnd() < 0.1) listing.url = `https://shop.example/item/${n}`;
    listings.push(listing);
  }
  return listings;
}

/** The titles of the brand packs' examples (rules/*.toml), which the modules do not carry. */
function exampleTitles() {
  const dir = join(root, 'rules');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.toml'))
    .sort()
    .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/^title = ("(?:[^"\\]|\\.)*")$/gm)])
    .map((m) => JSON.parse(m[1]));
}

function corpora() {
  const dir = join(root, 'tests/corpora');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim()));
}

const CONFIGS = [
  { name: 'defaults', args: [], options: {} },
  { name: 'sensitivity 2', args: ['--sensitivity', '2'], options: { sensitivity: 2 } },
  { name: 'sensitivity 0.5, gucci disabled', args: ['--sensitivity', '0.5', '--disable', 'gucci'], options: { sensitivity: 0.5, disabledPacks: ['gucci'] } },
];

test('WebAssembly verdicts equal the native CLI verdicts exactly', () => {
  assert.ok(existsSync(cli), `the native CLI is not built at ${cli}: run cargo build first`);
  const lines = [...corpora(), ...generate(2400, new Checker()).map((l) => JSON.stringify(l))];
  assert.ok(lines.length >= 2000, `only ${lines.length} listings`);
  const dir = mkdtempSync(join(tmpdir(), 'knockoff-crosscheck-'));
  try {
    const input = join(dir, 'listings.jsonl');
    writeFileSync(input, lines.join('\n') + '\n');
    let compared = 0;
    const levels = {};
    for (const { name, args, options } of CONFIGS) {
      const native = execFileSync(cli, ['check', ...args, input], { encoding: 'utf8', maxBuffer: 1 << 28 }).trimEnd().split('\n');
      assert.equal(native.length, lines.length, `${name}: the CLI printed one line per listing`);
      const checker = new Checker(options);
      const listings = lines.map((l) => JSON.parse(l));
      const all = checker.checkAll(listings);
      for (let i = 0; i < lines.length; i++) {
        const wasm = JSON.stringify(all[i]);
        if (wasm !== native[i]) {
          assert.equal(wasm, native[i], `${name}: listing ${i + 1} differs\n  listing: ${lines[i]}`);
        }
        // One at a time must agree with the batch.
        if (i % 97 === 0) assert.equal(JSON.stringify(checker.check(listings[i])), wasm);
      }
      compared += lines.length;
      if (name === 'defaults') for (const v of all) levels[v.level] = (levels[v.level] ?? 0) + 1;
      checker.free();
    }
    console.log(`cross-check: ${lines.length} listings x ${CONFIGS.length} option sets = ${compared} verdicts identical (defaults: ${JSON.stringify(levels)})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

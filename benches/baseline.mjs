// knockoff's WebAssembly Checker against a baseline written the way a web developer would check
// listings without knockoff: one RegExp per pattern rule, lower-cased `includes` for every brand
// name, product line, misspelling and cue phrase, a RegExp per style code, a price below the brand's floor, and the same
// weights and score formula, all built from the same compiled rule set (exported by
// `cargo run --example export_rules`). Both run on the same listings in the same process, one
// after the other, several rounds; printed: each one's median time, the speed ratio, and how often
// they agree on the level and the brand. A benchmark: nothing here passes or fails on a timing.
//
//   node benches/baseline.mjs [--module pkg|pkg-check] [--rounds N] [LISTINGS.jsonl …]
//
// Listings default to tests/corpora/*.jsonl. Needs scripts/build-wasm.sh (and cargo) first.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const root = new URL('../', import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i < 0 ? fallback : args.splice(i, 2)[1];
};
const moduleDir = option('--module', 'pkg');
const rounds = Number(option('--rounds', 5));
const files = args.length ? args : ['tests/corpora/honest.jsonl', 'tests/corpora/counterfeit.jsonl'];
const listings = files.flatMap((f) => readFileSync(new URL(f, root), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));

const rules = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--example', 'export_rules'], {
  cwd: root.pathname, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'],
}));
const { Checker } = await import(new URL(`${moduleDir}/node.js`, root));

/** The baseline's rules: plain arrays of lower-case strings and RegExps, built once. */
function buildBaseline(set) {
  const rates = set.packs.find((p) => p.rates)?.rates;
  const brands = [];
  const cues = [];
  const patterns = [];
  let untranslated = 0;
  for (const pack of set.packs) {
    const kindOf = (lit) => (typeof lit.kind === 'string' ? [lit.kind, null] : Object.entries(lit.kind)[0]);
    for (const lit of pack.literals) {
      const [kind, n] = kindOf(lit);
      if (kind === 'Cue') cues.push({ text: lit.text, rule: pack.cues[n] });
    }
    for (const p of pack.patterns) {
      const source = p.regex.replace(/^\(\?i\)/, '');
      try {
        patterns.push({ re: new RegExp(source, 'iu'), rule: p.rule, fields: p.fields });
      } catch {
        untranslated += 1; // syntax JavaScript does not read: a web developer would drop it too
      }
    }
    if (!pack.brand) continue;
    const names = pack.literals.filter((l) => ['Name', 'Product', 'Misspelling'].includes(kindOf(l)[0])).map((l) => l.text);
    const categories = pack.brand.categories.map((c, i) => ({
      ...c,
      keywords: pack.literals.filter((l) => kindOf(l)[0] === 'Keyword' && kindOf(l)[1] === i).map((l) => l.text),
    }));
    const codes = [];
    for (const code of pack.brand.codes) {
      try {
        codes.push(new RegExp(code.replace(/^\(\?i\)/, ''), 'iu'));
      } catch {
        untranslated += 1;
      }
    }
    brands.push({ name: pack.brand.name, names, codes, categories });
  }
  return { rates, brands, cues, patterns, untranslated };
}

const SYMBOLS = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW' };
function readPrice(listing) {
  if (listing.price == null || listing.price === '') return null;
  const text = String(listing.price);
  const amount = parseFloat(text.replace(/[^0-9.,]/g, '').replace(/,(\d\d)$/, '.$1').replace(/,/g, ''));
  const currency = listing.currency || Object.entries(SYMBOLS).find(([s]) => text.includes(s))?.[1] || 'USD';
  return Number.isFinite(amount) ? { amount, currency } : null;
}

function convert(rates, amount, from, to) {
  const rate = (c) => (c === rates.base ? 1 : rates.per_base.find(([k]) => k === c)?.[1]);
  return rate(from) && rate(to) ? (amount / rate(from)) * rate(to) : null;
}

/** The baseline's verdict: noisy-OR of the weights found, as knockoff scores. */
function baselineCheck(b, listing) {
  const fields = { title: listing.title ?? '', description: listing.description ?? '', seller: listing.seller ?? '', brand: listing.brand ?? '' };
  const text = `${fields.title} \n ${fields.description} \n ${fields.brand}`.toLowerCase();
  const weights = [];
  const brand = b.brands.find((br) => br.names.some((n) => text.includes(n)) || br.codes.some((re) => re.test(text)));
  for (const cue of b.cues) if (text.includes(cue.text)) weights.push(brand ? cue.rule.with_brand : cue.rule.weight);
  for (const p of b.patterns) {
    const on = p.fields.length ? p.fields : ['title', 'description'];
    if (on.some((f) => fields[f] && p.re.test(fields[f]))) weights.push(p.rule.weight);
  }
  const price = readPrice(listing);
  if (brand && price) {
    const category = brand.categories.find((c) => c.keywords.some((k) => text.includes(k))) ?? brand.categories.find((c) => c.any);
    const floor = category?.floors.map(([c, v]) => (c === price.currency ? v : convert(b.rates, v, c, price.currency))).find((v) => v != null);
    if (floor) {
      const ratio = price.amount / floor;
      if (ratio < 0.25) weights.push(75);
      else if (ratio < 0.5) weights.push(60);
      else if (ratio < 1) weights.push(45);
    }
  }
  const score = Math.round(100 * (1 - weights.reduce((p, w) => p * (1 - w / 100), 1)));
  return { level: score >= 70 ? 'high' : score >= 40 ? 'medium' : 'low', score, brand: brand?.name ?? null };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const baseline = buildBaseline(rules);
const checker = new Checker();
let verdicts;
let mine;
const times = { knockoff: [], baseline: [] };
for (let r = 0; r < rounds; r += 1) {
  let t = performance.now();
  verdicts = checker.checkAll(listings);
  times.knockoff.push(performance.now() - t);
  t = performance.now();
  mine = listings.map((l) => baselineCheck(baseline, l));
  times.baseline.push(performance.now() - t);
}

const n = listings.length;
const same = (f) => verdicts.filter((v, i) => f(v, mine[i])).length;
const pct = (k) => `${((100 * k) / n).toFixed(1)}%`;
const k = median(times.knockoff);
const j = median(times.baseline);
console.log(`${n} listings (${files.join(', ')}), ${rounds} rounds, module ${moduleDir}/`);
console.log(`baseline: ${baseline.brands.length} brands, ${baseline.cues.length} cue phrases, ${baseline.patterns.length} pattern and ${baseline.brands.reduce((s, br) => s + br.codes.length, 0)} style-code RegExps (${baseline.untranslated} expressions JavaScript cannot read)`);
console.log(`knockoff (WebAssembly checkAll): median ${k.toFixed(0)} ms, ${Math.round(n / (k / 1000))} listings/s`);
console.log(`baseline (JavaScript):           median ${j.toFixed(0)} ms, ${Math.round(n / (j / 1000))} listings/s`);
console.log(`knockoff is ${(j / k).toFixed(2)}× the baseline's speed`);
console.log(`same level: ${pct(same((v, m) => v.level === m.level))}; same brand: ${pct(same((v, m) => v.brand === m.brand))}; ` +
  `medium or high: knockoff ${pct(verdicts.filter((v) => v.level !== 'low').length)}, baseline ${pct(mine.filter((m) => m.level !== 'low').length)}`);

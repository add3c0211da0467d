// Checks pages and files of listings off the main thread, in chunks, reporting progress, so the
// page stays responsive with thousands of listings. One Checker per configuration: the rule set
// is compiled when the page's packs or options change, never per listing.
import init, { Checker, readPrice } from './pkg/knockoff.js';
import { detectFormat, parseListings } from './app/formats.js';
import { priceRead } from './app/export.js';

const CHUNK = 250;
let checker = null;
let latestJob = 0;

/** Set by the page's first message, which brings the module it compiled (`Engine.start`). */
let ready;

/** Rebuilds the checker from options and the page's edited packs (compiled, by the page). */
function configure({ options, packs }) {
  const next = new Checker(options);
  for (const bytes of packs) next.addCompiledPack(bytes);
  checker?.free();
  checker = next;
}

/** Verdicts for a chunk; when one listing is bad input, the others still get theirs. */
function checkChunk(listings) {
  try {
    return checker.checkAll(listings).map((verdict) => ({ verdict }));
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) throw e;
    return listings.map((listing) => {
      try {
        return { verdict: checker.check(listing) };
      } catch (e) {
        if (e instanceof WebAssembly.RuntimeError) throw e;
        return { verdict: null, error: e.message };
      }
    });
  }
}

async function checkListings(job, items) {
  for (let start = 0; start < items.length; start += CHUNK) {
    if (job !== latestJob) return false;
    const part = items.slice(start, start + CHUNK);
    const results = checkChunk(part.map((i) => i.listing));
    // The price as the engine reads it goes with each row: evidence shows it beside the printed one.
    const rows = part.map((item, k) => ({ ...item, ...results[k], read: priceRead(item.listing, readPrice) }));
    postMessage({ type: 'rows', job, rows, done: start + part.length, total: items.length });
    // Let a newer job's message in between chunks.
    await new Promise((resolve) => setTimeout(resolve));
  }
  return true;
}

async function run(job, { text, fileName }) {
  const format = detectFormat(text, fileName);
  let items;
  let errors = [];
  let ignored = [];
  if (format === 'html') {
    items = checker.extract(text).map((found) => ({ listing: found.listing, source: found.source }));
  } else {
    const parsed = parseListings(text, format);
    items = parsed.listings.map((listing) => ({ listing, source: format }));
    ({ errors, ignored } = parsed);
  }
  postMessage({ type: 'start', job, format, total: items.length, errors, ignored });
  if (await checkListings(job, items)) postMessage({ type: 'done', job });
}

onmessage = async ({ data }) => {
  if (data.type === 'init') {
    ready = init({ module_or_path: data.module });
    return;
  }
  await ready;
  const { type, job } = data;
  if (job) latestJob = job;
  try {
    if (type === 'configure') {
      configure(data);
      postMessage({ type: 'configured', job });
    } else if (type === 'run') {
      await run(job, data);
    } else if (type === 'recheck') {
      postMessage({ type: 'start', job, format: 'recheck', total: data.items.length, errors: [], ignored: [] });
      if (await checkListings(job, data.items)) postMessage({ type: 'done', job });
    }
  } catch (e) {
    // A trap (an engine panic) may leave the module's state torn: ask to be replaced.
    const fatal = e instanceof WebAssembly.RuntimeError;
    postMessage({ type: 'error', job, message: e.message ?? String(e), fatal });
  }
};

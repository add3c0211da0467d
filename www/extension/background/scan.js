// Reading pages: the listings the content script's documents hold, each with its verdict, in the
// shape a badge needs; and a listing's evidence as the page's "Copy evidence" writes it.

import { readPrice } from '../pkg/knockoff.js';
import { evidenceRow, evidenceText, priceRead } from '../app/export.js';
import { checker, stats } from './engine.js';

/** Only what the content script needs to draw a badge and its reasons. */
function slim(found, verdict) {
  return {
    anchor: found.anchor,
    source: found.source,
    title: found.listing.title,
    price: found.listing.price ?? null,
    currency: found.listing.currency ?? null,
    read: priceRead(found.listing, readPrice),
    seller: found.listing.seller ?? null,
    image: found.listing.images?.[0] ?? null,
    url: found.listing.url ?? null,
    verdict: {
      level: verdict.level,
      score: verdict.score,
      brand: verdict.brand,
      reasons: verdict.reasons.map((r) => ({
        rule: r.rule,
        pack: r.pack,
        message: r.message,
        points: r.points,
        evidence: r.evidence ? { field: r.evidence.field, text: r.evidence.text } : null,
      })),
    },
  };
}

async function scan(html, part) {
  const c = await checker();
  const t0 = performance.now();
  const found = c.extract(html);
  const verdicts = found.length ? c.checkAll(found.map((f) => f.listing)) : [];
  if (stats) {
    stats.scans += 1;
    if (part) stats.parts += 1;
    stats.listings += found.length;
    stats.anchored += found.filter((f) => Array.isArray(f.anchor) && f.anchor.length > 0).length;
    stats.bytes += html.length;
    stats.ms += performance.now() - t0;
  }
  return found.map((f, i) => slim(f, verdicts[i]));
}

/** One message may carry several documents (the groups of nodes a page added at once). */
export async function scanAll(docs, part) {
  const results = [];
  for (const html of docs) results.push(await scan(html, part));
  return { results };
}

/** Pack id → version, for the evidence each reason carries. */
export async function versions() {
  const c = await checker();
  return Object.fromEntries(c.packs().map((p) => [p.id, p.version]));
}

/** One listing's evidence as text for a takedown form (the badge's "Copy evidence"). */
export async function evidence(item, page) {
  return { text: evidenceText(evidenceRow(item, { page, versions: await versions() })) };
}

// Reading listings from the files brand staff have (JSON Lines, JSON, CSV, saved HTML pages).
// Used by the page and by the worker; writing results out is export.js.

/** The fields a listing may have; anything else in an input row is set aside, not sent. */
export const LISTING_FIELDS = [
  'id', 'title', 'description', 'price', 'currency', 'brand', 'seller', 'url', 'category',
  'images', 'sku', 'gtin', 'availability',
];

/** What a text most likely is, from its file name or, failing that, its first characters. */
export function detectFormat(text, fileName = '') {
  const ext = fileName.toLowerCase().split('.').pop();
  if (['html', 'htm', 'xhtml'].includes(ext)) return 'html';
  if (['jsonl', 'ndjson'].includes(ext)) return 'jsonl';
  if (ext === 'json') return text.trimStart().startsWith('[') ? 'json' : 'jsonl';
  if (['csv', 'tsv'].includes(ext)) return 'csv';
  const head = text.trimStart();
  if (head.startsWith('<')) return 'html';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) return 'jsonl';
  return 'csv';
}

/**
 * Keeps the known listing fields of a parsed row, so a file with extra columns still checks.
 * Returns the listing and the names of the fields left out.
 */
export function toListing(row) {
  const listing = {};
  const ignored = [];
  for (const [key, value] of Object.entries(row)) {
    const field = key.trim().toLowerCase();
    if (!LISTING_FIELDS.includes(field)) {
      ignored.push(key);
    } else if (value !== '' && value !== undefined) {
      listing[field] = field === 'images' && typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : value;
    }
  }
  if (typeof listing.title !== 'string') listing.title = listing.title == null ? '' : String(listing.title);
  return { listing, ignored };
}

/** Parses JSON Lines: one object per non-blank line. Bad lines are reported by line number. */
export function parseJsonLines(text) {
  const rows = [];
  const errors = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const value = JSON.parse(line);
      if (value && typeof value === 'object' && !Array.isArray(value)) rows.push(value);
      else errors.push({ line: i + 1, message: 'not a JSON object' });
    } catch (e) {
      errors.push({ line: i + 1, message: e.message });
    }
  });
  return { rows, errors };
}

/** Parses a JSON array of listing objects. */
export function parseJsonArray(text) {
  try {
    const value = JSON.parse(text);
    if (!Array.isArray(value)) return { rows: [], errors: [{ line: 1, message: 'expected an array of listings' }] };
    return { rows: value.filter((v) => v && typeof v === 'object'), errors: [] };
  } catch (e) {
    return { rows: [], errors: [{ line: 1, message: e.message }] };
  }
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, newlines in quotes); the first row names the columns. */
export function parseCsv(text) {
  const delimiter = text.split('\n', 1)[0].includes('\t') && !text.split('\n', 1)[0].includes(',') ? '\t' : ',';
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) { record.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field); field = '';
      if (record.some((f) => f !== '')) records.push(record);
      record = [];
    } else field += c;
  }
  record.push(field);
  if (record.some((f) => f !== '')) records.push(record);
  if (records.length === 0) return { rows: [], errors: [] };
  const header = records[0].map((h) => h.replace(/^\uFEFF/, '').trim());
  if (!header.some((h) => h.toLowerCase() === 'title')) {
    return { rows: [], errors: [{ line: 1, message: 'the first row must name the columns, one of them "title"' }] };
  }
  const rows = records.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
  return { rows, errors: [] };
}

/** Listings from a text of any supported kind but HTML (which needs the engine's extractor). */
export function parseListings(text, format) {
  const parsed = format === 'jsonl' ? parseJsonLines(text) : format === 'json' ? parseJsonArray(text) : parseCsv(text);
  const ignored = new Set();
  const listings = parsed.rows.map((row) => {
    const { listing, ignored: left } = toListing(row);
    left.forEach((f) => ignored.add(f));
    return listing;
  });
  return { listings, errors: parsed.errors, ignored: [...ignored] };
}

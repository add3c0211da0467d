// Evidence: checked listings as rows a takedown request can cite (CSV, JSON, or the plain text of
// one listing). Shared by the brand-staff page and the extension, which copies this file at build
// time, so both write the same columns.

/** The columns of an evidence row, in CSV order. */
export const COLUMNS = [
  'id', 'page_url', 'checked_at', 'listing_url', 'title', 'price_printed', 'currency_printed',
  'price_read', 'currency_read', 'seller', 'image_url', 'level', 'score', 'brand', 'reasons',
  'matched_words',
];

/** `url` made absolute against `base`; left as it is when either cannot be read as a URL. */
export function absoluteUrl(url, base) {
  if (url == null || url === '') return '';
  try {
    return new URL(String(url), base || undefined).href;
  } catch (e) {
    return String(url);
  }
}

/**
 * A listing's price as the engine reads it, with the engine's `readPrice`: printed text is
 * parsed, a number is already read (its currency the listing's own); no price, null.
 */
export function priceRead(listing, readPrice) {
  if (typeof listing.price === 'number') return { amount: listing.price, currency: listing.currency ?? null };
  return typeof listing.price === 'string' ? readPrice(listing.price) : null;
}

/**
 * One evidence row from a checked listing: `listing` and `verdict` as the engine gave them,
 * `read` the price as the engine read it ({ amount, currency } or null), `at` when this listing
 * was checked when it differs from the run's `checkedAt`; `versions` pack id → pack version.
 */
export function evidenceRow({ listing, verdict, read, checkedAt: at }, { page = '', checkedAt = '', versions = {} } = {}) {
  const image = Array.isArray(listing.images) ? listing.images[0] : listing.image;
  return {
    id: verdict.id ?? listing.id ?? '',
    page_url: page,
    checked_at: at || checkedAt,
    listing_url: absoluteUrl(listing.url, page),
    title: listing.title ?? '',
    price_printed: listing.price == null ? '' : String(listing.price),
    currency_printed: listing.currency ?? '',
    price_read: read ? read.amount : null,
    currency_read: read ? read.currency : null,
    seller: listing.seller ?? '',
    image_url: absoluteUrl(image, page),
    level: verdict.level,
    score: verdict.score,
    brand: verdict.brand ?? '',
    reasons: verdict.reasons.map((r) => ({
      rule: r.rule,
      pack: r.pack,
      pack_version: versions[r.pack] ?? '',
      message: r.message,
      points: r.points,
      field: r.evidence ? r.evidence.field : null,
      matched: r.evidence ? r.evidence.text : null,
    })),
  };
}

/**
 * A CSV cell: always quoted; text a spreadsheet would run as a formula (leading = + - @ tab or
 * carriage return) gets a leading apostrophe, numbers excepted.
 */
function csvCell(value) {
  let text = value == null ? '' : String(value);
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** A reason on one line: "message [pack@version › rule] «matched»". */
function reasonLine(r) {
  const where = `${r.pack}${r.pack_version ? `@${r.pack_version}` : ''} › ${r.rule}`;
  return `${r.message} [${where}]${r.matched ? ` «${r.matched}»` : ''}`;
}

/** Evidence rows as CSV for a spreadsheet: UTF-8 with a byte-order mark, every field quoted. */
export function toCsv(rows) {
  const lines = [COLUMNS.map(csvCell).join(',')];
  for (const row of rows) {
    const flat = {
      ...row,
      reasons: row.reasons.map(reasonLine).join(' | '),
      matched_words: row.reasons.map((r) => r.matched).filter(Boolean).join(' | '),
    };
    lines.push(COLUMNS.map((c) => csvCell(flat[c])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Evidence rows as JSON. */
export function toJson(rows) {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** One listing's evidence as plain text, ready to paste into a marketplace's takedown form. */
export function evidenceText(row) {
  const price = [row.price_printed, row.currency_printed].filter(Boolean).join(' ');
  const lines = [
    `Listing: ${row.title}`,
    `Listing URL: ${row.listing_url || '(none on the page)'}`,
    `Found on: ${row.page_url}`,
    `Checked at: ${row.checked_at}`,
    `Price: ${price || '(none shown)'}`,
    row.seller && `Seller: ${row.seller}`,
    `Counterfeit risk: ${row.level}, score ${row.score}/100${row.brand ? `, claimed brand ${row.brand}` : ''}`,
    'Reasons:',
    ...(row.reasons.length ? row.reasons.map((r) => `- ${reasonLine(r)}`) : ['- none']),
  ];
  return `${lines.filter(Boolean).join('\n')}\n`;
}

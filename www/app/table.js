// The results table: checked listings that sort, filter by level, brand and words, and export as
// evidence (CSV, JSON). Only the rows in view are in the DOM, so thousands of listings stay
// responsive. Used by the brand-staff page and, copied at build time, by the extension's table.
import { evidenceRow, toCsv, toJson, absoluteUrl } from './export.js';
import { h } from '../shared/dom.js';
import { LEVELS } from '../shared/facts.js';
import { badge, download, LEVEL_RANK, reasonList } from './view.js';

const PAGE = 300;

const COLUMNS = [['index', '#'], ['title', 'Listing'], ['price', 'Price'], ['level', 'Level'], ['score', 'Score'], ['brand', 'Brand']];

/** The table's toolbar (level, brand and word filters, exports), summary and table, drawn once. */
function skeleton() {
  const level = (value) => h('label', {}, h('input', { type: 'checkbox', name: 'level', value, checked: true }), badge(value));
  return [
    h('div', { class: 'toolbar' },
      h('h2', { id: 'results-heading' }, 'Results'),
      h('fieldset', { class: 'levels' }, h('legend', {}, 'Show levels'), [...LEVELS].reverse().map(level)),
      h('label', { class: 'inline' }, 'Brand ', h('select', { id: 'brand-filter' }, h('option', { value: '' }, 'All brands'))),
      h('label', { class: 'inline' }, 'Search ', h('input', { id: 'text-filter', type: 'search', placeholder: 'title or seller' })),
      h('span', { class: 'spacer' }),
      h('button', { type: 'button', id: 'export-csv', class: 'secondary' }, 'Export CSV'),
      h('button', { type: 'button', id: 'export-json', class: 'secondary' }, 'Export JSON')),
    h('p', { id: 'results-summary', class: 'summary', 'aria-live': 'polite' }),
    h('div', { class: 'table-wrap' },
      h('table', { id: 'results', 'aria-labelledby': 'results-heading' },
        h('thead', {}, h('tr', {},
          COLUMNS.map(([key, label]) => h('th', { scope: 'col', 'aria-sort': key === 'score' ? 'descending' : 'none' },
            h('button', { type: 'button', 'data-sort': key }, label))),
          h('th', { scope: 'col' }, 'Reasons'))),
        h('tbody'))),
    h('button', { type: 'button', id: 'show-more', class: 'secondary', hidden: true }, 'Show more'),
  ];
}

/** How each sortable column compares. */
const SORT_VALUE = {
  index: (r) => r.index,
  title: (r) => r.listing.title.toLowerCase(),
  price: (r) => (typeof r.listing.price === 'number' ? r.listing.price : parseFloat(String(r.listing.price ?? '').replace(/[^\d.]/g, '')) || 0),
  level: (r) => (r.verdict ? LEVEL_RANK[r.verdict.level] : -1),
  score: (r) => r.verdict?.score ?? -1,
  brand: (r) => (r.verdict?.brand ?? '').toLowerCase(),
};

/** The rows the filters let through, sorted by `key` (`dir` 1 ascending, -1 descending). */
function filterAndSort(all, { levels, brand, text }, { key, dir }) {
  const rows = all.filter((r) => {
    if (!r.verdict) return !text && !brand;
    if (!levels.has(r.verdict.level)) return false;
    if (brand && (r.verdict.brand ?? '') !== brand) return false;
    if (text && !`${r.listing.title} ${r.listing.seller ?? ''}`.toLowerCase().includes(text)) return false;
    return true;
  });
  const value = SORT_VALUE[key];
  return rows.sort((a, b) => {
    const x = value(a);
    const y = value(b);
    return (x < y ? -1 : x > y ? 1 : 0) * dir || a.index - b.index;
  });
}

/** One table row; the title links to the listing, made absolute against `page`. */
function row(r, page) {
  const l = r.listing;
  const price = l.price == null ? '' : `${l.price}${l.currency ? ` ${l.currency}` : ''}`;
  const url = absoluteUrl(l.url, page);
  const title = l.title || '(no title)';
  return h('tr', { class: r.verdict ? `level-${r.verdict.level}` : 'level-error' },
    h('td', { class: 'num' }, r.index + 1),
    h('td', { class: 'listing' },
      url ? h('a', { class: 'title', href: url, target: '_blank', rel: 'noopener noreferrer' }, title) : h('span', { class: 'title' }, title),
      l.seller && h('span', { class: 'seller' }, `Seller: ${l.seller}`)),
    h('td', { class: 'price' }, price),
    h('td', {}, r.verdict ? badge(r.verdict.level) : h('span', { class: 'badge badge-error' }, 'Not checked')),
    h('td', { class: 'num' }, r.verdict?.score ?? ''),
    h('td', {}, r.verdict?.brand ?? ''),
    h('td', {}, r.verdict ? reasonList(r.verdict, { compact: true }) : h('span', { class: 'error' }, r.error)),
  );
}

/**
 * Draws the results table into `container` and wires it. `context()` says where the rows come
 * from: { page, checkedAt, versions } for the evidence each export carries.
 */
export function setupTable(container, context) {
  container.replaceChildren(...skeleton());
  const $ = (id) => document.getElementById(id);
  const tbody = $('results').tBodies[0];
  const state = { rows: [], sort: { key: 'score', dir: -1 }, limit: PAGE };
  let renderQueued = false;

  function filtered() {
    return filterAndSort(state.rows, {
      levels: new Set([...document.querySelectorAll('input[name=level]:checked')].map((i) => i.value)),
      brand: $('brand-filter').value,
      text: $('text-filter').value.trim().toLowerCase(),
    }, state.sort);
  }

  function render() {
    renderQueued = false;
    const rows = filtered();
    const page = context().page;
    tbody.replaceChildren(...rows.slice(0, state.limit).map((r) => row(r, page)));
    const counts = { high: 0, medium: 0, low: 0 };
    for (const r of state.rows) if (r.verdict) counts[r.verdict.level]++;
    $('results-summary').textContent =
      `${state.rows.length} listings: ${counts.high} high, ${counts.medium} medium, ${counts.low} low risk. ` +
      `Showing ${Math.min(rows.length, state.limit)} of ${rows.length} matching the filters.`;
    const more = $('show-more');
    more.hidden = rows.length <= state.limit;
    more.textContent = `Show ${Math.min(PAGE, rows.length - state.limit)} more`;
    for (const th of $('results').tHead.rows[0].cells) {
      const key = th.querySelector('button')?.dataset.sort;
      if (key) th.setAttribute('aria-sort', key === state.sort.key ? (state.sort.dir > 0 ? 'ascending' : 'descending') : 'none');
    }
    $('export-csv').textContent = `Export CSV (${rows.length})`;
    $('export-json').textContent = `Export JSON (${rows.length})`;
  }

  function queueRender() {
    if (!renderQueued) {
      renderQueued = true;
      requestAnimationFrame(render);
    }
  }

  function updateBrands() {
    const select = $('brand-filter');
    const current = select.value;
    const brands = [...new Set(state.rows.map((r) => r.verdict?.brand).filter(Boolean))].sort();
    select.replaceChildren(h('option', { value: '' }, 'All brands'), ...brands.map((b) => h('option', { value: b }, b)));
    select.value = brands.includes(current) ? current : '';
  }

  /** The rows in view, filtered and sorted, as evidence. */
  function evidence() {
    const meta = context();
    return filtered().filter((r) => r.verdict).map((r) => evidenceRow(r, meta));
  }

  for (const button of document.querySelectorAll('#results thead button')) {
    button.addEventListener('click', () => {
      const key = button.dataset.sort;
      state.sort = { key, dir: state.sort.key === key ? -state.sort.dir : key === 'score' || key === 'level' ? -1 : 1 };
      render();
    });
  }
  for (const el of document.querySelectorAll('input[name=level], #brand-filter')) {
    el.addEventListener('change', () => {
      state.limit = PAGE;
      render();
    });
  }
  $('text-filter').addEventListener('input', () => {
    state.limit = PAGE;
    queueRender();
  });
  $('show-more').addEventListener('click', () => {
    state.limit += PAGE;
    render();
  });
  $('export-csv').addEventListener('click', () => download('knockoff-results.csv', 'text/csv;charset=utf-8', toCsv(evidence())));
  $('export-json').addEventListener('click', () => download('knockoff-results.json', 'application/json', toJson(evidence())));

  return {
    /** Shows `rows` ({ listing, verdict, read, index } each) from the first page of results. */
    show(rows) {
      state.rows = rows;
      state.limit = PAGE;
      updateBrands();
      render();
    },
    /** Redraws with the same rows (the page URL they resolve against changed). */
    render,
  };
}

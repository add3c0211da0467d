// "Check a page": a saved page, a file of listings or pasted text goes to the worker; verdicts
// come back in chunks and fill a table that sorts, filters and exports. Only the rows in view
// are in the DOM, so thousands of listings stay responsive.
import { toCsv, toJson } from './formats.js';
import { badge, download, h, LEVEL_RANK, reasonList } from './view.js';

const PAGE = 300;

export function setupPage(engine) {
  const $ = (id) => document.getElementById(id);
  const tbody = $('results').tBodies[0];
  const state = {
    rows: [],
    sort: { key: 'score', dir: -1 },
    limit: PAGE,
    run: 0,
    input: null,
  };
  let renderQueued = false;

  function filtered() {
    const levels = new Set([...document.querySelectorAll('input[name=level]:checked')].map((i) => i.value));
    const brand = $('brand-filter').value;
    const text = $('text-filter').value.trim().toLowerCase();
    const rows = state.rows.filter((r) => {
      if (!r.verdict) return !text && !brand;
      if (!levels.has(r.verdict.level)) return false;
      if (brand && (r.verdict.brand ?? '') !== brand) return false;
      if (text && !`${r.listing.title} ${r.listing.seller ?? ''}`.toLowerCase().includes(text)) return false;
      return true;
    });
    const { key, dir } = state.sort;
    const value = {
      index: (r) => r.index,
      title: (r) => r.listing.title.toLowerCase(),
      price: (r) => (typeof r.listing.price === 'number' ? r.listing.price : parseFloat(String(r.listing.price ?? '').replace(/[^\d.]/g, '')) || 0),
      level: (r) => (r.verdict ? LEVEL_RANK[r.verdict.level] : -1),
      score: (r) => r.verdict?.score ?? -1,
      brand: (r) => (r.verdict?.brand ?? '').toLowerCase(),
    }[key];
    return rows.sort((a, b) => {
      const x = value(a);
      const y = value(b);
      return (x < y ? -1 : x > y ? 1 : 0) * dir || a.index - b.index;
    });
  }

  function row(r) {
    const l = r.listing;
    const price = l.price == null ? '' : `${l.price}${l.currency ? ` ${l.currency}` : ''}`;
    return h('tr', { class: r.verdict ? `level-${r.verdict.level}` : 'level-error' },
      h('td', { class: 'num' }, r.index + 1),
      h('td', { class: 'listing' },
        h('span', { class: 'title' }, l.title || '(no title)'),
        l.seller && h('span', { class: 'seller' }, `Seller: ${l.seller}`)),
      h('td', { class: 'price' }, price),
      h('td', {}, r.verdict ? badge(r.verdict.level) : h('span', { class: 'badge badge-error' }, 'Not checked')),
      h('td', { class: 'num' }, r.verdict?.score ?? ''),
      h('td', {}, r.verdict?.brand ?? ''),
      h('td', {}, r.verdict ? reasonList(r.verdict, { compact: true }) : h('span', { class: 'error' }, r.error)),
    );
  }

  function render() {
    renderQueued = false;
    const rows = filtered();
    tbody.replaceChildren(...rows.slice(0, state.limit).map(row));
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

  /** Sends work to the worker and fills the table as chunks arrive. */
  async function start(message, label) {
    const run = ++state.run;
    const status = $('run-status');
    const progress = $('run-progress');
    const notes = $('run-notes');
    status.textContent = `Reading ${label}…`;
    progress.hidden = false;
    progress.value = 0;
    const fresh = message.type !== 'recheck';
    if (fresh) notes.hidden = true;
    const rows = [];
    const started = performance.now();
    const last = await engine.run(message, {
      onStart: (s) => {
        if (run !== state.run || !fresh) return;
        const lines = [];
        if (s.errors.length) lines.push(`${s.errors.length} line(s) could not be read: ${s.errors.slice(0, 5).map((e) => `line ${e.line} (${e.message})`).join('; ')}${s.errors.length > 5 ? '…' : ''}.`);
        if (s.ignored.length) lines.push(`Columns not used: ${s.ignored.join(', ')}.`);
        if (s.total === 0) lines.push(s.format === 'html' ? 'No listings were found on this page.' : 'No listings were found.');
        notes.textContent = lines.join(' ');
        notes.hidden = lines.length === 0;
      },
      onRows: (chunk, done, total) => {
        if (run !== state.run) return;
        for (const r of chunk) rows.push({ ...r, index: rows.length });
        progress.max = total;
        progress.value = done;
        status.textContent = `Checked ${done} of ${total}…`;
      },
    });
    if (run !== state.run) return;
    progress.hidden = true;
    if (last.type === 'error') {
      status.textContent = `Could not check ${label}: ${last.message}`;
      return;
    }
    state.rows = rows;
    state.limit = PAGE;
    $('results-card').hidden = false;
    updateBrands();
    render();
    status.textContent = `Checked ${rows.length} listing${rows.length === 1 ? '' : 's'} from ${label} in ${Math.round(performance.now() - started)} ms.`;
  }

  function checkText(text, fileName, label) {
    state.input = { text, fileName, label };
    return start({ type: 'run', text, fileName }, label);
  }

  async function readFile(file) {
    await checkText(await file.text(), file.name, file.name);
  }

  const drop = $('drop');
  const fileInput = $('file');
  drop.addEventListener('click', () => fileInput.click());
  drop.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      fileInput.click();
    }
  });
  fileInput.addEventListener('change', () => fileInput.files[0] && readFile(fileInput.files[0]));
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const file = e.dataTransfer.files[0];
    if (file) readFile(file);
  });
  $('paste-check').addEventListener('click', () => {
    const text = $('paste').value;
    if (text.trim()) checkText(text, '', 'the pasted text');
  });

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
  $('export-csv').addEventListener('click', () => download('knockoff-results.csv', 'text/csv', toCsv(filtered().filter((r) => r.verdict))));
  $('export-json').addEventListener('click', () => download('knockoff-results.json', 'application/json', toJson(filtered().filter((r) => r.verdict))));

  // Packs or options changed: check the same listings again with the new rules.
  engine.addEventListener('change', () => {
    if (state.rows.length === 0) return;
    const items = state.rows.map(({ listing, source }) => ({ listing, source }));
    start({ type: 'recheck', items }, 'the current results');
  });
}

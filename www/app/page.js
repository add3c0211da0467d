// "Check a page": a saved page, a file of listings or pasted text goes to the worker; verdicts
// come back in chunks and fill the results table (table.js). A saved page's listing links are
// made absolute against the page's original URL: typed in, or read from the file itself.
import { detectFormat } from './formats.js';
import { setupTable } from './table.js';

/** The URL a saved page was saved from: its <base href>, canonical link or og:url. */
export function savedPageUrl(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const found = [
    doc.querySelector('base[href]')?.getAttribute('href'),
    doc.querySelector('link[rel~=canonical][href]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"][content]')?.getAttribute('content'),
  ].find((u) => u && /^https?:\/\//i.test(u.trim()));
  return found ? found.trim() : '';
}

export function setupPage(engine) {
  const $ = (id) => document.getElementById(id);
  const state = { rows: [], run: 0, input: null, checkedAt: '', found: '' };
  const pageUrl = () => $('page-url').value.trim() || state.found;
  const table = setupTable($('results-card'), () => ({ page: pageUrl(), checkedAt: state.checkedAt, versions: Object.fromEntries(engine.packs().map((p) => [p.id, p.version])) }));
  $('page-url').addEventListener('input', () => table.render());

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
    state.checkedAt = new Date().toISOString();
    $('results-card').hidden = false;
    table.show(rows);
    status.textContent = `Checked ${rows.length} listing${rows.length === 1 ? '' : 's'} from ${label} in ${Math.round(performance.now() - started)} ms.`;
  }

  function checkText(text, fileName, label) {
    state.input = { text, fileName, label };
    state.found = detectFormat(text, fileName) === 'html' ? savedPageUrl(text) : '';
    $('page-url').placeholder = state.found || 'https://… (where the saved page came from)';
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

  // Packs or options changed: check the same listings again with the new rules.
  engine.addEventListener('change', () => {
    if (state.rows.length === 0) return;
    const items = state.rows.map(({ listing, source }) => ({ listing, source }));
    start({ type: 'recheck', items }, 'the current results');
  });
}

// The results table for one tab: the brand-staff page's table (app/table.js, copied in at build
// time) filled with the listings the tab's content script badged, for sorting, filtering and
// export as evidence. Opened by the popup as table.html?tab=ID.
import { setupTable } from './app/table.js';
import { api } from './browser-api.js';

const $ = (id) => document.getElementById(id);

const tabId = Number(new URLSearchParams(location.search).get('tab'));
const checkedAt = new Date().toISOString();
let page = '';
let versions = {};
const table = setupTable($('results-card'), () => ({ page, checkedAt, versions }));

try {
  const [reply, packs] = await Promise.all([
    api.tabs.sendMessage(tabId, { type: 'listings' }),
    api.runtime.sendMessage({ type: 'versions' }),
  ]);
  // Replies are checked for the shape the table draws before anything is shown.
  if (!reply || typeof reply.page !== 'string' || !Array.isArray(reply.items) || !reply.items.every((i) => i && i.listing && i.verdict)) {
    throw new Error('unexpected listings');
  }
  page = reply.page;
  versions = packs && packs.versions && typeof packs.versions === 'object' ? packs.versions : {};
  $('page-line').textContent = page;
  document.title = `knockoff: ${reply.items.length} listings on ${new URL(page).hostname}`;
  table.show(reply.items.map((item, index) => ({ ...item, index })));
  $('table-status').textContent = `Checked at ${checkedAt}`;
} catch (e) {
  $('table-status').textContent = 'That tab is closed or knockoff does not run on it.';
}
document.body.dataset.ready = 'true';

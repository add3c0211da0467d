// The popup: what the content script of the current tab found, its high-risk listings (click one
// to scroll to it) and the per-site switch. Talks to the tab only; needs no "tabs" permission.
import { api } from './browser-api.js';
import { h } from './shared/dom.js';
import { LEVEL_LABELS, LEVEL_SYMBOLS, LEVELS } from './shared/facts.js';

const $ = (id) => document.getElementById(id);

async function currentTab() {
  // ?tab=ID lets a test (or a pinned window) point the popup at a given tab.
  const given = Number(new URLSearchParams(location.search).get('tab'));
  if (given) return given;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab ? tab.id : null;
}

const isCount = (v) => Number.isInteger(v) && v >= 0;

/** The content script's summary, checked for the shape the popup draws; anything else is none. */
function isSummary(s) {
  return (
    s !== null &&
    typeof s === 'object' &&
    typeof s.site === 'string' &&
    typeof s.on === 'boolean' &&
    s.counts !== null &&
    typeof s.counts === 'object' &&
    LEVELS.every((l) => isCount(s.counts[l])) &&
    Array.isArray(s.high) &&
    s.high.every((h) => h && isCount(h.i) && Number.isFinite(h.score) && typeof h.title === 'string')
  );
}

async function summary(tabId) {
  try {
    const reply = await api.tabs.sendMessage(tabId, { type: 'summary' });
    return isSummary(reply) ? reply : null;
  } catch (e) {
    return null; // no content script there: a browser page, the store, a file
  }
}

function render(tabId, s) {
  if (!s) {
    $('unavailable').hidden = false;
    return;
  }
  $('site').textContent = s.site;
  $('site-name').textContent = s.site;
  $('summary').hidden = false;
  $('switch').hidden = false;
  $('site-on').checked = s.on;
  $('off-note').hidden = s.on;
  for (const level of LEVELS) $(`n-${level}`).textContent = String(s.counts[level]);
  $('high-list').replaceChildren(
    ...s.high.map((item) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', title: item.title, onclick: () => api.tabs.sendMessage(tabId, { type: 'reveal', i: item.i }).catch(() => {}) },
          h('span', { class: 'score' }, String(item.score)),
          h('span', { class: 't' }, item.title),
        ),
      ),
    ),
  );
  $('no-high').hidden = !s.on || s.high.length > 0;
}

async function toggleSite(site, on) {
  const { offSites = [] } = await api.storage.local.get('offSites');
  const rest = offSites.filter((x) => x !== site);
  await api.storage.local.set({ offSites: on ? rest : [...rest, site] });
}

/** One count a level, most worrying first, named and shaped as the badges name and shape it. */
$('counts').replaceChildren(
  ...[...LEVELS].reverse().map((level) =>
    h(
      'div',
      { class: `count ${level}` },
      h('b', { id: `n-${level}` }, '0'),
      h('span', {}, h('span', { 'aria-hidden': 'true' }, LEVEL_SYMBOLS[level]), ` ${LEVEL_LABELS[level]}`),
    ),
  ),
);
$('high-heading').textContent = `${LEVEL_LABELS.high} listings`;

const tabId = await currentTab();
let last = tabId == null ? null : await summary(tabId);
render(tabId, last);

$('site-on').addEventListener('change', async (e) => {
  if (!last) return;
  await toggleSite(last.site, e.target.checked);
  // The content script reacts to the storage change; show what it shows a moment later.
  setTimeout(async () => render(tabId, (last = await summary(tabId))), 400);
});
$('options').addEventListener('click', () => api.runtime.openOptionsPage());
// tabs.create needs no permission; the table asks the tab for its listings itself.
$('open-table').addEventListener('click', () => api.tabs.create({ url: api.runtime.getURL(`table.html?tab=${tabId}`) }));

// Counts grow while a page loads or scrolls: keep them current while the popup is open.
setInterval(async () => {
  if (tabId == null) return;
  const s = await summary(tabId);
  if (s && JSON.stringify(s) !== JSON.stringify(last)) render(tabId, (last = s));
}, 1000);

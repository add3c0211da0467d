// The popup: what the content script of the current tab found, its high-risk listings (click one
// to scroll to it) and the per-site switch. Talks to the tab only; needs no "tabs" permission.
const api = globalThis.browser ?? globalThis.chrome;
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
    ['high', 'medium', 'low'].every((l) => isCount(s.counts[l])) &&
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
  for (const level of ['high', 'medium', 'low']) $(`n-${level}`).textContent = String(s.counts[level]);
  const list = $('high-list');
  list.replaceChildren();
  for (const item of s.high) {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    const score = document.createElement('span');
    score.className = 'score';
    score.textContent = String(item.score);
    const t = document.createElement('span');
    t.className = 't';
    t.textContent = item.title;
    b.title = item.title;
    b.append(score, t);
    b.addEventListener('click', () => api.tabs.sendMessage(tabId, { type: 'reveal', i: item.i }).catch(() => {}));
    li.append(b);
    list.append(li);
  }
  $('no-high').hidden = !s.on || s.high.length > 0;
}

async function toggleSite(site, on) {
  const { offSites = [] } = await api.storage.local.get('offSites');
  const rest = offSites.filter((x) => x !== site);
  await api.storage.local.set({ offSites: on ? rest : [...rest, site] });
}

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

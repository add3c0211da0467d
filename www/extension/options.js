// Options: sensitivity, packs on/off, imported packs, allow-listed sites and the user's reports.
// Everything lives in storage.local; the background and content scripts react to its changes.
const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);
const el = (tag, text, cls) => {
  const e = document.createElement(tag);
  if (text != null) e.textContent = text;
  if (cls) e.className = cls;
  return e;
};

async function get(keys) {
  return api.storage.local.get(keys);
}

// ---- sensitivity ----
async function showSensitivity() {
  const { sensitivity = 1 } = await get('sensitivity');
  for (const r of document.querySelectorAll('input[name=sensitivity]')) r.checked = Number(r.value) === Number(sensitivity);
}
for (const r of document.querySelectorAll('input[name=sensitivity]')) {
  r.addEventListener('change', () => api.storage.local.set({ sensitivity: Number(r.value) }));
}

// ---- brand focus ----
async function showFocus() {
  const { brandFocus = '' } = await get('brandFocus');
  $('focus-input').value = brandFocus;
  $('focus-status').textContent = brandFocus ? `Only ${brandFocus} listings are badged.` : 'Every brand is badged.';
}
$('focus-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  await api.storage.local.set({ brandFocus: $('focus-input').value.trim() });
  showFocus();
});

// ---- packs ----
async function showPacks() {
  const reply = await api.runtime.sendMessage({ type: 'packs' });
  const { disabledPacks = [] } = await get('disabledPacks');
  const body = $('packs');
  body.replaceChildren();
  const brands = [...new Set(((reply && reply.packs) || []).map((p) => p.brand).filter(Boolean))].sort();
  $('focus-brands').replaceChildren(...brands.map((b) => Object.assign(el('option'), { value: b })));
  for (const p of (reply && reply.packs) || []) {
    const tr = el('tr');
    const on = el('input');
    on.type = 'checkbox';
    on.checked = !disabledPacks.includes(p.id);
    on.setAttribute('aria-label', `Use the ${p.name} pack`);
    on.addEventListener('change', async () => {
      const { disabledPacks: now = [] } = await get('disabledPacks');
      const rest = now.filter((x) => x !== p.id);
      await api.storage.local.set({ disabledPacks: on.checked ? rest : [...rest, p.id] });
    });
    const name = el('td');
    name.append(el('b', p.name), el('div', p.description, 'muted'));
    const actions = el('td');
    if (p.imported) {
      actions.append(el('span', 'imported', 'tag'));
      const remove = el('button', 'Remove');
      remove.type = 'button';
      remove.addEventListener('click', async () => {
        await api.runtime.sendMessage({ type: 'removePack', id: p.id });
        showPacks();
      });
      actions.append(remove);
    }
    const tdOn = el('td');
    tdOn.append(on);
    tr.append(tdOn, name, el('td', p.kind), el('td', p.version), actions);
    body.append(tr);
  }
}

/** Shows a pack file with the failing line marked and a caret under the column. */
function showSource(text, line, column) {
  const pre = $('pack-source');
  pre.replaceChildren();
  const lines = text.split(/\r?\n/);
  const from = Math.max(0, (line || 1) - 6);
  const to = Math.min(lines.length, (line || 1) + 5);
  for (let i = from; i < to; i++) {
    const row = el('span', null, i + 1 === line ? 'line bad' : 'line');
    row.append(el('span', String(i + 1), 'no'), document.createTextNode(lines[i]));
    pre.append(row);
    if (i + 1 === line && column) {
      const caret = el('span', null, 'line');
      caret.append(el('span', '', 'no'), el('span', ' '.repeat(Math.max(0, column - 1)) + '^', 'caret'));
      pre.append(caret);
    }
  }
  pre.hidden = false;
}

$('pack-file').addEventListener('change', async (e) => {
  const file = e.target.files[0];
  if (!file) return;
  const text = await file.text();
  const out = $('pack-result');
  out.replaceChildren();
  $('pack-source').hidden = true;
  const reply = await api.runtime.sendMessage({ type: 'addPack', name: file.name, toml: text });
  if (reply && reply.error) {
    const where = reply.error.line ? `${file.name}, line ${reply.error.line}${reply.error.column ? `, column ${reply.error.column}` : ''}` : file.name;
    out.append(el('div', `Not imported: ${where}: ${reply.error.message}`, 'err'));
    if (reply.error.line) showSource(text, reply.error.line, reply.error.column);
  } else if (reply && reply.pack) {
    out.append(el('div', `Imported ${reply.pack.name} (${reply.pack.id} ${reply.pack.version}, ${reply.pack.examples} examples).`, 'ok'));
    showPacks();
  }
  e.target.value = '';
});

// ---- allow-listed sites ----
async function showSites() {
  const { offSites = [] } = await get('offSites');
  const ul = $('sites');
  ul.replaceChildren();
  if (offSites.length === 0) ul.append(el('li', 'None: knockoff checks every shop.', 'muted'));
  for (const site of offSites) {
    const li = el('li', site);
    const remove = el('button', 'Remove');
    remove.type = 'button';
    remove.setAttribute('aria-label', `Remove ${site}`);
    remove.addEventListener('click', async () => {
      const { offSites: now = [] } = await get('offSites');
      await api.storage.local.set({ offSites: now.filter((x) => x !== site) });
    });
    li.append(remove);
    ul.append(li);
  }
}
$('site-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  let site = $('site-input').value.trim().toLowerCase();
  try {
    if (site.includes('/')) site = new URL(site.includes('://') ? site : `https://${site}`).hostname;
  } catch (err) {
    return;
  }
  if (!site) return;
  const { offSites = [] } = await get('offSites');
  if (!offSites.includes(site)) await api.storage.local.set({ offSites: [...offSites, site] });
  $('site-input').value = '';
});

// ---- reports ----
async function showReports() {
  const { reports = [] } = await get('reports');
  $('report-count').textContent = `${reports.length} report${reports.length === 1 ? '' : 's'}`;
  const body = $('reports');
  body.replaceChildren();
  for (const r of [...reports].reverse()) {
    const tr = el('tr');
    const when = new Date(r.reportedAt);
    tr.append(
      el('td', Number.isNaN(when.getTime()) ? '' : when.toLocaleString()),
      el('td', r.site),
      el('td', r.listing && r.listing.title),
      el('td', `${r.level} (${r.score})`, `lvl ${r.level}`),
      el('td', (r.reasons || []).map((x) => x.rule).join(', ')),
    );
    body.append(tr);
  }
}
$('export').addEventListener('click', async () => {
  const { reports = [] } = await get('reports');
  const blob = new Blob([JSON.stringify({ exportedAt: new Date().toISOString(), reports }, null, 2)], { type: 'application/json' });
  const a = el('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'knockoff-reports.json';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
});
$('clear-reports').addEventListener('click', async () => {
  if (confirm('Delete all your reports?')) await api.storage.local.set({ reports: [] });
});

api.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  if ('sensitivity' in changes) showSensitivity();
  if ('offSites' in changes) showSites();
  if ('reports' in changes) showReports();
  if ('disabledPacks' in changes || 'extraPacks' in changes) showPacks();
});

showSensitivity();
showFocus();
showSites();
showReports();
showPacks();

// Options: sensitivity, packs on/off with their signers, imported (signed or unsigned) packs,
// trusted keys, feed subscriptions, allow-listed sites and the user's reports. Everything lives in
// storage.local; the background verifies packs (in WebAssembly) and fetches feeds, and the
// background and content scripts react to storage changes.
import { feedUrl } from './feed-url.js';
import { api, isObject } from './browser-api.js';
import { h } from './shared/dom.js';

const $ = (id) => document.getElementById(id);

/** A button that does `onClick`, named for screen readers by `label` (which thing it acts on). */
function button(text, label, onClick) {
  return h('button', { type: 'button', 'aria-label': label, onclick: onClick }, text);
}

/** Fills a list with one `<li>` an entry (`render` fills it), or says what an empty list means. */
function fillList(ul, entries, empty, render) {
  ul.replaceChildren();
  if (entries.length === 0) ul.append(h('li', { class: 'muted' }, empty));
  for (const entry of entries) {
    const li = h('li');
    render(li, entry);
    ul.append(li);
  }
}

async function get(keys) {
  return api.storage.local.get(keys);
}


/**
 * Asks the background and checks the reply's shape: `valid` must accept it, or it is an
 * `{ error: { message } }`; anything else becomes such an error rather than reaching the page.
 */
async function ask(message, valid) {
  let reply;
  try {
    reply = await api.runtime.sendMessage(message);
  } catch (e) {
    return { error: { message: String(e && e.message ? e.message : e) } };
  }
  if (isObject(reply) && isObject(reply.error) && typeof reply.error.message === 'string') return reply;
  if (isObject(reply) && valid(reply)) return reply;
  return { error: { message: 'the extension gave an unexpected answer' } };
}

const isPack = (p) => isObject(p) && ['id', 'name', 'kind', 'version'].every((k) => typeof p[k] === 'string');
const isOk = (r) => r.ok === true;

/** A stored ISO time (a feed check, a report) in the user's locale, or nothing if unreadable. */
function when(iso) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleString();
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

/** Who vouches for a pack: the key that signed it (and how the user named it), or nobody. */
function signedBy(p) {
  const td = h('td');
  if (p.source === 'bundled') td.append(h('span', { class: 'muted' }, 'built in'));
  else if (!p.signer) td.append(h('span', { class: 'tag unsigned' }, 'unsigned'));
  else {
    td.append(h('span', {}, p.signerLabel ? `${p.signerLabel} ` : ''), h('span', { class: 'key' }, `key ${p.signer}`));
    if (p.feed) td.append(h('div', { class: 'muted' }, `from feed ${p.feed}`));
  }
  return td;
}

async function showPacks() {
  const reply = await ask({ type: 'packs' }, (r) => Array.isArray(r.packs) && r.packs.every(isPack));
  const { disabledPacks = [] } = await get('disabledPacks');
  const body = $('packs');
  body.replaceChildren();
  const list = reply.packs || [];
  const brands = [...new Set(list.map((p) => p.brand).filter(Boolean))].sort();
  $('focus-brands').replaceChildren(...brands.map((b) => h('option', { value: b })));
  for (const p of list) {
    const on = h('input', {
      type: 'checkbox',
      'aria-label': `Use the ${p.name} pack`,
      onchange: async () => {
        const { disabledPacks: now = [] } = await get('disabledPacks');
        const rest = now.filter((x) => x !== p.id);
        await api.storage.local.set({ disabledPacks: on.checked ? rest : [...rest, p.id] });
      },
    });
    on.checked = !disabledPacks.includes(p.id);
    const actions = h('td');
    if (p.imported) {
      actions.append(h('span', { class: 'tag' }, 'imported'));
      actions.append(
        button('Remove', `Remove ${p.name}`, async () => {
          await ask({ type: 'removePack', id: p.id }, isOk);
          showPacks();
        }),
      );
    }
    const name = h('td', {}, h('b', {}, p.name), h('div', { class: 'muted' }, p.description));
    body.append(h('tr', {}, h('td', {}, on), name, h('td', {}, p.kind), h('td', {}, p.version), signedBy(p), actions));
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
    pre.append(h('span', { class: i + 1 === line ? 'line bad' : 'line' }, h('span', { class: 'no' }, String(i + 1)), lines[i]));
    if (i + 1 === line && column) {
      pre.append(h('span', { class: 'line' }, h('span', { class: 'no' }), h('span', { class: 'caret' }, ' '.repeat(Math.max(0, column - 1)) + '^')));
    }
  }
  pre.hidden = false;
}

/**
 * Imports the chosen pack file, signed when its `.sig` (the pack's file name plus `.sig`, or the
 * only `.sig` chosen) comes with it. The background verifies it in WebAssembly and says what
 * failed: the TOML (with line and column), or the signature (altered, unknown key, key not
 * allowed for this pack).
 */
$('pack-file').addEventListener('change', async (e) => {
  const files = [...e.target.files];
  e.target.value = '';
  const out = $('pack-result');
  out.replaceChildren();
  $('pack-source').hidden = true;
  const sigs = files.filter((f) => f.name.endsWith('.sig'));
  const packsChosen = files.filter((f) => !f.name.endsWith('.sig'));
  if (packsChosen.length !== 1 || sigs.length > 1) {
    out.append(h('div', { class: 'err' }, 'Not imported: choose one pack file, and at most its one .sig file.'));
    return;
  }
  const [file] = packsChosen;
  const sigFile = sigs[0] ?? null;
  if (sigFile && sigFile.name !== `${file.name}.sig`) {
    out.append(h('div', { class: 'err' }, `Not imported: ${sigFile.name} is not the signature of ${file.name} (expected ${file.name}.sig).`));
    return;
  }
  const text = await file.text();
  const sig = sigFile ? await sigFile.text() : null;
  const reply = await ask({ type: 'addPack', name: file.name, toml: text, sig }, (r) => isPack(r.pack));
  if (reply.error) {
    const where = reply.error.line ? `${file.name}, line ${reply.error.line}${reply.error.column ? `, column ${reply.error.column}` : ''}` : file.name;
    const what = reply.error.signature ? 'Not imported, signature refused' : 'Not imported';
    out.append(h('div', { class: 'err' }, `${what}: ${where}: ${reply.error.message}`));
    if (reply.error.line) showSource(text, reply.error.line, reply.error.column);
  } else {
    const p = reply.pack;
    const how = p.signer ? `signed by key ${p.signer}` : 'unsigned';
    out.append(h('div', { class: 'ok' }, `Imported ${p.name} (${p.id} ${p.version}, ${p.examples} examples), ${how}.`));
    showPacks();
  }
});

async function showRequireSigned() {
  const { requireSigned = false } = await get('requireSigned');
  $('require-signed').checked = Boolean(requireSigned);
}
$('require-signed').addEventListener('change', (e) => api.storage.local.set({ requireSigned: e.target.checked }));

// ---- trusted keys ----
async function showKeys() {
  const { trustedKeys = [] } = await get('trustedKeys');
  fillList($('keys'), trustedKeys, 'None: signed packs are accepted only from your feeds.', (li, k) => {
    li.append(h('b', {}, k.label || 'unnamed key'), ' ', h('span', { class: 'key' }, `key ${k.id}`));
    li.append(h('span', { class: 'muted' }, k.packs.length ? ` may sign: ${k.packs.join(', ')}` : ' may sign any pack'));
    li.append(button('Remove', `Stop trusting ${k.label || k.id}`, () => ask({ type: 'removeKey', id: k.id }, isOk)));
  });
}
$('key-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const out = $('key-result');
  out.replaceChildren();
  const packs = $('key-packs').value.split(/[\s,]+/).filter(Boolean);
  const label = $('key-label').value.trim();
  const reply = await ask({ type: 'addKey', key: $('key-text').value, label, packs }, (r) => isObject(r.key) && typeof r.key.id === 'string');
  if (reply.error) {
    out.append(h('div', { class: 'err' }, `Not added: ${reply.error.message}`));
    return;
  }
  out.append(h('div', { class: 'ok' }, `Trusting key ${reply.key.id}${label ? ` (${label})` : ''}.`));
  for (const id of ['key-label', 'key-text', 'key-packs']) $(id).value = '';
});

// ---- feeds ----

async function showFeeds() {
  const { feeds = [] } = await get('feeds');
  fillList($('feeds'), feeds, 'None: knockoff makes no network request.', (li, f) => {
    li.append(h('b', {}, f.url), ' ', h('span', { class: 'key' }, `pinned key ${f.keyId}`));
    const r = f.result;
    const status = h('div', { class: 'feed-status' });
    if (!r) status.append(h('span', { class: 'muted' }, 'not checked yet'));
    else {
      status.append(h('span', { class: 'muted' }, `checked ${when(r.at)}: `));
      const parts = [];
      if (r.applied.length) parts.push(`applied ${r.applied.map((a) => `${a.id} ${a.version}`).join(', ')}`);
      if (r.unchanged.length) parts.push(`unchanged ${r.unchanged.join(', ')}`);
      if (!r.applied.length && !r.unchanged.length && !r.refused.length) parts.push('up to date');
      if (parts.length) status.append(h('span', { class: 'ok' }, parts.join('; ')));
      for (const why of r.refused) {
        status.append(h('div', { class: 'err' }, h('span', { class: 'tag refused' }, 'refused'), ` ${why} (the last good packs are kept)`));
      }
    }
    const check = button('Check now', `Check ${f.url} now`, async () => {
      check.disabled = true;
      await ask({ type: 'updateFeed', url: f.url }, (reply) => isObject(reply.result));
      check.disabled = false;
    });
    const remove = button('Unsubscribe', `Unsubscribe from ${f.url}`, () => ask({ type: 'unsubscribe', url: f.url }, isOk));
    li.append(check, remove, status);
  });
}

$('feed-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const out = $('feed-result');
  out.replaceChildren();
  const url = feedUrl($('feed-url').value);
  const key = $('feed-key').value;
  if (!url) {
    out.append(h('div', { class: 'err' }, 'Not subscribed: a feed URL is https:// (or http:// on this machine, 127.0.0.1 or localhost).'));
    return;
  }
  if (!key.trim()) {
    out.append(h('div', { class: 'err' }, "Not subscribed: paste the feed's public key, as its publisher gives it."));
    return;
  }
  // The only host permission knockoff asks for: the feed's origin, now, from this click (the
  // browser accepts a request only from a user action, before anything is awaited).
  const origins = [`${new URL(url).origin}/*`];
  api.permissions.request({ origins }).then(async (granted) => {
    if (!granted) {
      out.append(h('div', { class: 'err' }, `Not subscribed: knockoff needs your permission to fetch from ${new URL(url).origin}.`));
      return;
    }
    out.append(h('div', { class: 'muted' }, `Subscribing to ${url}…`));
    const reply = await ask({ type: 'subscribe', url, key }, (r) => isObject(r.result));
    out.replaceChildren();
    if (reply.error) out.append(h('div', { class: 'err' }, `Not subscribed: ${reply.error.message}`));
    else {
      out.append(h('div', { class: 'ok' }, `Subscribed to ${url}.`));
      $('feed-url').value = '';
      $('feed-key').value = '';
    }
  });
});

// ---- allow-listed sites ----
async function showSites() {
  const { offSites = [] } = await get('offSites');
  fillList($('sites'), offSites, 'None: knockoff checks every shop.', (li, site) => {
    li.append(
      site,
      button('Remove', `Remove ${site}`, async () => {
        const { offSites: now = [] } = await get('offSites');
        await api.storage.local.set({ offSites: now.filter((x) => x !== site) });
      }),
    );
  });
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
    body.append(
      h(
        'tr',
        {},
        h('td', {}, when(r.reportedAt)),
        h('td', {}, r.site),
        h('td', {}, r.listing && r.listing.title),
        h('td', { class: `lvl ${r.level}` }, `${r.level} (${r.score})`),
        h('td', {}, (r.reasons || []).map((x) => x.rule).join(', ')),
      ),
    );
  }
}
$('export').addEventListener('click', async () => {
  const { reports = [] } = await get('reports');
  const blob = new Blob([JSON.stringify({ exportedAt: new Date().toISOString(), reports }, null, 2)], { type: 'application/json' });
  const a = h('a');
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
  if (['disabledPacks', 'extraPacks', 'trustedKeys', 'feeds'].some((k) => k in changes)) showPacks();
  if ('trustedKeys' in changes) showKeys();
  if ('feeds' in changes) showFeeds();
  if ('requireSigned' in changes) showRequireSigned();
});

showSensitivity();
showFocus();
showSites();
showReports();
showPacks();
showRequireSigned();
showKeys();
showFeeds();

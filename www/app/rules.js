// "Rules": the packs in use, and an editor that compiles a pack's TOML as it is typed (errors
// marked at their line), runs the pack's examples, and applies the pack to the page's results.
import { scratchChecker } from './engine.js';
import { h } from '../shared/dom.js';
import { badge } from './view.js';

const NEW_PACK = `# A new pack. Save it as rules/<id>.toml to bundle it.
[pack]
id = "acme"
name = "Acme"
kind = "brand"
version = "2026.1.0"
description = "Acme tools and accessories."

[brand]
name = "Acme"
misspellings = ["Acmee", "Akme"]

[[category]]
id = "tools"
keywords = ["drill", "saw"]
floor = { USD = 80 }

[[example]]
title = "Acme cordless drill 1:1 replica"
price = "$15"
expect = "high"
`;

export function setupRules(engine) {
  const $ = (id) => document.getElementById(id);
  const toml = $('toml');
  const gutter = $('gutter');
  const status = $('compile-status');
  const report = $('compile-report');
  const examples = $('examples');
  /** The TOML text of every pack the page can show, by id: { text, file }. */
  const sources = new Map();
  let file = 'pack.toml';
  /** The editor's checker, from the authoring module (a promise: loaded on first use). */
  let scratch = null;
  let compiled = null;
  let timer = 0;

  async function compile() {
    scratch ??= scratchChecker(engine.options);
    const checker = await scratch;
    examples.replaceChildren();
    try {
      compiled = checker.addPack(toml.value, file);
      status.className = 'compile-status ok';
      status.replaceChildren(`✓ Compiles: pack “${compiled.id}” (${compiled.name}), ${compiled.examples} example${compiled.examples === 1 ? '' : 's'}.`);
      report.hidden = true;
      renderGutter(toml, gutter, 0);
    } catch (e) {
      compiled = null;
      if (e.name !== 'RuleError') throw e;
      status.className = 'compile-status bad';
      status.replaceChildren(
        `✗ Line ${e.line}, column ${e.column}: ${e.message}${e.rule ? ` (rule “${e.rule}”)` : ''} `,
        h('button', { type: 'button', class: 'link', onclick: () => goTo(toml, e.line, e.column) }, 'Go to error'));
      report.textContent = e.report;
      report.hidden = false;
      renderGutter(toml, gutter, e.line);
    }
    $('apply-pack').disabled = !compiled;
    $('run-examples').disabled = !compiled;
  }

  function open(text, fileName) {
    file = fileName;
    toml.value = text;
    $('editor-file').textContent = fileName;
    toml.scrollTop = 0;
    compile();
  }

  function renderPacks() {
    $('packs').replaceChildren(...packItems(engine, (p) => load().then(() => {
      const src = engine.custom.get(p.id) ?? sources.get(p.id);
      if (src) open(src.text ?? src.toml, src.file);
    })));
  }

  /** The bundled packs' sources, and the first pack in the editor: they need the authoring module. */
  let loaded = null;
  const load = () => (loaded ??= loadBundledSources(sources).then(() => {
    const first = sources.get(engine.packs()[0]?.id);
    if (first) open(first.text, first.file);
  }));

  async function runExamples() {
    if (!compiled) return;
    const results = (await scratch).runExamples(compiled.id);
    examples.replaceChildren(...examplesTable(results, (line) => goTo(toml, line, 1)));
  }

  toml.addEventListener('input', () => {
    clearTimeout(timer);
    renderGutter(toml, gutter, Number(gutter.querySelector('[data-error]')?.textContent) || 0);
    timer = setTimeout(compile, 120);
  });
  toml.addEventListener('scroll', () => { gutter.scrollTop = toml.scrollTop; });
  $('run-examples').addEventListener('click', runExamples);
  $('apply-pack').addEventListener('click', async () => {
    if (!compiled) return;
    const info = await engine.applyPack(toml.value, file);
    sources.set(info.id, { text: toml.value, file });
    status.className = 'compile-status ok';
    status.textContent = `✓ Applied pack “${info.id}”: new checks and the current results use it.`;
  });
  $('new-pack').addEventListener('click', () => open(NEW_PACK, 'acme.toml'));
  $('sensitivity').addEventListener('change', (e) => engine.setOptions({ sensitivity: Number(e.target.value) }));
  engine.addEventListener('change', () => {
    scratch?.then((checker) => checker.free());
    scratch = null;
    renderPacks();
  });

  renderPacks();
  // The authoring module is loaded when this view is first shown, not with the page.
  return whenShown($('view-rules'), load);
}

/** Adds every bundled pack's TOML text to `sources`, by id: { text, file }. */
async function loadBundledSources(sources) {
  const names = await (await fetch('pkg/rules/index.json')).json();
  const probe = await scratchChecker();
  for (const name of names) {
    const text = await (await fetch(`pkg/rules/${encodeURIComponent(name)}`)).text();
    sources.set(probe.addPack(text, `rules/${name}`).id, { text, file: `rules/${name}` });
  }
  probe.free();
}

/** Runs `callback` once `view` is shown: now if it is, else when it first is. */
function whenShown(view, callback) {
  if (!view.hidden) return callback();
  new MutationObserver((_, observer) => {
    if (view.hidden) return;
    observer.disconnect();
    callback();
  }).observe(view, { attributes: true, attributeFilter: ['hidden'] });
}

/** Line numbers beside the editor, the line of an error marked. */
function renderGutter(toml, gutter, errorLine) {
  const count = toml.value.split('\n').length;
  const lines = [];
  for (let n = 1; n <= count; n++) {
    lines.push(h('span', n === errorLine ? { class: 'error-line', 'data-error': 'true', title: 'error on this line' } : {}, `${n}`));
  }
  gutter.replaceChildren(...lines);
  gutter.scrollTop = toml.scrollTop;
}

/** Puts the editor's cursor at a line and column (counted in characters, from 1). */
function goTo(toml, line, column) {
  const lines = toml.value.split('\n');
  let at = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) at += lines[i].length + 1;
  at += Math.min(Array.from(lines[line - 1] ?? '').slice(0, column - 1).join('').length, (lines[line - 1] ?? '').length);
  toml.focus();
  toml.setSelectionRange(at, at);
}

/** The engine's packs as list items: a switch, what the pack is, and an Edit button. */
function packItems(engine, edit) {
  return engine.packs().map((p) =>
    h('li', { class: p.enabled ? '' : 'disabled' },
      h('label', { class: 'toggle' },
        h('input', {
          type: 'checkbox',
          checked: p.enabled,
          'aria-label': `Use pack ${p.name}`,
          onchange: (e) => {
            const disabled = new Set(engine.options.disabledPacks);
            if (e.target.checked) disabled.delete(p.id);
            else disabled.add(p.id);
            engine.setOptions({ disabledPacks: [...disabled] });
          },
        })),
      h('div', { class: 'pack-info' },
        h('strong', {}, p.name), ' ', h('code', {}, p.id),
        h('span', { class: 'meta' }, `${p.kind} · v${p.version}${p.examples ? ` · ${p.examples} examples` : ''}${engine.custom.has(p.id) ? ' · edited here' : ''}`),
        p.description && h('span', { class: 'desc' }, p.description)),
      h('button', {
        type: 'button',
        class: 'secondary small',
        'aria-label': `Edit pack ${p.name}`,
        onclick: () => edit(p),
      }, 'Edit')));
}

/** A pack's examples run: how many pass, and a row each (its line a link into the editor). */
function examplesTable(results, goToLine) {
  const passed = results.filter((r) => r.pass).length;
  return [
    h('h3', {}, `Examples: ${passed} of ${results.length} pass`),
    h('table', { class: 'examples' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Line'), h('th', { scope: 'col' }, 'Example'),
        h('th', { scope: 'col' }, 'Expected'), h('th', { scope: 'col' }, 'Got'), h('th', { scope: 'col' }, 'Result'))),
      h('tbody', {}, results.map((r) => h('tr', { class: r.pass ? 'pass' : 'fail' },
        h('td', { class: 'num' }, h('button', { type: 'button', class: 'link', onclick: () => goToLine(r.line) }, r.line)),
        h('td', {}, r.title),
        h('td', {}, badge(r.expect)),
        h('td', {}, badge(r.verdict.level), ` ${r.verdict.score}`),
        h('td', {}, r.pass ? '✓ pass' : '✗ fail'))))),
  ];
}

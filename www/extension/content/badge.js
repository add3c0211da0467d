// The badge: one listing's level as a button in a closed shadow root (the page's styles and
// scripts cannot reach it), and the panel of reasons it opens on hover, focus or click. It owns
// each badge's state (open, pinned, hovered) behind create / reveal / buttonOf / ownLine.
'use strict';
{
  const { facts, dom, runtime } = globalThis.knockoff;
  const { LEVELS, LEVEL_LABELS, LEVEL_SYMBOLS } = facts;
  const { h } = dom;
  const { BADGE } = runtime;
  const CSS = `
:host { all: initial; }
button { all: unset; box-sizing: border-box; }
.badge { position: relative; z-index: 1; margin: -10px 0 0 5px; width: max-content;
display: flex; align-items: center; gap: 4px; cursor: pointer; padding: 2px 7px 2px 5px;
border-radius: 10px; border: 1px solid; font: 600 11px/14px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
white-space: nowrap; letter-spacing: 0; text-transform: none; }
.badge.own-line { margin: 2px 0; }
.badge:focus-visible { outline: 2px solid #1a56db; outline-offset: 2px; }
.symbol { font-size: 9px; flex: none; }
.low { color: #1d6b35; background: #e7f5ec; border-color: #9fd3b0; }
.medium { color: #7a4b00; background: #fff3d6; border-color: #f0c060; }
.high { color: #ffffff; background: #b3261e; border-color: #8c1d17; }
.panel { position: fixed; inset: auto; margin: 0; z-index: 2147483647; box-sizing: border-box; width: min(360px, calc(100vw - 16px));
max-height: min(420px, calc(100vh - 16px)); overflow: auto; padding: 10px 12px; border: 1px solid #c4c7c5; border-radius: 8px;
background: #fff; color: #1f1f1f; box-shadow: 0 6px 24px rgba(0,0,0,.18); font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
text-align: left; white-space: normal; letter-spacing: 0; text-transform: none; }
.panel[hidden] { display: none; }
.head { display: flex; justify-content: space-between; gap: 8px; font-weight: 700; margin-bottom: 4px; }
.head .lvl-high { color: #b3261e; } .head .lvl-medium { color: #7a4b00; } .head .lvl-low { color: #1d6b35; }
.title { color: #444; font-size: 12px; margin-bottom: 6px; overflow-wrap: anywhere; }
ul { margin: 0; padding: 0 0 0 16px; }
li { margin: 4px 0; }
.ev { display: block; color: #555; font-size: 12px; }
mark { background: #ffe08a; color: #1f1f1f; padding: 0 2px; border-radius: 2px; overflow-wrap: anywhere; }
.none { color: #555; }
.foot { display: flex; justify-content: space-between; align-items: center; gap: 8px; margin-top: 8px; border-top: 1px solid #e3e3e3; padding-top: 8px; }
.report { color: #1a56db; text-decoration: underline; cursor: pointer; font-size: 12px; }
.report:focus-visible { outline: 2px solid #1a56db; outline-offset: 2px; }
.report[aria-disabled="true"] { color: #555; text-decoration: none; cursor: default; }
.brand { color: #595959; font-size: 11px; }
.flash { animation: flash 1.2s ease-out 2; }
@keyframes flash { 50% { box-shadow: 0 0 0 4px rgba(26,86,219,.55); } }
`;
  // The host takes no room: the badge is drawn from it over the space after the title. A
  // badge that took room would reflow the card, and on a grid of a thousand cards every card
  // after it, in every frame that adds one (tens of milliseconds each). Only the few badges
  // that would stick out of their listing take room, a line under the title.
  const HOST_STYLE =
    'all: initial !important; display: inline-block !important; ' +
    'width: 0 !important; height: 0 !important; overflow: visible !important; vertical-align: middle !important; ' +
    'margin: 0 !important; visibility: visible !important; opacity: 1 !important; float: none !important; ' +
    'pointer-events: auto !important; line-height: 1 !important;';
  const HOST_OWN_LINE_STYLE =
    'all: initial !important; display: block !important; ' +
    'width: auto !important; height: auto !important; overflow: visible !important; margin: 0 !important; ' +
    'visibility: visible !important; opacity: 1 !important; float: none !important; ' +
    'pointer-events: auto !important; line-height: 1 !important;';
  let sheet = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  } catch (e) {
    sheet = null;
  }
  const roots = new WeakMap();
  const hasPopover = typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;
  let nextId = 0;

  function style(root) {
    if (sheet) {
      try {
        root.adoptedStyleSheets = [sheet];
        return;
      } catch (e) {
        sheet = null; // this world cannot share sheets: fall back to a style element
      }
    }
    const s = document.createElement('style');
    s.textContent = CSS;
    root.append(s);
  }

  /**
   * A badge for a record ({ verdict, title }) in a closed shadow root, or null when the page took
   * the element's name. `actions.report()` and `actions.evidence()` (resolving to the text) are
   * what its panel's two buttons do.
   */
  function create(record, actions) {
    const v = record.verdict;
    const level = LEVELS.includes(v.level) ? v.level : 'low';
    const host = document.createElement(BADGE);
    let root;
    try {
      root = host.attachShadow({ mode: 'closed' });
    } catch (e) {
      return null; // the page took the name for an element of its own
    }
    host.setAttribute('data-knockoff-level', level);
    host.style.cssText = HOST_STYLE;
    style(root);
    const button = h('button', { class: `badge ${level}` });
    button.type = 'button';
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-label', `knockoff: ${LEVEL_LABELS[level]}, score ${v.score} of 100. Show why.`);
    button.append(h('span', { class: 'symbol', 'aria-hidden': 'true' }, LEVEL_SYMBOLS[level]), h('span', { class: 'label' }, LEVEL_LABELS[level]));
    root.append(button);
    const ui = { record, actions, root, button, panel: null, open: false, pinned: false, hoverTimer: 0, quiet: false };
    roots.set(host, ui);
    wire(host, ui);
    return host;
  }

  function buildPanel(ui) {
    const { record, actions, root } = ui;
    const v = record.verdict;
    const level = LEVELS.includes(v.level) ? v.level : 'low';
    const panel = h('div', { class: 'panel' });
    panel.id = `knockoff-panel-${nextId++}`;
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', `Why knockoff rates this listing ${LEVEL_LABELS[level].toLowerCase()}`);
    if (hasPopover) panel.popover = 'manual';
    else panel.hidden = true;
    const head = h('div', { class: 'head' });
    head.append(h('span', { class: `lvl-${level}` }, `${LEVEL_LABELS[level]} · ${v.score}/100`));
    if (v.brand) head.append(h('span', { class: 'brand' }, v.brand));
    panel.append(head, h('div', { class: 'title' }, record.title));
    if (v.reasons.length) {
      const ul = h('ul');
      for (const r of v.reasons) {
        const li = h('li');
        li.append(h('span', { class: 'msg' }, r.message));
        if (r.evidence && r.evidence.text) {
          const ev = h('span', { class: 'ev' }, `matched in ${r.evidence.field}: `);
          ev.append(h('mark', {}, r.evidence.text));
          if (r.points) ev.append(document.createTextNode(` · +${r.points}`));
          li.append(ev);
        }
        ul.append(li);
      }
      panel.append(ul);
    } else {
      panel.append(h('div', { class: 'none' }, 'No warning signs found in this listing.'));
    }
    const foot = h('div', { class: 'foot' });
    const report = h('button', { class: 'report' }, 'This badge is wrong');
    report.type = 'button';
    report.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      // aria-disabled, not disabled: a disabled button loses the keyboard focus, and the panel with it.
      if (report.getAttribute('aria-disabled') === 'true') return;
      report.setAttribute('aria-disabled', 'true');
      report.textContent = 'Reported, thank you (kept on this device)';
      actions.report().catch(() => {
        report.textContent = 'Could not save the report';
      });
    });
    foot.append(report, copyButton(actions), h('span', { class: 'brand' }, 'knockoff'));
    panel.append(foot);
    root.append(panel);
    ui.button.setAttribute('aria-controls', panel.id);
    ui.panel = panel;
  }

  /** "Copy evidence": the listing's evidence as text for a takedown form, to the clipboard. */
  function copyButton(actions) {
    const copy = h('button', { class: 'report' }, 'Copy evidence');
    copy.type = 'button';
    copy.addEventListener('click', async (e) => {
      e.preventDefault();
      e.stopPropagation();
      try {
        const text = await actions.evidence();
        await navigator.clipboard.writeText(text);
        copy.textContent = 'Evidence copied';
      } catch (err) {
        copy.textContent = 'Could not copy the evidence';
      }
    });
    return copy;
  }

  function place(host, ui) {
    const r = ui.button.getBoundingClientRect();
    const p = ui.panel;
    const w = Math.min(360, innerWidth - 16);
    const h = p.offsetHeight || 200;
    const left = Math.max(8, Math.min(r.left, innerWidth - w - 8));
    const below = r.bottom + 6;
    const top = below + h > innerHeight - 8 && r.top - h - 6 > 8 ? r.top - h - 6 : below;
    p.style.left = `${Math.round(left)}px`;
    p.style.top = `${Math.round(top)}px`;
  }

  /** Shows or hides the panel: a popover where the browser has them, above everything on the page. */
  function showPanel(ui, shown) {
    if (hasPopover) {
      try {
        if (shown) ui.panel.showPopover();
        else ui.panel.hidePopover();
      } catch (e) {
        /* already shown or hidden */
      }
    } else ui.panel.hidden = !shown;
    ui.open = shown;
    ui.button.setAttribute('aria-expanded', String(shown));
  }

  function open(host, ui, pinned) {
    ui.pinned = ui.pinned || pinned;
    if (ui.open) return;
    if (!ui.panel) buildPanel(ui);
    showPanel(ui, true);
    place(host, ui);
    ui.onScroll = () => place(host, ui);
    addEventListener('scroll', ui.onScroll, { passive: true, capture: true });
    addEventListener('resize', ui.onScroll, { passive: true });
  }

  function close(ui) {
    ui.pinned = false;
    if (!ui.open) return;
    showPanel(ui, false);
    removeEventListener('scroll', ui.onScroll, { capture: true });
    removeEventListener('resize', ui.onScroll);
  }

  function wire(host, ui) {
    const stop = (e) => e.stopPropagation();
    // Clicks and keys on the badge are ours: no handler of the page's card (a click that opens
    // the listing, a keyboard shortcut) runs.
    ui.root.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
    });
    ui.root.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Escape' && ui.open) {
        // Closed, and the focus back on the badge (from the report button it would otherwise
        // fall to the page's body); that focus is not a reason to open it again, nor is a
        // hover that began before the key (its timer may fire late on a busy machine).
        clearTimeout(ui.hoverTimer);
        close(ui);
        ui.quiet = true;
        ui.button.focus();
        ui.quiet = false;
      }
    });
    for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keyup', 'keypress']) ui.root.addEventListener(type, stop);
    ui.button.addEventListener('click', () => {
      if (ui.open && ui.pinned) close(ui);
      else open(host, ui, true);
    });
    ui.button.addEventListener('focus', () => {
      if (!ui.quiet) open(host, ui, false);
    });
    ui.root.addEventListener('focusout', (e) => {
      if (!e.relatedTarget || !ui.root.contains(e.relatedTarget)) {
        // Focus left the badge: a keyboard user moved on.
        if (!ui.hovered) close(ui);
      }
    });
    host.addEventListener('mouseenter', () => {
      ui.hovered = true;
      clearTimeout(ui.hoverTimer);
      ui.hoverTimer = setTimeout(() => open(host, ui, false), 150);
    });
    host.addEventListener('mouseleave', () => {
      ui.hovered = false;
      clearTimeout(ui.hoverTimer);
      ui.hoverTimer = setTimeout(() => {
        if (!ui.pinned) close(ui);
      }, 300);
    });
  }

  function reveal(host) {
    const ui = roots.get(host);
    if (!ui) return false;
    host.scrollIntoView({ block: 'center', behavior: 'instant' });
    ui.button.focus({ preventScroll: true });
    open(host, ui, true);
    ui.button.classList.remove('flash');
    void ui.button.offsetWidth;
    ui.button.classList.add('flash');
    return true;
  }

  function buttonOf(host) {
    const ui = roots.get(host);
    return ui ? ui.button : null;
  }

  function ownLine(host) {
    const ui = roots.get(host);
    if (!ui) return;
    host.style.cssText = HOST_OWN_LINE_STYLE;
    ui.button.classList.add('own-line');
  }

  globalThis.knockoff.badge = Object.freeze({ create, reveal, buttonOf, ownLine });
}

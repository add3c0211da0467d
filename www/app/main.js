// Starts the engine and wires the three views and the tab bar.
import { Engine } from './engine.js';
import { setupListing } from './listing.js';
import { setupPage } from './page.js';
import { setupRules } from './rules.js';

function setupTabs() {
  const tabs = [...document.querySelectorAll('[role=tab]')];
  const select = (tab, focus = true) => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      document.getElementById(t.getAttribute('aria-controls')).hidden = !on;
    }
    if (focus) tab.focus();
    history.replaceState(null, '', `#${tab.id.replace('tab-', '')}`);
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(tab));
    tab.addEventListener('keydown', (e) => {
      const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
      if (next === undefined) return;
      e.preventDefault();
      select(tabs[(next + tabs.length) % tabs.length]);
    });
  });
  const initial = tabs.find((t) => t.id === `tab-${location.hash.slice(1)}`);
  if (initial) select(initial, false);
}

async function main() {
  setupTabs();
  const status = document.getElementById('engine-status');
  const engine = new Engine();
  try {
    const started = performance.now();
    await engine.start();
    const packs = engine.packs();
    status.textContent = `Engine ready in ${Math.round(performance.now() - started)} ms · ${packs.length} pack${packs.length === 1 ? '' : 's'} · runs on this device`;
    status.classList.add('ok');
  } catch (e) {
    status.textContent = `The engine could not start: ${e.message}`;
    status.classList.add('bad');
    throw e;
  }
  engine.addEventListener('worker-error', (e) => {
    status.textContent = `The checking worker failed and was restarted (${e.detail}).`;
  });
  setupListing(engine).update();
  setupPage(engine);
  await setupRules(engine);
  document.body.dataset.ready = 'true';
}

main();

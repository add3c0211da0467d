// knockoff's content script, last of its parts (the manifests list them in order): it turns the
// watcher on or off for this site and answers the extension's own pages. Thin on purpose: which
// elements are cards, titles and prices is decided by the engine's extraction, in Rust, and the
// engine itself never runs here, so a page's Content-Security-Policy cannot stop it.
//
//   content/runtime.js     messages, the main thread's budget, the test hook
//   content/serializer.js  page → HTML documents for the engine
//   content/locator.js     anchors → live elements, and where a badge goes
//   content/badge.js       one badge and its panel of reasons
//   content/drawer.js      listings → badge records → badges drawn in animation frames
//   content/watcher.js     mutations → scans → the drawer
//
// Budget: the page's main thread gets short slices only (see runtime.js and the parts' limits).
'use strict';
{
  const { drawer, runtime, watcher } = globalThis.knockoff;
  const { api } = runtime;

  /** Whether this site is one the user switched knockoff off for. */
  function siteOff(offSites) {
    const host = location.hostname.toLowerCase();
    return (offSites || []).some((s) => {
      const site = String(s).toLowerCase().trim();
      return site && (host === site || host.endsWith('.' + site));
    });
  }

  /** The popup's summary: counts by level and the high-risk listings, riskiest first. */
  function summary() {
    const high = drawer.shown()
      .filter((r) => r.verdict.level === 'high')
      .map((r) => ({ i: r.i, title: r.title, score: r.verdict.score, brand: r.verdict.brand }))
      .sort((a, b) => b.score - a.score);
    return { site: location.hostname, on: watcher.isOn(), counts: drawer.counts(), high };
  }

  /** What each message of the extension's pages gets; a message of another shape gets nothing. */
  const answers = {
    summary: () => summary(),
    // The results table: every listing badged here, with its verdict.
    listings: () => ({ page: location.href, items: drawer.shown().map(drawer.itemOf) }),
    reveal: (m) => (Number.isInteger(m.i) ? { ok: drawer.reveal(m.i) } : undefined),
    slices: () => {
      const slices = runtime.takeSlices();
      return slices && { slices };
    },
  };

  /** Whether a message comes from this extension's own background or pages, not a web page. */
  function fromUs(sender) {
    return sender.id === api.runtime.id && (!sender.url || sender.url.startsWith(api.runtime.getURL('')));
  }

  function listen() {
    api.runtime.onMessage.addListener((message, sender, sendResponse) => {
      if (!fromUs(sender) || !message || typeof message !== 'object' || !Object.hasOwn(answers, message.type)) return false;
      const answer = answers[message.type](message);
      if (answer !== undefined && answer !== null) sendResponse(answer);
      return false;
    });
    api.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local') return;
      if ('testHook' in changes) runtime.logSlices(changes.testHook.newValue);
      if ('offSites' in changes) {
        const off = siteOff(changes.offSites.newValue);
        if (off && watcher.isOn()) watcher.stop();
        else if (!off && !watcher.isOn()) watcher.start();
      }
      if ('brandFocus' in changes) drawer.setFocus(changes.brandFocus.newValue);
      if (['sensitivity', 'disabledPacks', 'extraPacks', 'brandFocus'].some((key) => key in changes)) watcher.rescan();
    });
    api.storage.local.get(['offSites', 'testHook', 'brandFocus']).then(
      ({ offSites, testHook, brandFocus }) => {
        runtime.logSlices(testHook);
        drawer.setFocus(brandFocus);
        if (!siteOff(offSites)) watcher.start();
      },
      () => watcher.start(),
    );
  }

  // Once per page, even if the browser injects the scripts again.
  if (!globalThis.knockoff.started) {
    globalThis.knockoff.started = true;
    listen();
  }
}

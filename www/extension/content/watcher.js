// The page watcher: decides when and what to scan. It watches the page's mutations (queued,
// never examined in the observer callback), waits for a burst to settle, has the serializer turn
// the whole page or the queued nodes into documents, sends them to the background (which runs
// the engine) and hands the listings that come back to the drawer. It owns the queue and the
// on/off state behind start / stop / rescan.
'use strict';
{
  const { drawer, runtime, serializer } = globalThis.knockoff;
  const { BADGE, idle, note, send } = runtime;
  const { INERT } = serializer;
  /** Most queued nodes before a batch is replaced by one scan of the whole page. */
  const MAX_PENDING = 2000;
  /**
   * Most queued nodes one scan sends to the engine. The engine runs in the extension's own
   * process but shares the computer's cores with the page's rendering: a few hundred cards at
   * once keep a core busy for a third of a second while the page draws (on two cores, its frames
   * then wait for the processor); smaller scans leave the page gaps between them.
   */
  const SCAN_NODES = 60;

  const own = {
    on: false,
    observer: null,
    pending: [],
    pendingSet: new Set(),
    /** The next scan reads the whole page. */
    full: true,
    timer: 0,
    busy: false,
    lastUrl: location.href,
    emptyScans: 0,
  };

  /** Waits for a burst of mutations to settle; waits longer while the page has shown nothing. */
  function schedule() {
    if (own.timer || own.busy || !own.on) return;
    const delay = drawer.total() > 0 ? 120 : Math.min(30000, 1500 * 2 ** Math.min(own.emptyScans, 5));
    own.timer = setTimeout(() => {
      own.timer = 0;
      idle(() => run());
    }, own.full ? 0 : delay);
  }

  /** The documents of the next scan: the whole page, or the nodes queued longest. */
  async function nextJobs() {
    if (location.href !== own.lastUrl) {
      // Single-page navigation: the whole page may be new.
      own.lastUrl = location.href;
      own.full = true;
    }
    if (own.full) {
      own.full = false;
      return [await serializer.wholePage()];
    }
    const t0 = performance.now();
    const nodes = takePending(SCAN_NODES);
    const jobs = serializer.parts(nodes);
    note(t0, 'scan', nodes.length);
    if (jobs === null) own.full = true;
    return jobs ?? [];
  }

  async function run() {
    if (!own.on || own.busy) return;
    const epoch = drawer.epoch();
    own.busy = true;
    try {
      const jobs = await nextJobs();
      if (epoch !== drawer.epoch() || jobs.length === 0) return;
      const reply = await send({ type: 'scan', docs: jobs.map((j) => j.html), part: !jobs[0].whole });
      if (epoch !== drawer.epoch() || !reply || !reply.results) return;
      let added = 0;
      for (let i = 0; i < jobs.length; i++) added += await drawer.add(jobs[i], reply.results[i] || [], epoch);
      own.emptyScans = added > 0 || drawer.total() > 0 ? 0 : own.emptyScans + 1;
    } catch (e) {
      // The extension was reloaded or the background failed: stay quiet on the page.
      if (!String(e).includes('context invalidated')) console.debug('knockoff:', e);
    } finally {
      own.busy = false;
      if (own.on && (own.pending.length || own.full)) schedule();
    }
  }

  /** The observer callback: queues nodes and returns. */
  function queue(records) {
    if (!own.on) return;
    const t0 = performance.now();
    if (records.some(byPage)) drawer.pageChanged();
    for (const r of records) {
      if (r.type === 'characterData') {
        // Text edited in place matters only inside a listing already badged (a reused card).
        const card = drawer.ownerCard(r.target.parentElement);
        if (card) enqueue(card);
        continue;
      }
      for (const n of r.addedNodes) {
        if (n.nodeType === 1) {
          if (!INERT.has(n.localName)) enqueue(n);
          else if (n.localName === 'script' && n.type === 'application/ld+json') own.full = true;
        } else if (n.nodeType === 3 && r.target.nodeType === 1 && n.data.trim()) {
          const card = drawer.ownerCard(r.target);
          if (card) enqueue(card);
        }
      }
    }
    note(t0, 'queue', records.length);
    if (own.pending.length || own.full) schedule();
  }

  /** Whether a mutation is the page's own, not a badge drawn or moved. */
  function byPage(r) {
    const badge = (n) => n.localName === BADGE;
    return r.type !== 'childList' || !Array.prototype.every.call(r.addedNodes, badge) || !Array.prototype.every.call(r.removedNodes, badge);
  }

  function enqueue(node) {
    if (own.pendingSet.has(node)) return;
    if (own.pending.length >= MAX_PENDING) {
      own.full = true;
      return;
    }
    own.pendingSet.add(node);
    own.pending.push(node);
  }

  /** Takes up to `max` queued nodes, oldest first; the rest wait for the next scan. */
  function takePending(max = Infinity) {
    const nodes = own.pending.splice(0, max);
    for (const n of nodes) own.pendingSet.delete(n);
    return nodes;
  }

  /** Starts watching and scans the whole page. */
  function start() {
    if (own.on) return;
    own.on = true;
    own.full = true;
    own.emptyScans = 0;
    own.observer ??= new MutationObserver(queue);
    own.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    schedule();
  }

  /** Stops watching and removes every badge. */
  function stop() {
    own.on = false;
    own.observer?.disconnect();
    clearTimeout(own.timer);
    own.timer = 0;
    takePending();
    drawer.clear();
    drawer.sendCounts();
  }

  /** Removes every badge and scans the whole page again (the options changed). */
  function rescan() {
    if (!own.on) return;
    takePending();
    drawer.clear();
    own.full = true;
    schedule();
  }

  globalThis.knockoff.watcher = Object.freeze({ start, stop, rescan, isOn: () => own.on });
}

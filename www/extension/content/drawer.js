// The drawer: turns a scan's listings into badge records (through the locator, a slice at a
// time) and inserts their badges in animation frames paced by what frames cost. It owns the
// records: which listing element has which badge, what is queued to draw or move, and the
// "epoch" that makes work begun before clear() drop its results.
'use strict';
{
  const { badge, facts, locator, runtime } = globalThis.knockoff;
  const { locate, placement } = locator;
  const { idle, note, send, sliceOver } = runtime;
  /** Most listings one slice turns into badges. */
  const RESOLVE_LISTINGS = 50;
  /** Most badges one animation frame inserts. */
  const DRAW_BADGES = 100;

  const own = {
    generation: 0,
    records: [],
    byAnchor: new WeakMap(),
    drawQueue: [],
    moves: [],
    drawing: false,
    pageChanged: false,
    countsTimer: 0,
    /** Brand focus (lower case): only listings claiming this brand are badged; '' for all. */
    focus: '',
  };

  /** What a badge's panel buttons do for `record`: save a report, or get its evidence text. */
  function actionsFor(record) {
    return {
      report: () => send({ type: 'report', record: reportOf(record) }),
      evidence: () => send({ type: 'evidence', item: itemOf(record), page: location.href }).then((r) => r.text),
    };
  }

  /** Whether a verdict is for the brand in focus (every verdict when there is none). */
  function inFocus(verdict) {
    return !own.focus || String(verdict.brand || '').toLowerCase() === own.focus;
  }

  /** Turns one scan's listings into badge records, a slice at a time. Returns how many. */
  async function add(job, listings, generation) {
    const cache = new Map();
    let added = 0;
    let t0 = performance.now();
    let done = 0;
    for (const l of listings) {
      if (generation !== own.generation) return added;
      if (sliceOver(t0) || done === RESOLVE_LISTINGS) {
        note(t0, 'resolve', done);
        await new Promise((r) => idle(r));
        t0 = performance.now();
        done = 0;
      }
      done++;
      if (!inFocus(l.verdict)) continue;
      const el = locate(job, l.anchor, cache);
      if (!el) continue;
      const known = own.byAnchor.get(el);
      if (known && known.host.isConnected && known.title === l.title && known.verdict.level === l.verdict.level) continue;
      const where = placement(el, l.title);
      if (!where) continue;
      const record = known || { i: own.records.length, host: null };
      Object.assign(record, {
        anchorEl: el, title: l.title, price: l.price, currency: l.currency, read: l.read, seller: l.seller,
        image: l.image, url: l.url, verdict: l.verdict, where, checkedAt: new Date().toISOString(),
      });
      record.next = badge.create(record, actionsFor(record));
      if (!known) own.records.push(record);
      own.byAnchor.set(el, record);
      own.drawQueue.push(record);
      added++;
    }
    note(t0, 'resolve', done);
    if (own.drawQueue.length) requestDraw();
    return added;
  }

  /**
   * Draws a batch of badges per animation frame, built beforehand in idle time so the frame
   * only inserts them. On a large page any change inside a card costs the page a new style,
   * layout and paint of the whole grid (about 25 ms for one badge on a grid of a thousand cards
   * here) and each badge adds a little, so badges go in few, full frames rather than many small
   * ones. The batch follows what the last drawing frame cost from its start to a message posted
   * in it, which runs once the frame is painted: it shrinks in proportion when a frame came near
   * the 50 ms a long task starts at, and grows while frames stay cheap.
   */
  const pace = { batch: 25, start: 0, waited: false, channel: new MessageChannel() };
  pace.channel.port1.onmessage = () => {
    const cost = performance.now() - pace.start;
    if (cost > 32) pace.batch = Math.max(5, Math.floor((pace.batch * 28) / cost));
    else if (cost < 20) pace.batch = Math.min(DRAW_BADGES, pace.batch + 10);
  };
  function draw() {
    // The page changed itself since the last frame and pays for that in this one: draw in the
    // next, so the two costs do not add up (once only, so a page that never rests still gets badges).
    pace.waited = own.pageChanged && !pace.waited;
    own.pageChanged = false;
    if (pace.waited) {
      requestAnimationFrame(draw);
      return;
    }
    const t0 = performance.now();
    pace.start = t0;
    pace.channel.port2.postMessage(0);
    // Every move waiting goes in this frame: each is a style change of a badge already drawn,
    // and spreading them over frames would make each of those frames lay the page out again.
    for (const host of own.moves.splice(0)) if (host.isConnected) badge.ownLine(host);
    let n = 0;
    let mounted = 0;
    for (; own.drawQueue.length && n < pace.batch && !sliceOver(t0); n++) {
      const record = own.drawQueue.shift();
      if (record.anchorEl.isConnected && mount(record)) mounted++;
    }
    note(t0, 'draw', n, mounted);
    if (own.drawQueue.length || own.moves.length) requestAnimationFrame(draw);
    else {
      own.drawing = false;
      sendCounts();
    }
  }

  /** Makes sure a frame will draw what is queued. */
  function requestDraw() {
    if (own.drawing) return;
    own.drawing = true;
    requestAnimationFrame(draw);
  }

  /** Inserts a record's new badge; false when there is none to insert. */
  function mount(record) {
    const host = record.next;
    if (!host) return false; // queued twice and drawn already, or no badge could be made
    record.next = null;
    if (record.host && record.host.isConnected) record.host.remove();
    const { target, mode } = record.where;
    if (mode === 'prepend') target.prepend(host);
    else if (mode === 'after') target.after(host);
    else target.append(host);
    record.host = host;
    watchFit(record);
    return true;
  }

  /**
   * A badge that would stick out of its listing (the title ends near the card's right edge,
   * and cards often clip) takes a line of its own where it is, under the title: it stays next
   * to the title in the document, so Tab still goes from the title to it. The positions come
   * from an IntersectionObserver, which reads them after the browser's own layout, so checking
   * never forces a layout of its own.
   */
  const fit = { io: null, waiting: new Map() };
  function watchFit(record) {
    const button = badge.buttonOf(record.host);
    if (!button) return;
    fit.io ??= new IntersectionObserver(fitted);
    const entry = { record, button, badge: null, card: null };
    fit.waiting.set(button, entry);
    fit.waiting.set(record.anchorEl, entry);
    fit.io.observe(button);
    fit.io.observe(record.anchorEl);
  }

  function fitted(entries) {
    const t0 = performance.now();
    const moves = [];
    for (const e of entries) {
      const w = fit.waiting.get(e.target);
      fit.io.unobserve(e.target);
      fit.waiting.delete(e.target);
      if (!w) continue;
      if (e.target === w.button) w.badge = e.boundingClientRect;
      else w.card = e.boundingClientRect;
      if (!w.badge || !w.card) continue;
      const host = w.record.host;
      if (!host || !host.isConnected || !w.badge.width || w.badge.right <= w.card.right - 2) continue;
      // A badge beside a link that is the whole listing is outside it: it stays as it is.
      if (w.record.anchorEl.contains(host)) moves.push(host);
    }
    // Moved in the next drawing frame, with the badges drawn then: one change to the page, not two.
    if (moves.length) {
      own.moves.push(...moves);
      requestDraw();
    }
    note(t0, 'fit', entries.length);
  }

  /** How many badges the page shows. */
  function total() {
    let n = 0;
    for (const r of own.records) if (r.host && r.host.isConnected) n++;
    return n;
  }

  /** How many badges the page shows, by level. */
  function counts() {
    const c = Object.fromEntries(facts.LEVELS.map((level) => [level, 0]));
    for (const r of own.records) if (r.host && r.host.isConnected) c[r.verdict.level]++;
    return c;
  }

  /** Tells the background (the toolbar button's count) how many badges there are, once they settle. */
  function sendCounts() {
    clearTimeout(own.countsTimer);
    own.countsTimer = setTimeout(() => {
      send({ type: 'counts', counts: counts() }).catch(() => {});
    }, 250);
  }

  /** Removes every badge; work in flight for the old ones is dropped (see epoch()). */
  function clear() {
    own.generation++;
    own.drawQueue = [];
    own.moves = [];
    // A frame already requested finds the queue empty and ends the drawing itself; marking it
    // ended here would let the next badges start a second loop beside it.
    for (const r of own.records) if (r.host) r.host.remove();
    own.records = [];
    own.byAnchor = new WeakMap();
  }


  /** A record as the evidence of export.js reads it: { listing, verdict, read, checkedAt }. */
  function itemOf(record) {
    const { title, price, currency, seller, url, image } = record;
    return { listing: { title, price, currency, seller, url, images: image ? [image] : [] }, verdict: record.verdict, read: record.read, checkedAt: record.checkedAt };
  }

  /** A record as the options page's list of reports keeps it. */
  function reportOf(record) {
    const v = record.verdict;
    return {
      reportedAt: new Date().toISOString(),
      site: location.hostname,
      page: location.href,
      listing: { title: record.title, price: record.price, url: record.url },
      level: v.level,
      score: v.score,
      brand: v.brand,
      reasons: v.reasons.map((r) => ({ rule: r.rule, pack: r.pack, message: r.message, evidence: r.evidence ? r.evidence.text : null })),
    };
  }

  /** The badged listing element `el` belongs to, if any (a few levels up at most). */
  function ownerCard(el) {
    for (let e = el, depth = 0; e && depth < 12; e = e.parentElement, depth++) {
      if (own.byAnchor.has(e)) return e;
    }
    return null;
  }

  /** The number that changes when badges are cleared: work started under another is stale. */
  const epoch = () => own.generation;
  /** Only badges for `brand` from now on ('' for every brand). */
  const setFocus = (brand) => (own.focus = String(brand || '').toLowerCase());
  /** Notes that the page changed itself: the next frame draws nothing, so costs do not add up. */
  const pageChanged = () => (own.pageChanged = true);
  /** Records whose badge is on the page. */
  const shown = () => own.records.filter((r) => r.host && r.host.isConnected);
  /** Scrolls to the badge of record `i`, opens it; false when it is gone. */
  function reveal(i) {
    const r = own.records.find((x) => x.i === i);
    return Boolean(r && r.host && r.host.isConnected && badge.reveal(r.host));
  }

  globalThis.knockoff.drawer = Object.freeze({
    add, clear, counts, epoch, itemOf, ownerCard, pageChanged, reveal, sendCounts, setFocus, shown, total,
  });
}

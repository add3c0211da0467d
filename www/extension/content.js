// knockoff's content script: thin on purpose. It serializes the page (or, later, the nodes a page
// adds), asks the background for the listings and their verdicts, finds each listing's element
// again from its anchor path and draws a badge there. Which elements are cards, titles and
// prices is decided by the engine's extraction, in Rust; the engine itself never runs here, so a
// page's Content-Security-Policy cannot stop it.
//
// Budget: the page's main thread gets short slices only. Mutations are queued, never examined in
// the observer callback; serialization, anchor resolution and drawing are split into idle
// callbacks and animation frames, each a few milliseconds long.
(() => {
  'use strict';
  if (window.__knockoffLoaded) return;
  window.__knockoffLoaded = true;

  const api = globalThis.browser ?? globalThis.chrome;
  const BADGE = 'knockoff-badge';
  const LEVELS = ['low', 'medium', 'high'];
  const LABEL = { low: 'Low risk', medium: 'Medium risk', high: 'High risk' };
  /** Elements that never hold a listing by themselves. */
  const INERT = new Set([
    BADGE, 'script', 'style', 'link', 'meta', 'noscript', 'template', 'br', 'hr', 'img', 'picture',
    'source', 'svg', 'path', 'iframe', 'video', 'audio', 'canvas', 'input', 'option', 'select',
    'textarea', 'button', 'i',
  ]);
  /** Milliseconds of main-thread work one slice may take. */
  const SLICE_MS = 6;
  /** Most queued nodes before a batch is replaced by one scan of the whole page. */
  const MAX_PENDING = 2000;
  /**
   * Most queued nodes one scan sends to the engine. The engine runs in the extension's own
   * process but shares the computer's cores with the page's rendering: a few hundred cards at
   * once keep a core busy for a third of a second while the page draws (on two cores, its frames
   * then wait for the processor); smaller scans leave the page gaps between them.
   */
  const SCAN_NODES = 60;
  /** Most elements one slice serializes (a subtree is serialized whole, up to BIG_SUBTREE). */
  const SERIALIZE_ELEMENTS = 2000;
  /** Most listings one slice turns into badges. */
  const RESOLVE_LISTINGS = 50;
  /** Most badges one animation frame inserts. */
  const DRAW_BADGES = 100;

  const state = {
    on: false,
    generation: 0,
    observer: null,
    pending: [],
    pendingSet: new Set(),
    full: true,
    timer: 0,
    busy: false,
    lastUrl: location.href,
    emptyScans: 0,
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

  // ---- scheduling ---------------------------------------------------------------------------

  const idle = (fn) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(fn, { timeout: 800 })
      : setTimeout(() => fn({ timeRemaining: () => SLICE_MS, didTimeout: true }), 1);
  const sliceOver = (t0) => performance.now() - t0 > SLICE_MS;

  /**
   * The test hook. With `testHook` set in storage.local (which the extension's own contexts can
   * write and a page cannot), every slice of main-thread work is logged with its kind, duration
   * and how much it did, and the log goes to whoever asks ({type: 'slices'}). Off, nothing is kept.
   */
  const hook = { on: false, log: [] };
  /** Logs one slice that started at `t0` and did `units` of work (elements, nodes, listings, badges). */
  const note = (t0, kind, units, badges) => {
    if (hook.on) hook.log.push({ kind, ms: performance.now() - t0, units, ...(badges == null ? {} : { badges }) });
  };

  /** Waits for a burst of mutations to settle; waits longer while the page has shown nothing. */
  function schedule() {
    if (state.timer || state.busy || !state.on) return;
    const delay = totalBadges() > 0 ? 120 : Math.min(30000, 1500 * 2 ** Math.min(state.emptyScans, 5));
    state.timer = setTimeout(() => {
      state.timer = 0;
      idle(() => run());
    }, state.full ? 0 : delay);
  }

  async function run() {
    if (!state.on || state.busy) return;
    const generation = state.generation;
    state.busy = true;
    try {
      if (location.href !== state.lastUrl) {
        // Single-page navigation: the whole page may be new.
        state.lastUrl = location.href;
        state.full = true;
      }
      let jobs;
      if (state.full) {
        state.full = false;
        jobs = [await wholePage()];
        if (generation !== state.generation) return;
      } else {
        const t0 = performance.now();
        const nodes = takePending(SCAN_NODES);
        jobs = parts(nodes);
        note(t0, 'scan', nodes.length);
      }
      const live = jobs.filter(Boolean);
      if (live.length === 0) return;
      const reply = await send({ type: 'scan', docs: live.map((j) => j.html), part: !live[0].whole });
      if (generation !== state.generation || !reply || !reply.results) return;
      let added = 0;
      for (let i = 0; i < live.length; i++) added += await resolveAll(live[i], reply.results[i] || [], generation);
      state.emptyScans = added > 0 || totalBadges() > 0 ? 0 : state.emptyScans + 1;
    } catch (e) {
      // The extension was reloaded or the background failed: stay quiet on the page.
      if (!String(e).includes('context invalidated')) console.debug('knockoff:', e);
    } finally {
      state.busy = false;
      if (state.on && (state.pending.length || state.full)) schedule();
    }
  }

  function send(message) {
    return api.runtime.sendMessage(message);
  }

  // ---- watching the page --------------------------------------------------------------------

  function observe() {
    if (state.observer) return;
    state.observer = new MutationObserver(queue);
    state.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  /** The observer callback: queues nodes and returns. */
  function queue(records) {
    if (!state.on) return;
    const t0 = performance.now();
    if (!state.pageChanged) state.pageChanged = records.some(byPage);
    for (const r of records) {
      if (r.type === 'characterData') {
        // Text edited in place matters only inside a listing already badged (a reused card).
        const card = ownerCard(r.target.parentElement);
        if (card) enqueue(card);
        continue;
      }
      for (const n of r.addedNodes) {
        if (n.nodeType === 1) {
          if (!INERT.has(n.localName)) enqueue(n);
          else if (n.localName === 'script' && n.type === 'application/ld+json') state.full = true;
        } else if (n.nodeType === 3 && r.target.nodeType === 1 && n.data.trim()) {
          const card = ownerCard(r.target);
          if (card) enqueue(card);
        }
      }
    }
    note(t0, 'queue', records.length);
    if (state.pending.length || state.full) schedule();
  }

  /** Whether a mutation is the page's own, not a badge drawn or moved. */
  function byPage(r) {
    const badge = (n) => n.localName === BADGE;
    return r.type !== 'childList' || !Array.prototype.every.call(r.addedNodes, badge) || !Array.prototype.every.call(r.removedNodes, badge);
  }

  function enqueue(node) {
    if (state.pendingSet.has(node)) return;
    if (state.pending.length >= MAX_PENDING) {
      state.full = true;
      return;
    }
    state.pendingSet.add(node);
    state.pending.push(node);
  }

  /** Takes up to `max` queued nodes, oldest first; the rest wait for the next scan. */
  function takePending(max = Infinity) {
    const nodes = state.pending.splice(0, max);
    for (const n of nodes) state.pendingSet.delete(n);
    return nodes;
  }

  /** The badged listing element `el` belongs to, if any (a few levels up at most). */
  function ownerCard(el) {
    for (let e = el, depth = 0; e && depth < 12; e = e.parentElement, depth++) {
      if (state.byAnchor.has(e)) return e;
    }
    return null;
  }

  // ---- what to send -------------------------------------------------------------------------

  /** Elements whose text is not escaped when serialized. */
  const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);
  const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  /** Subtrees larger than this are serialized child by child, so no slice runs long. */
  const BIG_SUBTREE = 300;
  /**
   * What the HTML parser keeps in <head>. Scripts put other elements there (a bot check's
   * <iframe>): serialized as they are, the extraction's parser would start <body> at them and
   * move them and the rest of <head> into it, so every anchor into <body> would be off.
   */
  const HEAD_CONTENT = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'noframes', 'noscript', 'script', 'style', 'template', 'title']);

  /** Whether the HTML parser would keep `n`, a child of <html> or <head>, where it is. */
  function parsedInPlace(parent, n) {
    const root = document.documentElement;
    if (parent === root) return n === document.head || n === document.body;
    return parent !== document.head || HEAD_CONTENT.has(n.localName);
  }

  /**
   * The page's HTML, as `outerHTML` gives it, but built in slices between idle periods: one
   * `outerHTML` of a page of a thousand cards is a long task by itself on a slow machine.
   */
  async function wholePage() {
    const out = [];
    let t0 = performance.now();
    let done = 0;
    /** Ends the slice before serializing `size` more elements when it is long or full enough. */
    const pause = async (size) => {
      if (!sliceOver(t0) && done + size <= SERIALIZE_ELEMENTS) {
        done += size;
        return;
      }
      note(t0, 'serialize', done);
      await new Promise((r) => idle(r));
      t0 = performance.now();
      done = size;
    };
    const top = (el) => el === document.documentElement || el === document.head;
    const walk = async (el) => {
      out.push(openTag(el));
      for (const n of el.childNodes) {
        if (n.nodeType === 1) {
          // Elements outside <head> and <body>, or not head content in <head>, are never listings
          // and would move when re-parsed: left out, as kids() leaves them out.
          if (top(el) && !parsedInPlace(el, n)) continue;
          const size = n.getElementsByTagName('*').length;
          if (n === document.head || !RAW_TEXT.has(n.localName) && n.localName !== 'template' && size > BIG_SUBTREE) {
            await pause(1);
            await walk(n);
          } else {
            await pause(size + 1);
            out.push(n.outerHTML);
          }
        } else if (n.nodeType === 3) {
          if (top(el)) continue; // text here would start <body> when re-parsed
          out.push(RAW_TEXT.has(el.localName) ? n.data : n.data.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;'));
        } else if (n.nodeType === 8) {
          out.push(`<!--${n.data}-->`);
        }
      }
      if (!VOID.has(el.localName)) out.push(`</${el.localName}>`);
    };
    await walk(document.documentElement);
    note(t0, 'serialize', done);
    return { whole: true, html: out.join(''), chain: null, items: null };
  }

  /** An element's start tag with its attributes, as the page has them. */
  function openTag(el) {
    const s = el.cloneNode(false).outerHTML;
    const end = s.lastIndexOf('</');
    return end > 0 ? s.slice(0, end) : s;
  }

  /** Page-wide hints the extraction reads (locale, currency): meta tags and canonical link. */
  function headHints() {
    let out = '';
    for (const m of document.head ? document.head.querySelectorAll('meta[property], meta[name], link[rel="canonical"]') : []) {
      out += m.outerHTML;
    }
    return out;
  }

  /**
   * Documents for the queued nodes: for each parent, its ancestors' start tags (so the
   * extraction sees the same context: header, nav, lists, tables) around the added children
   * and, when only one or two were added, the siblings before them, for the repetition cards
   * are recognized by. Anchors come back relative to that document.
   */
  function parts(nodes) {
    const live = nodes.filter((n) => n.isConnected);
    if (live.length === 0) return [];
    const set = new Set(live);
    const groups = new Map();
    for (const n of live) {
      let covered = false;
      for (let p = n.parentElement; p; p = p.parentElement) {
        if (set.has(p)) {
          covered = true;
          break;
        }
      }
      if (covered) continue;
      const parent = n.parentElement;
      if (!parent || parent === document.documentElement || !document.body || !document.body.contains(parent)) {
        state.full = true; // the page's root changed: scan it all
        return [];
      }
      if (!groups.has(parent)) groups.set(parent, []);
      groups.get(parent).push(n);
    }
    const head = headHints();
    const docs = [];
    for (const [parent, added] of groups) {
      if (!added.some((n) => /\d/.test(n.textContent))) continue; // no price, no listing
      added.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      const items = [];
      if (added.length < 3) {
        const before = [];
        for (let s = added[0].previousElementSibling; s && before.length < 3; s = s.previousElementSibling) {
          if (s.localName !== BADGE && !INERT.has(s.localName)) before.unshift(s);
        }
        items.push(...before);
      }
      items.push(...added);
      const chain = [];
      for (let e = parent; e && e !== document.documentElement; e = e.parentElement) chain.push(e);
      chain.reverse();
      const html =
        '<!doctype html>' + openTag(document.documentElement) + '<head>' + head + '</head>' +
        chain.map(openTag).join('') + items.map((n) => n.outerHTML).join('') +
        chain.map((e) => `</${e.localName}>`).reverse().join('') + '</html>';
      docs.push({ whole: false, html, chain, items });
    }
    return docs;
  }

  // ---- finding listings again ---------------------------------------------------------------

  /** Element children as the extraction counts them: badges and what wholePage() leaves out, left out. */
  function kids(el, cache) {
    let list = cache.get(el);
    if (!list) {
      list = [];
      const top = el === document.documentElement || el === document.head;
      for (const c of el.children) if (c.localName !== BADGE && (!top || parsedInPlace(el, c))) list.push(c);
      cache.set(el, list);
    }
    return list;
  }

  function follow(el, path, from, cache) {
    for (let i = from; el && i < path.length; i++) el = kids(el, cache)[path[i]];
    return el || null;
  }

  function locate(job, anchor, cache) {
    if (!Array.isArray(anchor) || anchor.length === 0) return null;
    if (job.whole) return follow(document.documentElement, anchor, 0, cache);
    // html > body > ...chain (one child each) > items[k] > rest
    const depth = job.chain.length;
    if (anchor[0] !== 1 || anchor.length <= depth) return null;
    for (let i = 1; i < depth; i++) if (anchor[i] !== 0) return null;
    const item = job.items[anchor[depth]];
    if (!item || !item.isConnected) return null;
    return follow(item, anchor, depth + 1, cache);
  }

  /** Elements whose edges separate words, as the extraction reads a page. */
  const BLOCK = new Set([
    'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
    'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
    'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'option', 'button', 'label',
  ]);

  /**
   * The text an element shows, with a space wherever a block starts or ends (`textContent` runs
   * "Title</p><p>12,800円" together into one word). Script and style text is left out.
   */
  function textOf(el) {
    const parts = [];
    const walk = (e) => {
      for (let n = e.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === 3) parts.push(n.data);
        else if (n.nodeType === 1) {
          const tag = n.localName;
          if (tag === 'script' || tag === 'style' || tag === 'template' || tag === BADGE) continue;
          const block = BLOCK.has(tag);
          if (block) parts.push(' ');
          walk(n);
          if (block) parts.push(' ');
        }
      }
    };
    walk(el);
    return parts.join('');
  }

  /** Lower-case words, for comparing a title with the text an element shows. */
  function words(s) {
    return String(s || '').toLowerCase().replace(/[\u00ad\u200b-\u200f\u2060\ufeff]/g, '').match(/[\p{L}\p{N}]+/gu) || [];
  }

  /** Whether text with words `have` shows a title with words `want`. */
  function shows(have, want) {
    if (want.length === 0) return false;
    const h = ' ' + have.join(' ') + ' ';
    if (h.includes(' ' + want.join(' ') + ' ')) return true;
    const set = new Set(have);
    let hit = 0;
    for (const w of want) if (set.has(w)) hit++;
    return hit / want.length >= 0.8 || joined(have, want);
  }

  /**
   * Whether the title, spaces dropped, runs from the start of one word of `have` to the end of
   * another. Pages often separate words by element edges alone: "<span>MÖCKELBY</span><span>Table,
   * oak</span>" shows two words, but its text has one ("möckelbytable").
   */
  function joined(have, want) {
    if (want.length < 2) return false;
    const starts = new Set();
    const ends = new Set();
    let at = 0;
    for (const w of have) {
      starts.add(at);
      at += w.length;
      ends.add(at);
    }
    const h = have.join('');
    const w = want.join('');
    for (let i = h.indexOf(w); i >= 0; i = h.indexOf(w, i + 1)) if (starts.has(i) && ends.has(i + w.length)) return true;
    return false;
  }

  /**
   * Whether the element shows nothing but the title's first words (three or more): product data
   * often names the product with a suffix the page's heading leaves out ("… - Santiago").
   */
  function leads(have, want) {
    return have.length >= 3 && have.length < want.length && have.every((w, i) => w === want[i]);
  }

  /**
   * Interactive content. The badge is a button: inside a link or another control it would be
   * invalid HTML, and browsers disagree about whether Tab reaches it there.
   */
  const INTERACTIVE = 'a[href], button, label, summary, select, textarea, [role="link"], [role="button"]';

  /** The outermost interactive element that is or holds `el`, or null. */
  function interactiveAround(el) {
    let outer = null;
    for (let e = el.closest(INTERACTIVE); e; e = e.parentElement && e.parentElement.closest(INTERACTIVE)) outer = e;
    return outer;
  }

  /**
   * Where the badge goes: in the deepest element showing the whole title (after its text), or
   * right after the title's link or control when the title is one, so Tab goes from the title to
   * its badge. Null when the element does not show the listing, so a path that no longer matches
   * the live page draws nothing rather than a wrong badge.
   */
  function placement(anchorEl, title) {
    const want = words(title);
    const have = words(textOf(anchorEl));
    let target = anchorEl;
    let mode = 'prepend';
    if (shows(have, want) || leads(have, want)) {
      for (;;) {
        let next = null;
        for (const c of target.children) {
          if (c.localName === BADGE || INERT.has(c.localName) && c.localName !== 'button') continue;
          if (shows(words(textOf(c)), want)) {
            next = c;
            break;
          }
        }
        if (!next) break;
        target = next;
      }
      mode = target === anchorEl && anchorEl.children.length > 1 ? 'prepend' : 'append';
    } else {
      const img = anchorEl.querySelector('img[alt]');
      if (!img || !shows(words(img.alt), want)) return null;
    }
    const control = interactiveAround(target);
    return control ? { target: control, mode: 'after' } : { target, mode };
  }

  /** Whether a verdict is for the brand in focus (every verdict when there is none). */
  function inFocus(verdict) {
    return !state.focus || String(verdict.brand || '').toLowerCase() === state.focus;
  }

  /** Turns one scan's listings into badge records, a slice at a time. Returns how many. */
  async function resolveAll(job, listings, generation) {
    const cache = new Map();
    let added = 0;
    let t0 = performance.now();
    let done = 0;
    for (const l of listings) {
      if (generation !== state.generation) return added;
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
      const known = state.byAnchor.get(el);
      if (known && known.host.isConnected && known.title === l.title && known.verdict.level === l.verdict.level) continue;
      const where = placement(el, l.title);
      if (!where) continue;
      const record = known || { i: state.records.length, host: null };
      Object.assign(record, {
        anchorEl: el, title: l.title, price: l.price, currency: l.currency, read: l.read, seller: l.seller,
        image: l.image, url: l.url, verdict: l.verdict, where, checkedAt: new Date().toISOString(),
      });
      record.next = Badge.create(record);
      if (!known) state.records.push(record);
      state.byAnchor.set(el, record);
      state.drawQueue.push(record);
      added++;
    }
    note(t0, 'resolve', done);
    if (state.drawQueue.length) requestDraw();
    return added;
  }

  // ---- drawing ------------------------------------------------------------------------------

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
    pace.waited = state.pageChanged && !pace.waited;
    state.pageChanged = false;
    if (pace.waited) {
      requestAnimationFrame(draw);
      return;
    }
    const t0 = performance.now();
    pace.start = t0;
    pace.channel.port2.postMessage(0);
    // Every move waiting goes in this frame: each is a style change of a badge already drawn,
    // and spreading them over frames would make each of those frames lay the page out again.
    for (const host of state.moves.splice(0)) if (host.isConnected) Badge.ownLine(host);
    let n = 0;
    let mounted = 0;
    for (; state.drawQueue.length && n < pace.batch && !sliceOver(t0); n++) {
      const record = state.drawQueue.shift();
      if (record.anchorEl.isConnected && mount(record)) mounted++;
    }
    note(t0, 'draw', n, mounted);
    if (state.drawQueue.length || state.moves.length) requestAnimationFrame(draw);
    else {
      state.drawing = false;
      sendCounts();
    }
  }

  /** Makes sure a frame will draw what is queued. */
  function requestDraw() {
    if (state.drawing) return;
    state.drawing = true;
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
    const button = Badge.buttonOf(record.host);
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
      state.moves.push(...moves);
      requestDraw();
    }
    note(t0, 'fit', entries.length);
  }

  function totalBadges() {
    let n = 0;
    for (const r of state.records) if (r.host && r.host.isConnected) n++;
    return n;
  }

  function counts() {
    const c = { low: 0, medium: 0, high: 0 };
    for (const r of state.records) if (r.host && r.host.isConnected) c[r.verdict.level]++;
    return c;
  }

  function sendCounts() {
    clearTimeout(state.countsTimer);
    state.countsTimer = setTimeout(() => {
      send({ type: 'counts', counts: counts() }).catch(() => {});
    }, 250);
  }

  function clearBadges() {
    state.generation++;
    state.drawQueue = [];
    state.moves = [];
    // A frame already requested finds the queue empty and ends the drawing itself; marking it
    // ended here would let the next badges start a second loop beside it.
    for (const r of state.records) if (r.host) r.host.remove();
    state.records = [];
    state.byAnchor = new WeakMap();
    takePending();
  }

  // ---- the badge ----------------------------------------------------------------------------

  const Badge = (() => {
    const CSS = `
:host { all: initial; }
button { all: unset; box-sizing: border-box; }
.badge { position: relative; z-index: 1; margin: -10px 0 0 5px; width: max-content;
  display: flex; align-items: center; gap: 4px; cursor: pointer; padding: 2px 7px 2px 5px;
  border-radius: 10px; border: 1px solid; font: 600 11px/14px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  white-space: nowrap; letter-spacing: 0; text-transform: none; }
.badge.own-line { margin: 2px 0; }
.badge:focus-visible { outline: 2px solid #1a56db; outline-offset: 2px; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: currentColor; flex: none; }
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

    function el(tag, cls, text) {
      const e = document.createElement(tag);
      if (cls) e.className = cls;
      if (text != null) e.textContent = text;
      return e;
    }

    function create(record) {
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
      const button = el('button', `badge ${level}`);
      button.type = 'button';
      button.setAttribute('aria-expanded', 'false');
      button.setAttribute('aria-haspopup', 'dialog');
      button.setAttribute('aria-label', `knockoff: ${LABEL[level]}, score ${v.score} of 100. Show why.`);
      button.append(el('span', 'dot'), el('span', 'label', LABEL[level]));
      root.append(button);
      const ui = { record, root, button, panel: null, open: false, pinned: false, hoverTimer: 0, quiet: false };
      roots.set(host, ui);
      wire(host, ui);
      return host;
    }

    function buildPanel(ui) {
      const { record, root } = ui;
      const v = record.verdict;
      const level = LEVELS.includes(v.level) ? v.level : 'low';
      const panel = el('div', 'panel');
      panel.id = `knockoff-panel-${nextId++}`;
      panel.setAttribute('role', 'dialog');
      panel.setAttribute('aria-label', `Why knockoff rates this listing ${LABEL[level].toLowerCase()}`);
      if (hasPopover) panel.popover = 'manual';
      else panel.hidden = true;
      const head = el('div', 'head');
      head.append(el('span', `lvl-${level}`, `${LABEL[level]} · ${v.score}/100`));
      if (v.brand) head.append(el('span', 'brand', v.brand));
      panel.append(head, el('div', 'title', record.title));
      if (v.reasons.length) {
        const ul = el('ul');
        for (const r of v.reasons) {
          const li = el('li');
          li.append(el('span', 'msg', r.message));
          if (r.evidence && r.evidence.text) {
            const ev = el('span', 'ev', `matched in ${r.evidence.field}: `);
            ev.append(el('mark', null, r.evidence.text));
            if (r.points) ev.append(document.createTextNode(` · +${r.points}`));
            li.append(ev);
          }
          ul.append(li);
        }
        panel.append(ul);
      } else {
        panel.append(el('div', 'none', 'No warning signs found in this listing.'));
      }
      const foot = el('div', 'foot');
      const report = el('button', 'report', 'This badge is wrong');
      report.type = 'button';
      report.addEventListener('click', (e) => {
        e.preventDefault();
        e.stopPropagation();
        // aria-disabled, not disabled: a disabled button loses the keyboard focus, and the panel with it.
        if (report.getAttribute('aria-disabled') === 'true') return;
        report.setAttribute('aria-disabled', 'true');
        report.textContent = 'Reported, thank you (kept on this device)';
        send({ type: 'report', record: reportOf(record) }).catch(() => {
          report.textContent = 'Could not save the report';
        });
      });
      foot.append(report, copyButton(record), el('span', 'brand', 'knockoff'));
      panel.append(foot);
      root.append(panel);
      ui.button.setAttribute('aria-controls', panel.id);
      ui.panel = panel;
    }

    /** "Copy evidence": the listing's evidence as text for a takedown form, to the clipboard. */
    function copyButton(record) {
      const copy = el('button', 'report', 'Copy evidence');
      copy.type = 'button';
      copy.addEventListener('click', async (e) => {
        e.preventDefault();
        e.stopPropagation();
        try {
          const { text } = await send({ type: 'evidence', item: itemOf(record), page: location.href });
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

    function open(host, ui, pinned) {
      ui.pinned = ui.pinned || pinned;
      if (ui.open) return;
      if (!ui.panel) buildPanel(ui);
      if (hasPopover) {
        try {
          ui.panel.showPopover();
        } catch (e) {
          /* already shown */
        }
      } else ui.panel.hidden = false;
      ui.open = true;
      ui.button.setAttribute('aria-expanded', 'true');
      place(host, ui);
      ui.onScroll = () => place(host, ui);
      addEventListener('scroll', ui.onScroll, { passive: true, capture: true });
      addEventListener('resize', ui.onScroll, { passive: true });
    }

    function close(ui) {
      ui.pinned = false;
      if (!ui.open) return;
      if (hasPopover) {
        try {
          ui.panel.hidePopover();
        } catch (e) {
          /* already hidden */
        }
      } else ui.panel.hidden = true;
      ui.open = false;
      ui.button.setAttribute('aria-expanded', 'false');
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

    return { create, reveal, buttonOf, ownLine };
  })();

  /** A record as the evidence of export.js reads it: { listing, verdict, read, checkedAt }. */
  function itemOf(record) {
    const { title, price, currency, seller, url, image } = record;
    return { listing: { title, price, currency, seller, url, images: image ? [image] : [] }, verdict: record.verdict, read: record.read, checkedAt: record.checkedAt };
  }

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

  // ---- on, off and the popup ----------------------------------------------------------------

  function siteOff(offSites) {
    const host = location.hostname.toLowerCase();
    return (offSites || []).some((s) => {
      const site = String(s).toLowerCase().trim();
      return site && (host === site || host.endsWith('.' + site));
    });
  }

  function turnOn() {
    if (state.on) return;
    state.on = true;
    state.full = true;
    state.emptyScans = 0;
    observe();
    schedule();
  }

  function turnOff() {
    state.on = false;
    if (state.observer) state.observer.disconnect();
    state.observer = null;
    clearTimeout(state.timer);
    state.timer = 0;
    clearBadges();
    sendCounts();
  }

  function summary() {
    const high = [];
    for (const r of state.records) {
      if (r.host && r.host.isConnected && r.verdict.level === 'high') {
        high.push({ i: r.i, title: r.title, score: r.verdict.score, brand: r.verdict.brand });
      }
    }
    high.sort((a, b) => b.score - a.score);
    return { site: location.hostname, on: state.on, counts: counts(), high };
  }

  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== api.runtime.id || !message) return false;
    if (message.type === 'summary') {
      sendResponse(summary());
    } else if (message.type === 'listings') {
      // The results table: every listing badged here, with its verdict.
      const shown = state.records.filter((r) => r.host && r.host.isConnected);
      sendResponse({ page: location.href, items: shown.map(itemOf) });
    } else if (message.type === 'reveal') {
      const r = state.records.find((x) => x.i === message.i);
      sendResponse({ ok: Boolean(r && r.host && r.host.isConnected && Badge.reveal(r.host)) });
    } else if (message.type === 'slices' && hook.on) {
      sendResponse({ slices: hook.log.splice(0) });
    }
    return false;
  });

  api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if ('testHook' in changes) hook.on = Boolean(changes.testHook.newValue);
    if ('offSites' in changes) {
      const off = siteOff(changes.offSites.newValue);
      if (off && state.on) turnOff();
      else if (!off && !state.on) turnOn();
    }
    if ('brandFocus' in changes) state.focus = String(changes.brandFocus.newValue || '').toLowerCase();
    if (state.on && ('sensitivity' in changes || 'disabledPacks' in changes || 'extraPacks' in changes || 'brandFocus' in changes)) {
      clearBadges();
      state.full = true;
      schedule();
    }
  });

  api.storage.local.get(['offSites', 'testHook', 'brandFocus']).then(
    ({ offSites, testHook, brandFocus }) => {
      hook.on = Boolean(testHook);
      state.focus = String(brandFocus || '').toLowerCase();
      if (!siteOff(offSites)) turnOn();
    },
    () => turnOn(),
  );
})();

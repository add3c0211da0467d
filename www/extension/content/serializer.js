// The serializer: the page's HTML as the engine's extraction reads it, whole (in slices between
// idle periods) or only the parts a page added, each with its ancestors' start tags around it.
// It keeps no state; what it returns (a "job") tells the locator how its anchors map back.
'use strict';
{
  const { runtime } = globalThis.knockoff;
  const { BADGE, idle, sliceOver, note } = runtime;
  /** Elements that never hold a listing by themselves. */
  const INERT = new Set([
    BADGE, 'script', 'style', 'link', 'meta', 'noscript', 'template', 'br', 'hr', 'img', 'picture',
    'source', 'svg', 'path', 'iframe', 'video', 'audio', 'canvas', 'input', 'option', 'select',
    'textarea', 'button', 'i',
  ]);
  /** Most elements one slice serializes (a subtree is serialized whole, up to BIG_SUBTREE). */
  const SERIALIZE_ELEMENTS = 2000;

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
   * are recognized by. Anchors come back relative to that document. Null when the page's root
   * changed, so only a scan of the whole page will do.
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
        return null; // the page's root changed: scan it all
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

  globalThis.knockoff.serializer = Object.freeze({ INERT, parsedInPlace, wholePage, parts });
}

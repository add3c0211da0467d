// The locator: finds a listing's element again in the live page from the anchor the engine
// returned (element-child indices, counted as the extraction counts them), checks that it still
// shows the listing's title, and says where its badge goes. It keeps no state.
'use strict';
{
  const { facts, runtime, serializer } = globalThis.knockoff;
  const { BADGE } = runtime;
  const { INERT, parsedInPlace } = serializer;

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

  /** Elements whose edges separate words, and those whose text is not shown, as the extraction reads a page. */
  const BLOCK = new Set(facts.BLOCK_ELEMENTS);
  const TEXTLESS = new Set(facts.TEXTLESS_ELEMENTS);

  /**
   * The text an element shows, with a space wherever a block starts or ends (`textContent` runs
   * "Title</p><p>12,800円" together into one word), or with `everyEdge` wherever any element
   * does. Script, style and other text never shown is left out.
   */
  function textOf(el, everyEdge) {
    const parts = [];
    const walk = (e) => {
      for (let n = e.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === 3) parts.push(n.data);
        else if (n.nodeType === 1) {
          const tag = n.localName;
          if (TEXTLESS.has(tag) || tag === BADGE) continue;
          const block = everyEdge || BLOCK.has(tag);
          if (block) parts.push(' ');
          walk(n);
          if (block) parts.push(' ');
        }
      }
    };
    walk(el);
    return parts.join('');
  }

  /**
   * The element's words read both ways: minified markup runs a title link into the price after
   * it ("…плечо</a><b>4 590 ₽" shows "плечо 4", its text has "плечо4"), while a word set in pieces
   * ("<b>MÖCK</b>ELBY") is one word only when inline edges are not breaks.
   */
  function readings(el) {
    return [words(textOf(el, false)), words(textOf(el, true))];
  }

  /** Lower-case words, for comparing a title with the text an element shows. */
  function words(s) {
    return String(s || '').toLowerCase().replace(facts.INVISIBLE_CHARS, '').match(/[\p{L}\p{N}]+/gu) || [];
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

  /**
   * The outermost interactive element that is or holds `el` and belongs to the listing: inside
   * its element `own`, or around it showing nothing else (a link or label wrapping only the
   * card). A control around more than the listing (a carousel drawn as one `role="button"`
   * around all its cards) is the page's, not the title's: a badge after it would sit outside
   * its card, with every other card's badge. Null when there is none.
   */
  function interactiveAround(el, own) {
    let outer = null;
    for (let e = el.closest(INTERACTIVE); e; e = e.parentElement && e.parentElement.closest(INTERACTIVE)) {
      if (e !== own && e.contains(own) && !wrapsOnly(e, own)) break;
      outer = e;
    }
    return outer;
  }

  /** Whether `outer` shows no text besides what `inner`, an element inside it, shows. */
  function wrapsOnly(outer, inner) {
    for (let x = inner; x !== outer; x = x.parentElement) {
      for (let n = x.parentElement.firstChild; n; n = n.nextSibling) {
        if (n === x || n.nodeType === 1 && (n.localName === BADGE || TEXTLESS.has(n.localName))) continue;
        if ((n.nodeType === 1 || n.nodeType === 3) && /[\p{L}\p{N}]/u.test(n.textContent)) return false;
      }
    }
    return true;
  }

  /**
   * Where the badge goes: in the deepest element showing the whole title (after its text), or
   * right after the title's link or control when the title is one, so Tab goes from the title to
   * its badge. Null when the element does not show the listing, so a path that no longer matches
   * the live page draws nothing rather than a wrong badge.
   */
  function placement(anchorEl, title) {
    const want = words(title);
    let target = anchorEl;
    let mode = 'prepend';
    if (readings(anchorEl).some((have) => shows(have, want) || leads(have, want))) {
      for (;;) {
        let next = null;
        for (const c of target.children) {
          if (c.localName === BADGE || INERT.has(c.localName) && c.localName !== 'button') continue;
          if (readings(c).some((have) => shows(have, want))) {
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
    const control = interactiveAround(target, anchorEl);
    return control ? { target: control, mode: 'after' } : { target, mode };
  }

  globalThis.knockoff.locator = Object.freeze({ locate, placement });
}

//! A flat, pre-order index of a parsed page: every element once, with its parent, its position
//! among its parent's element children (as a browser's `element.children` counts it), the range
//! of its visible text, and flags inherited from its ancestors. Subtree questions become range
//! questions over one array, so no rule has to walk the tree twice.

use super::html::{Data, ElementRef, Html};

use crate::text_facts::{invisible, is_block, is_textless};

/// The element the browser extension inserts; it must not shift the indices of listings.
pub const BADGE: &str = "knockoff-badge";

/// Inside `del`, `s`, `strike` or an element whose class names an old or crossed-out price.
pub const STRUCK: u8 = 1;
/// Inside page chrome: `header`, `nav`, `footer`, `aside`, or a navigation/banner role.
pub const CHROME: u8 = 2;
/// Inside an element hidden by attribute, inline style or a "hidden" class.
pub const HIDDEN: u8 = 4;
/// Inside the page's main content (`main`, `article`, or that role): a `header` or `footer`
/// there heads or closes the content (a product's title block), not the page.
const CONTENT: u8 = 8;

/// One element of the page, in document order.
pub struct El<'a> {
    pub el: ElementRef<'a>,
    /// Index of the parent element, `u32::MAX` for the root.
    pub parent: u32,
    /// Position among the parent's counted element children.
    pub index: u32,
    /// Index of the previous sibling element, `u32::MAX` for a first child.
    pub prev: u32,
    /// One past the last descendant: the subtree is `self..end`.
    pub end: u32,
    pub depth: u32,
    text: (u32, u32),
    pub flags: u8,
}

/// The page's elements in document order and all its visible text in one string.
pub struct Doc<'a> {
    pub els: Vec<El<'a>>,
    text: String,
}

/// The flags an element sets for itself and its subtree, given those it inherits.
fn own_flags(el: &ElementRef<'_>, inherited: u8) -> u8 {
    let e = el.value();
    let tag = e.name();
    let mut flags = 0;
    if matches!(tag, "del" | "s" | "strike") {
        flags |= STRUCK;
    }
    // As browsers map landmarks: a `header` or `footer` is the page's banner or footer only
    // outside the main content and sections (a product's `<section><header><h1>`).
    let scoped = inherited & CONTENT != 0;
    if matches!(tag, "nav" | "aside") || matches!(tag, "header" | "footer") && !scoped {
        flags |= CHROME;
    }
    if matches!(tag, "main" | "article" | "section") {
        flags |= CONTENT;
    }
    if let Some(role) = e.attr("role") {
        if matches!(
            role,
            "navigation" | "banner" | "contentinfo" | "menu" | "menubar"
        ) {
            flags |= CHROME;
        }
        if matches!(role, "main" | "article") {
            flags |= CONTENT;
        }
    }
    if e.attr("hidden").is_some() || e.attr("type") == Some("hidden") {
        flags |= HIDDEN;
    }
    if let Some(style) = e.attr("style") {
        let style = style.to_ascii_lowercase().replace(' ', "");
        if style.contains("display:none") || style.contains("visibility:hidden") {
            flags |= HIDDEN;
        }
        if style.contains("line-through") {
            flags |= STRUCK;
        }
    }
    for class in e.classes() {
        // Case kept for the struck test: `priceBlockStrikePriceString` splits at its humps.
        if crate::extract::printed::is_struck_class(class) {
            flags |= STRUCK;
        }
        let c = class.to_ascii_lowercase();
        if matches!(
            c.as_str(),
            "hidden" | "hide" | "d-none" | "invisible" | "no-display" | "display-none"
        ) || (c.ends_with("-hidden") && !c.contains("visually"))
        {
            flags |= HIDDEN;
        }
    }
    // `data-strike="true"`-style markers some shops put on crossed-out prices.
    if e.attrs()
        .any(|(k, v)| k.starts_with("data-") && k.contains("strike") && v == "true")
    {
        flags |= STRUCK;
    }
    flags
}

impl<'a> Doc<'a> {
    pub fn new(html: &'a Html) -> Self {
        let root = html.root_element().id();
        let mut els: Vec<El<'a>> = Vec::new();
        let mut text = String::new();
        // (element index, counted children so far, last child) for open elements.
        let mut open: Vec<(u32, u32, u32)> = Vec::new();
        // Depth inside elements whose text is not page text.
        let mut textless = 0usize;
        let mut space = false;
        let mut node = root;
        // Walks the tree by first child, next sibling and parent: no recursion, however deep
        // a broken page nests, and subtrees (badges, template contents) skipped by not entering.
        loop {
            let mut enter = false;
            match &html.node(node).data {
                Data::Element(e) if e.name() != BADGE => {
                    if let Some(el) = html.element(node) {
                        let me = els.len() as u32;
                        let (parent, index, prev, inherited, depth) = match open.last_mut() {
                            Some((p, n, last)) => {
                                *n += 1;
                                let prev = std::mem::replace(last, me);
                                let pe = &els[*p as usize];
                                (*p, *n - 1, prev, pe.flags, pe.depth + 1)
                            }
                            None => (u32::MAX, 0, u32::MAX, 0, 0),
                        };
                        let tag = e.name();
                        if is_textless(tag) {
                            textless += 1;
                        }
                        space |= is_block(tag);
                        let start = text.len() as u32;
                        open.push((me, 0, u32::MAX));
                        els.push(El {
                            el,
                            parent,
                            index,
                            prev,
                            end: 0,
                            depth,
                            text: (start, start),
                            flags: inherited | own_flags(&el, inherited),
                        });
                        enter = true;
                    }
                }
                Data::Text(t) if textless == 0 => {
                    for c in t.chars() {
                        if c.is_whitespace() {
                            space = true;
                        } else if !invisible(c) {
                            if space && !text.is_empty() && !text.ends_with(' ') {
                                text.push(' ');
                            }
                            space = false;
                            text.push(c);
                        }
                    }
                }
                _ => {}
            }
            if enter {
                if let Some(child) = html.first_child(node) {
                    node = child;
                    continue;
                }
            }
            // Close `node` (if it was entered) and every ancestor it is the last child of.
            let mut closing = enter;
            loop {
                if closing {
                    if let Some((i, _, _)) = open.pop() {
                        let end = els.len() as u32;
                        let el = &mut els[i as usize];
                        el.end = end;
                        el.text.1 = text.len() as u32;
                        let tag = el.el.value().name();
                        if is_textless(tag) {
                            textless = textless.saturating_sub(1);
                        }
                        space |= is_block(tag);
                    }
                }
                if node == root {
                    return Doc { els, text };
                }
                if let Some(next) = html.next_sibling(node) {
                    node = next;
                    break;
                }
                match html.parent(node) {
                    Some(p) => {
                        node = p;
                        closing = true;
                    }
                    None => return Doc { els, text },
                }
            }
        }
    }

    pub fn len(&self) -> usize {
        self.els.len()
    }

    pub fn tag(&self, i: usize) -> &'a str {
        self.els[i].el.value().name()
    }

    pub fn attr(&self, i: usize, name: &str) -> Option<&'a str> {
        self.els[i].el.value().attr(name)
    }

    /// The element's visible text, whitespace collapsed, trimmed.
    pub fn text(&self, i: usize) -> &str {
        let (a, b) = self.els[i].text;
        self.text[a as usize..b as usize].trim()
    }

    /// Where the element's text lies in the page text, for reading parts of it.
    pub fn span(&self, i: usize) -> (usize, usize) {
        let (a, b) = self.els[i].text;
        (a as usize, b as usize)
    }

    /// A stretch of the page text, between two [`Doc::span`] positions.
    pub fn raw(&self, from: usize, to: usize) -> &str {
        self.text.get(from..to).unwrap_or("")
    }

    /// Length in bytes of the element's text, without building it.
    pub fn text_len(&self, i: usize) -> usize {
        let (a, b) = self.els[i].text;
        (b - a) as usize
    }

    pub fn has(&self, i: usize, flag: u8) -> bool {
        self.els[i].flags & flag != 0
    }

    pub fn parent(&self, i: usize) -> Option<usize> {
        let p = self.els[i].parent;
        (p != u32::MAX).then_some(p as usize)
    }

    pub fn prev_sibling(&self, i: usize) -> Option<usize> {
        let p = self.els[i].prev;
        (p != u32::MAX).then_some(p as usize)
    }

    pub fn next_sibling(&self, i: usize) -> Option<usize> {
        let next = self.els[i].end as usize;
        (next < self.len() && self.els[next].parent == self.els[i].parent).then_some(next)
    }

    /// Whether `inner` lies in the subtree of `outer` (or is it).
    pub fn contains(&self, outer: usize, inner: usize) -> bool {
        outer <= inner && inner < self.els[outer].end as usize
    }

    /// The descendants of `i`, in document order.
    pub fn descendants(&self, i: usize) -> std::ops::Range<usize> {
        i + 1..self.els[i].end as usize
    }

    /// The element children of `i`, in order.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let end = self.els[i].end as usize;
        let mut next = i + 1;
        std::iter::from_fn(move || {
            (next < end).then(|| {
                let c = next;
                next = self.els[c].end as usize;
                c
            })
        })
    }

    /// Element-child indices from the root element down to `i`.
    pub fn path(&self, i: usize) -> Vec<u32> {
        let mut path = Vec::with_capacity(self.els[i].depth as usize);
        let mut at = i;
        while let Some(p) = self.parent(at) {
            path.push(self.els[at].index);
            at = p;
        }
        path.reverse();
        path
    }

    /// The nearest element at or above `i` satisfying `f`, looking at most `levels` up.
    pub fn up(&self, i: usize, levels: usize, mut f: impl FnMut(usize) -> bool) -> Option<usize> {
        let mut at = Some(i);
        for _ in 0..=levels {
            let here = at?;
            if f(here) {
                return Some(here);
            }
            at = self.parent(here);
        }
        None
    }

    /// The class, id, `itemprop` and short `data-*` values (test hooks such as `data-testid`
    /// and `data-qa` name what an element shows) of an element in lower case, for name-based
    /// hints.
    pub fn names(&self, i: usize) -> String {
        let e = self.els[i].el.value();
        let mut s = String::new();
        for (key, value) in e.attrs() {
            let wanted = matches!(key, "class" | "id" | "itemprop")
                || key.starts_with("data-")
                    && value.len() <= 40
                    && value.chars().any(|c| c.is_ascii_alphabetic());
            if wanted {
                s.push_str(value);
                s.push(' ');
            }
        }
        s.make_ascii_lowercase();
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_skip_badges_and_count_like_a_browser() {
        let html = Html::parse_document(
            "<p>a</p><knockoff-badge>x</knockoff-badge><div><template><i>t</i></template><b>b</b></div>",
        );
        let doc = Doc::new(&html);
        let b = (0..doc.len()).find(|&i| doc.tag(i) == "b").unwrap();
        // html > body(1) > div(1, after p; the badge is skipped) > b(1, after template)
        assert_eq!(doc.path(b), vec![1, 1, 1]);
        assert!((0..doc.len()).all(|i| doc.tag(i) != "i" && doc.tag(i) != BADGE));
    }

    #[test]
    fn text_keeps_inline_runs_together_and_splits_blocks() {
        let html = Html::parse_document(
            "<div><span>$</span>12<sup>.99</sup></div><div>next</div><script>var x</script>",
        );
        let doc = Doc::new(&html);
        assert_eq!(doc.text(0), "$12.99 next");
    }
}

//! An HTML parser of our own: the standard's tokenizer and the tree rules real pages need, so a
//! saved page gives the element tree a browser builds from it (where a listing's anchor must
//! lead). It replaces `scraper`/html5ever, which cost the WebAssembly module more than all of
//! extraction's own code (BENCHMARKS.md, "Size").
//!
//! What it leaves out, because no saved page's elements depend on it: scripting (the tree is the
//! one a browser with scripting on builds before any script runs: `noscript` is raw text),
//! framesets, comments and doctypes as nodes, and the case of SVG's camel-cased tag and
//! attribute names.

mod builder;
mod entities;
mod entity_table;
mod formatting;
mod rules;
mod tables;
mod tokenizer;

/// No node: the end of a sibling list, or no parent.
const NONE: u32 = u32::MAX;

/// An element's namespace, which decides how its subtree is parsed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ns {
    Html,
    Svg,
    MathMl,
}

/// An element: its lower-case tag name and attributes, sorted by name as `scraper` gave them.
pub struct Element {
    name: String,
    ns: Ns,
    attrs: Vec<(String, String)>,
    /// The class names as (start, end) in the `class` value, sorted and without repeats.
    classes: Vec<(u32, u32)>,
}

impl Element {
    fn new(name: String, ns: Ns, mut attrs: Vec<(String, String)>) -> Self {
        attrs.sort_by(|a, b| a.0.cmp(&b.0));
        let mut classes = Vec::new();
        if let Some((_, v)) = attrs.iter().find(|(k, _)| k == "class") {
            let base = v.as_ptr() as usize;
            classes = v
                .split_ascii_whitespace()
                .map(|c| {
                    (
                        (c.as_ptr() as usize - base) as u32,
                        (c.as_ptr() as usize - base + c.len()) as u32,
                    )
                })
                .collect();
            let word = |&(a, b): &(u32, u32)| &v[a as usize..b as usize];
            classes.sort_by(|x, y| word(x).cmp(word(y)));
            classes.dedup_by(|x, y| word(x) == word(y));
        }
        Element {
            name,
            ns,
            attrs,
            classes,
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn attrs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.attrs.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// The class names, sorted, each once.
    pub fn classes(&self) -> impl Iterator<Item = &str> {
        let v = self.attr("class").unwrap_or("");
        self.classes
            .iter()
            .map(move |&(a, b)| &v[a as usize..b as usize])
    }

    fn is(&self, name: &str) -> bool {
        self.ns == Ns::Html && self.name == name
    }
}

/// What a node is.
pub enum Data {
    Document,
    Element(Element),
    Text(String),
    /// A `template`'s contents: parsed, but not among its element children (as in a browser).
    Fragment,
}

/// A node of the tree, linked to its parent and siblings by index.
pub struct Node {
    pub data: Data,
    parent: u32,
    first: u32,
    last: u32,
    prev: u32,
    next: u32,
}

/// A parsed page: node 0 is the document.
pub struct Html {
    nodes: Vec<Node>,
}

fn link(i: u32) -> Option<usize> {
    (i != NONE).then_some(i as usize)
}

impl Html {
    /// Parses a whole document as a browser does.
    pub fn parse_document(html: &str) -> Html {
        builder::parse(html)
    }

    fn new() -> Html {
        let mut html = Html { nodes: Vec::new() };
        html.add(Data::Document);
        html
    }

    pub fn node(&self, i: usize) -> &Node {
        &self.nodes[i]
    }

    pub fn first_child(&self, i: usize) -> Option<usize> {
        link(self.nodes[i].first)
    }

    pub fn next_sibling(&self, i: usize) -> Option<usize> {
        link(self.nodes[i].next)
    }

    pub fn parent(&self, i: usize) -> Option<usize> {
        link(self.nodes[i].parent)
    }

    /// The `html` element.
    pub fn root_element(&self) -> ElementRef<'_> {
        let mut c = self.first_child(0);
        while let Some(i) = c {
            if let Some(r) = self.element(i) {
                return r;
            }
            c = self.next_sibling(i);
        }
        unreachable!("the parser always makes an html element")
    }

    /// Node `i` as an element, if it is one.
    pub fn element(&self, i: usize) -> Option<ElementRef<'_>> {
        matches!(self.nodes[i].data, Data::Element(_)).then_some(ElementRef { html: self, id: i })
    }

    fn add(&mut self, data: Data) -> u32 {
        self.nodes.push(Node {
            data,
            parent: NONE,
            first: NONE,
            last: NONE,
            prev: NONE,
            next: NONE,
        });
        (self.nodes.len() - 1) as u32
    }

    fn el(&self, i: u32) -> &Element {
        match &self.nodes[i as usize].data {
            Data::Element(e) => e,
            _ => unreachable!("not an element"),
        }
    }

    fn el_mut(&mut self, i: u32) -> &mut Element {
        match &mut self.nodes[i as usize].data {
            Data::Element(e) => e,
            _ => unreachable!("not an element"),
        }
    }

    /// Takes `child` out of its parent's children.
    fn detach(&mut self, child: u32) {
        let n = &self.nodes[child as usize];
        let (parent, prev, next) = (n.parent, n.prev, n.next);
        if parent == NONE {
            return;
        }
        match link(prev) {
            Some(p) => self.nodes[p].next = next,
            None => self.nodes[parent as usize].first = next,
        }
        match link(next) {
            Some(n) => self.nodes[n].prev = prev,
            None => self.nodes[parent as usize].last = prev,
        }
        let n = &mut self.nodes[child as usize];
        (n.parent, n.prev, n.next) = (NONE, NONE, NONE);
    }

    /// Puts `child` into `parent`'s children before `before` (at the end when `NONE`).
    fn insert(&mut self, parent: u32, child: u32, before: u32) {
        self.detach(child);
        let prev = match link(before) {
            Some(b) => self.nodes[b].prev,
            None => self.nodes[parent as usize].last,
        };
        {
            let n = &mut self.nodes[child as usize];
            (n.parent, n.prev, n.next) = (parent, prev, before);
        }
        match link(prev) {
            Some(p) => self.nodes[p].next = child,
            None => self.nodes[parent as usize].first = child,
        }
        match link(before) {
            Some(b) => self.nodes[b].prev = child,
            None => self.nodes[parent as usize].last = child,
        }
    }

    /// Inserts text, joined to a text node right before the place as browsers do.
    fn insert_text(&mut self, parent: u32, text: &str, before: u32) {
        let prev = match link(before) {
            Some(b) => self.nodes[b].prev,
            None => self.nodes[parent as usize].last,
        };
        if let Some(p) = link(prev) {
            if let Data::Text(t) = &mut self.nodes[p].data {
                t.push_str(text);
                return;
            }
        }
        let t = self.add(Data::Text(text.to_string()));
        self.insert(parent, t, before);
    }

    /// Moves every child of `from` to the end of `to`.
    fn move_children(&mut self, from: u32, to: u32) {
        while let Some(c) = link(self.nodes[from as usize].first) {
            self.insert(to, c as u32, NONE);
        }
    }
}

/// An element of a parsed page.
#[derive(Clone, Copy)]
pub struct ElementRef<'a> {
    html: &'a Html,
    id: usize,
}

impl<'a> ElementRef<'a> {
    pub fn id(&self) -> usize {
        self.id
    }

    pub fn value(&self) -> &'a Element {
        self.html.el(self.id as u32)
    }

    /// The text of every text node in the subtree, in document order.
    pub fn text(&self) -> impl Iterator<Item = &'a str> + 'a {
        let html = self.html;
        let root = self.id;
        let mut at = html.first_child(root);
        std::iter::from_fn(move || {
            while let Some(i) = at {
                // Pre-order step: first child, else the next sibling of the nearest ancestor
                // inside the subtree that has one.
                at = html.first_child(i).or_else(|| {
                    let mut up = i;
                    loop {
                        if let Some(n) = html.next_sibling(up) {
                            return Some(n);
                        }
                        up = html.parent(up).filter(|&p| p != root)?;
                    }
                });
                if let Data::Text(t) = &html.nodes[i].data {
                    return Some(t.as_str());
                }
            }
            None
        })
    }
}

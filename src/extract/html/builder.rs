//! Tree construction: the stack of open elements, the list of active formatting elements and
//! the standard's algorithms over them (scopes, implied end tags, foster parenting, the adoption
//! agency), which decide where a misnested or unclosed page's elements end up. The rules of
//! each insertion mode are in `rules`.

use std::borrow::Cow;

use super::tokenizer::{is_space_byte, Raw, Tag, Token, Tokenizer};
use super::{Data, Element, Html, Ns, NONE};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Mode {
    Initial,
    BeforeHtml,
    BeforeHead,
    InHead,
    AfterHead,
    InBody,
    Text,
    InTable,
    InTableText,
    InCaption,
    InColumnGroup,
    InTableBody,
    InRow,
    InCell,
    InTemplate,
    AfterBody,
}

pub(super) struct Builder {
    pub html: Html,
    pub open: Vec<u32>,
    /// Active formatting elements; `None` is a marker (a cell, caption, object or template).
    pub active: Vec<Option<u32>>,
    pub mode: Mode,
    /// The mode to return to after raw text or a table's text.
    pub orig: Mode,
    pub templates: Vec<Mode>,
    pub head: u32,
    pub form: u32,
    pub quirks: bool,
    /// Whether misplaced content of a table is put before the table.
    pub foster: bool,
    /// Drop a newline right after `<pre>`, `<listing>`, `<textarea>`.
    pub skip_newline: bool,
    pub table_text: String,
    /// A raw-text mode to put the tokenizer in after this token.
    pub switch: Option<(Raw, String)>,
}

/// Elements whose end tags the standard implies.
const IMPLIED: [&str; 10] = [
    "dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc",
];

/// Elements a misplaced end tag does not close past ("special" in the standard).
const SPECIAL: [&str; 83] = [
    "address",
    "applet",
    "area",
    "article",
    "aside",
    "base",
    "basefont",
    "bgsound",
    "blockquote",
    "body",
    "br",
    "button",
    "caption",
    "center",
    "col",
    "colgroup",
    "dd",
    "details",
    "dir",
    "div",
    "dl",
    "dt",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "frame",
    "frameset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "iframe",
    "img",
    "input",
    "keygen",
    "li",
    "link",
    "listing",
    "main",
    "marquee",
    "menu",
    "meta",
    "nav",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "ol",
    "p",
    "param",
    "plaintext",
    "pre",
    "script",
    "search",
    "section",
    "select",
    "source",
    "style",
    "summary",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "track",
    "ul",
    "wbr",
    "xmp",
];

pub(super) fn is_space(s: &str) -> bool {
    s.bytes().all(is_space_byte)
}

/// Splits text into its leading whitespace and the rest.
pub(super) fn split_space(s: &str) -> (&str, &str) {
    let n = s.bytes().take_while(|&b| is_space_byte(b)).count();
    s.split_at(n)
}

pub(super) fn fake(name: &str) -> Tag {
    Tag {
        name: name.to_string(),
        attrs: Vec::new(),
        self_closing: false,
    }
}

/// Parses a document: the tokenizer's tokens through the tree rules.
pub fn parse(input: &str) -> Html {
    // The standard's input stream: every CR LF and lone CR is a LF.
    let input: Cow<str> = if input.contains('\r') {
        Cow::Owned(input.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(input)
    };
    let mut tokens = Tokenizer::new(&input);
    let mut b = Builder {
        html: Html::new(),
        open: Vec::new(),
        active: Vec::new(),
        mode: Mode::Initial,
        orig: Mode::Initial,
        templates: Vec::new(),
        head: NONE,
        form: NONE,
        quirks: false,
        foster: false,
        skip_newline: false,
        table_text: String::new(),
        switch: None,
    };
    loop {
        let token = tokens.next_token();
        let eof = matches!(token, Token::Eof);
        b.token(token);
        if let Some((raw, name)) = b.switch.take() {
            tokens.switch(raw, &name);
        }
        tokens.foreign = b.open.last().is_some_and(|&c| b.el(c).ns != Ns::Html);
        if eof {
            break;
        }
    }
    b.html
}

impl Builder {
    fn token(&mut self, mut t: Token) {
        if std::mem::take(&mut self.skip_newline) {
            if let Token::Text(s) = &mut t {
                if s.starts_with('\n') {
                    s.remove(0);
                    if s.is_empty() {
                        return;
                    }
                }
            }
        }
        if self.use_foreign(&t) {
            self.foreign(t);
        } else {
            self.step(self.mode, t);
        }
    }

    pub fn el(&self, id: u32) -> &Element {
        self.html.el(id)
    }

    pub fn is(&self, id: u32, name: &str) -> bool {
        self.el(id).is(name)
    }

    pub fn is_any(&self, id: u32, names: &[&str]) -> bool {
        let e = self.el(id);
        e.ns == Ns::Html && names.contains(&e.name.as_str())
    }

    pub fn current(&self) -> u32 {
        *self.open.last().unwrap_or(&0)
    }

    pub fn current_is(&self, name: &str) -> bool {
        self.open.last().is_some_and(|&c| self.is(c, name))
    }

    pub fn has_template(&self) -> bool {
        self.open.iter().any(|&e| self.is(e, "template"))
    }

    pub fn is_special(&self, id: u32) -> bool {
        let e = self.el(id);
        match e.ns {
            Ns::Html => SPECIAL.contains(&e.name.as_str()),
            Ns::MathMl => matches!(
                e.name.as_str(),
                "mi" | "mo" | "mn" | "ms" | "mtext" | "annotation-xml"
            ),
            Ns::Svg => matches!(e.name.as_str(), "foreignobject" | "desc" | "title"),
        }
    }

    /// Whether an element satisfying `hit` is open above the nearest scope boundary (the
    /// standard's default scope plus the HTML elements in `extra`).
    fn scoped(&self, hit: impl Fn(u32) -> bool, extra: &[&str]) -> bool {
        for &id in self.open.iter().rev() {
            if hit(id) {
                return true;
            }
            let e = self.el(id);
            let boundary = match e.ns {
                Ns::Html => {
                    matches!(
                        e.name.as_str(),
                        "applet"
                            | "caption"
                            | "html"
                            | "table"
                            | "td"
                            | "th"
                            | "marquee"
                            | "object"
                            | "select"
                            | "template"
                    ) || extra.contains(&e.name.as_str())
                }
                _ => self.is_special(id),
            };
            if boundary {
                return false;
            }
        }
        false
    }

    pub fn in_scope(&self, name: &str) -> bool {
        self.scoped(|id| self.is(id, name), &[])
    }

    pub fn in_button_scope(&self, name: &str) -> bool {
        self.scoped(|id| self.is(id, name), &["button"])
    }

    pub fn in_list_scope(&self, name: &str) -> bool {
        self.scoped(|id| self.is(id, name), &["ol", "ul"])
    }

    pub fn node_in_scope(&self, node: u32) -> bool {
        self.scoped(|id| id == node, &[])
    }

    pub fn any_in_scope(&self, names: &[&str]) -> bool {
        self.scoped(|id| self.is_any(id, names), &[])
    }

    pub fn in_table_scope(&self, name: &str) -> bool {
        for &id in self.open.iter().rev() {
            if self.is(id, name) {
                return true;
            }
            if self.is_any(id, &["html", "table", "template"]) {
                return false;
            }
        }
        false
    }

    /// Pops the elements whose end tags are implied, except `except`'s.
    pub fn implied_end_tags(&mut self, except: &str) {
        while let Some(&c) = self.open.last() {
            let e = self.el(c);
            if e.ns == Ns::Html && IMPLIED.contains(&e.name.as_str()) && e.name != except {
                self.open.pop();
            } else {
                break;
            }
        }
    }

    pub fn implied_end_tags_thoroughly(&mut self) {
        const MORE: [&str; 8] = [
            "caption", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr",
        ];
        while let Some(&c) = self.open.last() {
            if self.is_any(c, &IMPLIED) || self.is_any(c, &MORE) {
                self.open.pop();
            } else {
                break;
            }
        }
    }

    /// Pops up to and including the nearest element named one of `names`.
    pub fn pop_until(&mut self, names: &[&str]) {
        while let Some(c) = self.open.pop() {
            if self.is_any(c, names) {
                break;
            }
        }
    }

    /// Pops until the current node is one of `names` (a table's, body's or row's context).
    pub fn clear_to(&mut self, names: &[&str]) {
        while let Some(&c) = self.open.last() {
            if self.is_any(c, names) {
                break;
            }
            self.open.pop();
        }
    }

    pub fn close_p(&mut self) {
        if self.in_button_scope("p") {
            self.implied_end_tags("p");
            self.pop_until(&["p"]);
        }
    }

    /// Where a node goes: appended to `target` (the current node by default), or, with foster
    /// parenting on and a table part as the target, right before the table.
    pub fn place(&self, target: Option<u32>) -> (u32, u32) {
        let target = target.unwrap_or_else(|| self.current());
        let table_part = ["table", "tbody", "tfoot", "thead", "tr"];
        if self.foster && self.is_any(target, &table_part) {
            let last = |name| self.open.iter().rposition(|&e| self.is(e, name));
            let table = last("table");
            if let Some(t) = last("template") {
                if table.is_none_or(|tb| t > tb) {
                    return (self.contents(self.open[t]), NONE);
                }
            }
            let Some(tb) = table else {
                return (self.open[0], NONE);
            };
            let table = self.open[tb];
            return match self.html.parent(table as usize) {
                Some(p) => (p as u32, table),
                None => (self.open[tb - 1], NONE),
            };
        }
        if self.is(target, "template") {
            return (self.contents(target), NONE);
        }
        (target, NONE)
    }

    /// A template's contents (its first child, made with it).
    fn contents(&self, template: u32) -> u32 {
        self.html.nodes[template as usize].first
    }

    /// A new element, not yet in the tree.
    pub fn create(&mut self, tag: Tag, ns: Ns) -> u32 {
        let template = ns == Ns::Html && tag.name == "template";
        let id = self
            .html
            .add(Data::Element(Element::new(tag.name, ns, tag.attrs)));
        if template {
            let f = self.html.add(Data::Fragment);
            self.html.insert(id, f, NONE);
        }
        id
    }

    pub fn insert_ns(&mut self, tag: Tag, ns: Ns) -> u32 {
        let (parent, before) = self.place(None);
        let id = self.create(tag, ns);
        self.html.insert(parent, id, before);
        self.open.push(id);
        id
    }

    pub fn insert(&mut self, tag: Tag) -> u32 {
        self.insert_ns(tag, Ns::Html)
    }

    /// Inserts a void element: in the tree, never open.
    pub fn insert_void(&mut self, tag: Tag) {
        self.insert(tag);
        self.open.pop();
    }

    pub fn insert_text(&mut self, text: &str) {
        let (parent, before) = self.place(None);
        self.html.insert_text(parent, text, before);
    }

    /// Inserts an element whose text is read raw until its end tag.
    pub fn insert_raw(&mut self, tag: Tag, raw: Raw) {
        let name = tag.name.clone();
        self.insert(tag);
        self.switch = Some((raw, name));
        self.orig = self.mode;
        self.mode = Mode::Text;
    }

    /// Adds attributes the element lacks (a second `<html>` or `<body>` tag's).
    pub fn merge_attrs(&mut self, id: u32, attrs: Vec<(String, String)>) {
        let e = self.html.el_mut(id);
        let mut all = std::mem::take(&mut e.attrs);
        for (k, v) in attrs {
            if !all.iter().any(|(name, _)| *name == k) {
                all.push((k, v));
            }
        }
        let name = std::mem::take(&mut e.name);
        *e = Element::new(name, e.ns, all);
    }

    /// The mode the open elements call for, after a table part or template closes.
    pub fn reset_mode(&mut self) {
        for i in (0..self.open.len()).rev() {
            let node = self.open[i];
            let last = i == 0;
            let e = self.el(node);
            let mode = match (e.ns, e.name.as_str()) {
                (Ns::Html, "td" | "th") if !last => Some(Mode::InCell),
                (Ns::Html, "tr") => Some(Mode::InRow),
                (Ns::Html, "tbody" | "thead" | "tfoot") => Some(Mode::InTableBody),
                (Ns::Html, "caption") => Some(Mode::InCaption),
                (Ns::Html, "colgroup") => Some(Mode::InColumnGroup),
                (Ns::Html, "table") => Some(Mode::InTable),
                (Ns::Html, "template") => self.templates.last().copied(),
                (Ns::Html, "head") if !last => Some(Mode::InHead),
                (Ns::Html, "body") => Some(Mode::InBody),
                (Ns::Html, "html") => Some(if self.head == NONE {
                    Mode::BeforeHead
                } else {
                    Mode::AfterHead
                }),
                _ if last => Some(Mode::InBody),
                _ => None,
            };
            if let Some(m) = mode {
                self.mode = m;
                return;
            }
        }
        self.mode = Mode::InBody;
    }

    /// A MathML text integration point, whose text and most tags are read as HTML.
    fn text_integration(&self, id: u32) -> bool {
        let e = self.el(id);
        e.ns == Ns::MathMl && matches!(e.name.as_str(), "mi" | "mo" | "mn" | "ms" | "mtext")
    }

    fn html_integration(&self, id: u32) -> bool {
        let e = self.el(id);
        match e.ns {
            Ns::Svg => matches!(e.name.as_str(), "foreignobject" | "desc" | "title"),
            Ns::MathMl => {
                e.name == "annotation-xml"
                    && e.attr("encoding").is_some_and(|v| {
                        v.eq_ignore_ascii_case("text/html")
                            || v.eq_ignore_ascii_case("application/xhtml+xml")
                    })
            }
            Ns::Html => false,
        }
    }

    /// Whether a token is read by the rules for SVG and MathML content.
    fn use_foreign(&self, t: &Token) -> bool {
        let Some(&cur) = self.open.last() else {
            return false;
        };
        let e = self.el(cur);
        if e.ns == Ns::Html || matches!(t, Token::Eof) {
            return false;
        }
        let text_point = self.text_integration(cur);
        match t {
            Token::Start(tag) if text_point && tag.name != "mglyph" && tag.name != "malignmark" => {
                false
            }
            Token::Text(_) if text_point => false,
            Token::Start(tag)
                if e.ns == Ns::MathMl && e.name == "annotation-xml" && tag.name == "svg" =>
            {
                false
            }
            Token::Start(_) | Token::Text(_) => !self.html_integration(cur),
            _ => true,
        }
    }

    fn foreign(&mut self, t: Token) {
        const BREAKOUT: [&str; 44] = [
            "b",
            "big",
            "blockquote",
            "body",
            "br",
            "center",
            "code",
            "dd",
            "div",
            "dl",
            "dt",
            "em",
            "embed",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "head",
            "hr",
            "i",
            "img",
            "li",
            "listing",
            "menu",
            "meta",
            "nobr",
            "ol",
            "p",
            "pre",
            "ruby",
            "s",
            "small",
            "span",
            "strong",
            "strike",
            "sub",
            "sup",
            "table",
            "tt",
            "u",
            "ul",
            "var",
        ];
        match t {
            Token::Text(s) => self.insert_text(&s),
            Token::Start(ref tag)
                if BREAKOUT.contains(&tag.name.as_str())
                    || tag.name == "font"
                        && tag
                            .attrs
                            .iter()
                            .any(|(k, _)| matches!(k.as_str(), "color" | "face" | "size")) =>
            {
                self.break_out(t);
            }
            Token::End(ref name) if name == "br" || name == "p" => self.break_out(t),
            Token::Start(tag) => {
                let ns = self.el(self.current()).ns;
                let closed = tag.self_closing;
                self.insert_ns(tag, ns);
                if closed {
                    self.open.pop();
                }
            }
            Token::End(name) => {
                let mut i = self.open.len() - 1;
                loop {
                    if i == 0 {
                        return;
                    }
                    if self.el(self.open[i]).name.eq_ignore_ascii_case(&name) {
                        self.open.truncate(i);
                        return;
                    }
                    i -= 1;
                    if self.el(self.open[i]).ns == Ns::Html {
                        return self.step(self.mode, Token::End(name));
                    }
                }
            }
            Token::Doctype { .. } | Token::Eof => {}
        }
    }

    /// An HTML tag in SVG or MathML closes the foreign elements around it.
    fn break_out(&mut self, t: Token) {
        while let Some(&c) = self.open.last() {
            let e = self.el(c);
            if e.ns == Ns::Html || self.text_integration(c) || self.html_integration(c) {
                break;
            }
            self.open.pop();
        }
        self.step(self.mode, t);
    }
}

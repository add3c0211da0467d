//! The standard's insertion modes: what each token does where it appears (in the head, the
//! body, a table, a row, a cell…).

use super::builder::{fake, is_space, split_space, Builder, Mode};
use super::tokenizer::{Raw, Tag, Token};
use super::{Ns, NONE};

const FORMATTING: [&str; 14] = [
    "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
];
const HEADINGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];
pub(super) const TABLE_PARTS: [&str; 9] = [
    "caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr",
];

pub(super) fn start_is(t: &Token, names: &[&str]) -> bool {
    matches!(t, Token::Start(tag) if names.contains(&tag.name.as_str()))
}

pub(super) fn end_is(t: &Token, names: &[&str]) -> bool {
    matches!(t, Token::End(n) if names.contains(&n.as_str()))
}

impl Builder {
    pub(super) fn step(&mut self, mode: Mode, t: Token) {
        match mode {
            Mode::Initial => self.initial(t),
            Mode::BeforeHtml => self.before_html(t),
            Mode::BeforeHead => self.before_head(t),
            Mode::InHead => self.in_head(t),
            Mode::AfterHead => self.after_head(t),
            Mode::InBody => self.in_body(t),
            Mode::Text => self.text(t),
            Mode::InTable => self.in_table(t),
            Mode::InTableText => self.in_table_text(t),
            Mode::InCaption => self.in_caption(t),
            Mode::InColumnGroup => self.in_column_group(t),
            Mode::InTableBody => self.in_table_body(t),
            Mode::InRow => self.in_row(t),
            Mode::InCell => self.in_cell(t),
            Mode::InTemplate => self.in_template(t),
            Mode::AfterBody => self.after_body(t),
        }
    }

    /// Goes to `mode` and reads the token again there.
    pub(super) fn again(&mut self, mode: Mode, t: Token) {
        self.mode = mode;
        self.step(mode, t);
    }

    fn initial(&mut self, t: Token) {
        match t {
            Token::Text(s) if is_space(&s) => {}
            Token::Doctype { quirks } => {
                self.quirks = quirks;
                self.mode = Mode::BeforeHtml;
            }
            t => {
                let t = match t {
                    Token::Text(s) => Token::Text(split_space(&s).1.to_string()),
                    t => t,
                };
                self.quirks = true;
                self.again(Mode::BeforeHtml, t);
            }
        }
    }

    fn before_html(&mut self, t: Token) {
        match t {
            Token::Doctype { .. } => {}
            Token::Text(s) if is_space(&s) => {}
            Token::Start(tag) if tag.name == "html" => {
                let id = self.create(tag, Ns::Html);
                self.html.insert(0, id, NONE);
                self.open.push(id);
                self.mode = Mode::BeforeHead;
            }
            Token::End(n) if !matches!(n.as_str(), "head" | "body" | "html" | "br") => {}
            t => {
                let t = match t {
                    Token::Text(s) => Token::Text(split_space(&s).1.to_string()),
                    t => t,
                };
                let id = self.create(fake("html"), Ns::Html);
                self.html.insert(0, id, NONE);
                self.open.push(id);
                self.again(Mode::BeforeHead, t);
            }
        }
    }

    fn before_head(&mut self, t: Token) {
        match t {
            Token::Doctype { .. } => {}
            Token::Text(s) if is_space(&s) => {}
            Token::Start(tag) if tag.name == "html" => self.in_body(Token::Start(tag)),
            Token::Start(tag) if tag.name == "head" => {
                self.head = self.insert(tag);
                self.mode = Mode::InHead;
            }
            Token::End(n) if !matches!(n.as_str(), "head" | "body" | "html" | "br") => {}
            t => {
                let t = match t {
                    Token::Text(s) => Token::Text(split_space(&s).1.to_string()),
                    t => t,
                };
                self.head = self.insert(fake("head"));
                self.again(Mode::InHead, t);
            }
        }
    }

    /// Text whose leading whitespace is inserted here and whose rest goes to `rest`.
    pub(super) fn split_text(&mut self, s: &str, rest: impl FnOnce(&mut Self, Token)) {
        let (space, more) = split_space(s);
        if !space.is_empty() {
            self.insert_text(space);
        }
        if !more.is_empty() {
            rest(self, Token::Text(more.to_string()));
        }
    }

    pub(super) fn in_head(&mut self, t: Token) {
        match t {
            Token::Text(s) => self.split_text(&s, |b, t| b.head_else(t)),
            Token::Doctype { .. } => {}
            Token::Start(tag) => match tag.name.as_str() {
                "html" => self.in_body(Token::Start(tag)),
                "base" | "basefont" | "bgsound" | "link" | "meta" => self.insert_void(tag),
                "title" => self.insert_raw(tag, Raw::Escapable),
                "noscript" | "noframes" | "style" => self.insert_raw(tag, Raw::Text),
                "script" => self.insert_raw(tag, Raw::Script),
                "template" => {
                    self.insert(tag);
                    self.active.push(None);
                    self.mode = Mode::InTemplate;
                    self.templates.push(Mode::InTemplate);
                }
                "head" => {}
                _ => self.head_else(Token::Start(tag)),
            },
            Token::End(n) => match n.as_str() {
                "head" => {
                    self.open.pop();
                    self.mode = Mode::AfterHead;
                }
                "template" if self.has_template() => {
                    self.implied_end_tags_thoroughly();
                    self.pop_until(&["template"]);
                    self.clear_to_marker();
                    self.templates.pop();
                    self.reset_mode();
                }
                "body" | "html" | "br" => self.head_else(Token::End(n)),
                _ => {}
            },
            Token::Eof => self.head_else(Token::Eof),
        }
    }

    fn head_else(&mut self, t: Token) {
        self.open.pop();
        self.again(Mode::AfterHead, t);
    }

    fn after_head(&mut self, t: Token) {
        const HEAD_TAGS: [&str; 10] = [
            "base", "basefont", "bgsound", "link", "meta", "noframes", "script", "style",
            "template", "title",
        ];
        match t {
            Token::Text(s) => self.split_text(&s, |b, t| b.after_head_else(t)),
            Token::Doctype { .. } => {}
            Token::Start(tag) if tag.name == "html" => self.in_body(Token::Start(tag)),
            Token::Start(tag) if tag.name == "body" => {
                self.insert(tag);
                self.mode = Mode::InBody;
            }
            Token::Start(tag) if HEAD_TAGS.contains(&tag.name.as_str()) && self.head != NONE => {
                self.open.push(self.head);
                self.in_head(Token::Start(tag));
                let head = self.head;
                if let Some(i) = self.open.iter().rposition(|&e| e == head) {
                    self.open.remove(i);
                }
            }
            Token::End(n) if n == "template" => self.in_head(Token::End(n)),
            Token::Start(tag) if tag.name == "head" || tag.name == "frameset" => {}
            Token::End(n) if !matches!(n.as_str(), "body" | "html" | "br") => {}
            t => self.after_head_else(t),
        }
    }

    fn after_head_else(&mut self, t: Token) {
        self.insert(fake("body"));
        self.again(Mode::InBody, t);
    }

    fn text(&mut self, t: Token) {
        match t {
            Token::Text(s) => self.insert_text(&s),
            Token::Eof => {
                self.open.pop();
                self.again(self.orig, Token::Eof);
            }
            _ => {
                self.open.pop();
                self.mode = self.orig;
            }
        }
    }

    fn after_body(&mut self, t: Token) {
        match t {
            Token::Doctype { .. } | Token::Eof => {}
            Token::End(n) if n == "html" => {}
            Token::Start(tag) if tag.name == "html" => self.in_body(Token::Start(tag)),
            t => self.again(Mode::InBody, t),
        }
    }

    pub(super) fn in_body(&mut self, t: Token) {
        match t {
            Token::Text(s) => {
                self.reconstruct();
                self.insert_text(&s);
            }
            Token::Doctype { .. } | Token::Eof => {}
            Token::Start(tag) => self.body_start(tag),
            Token::End(n) => self.body_end(&n),
        }
    }

    fn body_start(&mut self, mut tag: Tag) {
        match tag.name.as_str() {
            "html" => {
                if !self.has_template() {
                    self.merge_attrs(self.open[0], tag.attrs);
                }
            }
            "base" | "basefont" | "bgsound" | "link" | "meta" | "noframes" | "script" | "style"
            | "template" | "title" => self.in_head(Token::Start(tag)),
            "body" => {
                if self.open.len() > 1 && self.is(self.open[1], "body") && !self.has_template() {
                    self.merge_attrs(self.open[1], tag.attrs);
                }
            }
            "frameset" => {}
            "address" | "article" | "aside" | "blockquote" | "center" | "details" | "dialog"
            | "dir" | "div" | "dl" | "fieldset" | "figcaption" | "figure" | "footer" | "header"
            | "hgroup" | "main" | "menu" | "nav" | "ol" | "p" | "search" | "section"
            | "summary" | "ul" => {
                self.close_p();
                self.insert(tag);
            }
            h if HEADINGS.contains(&h) => {
                self.close_p();
                if self.is_any(self.current(), &HEADINGS) {
                    self.open.pop();
                }
                self.insert(tag);
            }
            "pre" | "listing" => {
                self.close_p();
                self.insert(tag);
                self.skip_newline = true;
            }
            "form" => {
                let template = self.has_template();
                if self.form == NONE || template {
                    self.close_p();
                    let id = self.insert(tag);
                    if !template {
                        self.form = id;
                    }
                }
            }
            "li" | "dd" | "dt" => {
                let closes: &[&str] = if tag.name == "li" {
                    &["li"]
                } else {
                    &["dd", "dt"]
                };
                for i in (0..self.open.len()).rev() {
                    let node = self.open[i];
                    if self.is_any(node, closes) {
                        let name = self.el(node).name().to_string();
                        self.implied_end_tags(&name);
                        self.pop_until(&[&name]);
                        break;
                    }
                    if self.is_special_block(node) {
                        break;
                    }
                }
                self.close_p();
                self.insert(tag);
            }
            "plaintext" => {
                self.close_p();
                let name = tag.name.clone();
                self.insert(tag);
                self.switch = Some((Raw::Plain, name));
            }
            "button" => {
                if self.in_scope("button") {
                    self.implied_end_tags("");
                    self.pop_until(&["button"]);
                }
                self.reconstruct();
                self.insert(tag);
            }
            "a" => {
                let from = self
                    .active
                    .iter()
                    .rposition(Option::is_none)
                    .map_or(0, |m| m + 1);
                let a = self.active[from..]
                    .iter()
                    .rev()
                    .flatten()
                    .find(|&&x| self.is(x, "a"))
                    .copied();
                if let Some(a) = a {
                    self.adoption("a");
                    self.active.retain(|&x| x != Some(a));
                    self.open.retain(|&x| x != a);
                }
                self.reconstruct();
                let id = self.insert(tag);
                self.push_formatting(id);
            }
            "nobr" => {
                self.reconstruct();
                if self.in_scope("nobr") {
                    self.adoption("nobr");
                    self.reconstruct();
                }
                let id = self.insert(tag);
                self.push_formatting(id);
            }
            f if FORMATTING.contains(&f) => {
                self.reconstruct();
                let id = self.insert(tag);
                self.push_formatting(id);
            }
            "applet" | "marquee" | "object" => {
                self.reconstruct();
                self.insert(tag);
                self.active.push(None);
            }
            "table" => {
                if !self.quirks {
                    self.close_p();
                }
                self.insert(tag);
                self.mode = Mode::InTable;
            }
            "area" | "br" | "embed" | "img" | "keygen" | "wbr" | "input" => {
                if tag.name == "input" && self.in_scope("select") {
                    self.pop_until(&["select"]);
                }
                self.reconstruct();
                self.insert_void(tag);
            }
            "param" | "source" | "track" => self.insert_void(tag),
            "hr" => {
                self.close_p();
                if self.in_scope("select") {
                    self.implied_end_tags("");
                }
                self.insert_void(tag);
            }
            "image" => {
                tag.name = "img".into();
                self.body_start(tag);
            }
            "textarea" => {
                self.insert_raw(tag, Raw::Escapable);
                self.skip_newline = true;
            }
            "xmp" => {
                self.close_p();
                self.reconstruct();
                self.insert_raw(tag, Raw::Text);
            }
            "iframe" | "noembed" | "noscript" => self.insert_raw(tag, Raw::Text),
            // A select holds any content but another select, and closes at an input
            // (the standard since 2025, which html5ever and browsers follow).
            "select" if self.in_scope("select") => self.pop_until(&["select"]),
            "select" => {
                self.reconstruct();
                self.insert(tag);
            }
            "option" | "optgroup" => {
                if self.in_scope("select") {
                    self.implied_end_tags(if tag.name == "option" { "optgroup" } else { "" });
                } else if self.current_is("option") {
                    self.open.pop();
                }
                self.reconstruct();
                self.insert(tag);
            }
            "rb" | "rtc" | "rp" | "rt" => {
                if self.in_scope("ruby") {
                    let except = if matches!(tag.name.as_str(), "rp" | "rt") {
                        "rtc"
                    } else {
                        ""
                    };
                    self.implied_end_tags(except);
                }
                self.insert(tag);
            }
            "math" | "svg" => {
                self.reconstruct();
                let ns = if tag.name == "svg" {
                    Ns::Svg
                } else {
                    Ns::MathMl
                };
                let closed = tag.self_closing;
                self.insert_ns(tag, ns);
                if closed {
                    self.open.pop();
                }
            }
            "frame" | "head" => {}
            p if TABLE_PARTS.contains(&p) => {}
            _ => {
                self.reconstruct();
                self.insert(tag);
            }
        }
    }

    /// A special element other than `address`, `div` and `p`: where a new list item stops
    /// looking for the one it closes.
    fn is_special_block(&self, id: u32) -> bool {
        self.is_special(id) && !self.is_any(id, &["address", "div", "p"])
    }

    fn body_end(&mut self, name: &str) {
        match name {
            "template" => self.in_head(Token::End(name.to_string())),
            "body" | "html" => {
                if self.in_scope("body") {
                    self.mode = Mode::AfterBody;
                }
            }
            "address" | "article" | "aside" | "blockquote" | "button" | "center" | "details"
            | "dialog" | "dir" | "div" | "dl" | "fieldset" | "figcaption" | "figure" | "footer"
            | "header" | "hgroup" | "listing" | "main" | "menu" | "nav" | "ol" | "pre"
            | "search" | "section" | "select" | "summary" | "ul" => {
                if self.in_scope(name) {
                    self.implied_end_tags("");
                    self.pop_until(&[name]);
                }
            }
            "form" => {
                if self.has_template() {
                    if self.in_scope("form") {
                        self.implied_end_tags("");
                        self.pop_until(&["form"]);
                    }
                    return;
                }
                let node = std::mem::replace(&mut self.form, NONE);
                if node != NONE && self.node_in_scope(node) {
                    self.implied_end_tags("");
                    self.open.retain(|&x| x != node);
                }
            }
            "p" => {
                if !self.in_button_scope("p") {
                    self.insert(fake("p"));
                }
                self.close_p();
            }
            "li" => {
                if self.in_list_scope("li") {
                    self.implied_end_tags("li");
                    self.pop_until(&["li"]);
                }
            }
            "dd" | "dt" => {
                if self.in_scope(name) {
                    self.implied_end_tags(name);
                    self.pop_until(&[name]);
                }
            }
            h if HEADINGS.contains(&h) => {
                if self.any_in_scope(&HEADINGS) {
                    self.implied_end_tags("");
                    self.pop_until(&HEADINGS);
                }
            }
            f if FORMATTING.contains(&f) => self.adoption(name),
            "applet" | "marquee" | "object" => {
                if self.in_scope(name) {
                    self.implied_end_tags("");
                    self.pop_until(&[name]);
                    self.clear_to_marker();
                }
            }
            "br" => self.body_start(fake("br")),
            _ => self.other_end_tag(name),
        }
    }

    fn in_template(&mut self, t: Token) {
        let switch = |b: &mut Self, mode: Mode, t: Token| {
            b.templates.pop();
            b.templates.push(mode);
            b.again(mode, t);
        };
        match t {
            Token::Text(_) | Token::Doctype { .. } => self.in_body(t),
            Token::Start(ref tag) => match tag.name.as_str() {
                "base" | "basefont" | "bgsound" | "link" | "meta" | "noframes" | "script"
                | "style" | "template" | "title" => self.in_head(t),
                "caption" | "colgroup" | "tbody" | "tfoot" | "thead" => {
                    switch(self, Mode::InTable, t)
                }
                "col" => switch(self, Mode::InColumnGroup, t),
                "tr" => switch(self, Mode::InTableBody, t),
                "td" | "th" => switch(self, Mode::InRow, t),
                _ => switch(self, Mode::InBody, t),
            },
            Token::End(ref n) if n == "template" => self.in_head(t),
            Token::End(_) => {}
            Token::Eof => {
                if self.has_template() {
                    self.pop_until(&["template"]);
                    self.clear_to_marker();
                    self.templates.pop();
                    self.reset_mode();
                    self.step(self.mode, Token::Eof);
                }
            }
        }
    }
}

//! The standard's table modes: where a table's rows, cells and captions go, implied `tbody`
//! and `tr` elements, and content misplaced in a table put before it (foster parenting).

use super::builder::{fake, is_space, Builder, Mode};
use super::rules::{end_is, start_is, TABLE_PARTS};
use super::tokenizer::Token;
use super::NONE;

impl Builder {
    pub(super) fn in_table(&mut self, t: Token) {
        const CONTEXT: [&str; 3] = ["table", "template", "html"];
        match t {
            Token::Text(_)
                if self.is_any(
                    self.current(),
                    &["table", "tbody", "template", "tfoot", "thead", "tr"],
                ) =>
            {
                self.table_text.clear();
                self.orig = self.mode;
                self.again(Mode::InTableText, t);
            }
            Token::Doctype { .. } => {}
            Token::Start(tag) => match tag.name.as_str() {
                "caption" => {
                    self.clear_to(&CONTEXT);
                    self.active.push(None);
                    self.insert(tag);
                    self.mode = Mode::InCaption;
                }
                "colgroup" => {
                    self.clear_to(&CONTEXT);
                    self.insert(tag);
                    self.mode = Mode::InColumnGroup;
                }
                "col" => {
                    self.clear_to(&CONTEXT);
                    self.insert(fake("colgroup"));
                    self.again(Mode::InColumnGroup, Token::Start(tag));
                }
                "tbody" | "tfoot" | "thead" => {
                    self.clear_to(&CONTEXT);
                    self.insert(tag);
                    self.mode = Mode::InTableBody;
                }
                "td" | "th" | "tr" => {
                    self.clear_to(&CONTEXT);
                    self.insert(fake("tbody"));
                    self.again(Mode::InTableBody, Token::Start(tag));
                }
                "table" => {
                    if self.in_table_scope("table") {
                        self.pop_until(&["table"]);
                        self.reset_mode();
                        self.step(self.mode, Token::Start(tag));
                    }
                }
                "style" | "script" | "template" => self.in_head(Token::Start(tag)),
                "input"
                    if tag
                        .attrs
                        .iter()
                        .any(|(k, v)| k == "type" && v.eq_ignore_ascii_case("hidden")) =>
                {
                    self.insert_void(tag);
                }
                "form" => {
                    if !self.has_template() && self.form == NONE {
                        self.form = self.insert(tag);
                        self.open.pop();
                    }
                }
                _ => self.table_else(Token::Start(tag)),
            },
            Token::End(n) => match n.as_str() {
                "table" => {
                    if self.in_table_scope("table") {
                        self.pop_until(&["table"]);
                        self.reset_mode();
                    }
                }
                "body" | "caption" | "col" | "colgroup" | "html" | "tbody" | "td" | "tfoot"
                | "th" | "thead" | "tr" => {}
                "template" => self.in_head(Token::End(n)),
                _ => self.table_else(Token::End(n)),
            },
            t => self.table_else(t),
        }
    }

    /// Content misplaced in a table: read as in the body, put before the table.
    fn table_else(&mut self, t: Token) {
        self.foster = true;
        self.in_body(t);
        self.foster = false;
    }

    pub(super) fn in_table_text(&mut self, t: Token) {
        if let Token::Text(s) = t {
            self.table_text.push_str(&s);
            return;
        }
        let text = std::mem::take(&mut self.table_text);
        if !text.is_empty() {
            if is_space(&text) {
                self.insert_text(&text);
            } else {
                self.table_else(Token::Text(text));
            }
        }
        self.again(self.orig, t);
    }

    pub(super) fn in_caption(&mut self, t: Token) {
        let closes = start_is(&t, &TABLE_PARTS) || end_is(&t, &["table"]);
        if end_is(&t, &["caption"]) || closes {
            if self.in_table_scope("caption") {
                self.implied_end_tags("");
                self.pop_until(&["caption"]);
                self.clear_to_marker();
                self.mode = Mode::InTable;
                if closes {
                    self.in_table(t);
                }
            }
        } else if !end_is(
            &t,
            &[
                "body", "col", "colgroup", "html", "tbody", "td", "tfoot", "th", "thead", "tr",
            ],
        ) {
            self.in_body(t);
        }
    }

    pub(super) fn in_column_group(&mut self, t: Token) {
        match t {
            Token::Text(s) => self.split_text(&s, |b, t| b.column_group_else(t)),
            Token::Doctype { .. } => {}
            Token::Start(tag) if tag.name == "html" => self.in_body(Token::Start(tag)),
            Token::Start(tag) if tag.name == "col" => self.insert_void(tag),
            Token::End(n) if n == "colgroup" => {
                if self.current_is("colgroup") {
                    self.open.pop();
                    self.mode = Mode::InTable;
                }
            }
            Token::End(n) if n == "col" => {}
            Token::Start(tag) if tag.name == "template" => self.in_head(Token::Start(tag)),
            Token::End(n) if n == "template" => self.in_head(Token::End(n)),
            Token::Eof => self.in_body(Token::Eof),
            t => self.column_group_else(t),
        }
    }

    fn column_group_else(&mut self, t: Token) {
        if self.current_is("colgroup") {
            self.open.pop();
            self.again(Mode::InTable, t);
        }
    }

    pub(super) fn in_table_body(&mut self, t: Token) {
        const CONTEXT: [&str; 5] = ["tbody", "tfoot", "thead", "template", "html"];
        match t {
            Token::Start(tag) if tag.name == "tr" => {
                self.clear_to(&CONTEXT);
                self.insert(tag);
                self.mode = Mode::InRow;
            }
            Token::Start(tag) if tag.name == "th" || tag.name == "td" => {
                self.clear_to(&CONTEXT);
                self.insert(fake("tr"));
                self.again(Mode::InRow, Token::Start(tag));
            }
            Token::End(n) if matches!(n.as_str(), "tbody" | "tfoot" | "thead") => {
                if self.in_table_scope(&n) {
                    self.clear_to(&CONTEXT);
                    self.open.pop();
                    self.mode = Mode::InTable;
                }
            }
            t if start_is(
                &t,
                &["caption", "col", "colgroup", "tbody", "tfoot", "thead"],
            ) || end_is(&t, &["table"]) =>
            {
                if ["tbody", "thead", "tfoot"]
                    .iter()
                    .any(|n| self.in_table_scope(n))
                {
                    self.clear_to(&CONTEXT);
                    self.open.pop();
                    self.again(Mode::InTable, t);
                }
            }
            t if end_is(
                &t,
                &[
                    "body", "caption", "col", "colgroup", "html", "td", "th", "tr",
                ],
            ) => {}
            t => self.in_table(t),
        }
    }

    fn close_row(&mut self) {
        self.clear_to(&["tr", "template", "html"]);
        self.open.pop();
        self.mode = Mode::InTableBody;
    }

    pub(super) fn in_row(&mut self, t: Token) {
        match t {
            Token::Start(tag) if tag.name == "th" || tag.name == "td" => {
                self.clear_to(&["tr", "template", "html"]);
                self.insert(tag);
                self.mode = Mode::InCell;
                self.active.push(None);
            }
            Token::End(n) if n == "tr" => {
                if self.in_table_scope("tr") {
                    self.close_row();
                }
            }
            t if start_is(
                &t,
                &[
                    "caption", "col", "colgroup", "tbody", "tfoot", "thead", "tr",
                ],
            ) || end_is(&t, &["table"]) =>
            {
                if self.in_table_scope("tr") {
                    self.close_row();
                    self.in_table_body(t);
                }
            }
            Token::End(n) if matches!(n.as_str(), "tbody" | "tfoot" | "thead") => {
                if self.in_table_scope(&n) && self.in_table_scope("tr") {
                    self.close_row();
                    self.in_table_body(Token::End(n));
                }
            }
            t if end_is(
                &t,
                &["body", "caption", "col", "colgroup", "html", "td", "th"],
            ) => {}
            t => self.in_table(t),
        }
    }

    fn close_cell(&mut self) {
        self.implied_end_tags("");
        self.pop_until(&["td", "th"]);
        self.clear_to_marker();
        self.mode = Mode::InRow;
    }

    pub(super) fn in_cell(&mut self, t: Token) {
        match t {
            Token::End(n) if n == "td" || n == "th" => {
                if self.in_table_scope(&n) {
                    self.close_cell();
                }
            }
            t if start_is(&t, &TABLE_PARTS) => {
                if self.in_table_scope("td") || self.in_table_scope("th") {
                    self.close_cell();
                    self.in_row(t);
                }
            }
            t if end_is(&t, &["body", "caption", "col", "colgroup", "html"]) => {}
            Token::End(n) if matches!(n.as_str(), "table" | "tbody" | "tfoot" | "thead" | "tr") => {
                if self.in_table_scope(&n) {
                    self.close_cell();
                    self.in_row(Token::End(n));
                }
            }
            t => self.in_body(t),
        }
    }
}

//! The standard's tokenizer: tags with their attributes, text with its character references
//! read, and the raw-text states the tree rules switch it into (`script`, `style`, `title`,
//! `textarea`…). Comments and other markup declarations are skipped; they build no element.

use super::entities;

pub struct Tag {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub self_closing: bool,
}

pub enum Token {
    Doctype { quirks: bool },
    Start(Tag),
    End(String),
    Text(String),
    Eof,
}

/// How the text after a start tag is read until its end tag.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Raw {
    /// Ordinary markup.
    Markup,
    /// `title`, `textarea`: text with character references.
    Escapable,
    /// `style`, `xmp`, `iframe`, `noembed`, `noframes`, `noscript`: text as it is.
    Text,
    /// `script`, with the standard's `<!--` escapes.
    Script,
    /// `plaintext`: the rest of the page.
    Plain,
}

pub struct Tokenizer<'a> {
    s: &'a str,
    pos: usize,
    /// The mode for the text after the last start tag, and that tag's name.
    pub raw: Raw,
    raw_name: String,
    /// Whether the current node is foreign (SVG, MathML), where `<![CDATA[` opens text.
    pub foreign: bool,
}

/// The standard's ASCII whitespace, which the tokenizer and the tree rules both skip.
pub(super) fn is_space_byte(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}

/// Where the raw text of `name` ends in `s`: at `</name` followed by a space, `/` or `>`.
fn raw_end(s: &str, name: &str) -> usize {
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(i) = s[from..].find("</").map(|i| i + from) {
        if closes(b, i, name) {
            return i;
        }
        from = i + 2;
    }
    s.len()
}

/// Whether `</name` or `<name` (at `i`, with `/` when `slash`) is the whole tag name there.
fn tag_at(b: &[u8], i: usize, name: &str, slash: bool) -> bool {
    let start = i + 1 + slash as usize;
    let end = start + name.len();
    end < b.len()
        && b[start..end].eq_ignore_ascii_case(name.as_bytes())
        && (is_space_byte(b[end]) || b[end] == b'/' || b[end] == b'>')
}

fn closes(b: &[u8], i: usize, name: &str) -> bool {
    b.get(i + 1) == Some(&b'/') && tag_at(b, i, name, true)
}

/// Where a script's text ends: at `</script`, except inside `<!-- <script> … -->`, where the
/// standard reads a `</script>` as part of the text.
fn script_end(s: &str) -> usize {
    let b = s.as_bytes();
    // 0: plain, 1: escaped (after `<!--`), 2: double escaped (after `<!-- <script`).
    let mut state = 0;
    let mut i = 0;
    while i < b.len() {
        match state {
            0 if b[i] == b'<' => {
                if closes(b, i, "script") {
                    return i;
                }
                if b[i..].starts_with(b"<!--") {
                    state = 1;
                    // `<!-->` and `<!--->` close the escape at once.
                    i += 2;
                    continue;
                }
            }
            1 | 2 if b[i..].starts_with(b"-->") => {
                state = 0;
                i += 3;
                continue;
            }
            1 if b[i] == b'<' => {
                if closes(b, i, "script") {
                    return i;
                }
                if tag_at(b, i, "script", false) {
                    state = 2;
                }
            }
            2 if b[i] == b'<' && closes(b, i, "script") => {
                state = 1;
                i += 8;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    b.len()
}

impl<'a> Tokenizer<'a> {
    pub fn new(s: &'a str) -> Self {
        Tokenizer {
            s,
            pos: 0,
            raw: Raw::Markup,
            raw_name: String::new(),
            foreign: false,
        }
    }

    /// Reads the text after this start tag as `raw` until its end tag.
    pub fn switch(&mut self, raw: Raw, name: &str) {
        self.raw = raw;
        self.raw_name.clear();
        self.raw_name.push_str(name);
    }

    fn rest(&self) -> &'a str {
        &self.s[self.pos..]
    }

    fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while self.peek().is_some_and(is_space_byte) {
            self.pos += 1;
        }
    }

    pub fn next_token(&mut self) -> Token {
        loop {
            if self.raw != Raw::Markup {
                let rest = self.rest();
                let end = match self.raw {
                    Raw::Plain => rest.len(),
                    Raw::Script => script_end(rest),
                    _ => raw_end(rest, &self.raw_name),
                };
                let raw = std::mem::replace(&mut self.raw, Raw::Markup);
                self.pos += end;
                if end > 0 {
                    let text = &rest[..end];
                    return Token::Text(if raw == Raw::Escapable {
                        decode(text, false)
                    } else {
                        text.replace('\0', "\u{FFFD}")
                    });
                }
            }
            if self.pos >= self.s.len() {
                return Token::Eof;
            }
            if self.peek() == Some(b'<') && self.starts_markup() {
                if let Some(t) = self.markup() {
                    return t;
                }
                continue;
            }
            return Token::Text(self.text());
        }
    }

    /// Whether the `<` here opens markup rather than being text.
    fn starts_markup(&self) -> bool {
        match self.s.as_bytes().get(self.pos + 1) {
            Some(c) if c.is_ascii_alphabetic() => true,
            Some(b'!' | b'?') => true,
            Some(b'/') => self.pos + 2 < self.s.len(),
            _ => false,
        }
    }

    /// Text up to the next markup, references read, NULs dropped (browsers ignore them there).
    fn text(&mut self) -> String {
        let mut out = String::new();
        loop {
            let rest = self.rest();
            let stop = rest
                .bytes()
                .position(|b| matches!(b, b'<' | b'&' | b'\0'))
                .unwrap_or(rest.len());
            out.push_str(&rest[..stop]);
            self.pos += stop;
            match self.peek() {
                Some(b'&') => {
                    self.pos += 1;
                    let used = entities::read(self.rest(), false, &mut out);
                    if used == 0 {
                        out.push('&');
                    }
                    self.pos += used;
                }
                Some(b'\0') => self.pos += 1,
                Some(b'<') if !self.starts_markup() => {
                    out.push('<');
                    self.pos += 1;
                }
                _ => return out,
            }
        }
    }

    /// Markup at a `<`: a tag, or `None` for a comment, `</>` or other skipped declaration.
    fn markup(&mut self) -> Option<Token> {
        let rest = self.rest();
        let b = rest.as_bytes();
        match b[1] {
            b'!' => {
                if let Some(body) = rest.strip_prefix("<!--") {
                    let end = if body.starts_with('>') {
                        5
                    } else if body.starts_with("->") {
                        6
                    } else {
                        let close = [
                            body.find("-->").map(|i| i + 3),
                            body.find("--!>").map(|i| i + 4),
                        ];
                        close
                            .into_iter()
                            .flatten()
                            .min()
                            .map_or(rest.len(), |e| 4 + e)
                    };
                    self.pos += end;
                    None
                } else if b.len() >= 9 && b[2..9].eq_ignore_ascii_case(b"DOCTYPE") {
                    self.pos += 9;
                    Some(self.doctype())
                } else if self.foreign && rest.starts_with("<![CDATA[") {
                    let body = &rest[9..];
                    let end = body.find("]]>").unwrap_or(body.len());
                    self.pos += 9 + (end + 3).min(body.len());
                    Some(Token::Text(body[..end].to_string()))
                } else {
                    self.bogus_comment(2)
                }
            }
            b'?' => self.bogus_comment(1),
            b'/' => {
                if b[2] == b'>' {
                    self.pos += 3;
                    None
                } else if b[2].is_ascii_alphabetic() {
                    self.pos += 2;
                    let tag = self.tag_or_end()?;
                    Some(Token::End(tag.name))
                } else {
                    self.bogus_comment(2)
                }
            }
            _ => {
                self.pos += 1;
                let tag = self.tag_or_end()?;
                Some(Token::Start(tag))
            }
        }
    }

    fn bogus_comment(&mut self, skip: usize) -> Option<Token> {
        let body = &self.rest()[skip..];
        self.pos += skip + body.find('>').map_or(body.len(), |i| i + 1);
        None
    }

    /// A tag, or `None` with the page read to its end when it ends inside the tag (the standard
    /// drops such a tag and what follows it).
    fn tag_or_end(&mut self) -> Option<Tag> {
        let tag = self.tag();
        if tag.is_none() {
            self.pos = self.s.len();
        }
        tag
    }

    /// A tag's name and attributes, from just after `<` or `</`; `None` when the page ends
    /// inside it.
    fn tag(&mut self) -> Option<Tag> {
        let name = self.name(|b| is_space_byte(b) || b == b'/' || b == b'>');
        let mut tag = Tag {
            name,
            attrs: Vec::new(),
            self_closing: false,
        };
        loop {
            self.skip_space();
            match self.peek() {
                None => return None,
                Some(b'>') => {
                    self.pos += 1;
                    return Some(tag);
                }
                Some(b'/') => {
                    self.pos += 1;
                    if self.peek() == Some(b'>') {
                        self.pos += 1;
                        tag.self_closing = true;
                        return Some(tag);
                    }
                    continue;
                }
                _ => {}
            }
            // A name may begin with `=`; it ends at a space, `/`, `>` or `=`.
            let c = self.rest().chars().next()?;
            self.pos += c.len_utf8();
            let mut key = String::new();
            key.push(if c == '\0' {
                '\u{FFFD}'
            } else {
                c.to_ascii_lowercase()
            });
            key.push_str(&self.name(|b| is_space_byte(b) || b == b'/' || b == b'>' || b == b'='));
            self.skip_space();
            let mut value = String::new();
            if self.peek() == Some(b'=') {
                self.pos += 1;
                self.skip_space();
                match self.peek() {
                    Some(q @ (b'"' | b'\'')) => {
                        self.pos += 1;
                        let rest = self.rest();
                        let end = rest.find(q as char)?;
                        value = decode(&rest[..end], true);
                        self.pos += end + 1;
                    }
                    Some(b'>') | None => {}
                    Some(_) => {
                        let rest = self.rest();
                        let end = rest
                            .bytes()
                            .position(|b| is_space_byte(b) || b == b'>')
                            .unwrap_or(rest.len());
                        value = decode(&rest[..end], true);
                        self.pos += end;
                    }
                }
            }
            if !tag.attrs.iter().any(|(k, _)| *k == key) {
                tag.attrs.push((key, value));
            }
        }
    }

    /// A tag or attribute name up to `stop`, ASCII letters lower-cased.
    fn name(&mut self, stop: impl Fn(u8) -> bool) -> String {
        let rest = self.rest();
        let end = rest.bytes().position(stop).unwrap_or(rest.len());
        self.pos += end;
        rest[..end].to_ascii_lowercase().replace('\0', "\u{FFFD}")
    }

    /// A doctype after `<!DOCTYPE`: whether it puts the page in quirks mode.
    fn doctype(&mut self) -> Token {
        let rest = self.rest();
        let end = rest.find('>');
        self.pos += end.map_or(rest.len(), |e| e + 1);
        let Some(end) = end else {
            return Token::Doctype { quirks: true };
        };
        let body = rest[..end].trim_start_matches(|c: char| c.is_ascii_whitespace());
        let name_end = body
            .find(|c: char| c.is_ascii_whitespace())
            .unwrap_or(body.len());
        let name = &body[..name_end];
        let after = body[name_end..].trim();
        let lower = after.to_ascii_lowercase();
        let quoted = |s: &str| -> Option<(String, String)> {
            let s = s.trim_start();
            let q = s.chars().next().filter(|&c| c == '"' || c == '\'')?;
            let close = s[1..].find(q)?;
            Some((
                s[1..1 + close].to_ascii_lowercase(),
                s[2 + close..].to_string(),
            ))
        };
        let (public, system) = if let Some(r) = lower.strip_prefix("public") {
            match quoted(r) {
                Some((p, r)) => (Some(p), quoted(&r).map(|(s, _)| s)),
                None => return Token::Doctype { quirks: true },
            }
        } else if let Some(r) = lower.strip_prefix("system") {
            match quoted(r) {
                Some((s, _)) => (None, Some(s)),
                None => return Token::Doctype { quirks: true },
            }
        } else {
            (None, None)
        };
        Token::Doctype {
            quirks: quirks(name, public.as_deref(), system.as_deref()),
        }
    }
}

/// Whether a doctype puts the page in quirks mode (the standard's list, shortened to the
/// prefixes that cover it); only quirks mode changes the tree (`<p><table>`).
fn quirks(name: &str, public: Option<&str>, system: Option<&str>) -> bool {
    if !name.eq_ignore_ascii_case("html") {
        return true;
    }
    if system == Some("http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd") {
        return true;
    }
    let Some(p) = public else {
        return false;
    };
    const EXACT: [&str; 3] = [
        "-//w3o//dtd w3 html strict 3.0//en//",
        "-/w3c/dtd html 4.0 transitional/en",
        "html",
    ];
    const PREFIXES: [&str; 22] = [
        "+//silmaril//dtd html pro v0r11 19970101//",
        "-//as//dtd html 3.0 aswedit + extensions//",
        "-//advasoft ltd//dtd html 3.0 aswedit + extensions//",
        "-//ietf//dtd html",
        "-//metrius//dtd metrius presentational//",
        "-//microsoft//dtd internet explorer ",
        "-//netscape comm. corp.//dtd ",
        "-//o'reilly and associates//dtd html ",
        "-//softquad",
        "-//spyglass//dtd html 2.0 extended//",
        "-//sq//dtd html 2.0 hotmetal + extensions//",
        "-//sun microsystems corp.//dtd hotjava",
        "-//w3c//dtd html 3",
        "-//w3c//dtd html 4.0 frameset//",
        "-//w3c//dtd html 4.0 transitional//",
        "-//w3c//dtd html experimental ",
        "-//w3c//dtd w3 html//",
        "-//w3o//dtd w3 html 3.0//",
        "-//webtechs//dtd mozilla html",
        "-//w3c//dtd html 2.0",
        "-//w3o//dtd w3 html",
        "-//ietf//dtd",
    ];
    if EXACT.contains(&p) || PREFIXES.iter().any(|x| p.starts_with(x)) {
        return true;
    }
    system.is_none()
        && (p.starts_with("-//w3c//dtd html 4.01 frameset//")
            || p.starts_with("-//w3c//dtd html 4.01 transitional//"))
}

/// Text with its character references read.
fn decode(s: &str, in_attribute: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(['&', '\0']) {
        out.push_str(&rest[..i]);
        if rest.as_bytes()[i] == 0 {
            out.push('\u{FFFD}');
            rest = &rest[i + 1..];
            continue;
        }
        let used = entities::read(&rest[i + 1..], in_attribute, &mut out);
        if used == 0 {
            out.push('&');
        }
        rest = &rest[i + 1 + used..];
    }
    out.push_str(rest);
    out
}

//! What every match of a pack's regular expression must contain, worked out from the expression
//! itself, so a field is searched only when it holds those things. `regex-lite` has no literal
//! optimizations: it walks its NFA over every byte of every field, which was most of the
//! checking time. One Aho–Corasick pass over a field finds every pattern's required strings (a
//! keyword such as `whatsapp`, an `@`, a `+`) and the field's count of ASCII digits; a pattern
//! whose requirement is not met cannot match there and is skipped. The analysis only narrows
//! what it understands: an expression using syntax it does not know is always run.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, MatchKind};

/// Most strings a piece of an expression is expanded into (`whats?\s?app` is 14) before the
/// analysis stops expanding it and requires its parts one by one.
const MAX_STRINGS: usize = 64;
/// Most characters a character class may match and still be required as a set.
const MAX_CLASS: usize = 16;

/// A condition on a field that every match of an expression meets.
#[derive(Debug, Clone, PartialEq)]
enum Need {
    /// Nothing known: the expression always runs.
    Always,
    /// One of the prefilter's strings occurs (ASCII letters in any case).
    Text(usize),
    /// The field has at least this many ASCII digits (`\d` is ASCII in `regex-lite`).
    Digits(usize),
    All(Vec<Need>),
    Any(Vec<Need>),
}

impl Need {
    /// All of `needs`, nested ones flattened and digit counts first: they cost one comparison
    /// and rule out most fields.
    fn all(needs: Vec<Need>) -> Need {
        let mut needs: Vec<Need> = needs
            .into_iter()
            .flat_map(|n| match n {
                Need::All(v) => v,
                n => vec![n],
            })
            .filter(|n| *n != Need::Always)
            .collect();
        needs.sort_by_key(|n| !matches!(n, Need::Digits(_)));
        match needs.len() {
            0 => Need::Always,
            1 => needs.pop().expect("one need"),
            _ => Need::All(needs),
        }
    }

    fn any(needs: Vec<Need>) -> Need {
        if needs.is_empty() || needs.contains(&Need::Always) {
            Need::Always
        } else if needs.len() == 1 {
            needs.into_iter().next().expect("one need")
        } else {
            Need::Any(needs)
        }
    }

    fn met(&self, clues: &Clues) -> bool {
        match self {
            Need::Always => true,
            Need::Text(i) => clues.found[*i],
            Need::Digits(n) => clues.digits >= *n,
            Need::All(v) => v.iter().all(|n| n.met(clues)),
            Need::Any(v) => v.iter().any(|n| n.met(clues)),
        }
    }
}

/// What one pass over a field found: which required strings occur, and how many digits.
pub struct Clues {
    found: Vec<bool>,
    digits: usize,
}

/// Every pattern's requirement, and one automaton over all their required strings of more than
/// one byte; the one-byte ones (`@`, `+`, a space) are read off a table of the bytes present.
pub struct Prefilter {
    automaton: AhoCorasick,
    /// For each string of the automaton, its index among all strings.
    longer: Vec<usize>,
    /// The one-byte strings: index and byte.
    bytes: Vec<(usize, u8)>,
    strings: usize,
    needs: Vec<Need>,
}

impl Prefilter {
    /// Analyses each expression (in the order given; `could_match` takes the same index).
    pub fn new<'a>(expressions: impl IntoIterator<Item = &'a str>) -> Prefilter {
        let mut strings = Strings::default();
        let needs = expressions
            .into_iter()
            .map(|re| {
                Parser::new(re)
                    .parse()
                    .map_or(Need::Always, |piece| piece.need(&mut strings))
            })
            .collect();
        let (short, longer): (Vec<_>, Vec<_>) =
            (0..strings.list.len()).partition(|&i| strings.list[i].len() == 1);
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(true)
            .build(longer.iter().map(|&i| &strings.list[i]))
            .expect("prefilter automaton builds");
        Prefilter {
            automaton,
            longer,
            bytes: short
                .into_iter()
                .map(|i| (i, strings.list[i].as_bytes()[0]))
                .collect(),
            strings: strings.list.len(),
            needs,
        }
    }

    /// One pass over `text`: every required string it contains, and its digits.
    pub fn clues(&self, text: &str) -> Clues {
        let mut found = vec![false; self.strings];
        for m in self.automaton.find_overlapping_iter(text) {
            found[self.longer[m.pattern().as_usize()]] = true;
        }
        let mut present = [false; 128];
        let mut digits = 0;
        for b in text.bytes().filter(u8::is_ascii) {
            present[usize::from(b.to_ascii_lowercase())] = true;
            digits += usize::from(b.is_ascii_digit());
        }
        for &(i, b) in &self.bytes {
            found[i] = present[usize::from(b)];
        }
        Clues { found, digits }
    }

    /// False when expression `index` cannot match the text `clues` came from.
    pub fn could_match(&self, index: usize, clues: &Clues) -> bool {
        self.needs[index].met(clues)
    }
}

/// The required strings, deduplicated, ASCII letters lower-cased (the automaton ignores ASCII
/// case, so a requirement holds whatever the expression's case flag).
#[derive(Default)]
struct Strings {
    index: HashMap<String, usize>,
    list: Vec<String>,
}

impl Strings {
    fn id(&mut self, s: &str) -> usize {
        let s = s.to_ascii_lowercase();
        if let Some(&i) = self.index.get(&s) {
            return i;
        }
        self.list.push(s.clone());
        self.index.insert(s, self.list.len() - 1);
        self.list.len() - 1
    }
}

/// A piece of an expression: the exact strings it matches when they are few, what any match of
/// it must contain, and the fewest ASCII digits any match has.
#[derive(Debug, Clone)]
struct Piece {
    exact: Option<Vec<String>>,
    need: Vec<Piece>,
    any: bool,
    digits: usize,
}

impl Piece {
    fn exact(strings: Vec<String>, digits: usize) -> Piece {
        Piece {
            exact: Some(strings),
            need: Vec::new(),
            any: false,
            digits,
        }
    }

    /// A piece that may match anything (or the empty string): it requires nothing.
    fn nothing() -> Piece {
        Piece {
            exact: None,
            need: Vec::new(),
            any: false,
            digits: 0,
        }
    }

    fn need(&self, strings: &mut Strings) -> Need {
        let own = match &self.exact {
            // Every string has a digit and every digit is one of them: any digit will do.
            Some(list)
                if DIGITS.iter().all(|d| list.contains(&d.to_string()))
                    && list.iter().all(|s| s.bytes().any(|b| b.is_ascii_digit())) =>
            {
                Need::Digits(1)
            }
            Some(list) if list.iter().all(|s| !s.is_empty()) => {
                Need::any(list.iter().map(|s| Need::Text(strings.id(s))).collect())
            }
            Some(_) => Need::Always,
            None => {
                let parts: Vec<Need> = self.need.iter().map(|p| p.need(strings)).collect();
                if self.any {
                    Need::any(parts)
                } else {
                    Need::all(parts)
                }
            }
        };
        let digits = match self.digits {
            0 => Need::Always,
            n => Need::Digits(n),
        };
        Need::all(vec![own, digits])
    }

    /// Pieces one after another.
    fn concat(pieces: Vec<Piece>) -> Piece {
        let digits = pieces.iter().map(|p| p.digits).sum();
        let mut parts = Vec::new();
        let mut run: Option<Vec<String>> = Some(vec![String::new()]);
        for p in pieces {
            match (p.exact.as_ref(), run.take()) {
                (Some(next), Some(prev)) if prev.len() * next.len() <= MAX_STRINGS => {
                    run = Some(product(&prev, next));
                }
                (Some(next), prev) => {
                    parts.extend(prev.map(|s| Piece::exact(s, 0)));
                    run = Some(next.clone());
                }
                (None, prev) => {
                    parts.extend(prev.map(|s| Piece::exact(s, 0)));
                    parts.push(Piece { digits: 0, ..p });
                    run = Some(vec![String::new()]);
                }
            }
        }
        if parts.is_empty() {
            return Piece::exact(run.unwrap_or_default(), digits);
        }
        parts.extend(run.map(|s| Piece::exact(s, 0)));
        Piece {
            exact: None,
            need: parts,
            any: false,
            digits,
        }
    }

    /// One of several pieces.
    fn alternation(mut pieces: Vec<Piece>) -> Piece {
        if pieces.len() == 1 {
            return pieces.pop().expect("one piece");
        }
        let digits = pieces.iter().map(|p| p.digits).min().unwrap_or(0);
        let exact: Option<Vec<String>> = pieces
            .iter()
            .map(|p| p.exact.clone())
            .collect::<Option<Vec<_>>>()
            .map(|v| v.concat())
            .filter(|v| v.len() <= MAX_STRINGS);
        match exact {
            Some(list) => Piece::exact(list, digits),
            _ => Piece {
                exact: None,
                need: pieces,
                any: true,
                digits: 0,
            },
        }
    }

    /// The piece repeated at least `min` times, at most `max` times.
    fn repeat(self, min: usize, max: Option<usize>) -> Piece {
        if min == 0 {
            return match (self.exact, max) {
                (Some(mut list), Some(1)) if list.len() < MAX_STRINGS => {
                    list.push(String::new());
                    Piece::exact(list, 0)
                }
                _ => Piece::nothing(),
            };
        }
        let digits = self.digits * min;
        if max == Some(min) {
            if let Some(list) = &self.exact {
                if list
                    .len()
                    .checked_pow(min as u32)
                    .is_some_and(|n| n <= MAX_STRINGS)
                {
                    let mut out = vec![String::new()];
                    for _ in 0..min {
                        out = product(&out, list);
                    }
                    return Piece::exact(out, digits);
                }
            }
        }
        Piece {
            exact: None,
            need: vec![Piece { digits: 0, ..self }],
            any: false,
            digits,
        }
    }
}

fn product(prev: &[String], next: &[String]) -> Vec<String> {
    let mut out: Vec<String> = prev
        .iter()
        .flat_map(|a| next.iter().map(move |b| format!("{a}{b}")))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// A recursive-descent reader of the `regex-lite` syntax packs use. `None` means "not
/// understood": the expression then always runs.
struct Parser {
    chars: Vec<char>,
    pos: usize,
}

impl Parser {
    fn new(re: &str) -> Parser {
        Parser {
            chars: re.chars().collect(),
            pos: 0,
        }
    }

    fn parse(mut self) -> Option<Piece> {
        let piece = self.alternation(false)?;
        (self.pos == self.chars.len()).then_some(piece)
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        let yes = self.peek() == Some(c);
        self.pos += usize::from(yes);
        yes
    }

    fn alternation(&mut self, mut fold: bool) -> Option<Piece> {
        let mut branches = Vec::new();
        let mut pieces = Vec::new();
        loop {
            match self.peek() {
                None | Some(')') => break,
                Some('|') => {
                    self.pos += 1;
                    branches.push(Piece::concat(std::mem::take(&mut pieces)));
                }
                Some('(') if self.chars[self.pos..].starts_with(&['(', '?']) => {
                    // `(?i)` turns case folding on for the rest of the group.
                    let start = self.pos;
                    self.pos += 2;
                    if let Some(flags) = self.flags() {
                        if self.eat(')') {
                            fold = flags.unwrap_or(fold);
                            continue;
                        }
                    }
                    self.pos = start;
                    pieces.push(self.repeat(fold)?);
                }
                Some(_) => pieces.push(self.repeat(fold)?),
            }
        }
        branches.push(Piece::concat(pieces));
        Some(Piece::alternation(branches))
    }

    /// Flags after `(?`: `Some(true)` when `i` is set, `Some(false)` when cleared, `None` when
    /// untouched. Verbose mode (`x`) is not understood.
    fn flags(&mut self) -> Option<Option<bool>> {
        let mut fold = None;
        let mut on = true;
        while let Some(c) = self.peek() {
            match c {
                'i' => fold = Some(on),
                '-' => on = false,
                'm' | 's' | 'U' | 'R' => {}
                ')' | ':' => return Some(fold),
                _ => return None,
            }
            self.pos += 1;
        }
        None
    }

    fn repeat(&mut self, fold: bool) -> Option<Piece> {
        let atom = self.atom(fold)?;
        let (min, max) = match self.peek() {
            Some('?') => (0, Some(1)),
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('{') => {
                self.pos += 1;
                let min = self.number()?;
                let max = if self.eat(',') {
                    if self.peek() == Some('}') {
                        None
                    } else {
                        Some(self.number()?)
                    }
                } else {
                    Some(min)
                };
                if self.peek() != Some('}') {
                    return None;
                }
                (min, max)
            }
            _ => return Some(atom),
        };
        self.pos += 1;
        self.eat('?');
        Some(atom.repeat(min, max))
    }

    fn number(&mut self) -> Option<usize> {
        let start = self.pos;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        self.chars[start..self.pos]
            .iter()
            .collect::<String>()
            .parse()
            .ok()
    }

    fn atom(&mut self, fold: bool) -> Option<Piece> {
        let c = self.peek()?;
        self.pos += 1;
        match c {
            '(' => {
                let mut fold = fold;
                if self.eat('?') {
                    if self.eat('P') || self.peek() == Some('<') {
                        self.eat('<');
                        while self.peek()? != '>' {
                            self.pos += 1;
                        }
                        self.pos += 1;
                    } else {
                        fold = self.flags()?.unwrap_or(fold);
                        if !self.eat(':') {
                            return None;
                        }
                    }
                }
                let inner = self.alternation(fold)?;
                self.eat(')').then_some(inner)
            }
            '[' => self.class(fold),
            '\\' => self.escape(fold, false),
            '^' | '$' => Some(Piece::exact(vec![String::new()], 0)),
            '.' => Some(Piece::nothing()),
            '*' | '+' | '?' | '{' | ')' | '|' => None,
            c => Some(chars(&[c], fold)),
        }
    }

    /// After a backslash. Inside a class only escapes of one character or of a class of
    /// characters make sense.
    fn escape(&mut self, fold: bool, in_class: bool) -> Option<Piece> {
        let c = self.peek()?;
        self.pos += 1;
        let piece = match c {
            'd' => chars(&DIGITS, false),
            's' => chars(&['\t', '\n', '\u{b}', '\u{c}', '\r', ' '], false),
            'w' | 'D' | 'S' | 'W' => Piece::nothing(),
            'b' | 'B' | 'A' | 'z' if !in_class => Piece::exact(vec![String::new()], 0),
            'n' => chars(&['\n'], false),
            't' => chars(&['\t'], false),
            'r' => chars(&['\r'], false),
            c if c.is_ascii_punctuation() || c == ' ' => chars(&[c], fold),
            _ => return None,
        };
        Some(piece)
    }

    /// A bracketed class: its characters when they are few, else nothing required.
    fn class(&mut self, fold: bool) -> Option<Piece> {
        let negated = self.eat('^');
        let mut set: Vec<char> = Vec::new();
        let mut open = false;
        let mut first = true;
        loop {
            let c = self.peek()?;
            self.pos += 1;
            match c {
                ']' if !first => break,
                '[' => return None,
                '\\' => match self.escape(fold, true)?.exact {
                    Some(list) => set.extend(list.iter().flat_map(|s| s.chars())),
                    None => open = true,
                },
                c if self.peek() == Some('-') && self.chars.get(self.pos + 1) != Some(&']') => {
                    self.pos += 1;
                    let end = self.peek()?;
                    self.pos += 1;
                    if end == '\\' || end < c {
                        return None;
                    }
                    if (end as u32 - c as u32) as usize >= MAX_CLASS {
                        open = true;
                    } else {
                        set.extend(c..=end);
                    }
                }
                c => set.push(c),
            }
            first = false;
        }
        if negated || open || set.len() > MAX_CLASS {
            return Some(Piece::nothing());
        }
        let digits = usize::from(!set.is_empty() && set.iter().all(char::is_ascii_digit));
        let mut piece = chars(&set, fold);
        piece.digits = digits;
        Some(piece)
    }
}

const DIGITS: [char; 10] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/// One character out of `set`. Under case folding a letter outside ASCII also stands for its
/// other cases (`regex-lite` folds ASCII only, so this is only ever more than needed).
fn chars(set: &[char], fold: bool) -> Piece {
    let mut list: Vec<String> = Vec::new();
    for &c in set {
        list.push(c.to_string());
        if fold && !c.is_ascii() {
            list.extend(c.to_lowercase().map(String::from));
            list.extend(c.to_uppercase().map(String::from));
        }
    }
    list.sort();
    list.dedup();
    let digits =
        usize::from(set.len() == 1 && set[0].is_ascii_digit()).max(usize::from(set == DIGITS));
    Piece::exact(list, digits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_lite::Regex;

    fn could(re: &str, text: &str) -> bool {
        let p = Prefilter::new([re]);
        p.could_match(0, &p.clues(text))
    }

    #[test]
    fn a_pattern_runs_only_where_its_required_strings_and_digits_are() {
        let email = r"(?i)\b[a-z0-9._%+\-]+@[a-z0-9\-]+\.[a-z]{2,}\b|\b[a-z]+\s*[\[(]\s*at\s*[\])]\s*[a-z]+\s*[\[(]\s*dot\s*[\])]\s*[a-z]{2,}\b";
        assert!(!could(email, "Gucci belt, black leather, size 90"));
        assert!(could(email, "write to me@example.com"));
        assert!(could(email, "me (AT) example [DOT] com"));
        let imei = r"(?i)\bimei\s*[:：]?\s*(\d{15})\b";
        assert!(!could(imei, "IMEI: 12345678901234"));
        assert!(could(imei, "IMEI: 123456789012345"));
        assert!(!could(imei, "123456789012345"));
        let phone =
            r"(?:\b(?:tel|phone)\b\.?\s*[:：]?\s*\(?\d(?:[ .()\-]{0,2}\d){8,13}|[тТ]ел\.?\s*\d{9})";
        assert!(!could(phone, "phone 12 34"));
        assert!(could(phone, "PHONE: 0123 456 789"));
        assert!(could(phone, "Тел 012345678"));
        assert!(!could(phone, "tablet 0123456789"));
    }

    #[test]
    fn syntax_it_does_not_know_runs_the_pattern_everywhere() {
        for re in [r"\p{Greek}+x", r"(?x) a b", r"[[:alpha:]]x", r"\x41", "a{2"] {
            assert!(could(re, ""), "{re}");
        }
    }

    /// The analysis reads `(?i)` as ASCII folding, as `regex-lite` documents: the Kelvin sign
    /// and the long s do not match `k` and `s`.
    #[test]
    fn regex_lite_folds_ascii_only() {
        assert!(!Regex::new("(?i)k").unwrap().is_match("\u{212A}"));
        assert!(!Regex::new("(?i)s").unwrap().is_match("\u{17F}"));
        assert!(Regex::new("(?i)wa").unwrap().is_match("WA"));
    }

    /// Every bundled pattern, on text made of pieces of the patterns themselves: whenever the
    /// pattern matches, the prefilter lets it run.
    #[cfg(not(target_family = "wasm"))]
    #[test]
    fn never_skips_a_pattern_that_matches() {
        use proptest::prelude::*;
        use proptest::test_runner::{Config, TestRunner};
        let rules = crate::RuleSet::from_bytes(crate::BUNDLED_RULES).unwrap();
        let patterns: Vec<&str> = rules
            .packs
            .iter()
            .flat_map(|p| p.patterns.iter().map(|p| p.regex.as_str()))
            .collect();
        let compiled: Vec<Regex> = patterns.iter().map(|p| Regex::new(p).unwrap()).collect();
        let prefilter = Prefilter::new(patterns.iter().copied());
        let pieces: &'static [&str] = &[
            "whatsapp",
            "WA",
            "wa.me/",
            " ",
            "+",
            "(",
            ")",
            "-",
            ".",
            "1",
            "3",
            "8",
            "0",
            "@",
            "com",
            "tel",
            "Phone",
            ":",
            "：",
            "IMEI",
            "sm-",
            "A",
            "g5",
            "копия",
            "Тел",
            "iphone",
            "15",
            "android",
            "gb",
            "微信",
            "vx",
            "rolex",
            " ref ",
            "telegram",
            "t.me/",
            "line id",
            "ВК",
            "copy",
            "\n",
            "instagram",
            "dm",
            "at",
            "dot",
            "[",
            "]",
            "i15 pro max",
            "e",
        ];
        let text = proptest::collection::vec(proptest::sample::select(pieces), 0..24)
            .prop_map(|v| v.concat());
        let mut runner = TestRunner::new(Config::with_cases(3000));
        runner
            .run(&text, |t| {
                let clues = prefilter.clues(&t);
                for (i, re) in compiled.iter().enumerate() {
                    prop_assert!(!re.is_match(&t) || prefilter.could_match(i, &clues));
                }
                Ok(())
            })
            .unwrap();
    }
}

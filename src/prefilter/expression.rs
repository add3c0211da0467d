//! Reading an expression into pieces: for each, the exact strings it matches when they are few,
//! what any match of it must contain, the fewest ASCII digits any match has, the longest run of
//! them every match has, and the most bytes any match spans.

use super::{Need, Strings, BOUNDARY};

/// Most strings a piece of an expression is expanded into (`whats?\s?app` is 14) before the
/// analysis stops expanding it and requires its parts one by one.
const MAX_STRINGS: usize = 64;
/// Most characters a character class may match and still be required as a set.
const MAX_CLASS: usize = 16;

/// A piece of an expression: the exact strings it matches when they are few, what any match of
/// it must contain, the fewest ASCII digits any match has, and the most bytes any match spans
/// (`None`: no bound, or an assertion on the end of the text, `$`, which a match found in a
/// stretch of the text could meet where the whole text does not).
#[derive(Debug, Clone)]
pub(super) struct Piece {
    exact: Option<Vec<String>>,
    need: Vec<Piece>,
    any: bool,
    digits: usize,
    len: Option<usize>,
    run: Run,
}

/// Consecutive ASCII digits in every match of a piece: the longest run each has, and, when a
/// match is nothing but digits, the fewest it has.
#[derive(Debug, Clone, Copy, Default)]
struct Run {
    least: usize,
    only: Option<usize>,
}

impl Run {
    /// Of the exact strings a piece matches.
    fn of(strings: &[String]) -> Run {
        let plain = strings.iter().map(|s| s.replace(BOUNDARY, ""));
        let longest = |s: &str| {
            s.split(|c: char| !c.is_ascii_digit())
                .map(str::len)
                .max()
                .unwrap_or(0)
        };
        Run {
            least: plain.clone().map(|s| longest(&s)).min().unwrap_or(0),
            only: plain
                .clone()
                .all(|s| s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| plain.map(|s| s.len()).min().unwrap_or(0)),
        }
    }

    /// Of pieces one after another: runs of pieces made of digits join up.
    fn concat(runs: impl Iterator<Item = Run>) -> Run {
        let (mut least, mut joined, mut only) = (0, 0, Some(0));
        for r in runs {
            match r.only {
                Some(n) => joined += n,
                None => joined = 0,
            }
            least = least.max(joined).max(r.least);
            only = only.zip(r.only).map(|(a, b)| a + b);
        }
        Run { least, only }
    }

    /// Of one piece out of several.
    fn alternation(runs: impl Iterator<Item = Run>) -> Run {
        runs.reduce(|a, b| Run {
            least: a.least.min(b.least),
            only: a.only.zip(b.only).map(|(a, b)| a.min(b)),
        })
        .unwrap_or_default()
    }

    /// Of a piece repeated at least `min` times.
    fn repeat(self, min: usize) -> Run {
        match (min, self.only) {
            (0, only) => Run {
                least: 0,
                only: only.map(|_| 0),
            },
            (_, Some(n)) => Run {
                least: n * min,
                only: Some(n * min),
            },
            _ => self,
        }
    }
}

impl Piece {
    fn exact(strings: Vec<String>, digits: usize) -> Piece {
        let len = strings
            .iter()
            .map(|s| s.replace(BOUNDARY, "").len())
            .max()
            .unwrap_or(0);
        Piece {
            run: Run::of(&strings),
            exact: Some(strings),
            need: Vec::new(),
            any: false,
            digits,
            len: Some(len),
        }
    }

    /// A piece that may match anything (or the empty string): it requires nothing.
    fn nothing() -> Piece {
        Piece {
            exact: None,
            need: Vec::new(),
            any: false,
            digits: 0,
            len: None,
            run: Run::default(),
        }
    }

    /// One character of a set too wide to require, at most `len` bytes long.
    fn one_of_many(len: usize) -> Piece {
        Piece {
            len: Some(len),
            ..Piece::nothing()
        }
    }

    /// With `len` as its longest match and `run` as its digits.
    fn spanning(self, len: Option<usize>, run: Run) -> Piece {
        Piece { len, run, ..self }
    }

    /// When every match has an ASCII digit and that bound holds, the most bytes a match spans
    /// and the longest run of digits every match has: a match then lies within that many bytes
    /// of a run of the text's digits at least that long.
    pub(super) fn span(&self) -> Option<(usize, usize)> {
        self.len
            .filter(|_| self.digits > 0)
            .map(|len| (len, self.run.least.max(1)))
    }

    pub(super) fn need(&self, strings: &mut Strings) -> Need {
        let plain: Option<Vec<String>> = self
            .exact
            .as_ref()
            .map(|list| list.iter().map(|s| s.replace(BOUNDARY, "")).collect());
        let own = match (&self.exact, &plain) {
            // Every string has a digit and every digit is one of them: any digit will do.
            (Some(list), Some(plain))
                if DIGITS.iter().all(|d| plain.contains(&d.to_string()))
                    && list.iter().all(|s| s.bytes().any(|b| b.is_ascii_digit())) =>
            {
                Need::Digits(1)
            }
            (Some(list), Some(plain)) if plain.iter().all(|s| !s.is_empty()) => {
                Need::any(list.iter().map(|s| Need::Text(strings.id(s))).collect())
            }
            (Some(_), _) => Need::Always,
            (None, _) => {
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
        let len = pieces.iter().map(|p| p.len).sum();
        let run = Run::concat(pieces.iter().map(|p| p.run));
        let mut parts = Vec::new();
        let digits_run = run;
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
            return Piece::exact(run.unwrap_or_default(), digits).spanning(len, digits_run);
        }
        parts.extend(run.map(|s| Piece::exact(s, 0)));
        Piece {
            exact: None,
            need: parts,
            any: false,
            digits,
            len,
            run: digits_run,
        }
    }

    /// One of several pieces.
    fn alternation(mut pieces: Vec<Piece>) -> Piece {
        if pieces.len() == 1 {
            return pieces.pop().expect("one piece");
        }
        let digits = pieces.iter().map(|p| p.digits).min().unwrap_or(0);
        let len = pieces
            .iter()
            .map(|p| p.len)
            .collect::<Option<Vec<usize>>>()
            .map(|lens| lens.into_iter().max().unwrap_or(0));
        let run = Run::alternation(pieces.iter().map(|p| p.run));
        let exact: Option<Vec<String>> = pieces
            .iter()
            .map(|p| p.exact.clone())
            .collect::<Option<Vec<_>>>()
            .map(|v| v.concat())
            .filter(|v| v.len() <= MAX_STRINGS);
        match exact {
            Some(list) => Piece::exact(list, digits).spanning(len, run),
            _ => Piece {
                exact: None,
                need: pieces,
                any: true,
                digits: 0,
                len,
                run,
            },
        }
    }

    /// The piece repeated at least `min` times, at most `max` times.
    fn repeat(self, min: usize, max: Option<usize>) -> Piece {
        let len = self.len.zip(max).map(|(l, n)| l * n);
        let run = self.run.repeat(min);
        self.repeated(min, max).spanning(len, run)
    }

    fn repeated(self, min: usize, max: Option<usize>) -> Piece {
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
            len: None,
            run: Run::default(),
        }
    }
}

fn product(prev: &[String], next: &[String]) -> Vec<String> {
    let mut out: Vec<String> = prev
        .iter()
        .flat_map(|a| next.iter().map(move |b| format!("{a}{b}")))
        .collect();
    crate::sort::sort(&mut out);
    out.dedup();
    out
}

/// A recursive-descent reader of the `regex-lite` syntax packs use. `None` means "not
/// understood": the expression then always runs.
pub(super) struct Parser {
    chars: Vec<char>,
    pos: usize,
}

impl Parser {
    pub(super) fn new(re: &str) -> Parser {
        Parser {
            chars: re.chars().collect(),
            pos: 0,
        }
    }

    pub(super) fn parse(mut self) -> Option<Piece> {
        let piece = self.alternation()?;
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

    fn alternation(&mut self) -> Option<Piece> {
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
                    // Flags for the rest of the group (`(?i)`) change nothing required.
                    let start = self.pos;
                    self.pos += 2;
                    if self.flags().is_some() && self.eat(')') {
                        continue;
                    }
                    self.pos = start;
                    pieces.push(self.repeat()?);
                }
                Some(_) => pieces.push(self.repeat()?),
            }
        }
        branches.push(Piece::concat(pieces));
        Some(Piece::alternation(branches))
    }

    /// Skips the flags after `(?`. Case folding changes nothing required: `regex-lite` folds
    /// ASCII letters only, and the automaton ignores their case anyway. Verbose mode (`x`) is
    /// not understood.
    fn flags(&mut self) -> Option<()> {
        while let Some(c) = self.peek() {
            match c {
                'i' | '-' | 'm' | 's' | 'U' | 'R' => {}
                ')' | ':' => return Some(()),
                _ => return None,
            }
            self.pos += 1;
        }
        None
    }

    fn repeat(&mut self) -> Option<Piece> {
        let atom = self.atom()?;
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

    fn atom(&mut self) -> Option<Piece> {
        let c = self.peek()?;
        self.pos += 1;
        match c {
            '(' => {
                if self.eat('?') {
                    if self.eat('P') || self.peek() == Some('<') {
                        self.eat('<');
                        while self.peek()? != '>' {
                            self.pos += 1;
                        }
                        self.pos += 1;
                    } else {
                        self.flags()?;
                        if !self.eat(':') {
                            return None;
                        }
                    }
                }
                let inner = self.alternation()?;
                self.eat(')').then_some(inner)
            }
            '[' => self.class(),
            '\\' => self.escape(false),
            '^' => Some(Piece::exact(vec![String::new()], 0)),
            '$' => Some(Piece::exact(vec![String::new()], 0).spanning(None, Run::default())),
            '.' => Some(Piece::one_of_many(4)),
            '*' | '+' | '?' | '{' | ')' | '|' => None,
            c => Some(chars(&[c])),
        }
    }

    /// After a backslash. Inside a class only escapes of one character or of a class of
    /// characters make sense.
    fn escape(&mut self, in_class: bool) -> Option<Piece> {
        let c = self.peek()?;
        self.pos += 1;
        let piece = match c {
            'd' => chars(&DIGITS),
            's' => chars(&['\t', '\n', '\u{b}', '\u{c}', '\r', ' ']),
            // ASCII in `regex-lite`, like `\d` and `\s`.
            'w' => Piece::one_of_many(1),
            'D' | 'S' | 'W' => Piece::one_of_many(4),
            'b' if !in_class => Piece::exact(vec![BOUNDARY.to_string()], 0),
            'B' | 'A' if !in_class => Piece::exact(vec![String::new()], 0),
            'z' if !in_class => Piece::exact(vec![String::new()], 0).spanning(None, Run::default()),
            'n' => chars(&['\n']),
            't' => chars(&['\t']),
            'r' => chars(&['\r']),
            c if c.is_ascii_punctuation() || c == ' ' => chars(&[c]),
            _ => return None,
        };
        Some(piece)
    }

    /// A bracketed class: its characters when they are few, else nothing required.
    fn class(&mut self) -> Option<Piece> {
        let negated = self.eat('^');
        let mut set: Vec<char> = Vec::new();
        let mut open = false;
        let mut first = true;
        // The longest character in the class, in bytes.
        let mut widest = 1;
        loop {
            let c = self.peek()?;
            self.pos += 1;
            match c {
                ']' if !first => break,
                '[' => return None,
                '\\' => {
                    let piece = self.escape(true)?;
                    widest = widest.max(piece.len.unwrap_or(4));
                    match piece.exact {
                        Some(list) => set.extend(list.iter().flat_map(|s| s.chars())),
                        None => open = true,
                    }
                }
                c if self.peek() == Some('-') && self.chars.get(self.pos + 1) != Some(&']') => {
                    self.pos += 1;
                    let end = self.peek()?;
                    self.pos += 1;
                    if end == '\\' || end < c {
                        return None;
                    }
                    widest = widest.max(end.len_utf8());
                    if (end as u32 - c as u32) as usize >= MAX_CLASS {
                        open = true;
                    } else {
                        set.extend(c..=end);
                    }
                }
                c => {
                    widest = widest.max(c.len_utf8());
                    set.push(c);
                }
            }
            first = false;
        }
        if negated {
            return Some(Piece::one_of_many(4));
        }
        if open || set.len() > MAX_CLASS {
            return Some(Piece::one_of_many(widest));
        }
        let digits = usize::from(!set.is_empty() && set.iter().all(char::is_ascii_digit));
        let mut piece = chars(&set);
        piece.digits = digits;
        Some(piece)
    }
}

const DIGITS: [char; 10] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/// One character out of `set`.
fn chars(set: &[char]) -> Piece {
    let mut list: Vec<String> = set.iter().map(char::to_string).collect();
    crate::sort::sort(&mut list);
    list.dedup();
    let digits =
        usize::from(set.len() == 1 && set[0].is_ascii_digit()).max(usize::from(set == DIGITS));
    Piece::exact(list, digits)
}

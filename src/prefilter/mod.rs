//! What every match of a pack's regular expression must contain, worked out from the expression
//! itself, so a field is searched only when it holds those things. `regex-lite` has no literal
//! optimizations: it walks its NFA over every byte of every field, which was most of the
//! checking time. One Aho–Corasick pass over a field finds every pattern's required strings (a
//! keyword such as `whatsapp`, an `@`, a `+`) and the field's count of ASCII digits; a pattern
//! whose requirement is not met cannot match there and is skipped. The analysis only narrows
//! what it understands: an expression using syntax it does not know is always run.

use std::borrow::Borrow;
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use regex_lite::Regex;
use serde::{Deserialize, Serialize};

use crate::phrases::Phrases;

use expression::{Parser, Piece};

mod expression;

/// A condition on a field that every match of an expression meets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
enum Need {
    /// Nothing known: the expression always runs.
    Always,
    /// One of the prefilter's strings occurs (ASCII letters in any case).
    Text(usize),
    /// One of several strings occurs: bits of [`Clues::found`], by word, so a list of
    /// alternatives (`(?:ln|lv|lb|…)`) is a few bitwise tests.
    Texts(Vec<(usize, u64)>),
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
        crate::sort::sort_by_key(&mut needs, |n| !matches!(n, Need::Digits(_)));
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
        } else if needs.iter().all(|n| matches!(n, Need::Text(_))) {
            let mut words: Vec<(usize, u64)> = Vec::new();
            for n in needs {
                let Need::Text(i) = n else { continue };
                match words.iter_mut().find(|(w, _)| *w == i / 64) {
                    Some((_, bits)) => *bits |= 1 << (i % 64),
                    None => words.push((i / 64, 1 << (i % 64))),
                }
            }
            Need::Texts(words)
        } else {
            Need::Any(needs)
        }
    }

    /// The same condition with string `i` numbered `to[i]`.
    fn renumber(&self, to: &[usize]) -> Need {
        match self {
            Need::Always => Need::Always,
            Need::Digits(n) => Need::Digits(*n),
            Need::Text(i) => Need::Text(to[*i]),
            Need::Texts(words) => Need::any(
                words
                    .iter()
                    .flat_map(|&(w, bits)| {
                        (0..64)
                            .filter(move |b| bits >> b & 1 != 0)
                            .map(move |b| Need::Text(to[w * 64 + b]))
                    })
                    .collect(),
            ),
            Need::All(v) => Need::All(v.iter().map(|n| n.renumber(to)).collect()),
            Need::Any(v) => Need::Any(v.iter().map(|n| n.renumber(to)).collect()),
        }
    }

    /// The fewest digits a field meeting this need has: one comparison rules most fields out
    /// before the need's alternatives are walked.
    fn least_digits(&self) -> usize {
        match self {
            Need::Digits(n) => *n,
            Need::All(v) => v.iter().map(Need::least_digits).max().unwrap_or(0),
            Need::Any(v) => v.iter().map(Need::least_digits).min().unwrap_or(0),
            Need::Always | Need::Text(_) | Need::Texts(_) => 0,
        }
    }

    fn met(&self, clues: &Clues) -> bool {
        match self {
            Need::Always => true,
            Need::Text(i) => clues.found[i / 64] & 1 << (i % 64) != 0,
            Need::Texts(words) => words.iter().any(|&(w, bits)| clues.found[w] & bits != 0),
            Need::Digits(n) => clues.digits >= *n,
            Need::All(v) => v.iter().all(|n| n.met(clues)),
            Need::Any(v) => v.iter().any(|n| n.met(clues)),
        }
    }
}

/// What one pass over a field found: which required strings occur, how many digits, and where
/// its runs of digits are.
pub struct Clues {
    /// Which strings occur, one bit each.
    found: Vec<u64>,
    digits: usize,
    runs: Vec<(usize, usize)>,
}

/// Stands for `\b` in a required string while the expression is read: a string the expression
/// puts between word boundaries (`\bwa\b`) is required only where it stands as a word, so
/// `cel` inside "excellent" does not let a phone pattern run.
pub(super) const BOUNDARY: char = '\u{1}';

/// Whether `b` is a word byte for `regex-lite`'s `\b` (ASCII only).
fn word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Every pattern's requirement, and one automaton over all their required strings of more than
/// one byte; the one-byte ones (`@`, `+`, a space) are read off a table of the bytes present.
pub struct Prefilter {
    automaton: Phrases,
    /// For each string of the automaton, its index among all strings and whether it must start
    /// and end on a word boundary.
    longer: Vec<(usize, bool, bool)>,
    /// The one-byte strings: index and byte.
    bytes: Vec<(usize, u8)>,
    strings: usize,
    needs: Vec<Need>,
    /// Each need's [`Need::least_digits`].
    least_digits: Vec<usize>,
    /// For each expression, when every match has a digit and a bounded length, the most bytes a
    /// match spans and the longest run of digits each has ([`expression::Piece::span`]).
    spans: Vec<Option<(usize, usize)>>,
    /// For each expression without that bound that is one alternation, its branches.
    branches: Vec<Vec<Branch>>,
}

/// One branch of an alternation, with what it needs, compiled alone on first use. A field that
/// meets one branch's need only is searched with that branch: the others cannot match there,
/// and `regex-lite`'s cost per byte grows with the whole expression (the phone pattern's
/// keywords in six scripts, walked over every description with eleven digits).
struct Branch {
    need: Need,
    source: String,
    regex: OnceLock<Option<Regex>>,
}

/// What every match of one expression needs, over its own list of required strings. Worked
/// out when a rule set is serialized and kept in the bundled bytes, so loading them parses no
/// expression.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    need: Need,
    /// Each string with whether it must start and end on a word boundary.
    strings: Vec<(String, bool, bool)>,
    span: Option<(usize, usize)>,
    /// For an expression without that bound that is one alternation, each branch's need and
    /// source (see [`Branch`]).
    branches: Vec<(Need, String)>,
}

impl Analysis {
    pub fn of(expression: &str) -> Analysis {
        let mut strings = Strings::default();
        // Read once as branches; the whole is their alternation.
        let (piece, split) = match Parser::new(expression).branches() {
            Some(mut split) if split.len() == 1 => (split.pop().map(|b| b.0), Vec::new()),
            Some(split) => {
                let pieces = split.iter().map(|b| b.0.clone()).collect();
                (Some(Piece::alternation(pieces)), split)
            }
            None => (Parser::new(expression).parse(), Vec::new()),
        };
        let span = piece.as_ref().and_then(|p| p.span());
        let need = piece.map_or(Need::Always, |p| p.need(&mut strings));
        // A bounded expression is searched near digits instead.
        let branches = if span.is_some() {
            Vec::new()
        } else {
            split
                .into_iter()
                .map(|(piece, source)| (piece.need(&mut strings), source))
                .collect()
        };
        Analysis {
            need,
            strings: strings.list,
            span,
            branches,
        }
    }
}

impl Prefilter {
    /// Analyses each expression (in the order given; `could_match` takes the same index).
    #[cfg(test)]
    pub fn new<'a>(expressions: impl IntoIterator<Item = &'a str>) -> Prefilter {
        Prefilter::of(expressions.into_iter().map(Analysis::of))
    }

    /// Joins the analyses of expressions (in the order given), each string once.
    pub fn of<A: Borrow<Analysis>>(analyses: impl IntoIterator<Item = A>) -> Prefilter {
        let mut list: Vec<(String, bool, bool)> = Vec::new();
        let mut index: HashMap<(String, bool, bool), usize> = HashMap::new();
        let (mut needs, mut spans, mut branches) = (Vec::new(), Vec::new(), Vec::new());
        for a in analyses {
            let a = a.borrow();
            let to: Vec<usize> = a
                .strings
                .iter()
                .map(|s| {
                    *index.entry(s.clone()).or_insert_with(|| {
                        list.push(s.clone());
                        list.len() - 1
                    })
                })
                .collect();
            needs.push(a.need.renumber(&to));
            spans.push(a.span);
            branches.push(
                a.branches
                    .iter()
                    .map(|(need, source)| Branch {
                        need: need.renumber(&to),
                        source: source.clone(),
                        regex: OnceLock::new(),
                    })
                    .collect::<Vec<_>>(),
            );
        }
        let (short, longer): (Vec<_>, Vec<_>) =
            (0..list.len()).partition(|&i| list[i].0.len() == 1);
        let automaton = Phrases::new(longer.iter().map(|&i| &list[i].0)).ignoring_ascii_case();
        Prefilter {
            automaton,
            longer: longer
                .into_iter()
                .map(|i| (i, list[i].1, list[i].2))
                .collect(),
            bytes: short
                .into_iter()
                .map(|i| (i, list[i].0.as_bytes()[0]))
                .collect(),
            strings: list.len(),
            least_digits: needs.iter().map(Need::least_digits).collect(),
            needs,
            spans,
            branches,
        }
    }

    /// One pass over `text`: every required string it contains, and its digits.
    pub fn clues(&self, text: &str) -> Clues {
        let mut found = vec![0u64; self.strings.div_ceil(64)];
        let bytes = text.as_bytes();
        // The strings are lower-cased: the text is searched as if it were, ASCII letters only.
        self.automaton.find_overlapping(bytes, |k, at, to| {
            let (i, start, end) = self.longer[k];
            let word_before = at > 0 && word_byte(bytes[at - 1]);
            let word_after = bytes.get(to).is_some_and(|&b| word_byte(b));
            if !(start && word_before || end && word_after) {
                found[i / 64] |= 1 << (i % 64);
            }
        });
        let mut present = [false; 128];
        let mut digits = 0;
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for (at, &b) in bytes.iter().enumerate().filter(|(_, b)| b.is_ascii()) {
            present[usize::from(b.to_ascii_lowercase())] = true;
            if b.is_ascii_digit() {
                digits += 1;
                match runs.last_mut() {
                    Some(run) if run.1 == at => run.1 = at + 1,
                    _ => runs.push((at, at + 1)),
                }
            }
        }
        for &(i, b) in &self.bytes {
            found[i / 64] |= u64::from(present[usize::from(b)]) << (i % 64);
        }
        Clues {
            found,
            digits,
            runs,
        }
    }

    /// The expression to search the text `clues` came from with, for expression `index` compiled
    /// as `regex`: its one branch whose need the text meets, when there is one, else `regex`.
    /// Both find the same matches there; an expression with groups is left whole (a branch
    /// alone numbers its groups differently).
    pub fn narrowest<'a>(&'a self, index: usize, regex: &'a Regex, clues: &Clues) -> &'a Regex {
        let mut met = self.branches[index].iter().filter(|b| b.need.met(clues));
        match (met.next(), met.next()) {
            (Some(branch), None) if regex.captures_len() == 1 => branch
                .regex
                .get_or_init(|| Regex::new(&branch.source).ok())
                .as_ref()
                .unwrap_or(regex),
            _ => regex,
        }
    }

    /// False when expression `index` cannot match the text `clues` came from.
    pub fn could_match(&self, index: usize, clues: &Clues) -> bool {
        clues.digits >= self.least_digits[index] && self.needs[index].met(clues)
    }

    /// Calls `each` with every match of expression `index` (compiled as `regex`) in `text`, the
    /// ones `regex.find_iter` gives. When every match has a run of at least `least` digits and
    /// spans at most `span` bytes, the expression runs only on the stretches of `text` within
    /// `span` bytes of such a run (`clues` came from `text`): most of a long field, and most
    /// fields with a price or a size, are never walked. A stretch is
    /// searched with what comes before it in view, and ends where the text does or before a
    /// byte that is not a word byte, so `\b` reads there as in the whole text.
    pub fn find_each(
        &self,
        index: usize,
        regex: &Regex,
        text: &str,
        clues: &Clues,
        mut each: impl FnMut(usize, usize),
    ) {
        let Some((span, least)) = self.spans[index] else {
            regex.find_iter(text).for_each(|m| each(m.start(), m.end()));
            return;
        };
        let bytes = text.as_bytes();
        let end_after = |at: usize| {
            let mut end = at.min(text.len());
            while end < text.len() && (!text.is_char_boundary(end) || word_byte(bytes[end])) {
                end += 1;
            }
            end
        };
        let mut runs = clues
            .runs
            .iter()
            .filter(|(first, last)| last - first >= least)
            .peekable();
        while let Some((first, last)) = runs.next() {
            let mut start = first.saturating_sub(span);
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = end_after(last + span);
            while let Some(&(next, last)) = runs.peek() {
                if next.saturating_sub(span) > end {
                    break;
                }
                end = end.max(end_after(last + span));
                runs.next();
            }
            // Every match has a digit, so none is empty and each search starts further on.
            let window = &text[..end];
            let mut at = start;
            while let Some(m) = regex.find_at(window, at) {
                each(m.start(), m.end());
                at = m.end();
            }
        }
    }
}

/// The required strings, deduplicated, ASCII letters lower-cased (the text is searched with its
/// ASCII letters lower-cased, so a requirement holds whatever the expression's case flag), each with whether it must
/// start and end on a word boundary.
#[derive(Default)]
struct Strings {
    index: BTreeMap<String, usize>,
    list: Vec<(String, bool, bool)>,
}

impl Strings {
    /// The id of `s`, which may hold [`BOUNDARY`]s: one at an end whose character is a word
    /// character is kept as a condition, the others are dropped (a weaker requirement, still
    /// met by every match).
    fn id(&mut self, s: &str) -> usize {
        let s = s.to_ascii_lowercase();
        if let Some(&i) = self.index.get(&s) {
            return i;
        }
        let text = s.replace(BOUNDARY, "");
        let start = s.starts_with(BOUNDARY) && text.bytes().next().is_some_and(word_byte);
        let end = s.ends_with(BOUNDARY) && text.bytes().next_back().is_some_and(word_byte);
        self.list.push((text, start, end));
        self.index.insert(s, self.list.len() - 1);
        self.list.len() - 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let whatsapp = r"(?i)\b(?:whatsapp|wa)\b\s*:?\s*\+?\d[\d ]{6,}\d";
        assert!(!could(whatsapp, "watch 2021, 40 mm, ref 126610 LN"));
        assert!(!could(whatsapp, "swap 12345678"));
        assert!(could(whatsapp, "WA: 12345678"));
        assert!(could(whatsapp, "(wa)12345678"));
    }

    /// A field that meets one branch's need only is searched with that branch, which finds
    /// what the whole expression finds there; an expression with groups, a branch setting
    /// flags, or a field meeting two branches' needs keeps the whole.
    #[test]
    fn one_branch_finds_what_the_whole_finds() {
        let phone = r"(?i)(?:\+\d(?:[ .()\-]{0,2}\d){8,14}|\b(?:tel|call)\b\.?\s*[:：]?\s*\(?\d(?:[ .()\-]{0,2}\d){8,13}|\b1[3-9]\d(?:[ \-]?\d{4}){2}\b)";
        let grouped = r"(?i)\bimei\s*(\d{15})\b|\bserial\s*(\d{9})\b";
        let flagged = r"a\d+|(?i)b\d+";
        let p = Prefilter::new([phone, grouped, flagged]);
        let whole: Vec<Regex> = [phone, grouped, flagged]
            .iter()
            .map(|re| Regex::new(re).unwrap())
            .collect();
        let found = |re: &Regex, text: &str| -> Vec<(usize, usize)> {
            re.find_iter(text).map(|m| (m.start(), m.end())).collect()
        };
        let texts = [
            (
                "size 42, 1999 and 2024, 13812345678 or 138 1234 5678x",
                true,
            ),
            ("call 0123 456 789, or 13812345678", false),
            ("+44 20 7946 0958, 13812345678", false),
            ("iPhone 13 Pro, 128 GB, 2022", false),
        ];
        for (text, narrowed) in texts {
            let clues = p.clues(text);
            let narrow = p.narrowest(0, &whole[0], &clues);
            assert_eq!(!std::ptr::eq(narrow, &whole[0]), narrowed, "{text}");
            assert_eq!(found(narrow, text), found(&whole[0], text), "{text}");
        }
        let text = "IMEI 123456789012345";
        assert!(std::ptr::eq(
            p.narrowest(1, &whole[1], &p.clues(text)),
            &whole[1]
        ));
        assert!(p.branches[2].is_empty(), "a branch setting flags");
    }

    /// Searching only near digits finds what searching the whole text finds, where a match's
    /// length is bounded; an expression without that bound is searched whole.
    #[test]
    fn stretches_near_digits_find_every_match() {
        let codes = [
            r"\bw\d{5}[a-z]\d\b",
            r"\b(?:cr)?w[a-z]{3,4}\d{4}\b",
            r"\b[45]\d{2}\s?[a-z]{2}\s?\d{4}\s?[a-z]{2}\b",
            r"(?i)é\d{2}\b",
            r"\d{2}$",
            r"[a-z]+\d",
        ];
        let p = Prefilter::new(codes);
        assert_eq!(
            p.spans[..4],
            [Some((8, 5)), Some((11, 4)), Some((14, 4)), Some((4, 2))]
        );
        assert_eq!(p.spans[4..], [None, None]);
        let texts = [
            "w12345a6 and w12345a6x, 0w12345a6 w12345a6",
            "crwabcd1234 wxyz1234 ref 455 ab 1234 cd.",
            "ab é12 É12 é123 x1 y22",
            "long text without digits until the very end w12345a6",
            "w12345a61234567 9",
        ];
        for (i, re) in codes.iter().enumerate() {
            let regex = Regex::new(re).unwrap();
            for text in texts {
                let whole: Vec<(usize, usize)> = regex
                    .find_iter(text)
                    .map(|m| (m.start(), m.end()))
                    .collect();
                let mut near = Vec::new();
                p.find_each(i, &regex, text, &p.clues(text), |a, b| near.push((a, b)));
                assert_eq!(near, whole, "{re} in {text:?}");
            }
        }
    }

    #[test]
    fn syntax_it_does_not_know_runs_the_pattern_everywhere() {
        for re in [r"\p{Greek}+x", r"(?x) a b", r"[[:alpha:]]x", r"\x41", "a{2"] {
            assert!(could(re, ""), "{re}");
        }
    }

    /// The analysis reads `(?i)` as ASCII folding, as `regex-lite` documents: the Kelvin sign
    /// and the long s do not match `k` and `s`, nor `в` and `é` their capitals.
    #[test]
    fn regex_lite_folds_ascii_only() {
        assert!(!Regex::new("(?i)k").unwrap().is_match("\u{212A}"));
        assert!(!Regex::new("(?i)s").unwrap().is_match("\u{17F}"));
        assert!(!Regex::new("(?i)в").unwrap().is_match("В"));
        assert!(!Regex::new("(?i)é").unwrap().is_match("É"));
        assert!(Regex::new("(?i)wa").unwrap().is_match("WA"));
    }

    /// Every bundled pattern and style-code format, on text made of pieces of the patterns
    /// themselves: whenever the pattern matches, the prefilter lets it run, and searching near
    /// the text's digits finds what searching all of it finds.
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
            .chain(
                rules
                    .packs
                    .iter()
                    .flat_map(|p| p.brand.iter().flat_map(|b| b.codes.iter()))
                    .map(String::as_str),
            )
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
            "call",
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
            "126610",
            "ln",
            "iw",
            "pam",
            "q",
            "rm",
            "sbg",
            "t",
            "ga",
            "dw",
            "oo",
            "po",
            "s",
            "5600",
            "79",
            "_",
            "x",
            "é",
            "2",
            "4",
            "7",
        ];
        let text = proptest::collection::vec(proptest::sample::select(pieces), 0..24)
            .prop_map(|v| v.concat());
        let mut runner = TestRunner::new(Config::with_cases(3000));
        runner
            .run(&text, |t| {
                let clues = prefilter.clues(&t);
                for (i, re) in compiled.iter().enumerate() {
                    prop_assert!(!re.is_match(&t) || prefilter.could_match(i, &clues));
                    let whole: Vec<(usize, usize)> =
                        re.find_iter(&t).map(|m| (m.start(), m.end())).collect();
                    let narrow: Vec<(usize, usize)> = prefilter
                        .narrowest(i, re, &clues)
                        .find_iter(&t)
                        .map(|m| (m.start(), m.end()))
                        .collect();
                    prop_assert_eq!(&narrow, &whole);
                    let mut near = Vec::new();
                    prefilter.find_each(i, re, &t, &clues, |a, b| near.push((a, b)));
                    prop_assert_eq!(near, whole);
                }
                Ok(())
            })
            .unwrap();
    }
}

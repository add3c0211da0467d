//! What every match of a pack's regular expression must contain, worked out from the expression
//! itself, so a field is searched only when it holds those things. `regex-lite` has no literal
//! optimizations: it walks its NFA over every byte of every field, which was most of the
//! checking time. One Aho–Corasick pass over a field finds every pattern's required strings (a
//! keyword such as `whatsapp`, an `@`, a `+`) and the field's count of ASCII digits; a pattern
//! whose requirement is not met cannot match there and is skipped. The analysis only narrows
//! what it understands: an expression using syntax it does not know is always run.

use std::collections::BTreeMap;

use aho_corasick::{AhoCorasick, MatchKind};

use expression::Parser;

mod expression;

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
    automaton: AhoCorasick,
    /// For each string of the automaton, its index among all strings and whether it must start
    /// and end on a word boundary.
    longer: Vec<(usize, bool, bool)>,
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
            (0..strings.list.len()).partition(|&i| strings.list[i].0.len() == 1);
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(true)
            .build(longer.iter().map(|&i| &strings.list[i].0))
            .expect("prefilter automaton builds");
        Prefilter {
            automaton,
            longer: longer
                .into_iter()
                .map(|i| (i, strings.list[i].1, strings.list[i].2))
                .collect(),
            bytes: short
                .into_iter()
                .map(|i| (i, strings.list[i].0.as_bytes()[0]))
                .collect(),
            strings: strings.list.len(),
            needs,
        }
    }

    /// One pass over `text`: every required string it contains, and its digits.
    pub fn clues(&self, text: &str) -> Clues {
        let mut found = vec![false; self.strings];
        let bytes = text.as_bytes();
        for m in self.automaton.find_overlapping_iter(text) {
            let (i, start, end) = self.longer[m.pattern().as_usize()];
            let word_before = m.start() > 0 && word_byte(bytes[m.start() - 1]);
            let word_after = bytes.get(m.end()).is_some_and(|&b| word_byte(b));
            if !(start && word_before || end && word_after) {
                found[i] = true;
            }
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
/// case, so a requirement holds whatever the expression's case flag), each with whether it must
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
        let whatsapp = r"(?i)\b(?:whatsapp|wa)\b\s*:?\s*\+?\d[\d ]{6,}\d";
        assert!(!could(whatsapp, "watch 2021, 40 mm, ref 126610 LN"));
        assert!(!could(whatsapp, "swap 12345678"));
        assert!(could(whatsapp, "WA: 12345678"));
        assert!(could(whatsapp, "(wa)12345678"));
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
    /// themselves: whenever the pattern matches, the prefilter lets it run.
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
                }
                Ok(())
            })
            .unwrap();
    }
}

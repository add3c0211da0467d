//! Brand names written almost right: one letter changed, added, dropped or swapped (`Guci`,
//! `Rolexx`, `Bneats`), letters of another script the confusables data does not list (`AЦdemars`),
//! and names masked or split by symbols (`G*cci`, `N*KE`, `Gu//cci`, `adi.das`).
//!
//! One weighted edit distance covers them all, over normalized text split at spaces:
//!
//! | in the listing | cost |
//! |---|---|
//! | a symbol inside the word (`/`, `.`, `*`), left out | 0 |
//! | `*` standing for a letter | 0 |
//! | a letter of another script, or a symbol, in place of a letter | ½ |
//! | any other change: a letter replaced, added, dropped, two letters swapped | 1 |
//!
//! A word is near a name when the cost is at most 1 and at least half of the name's letters are
//! shown as themselves. Whether a near word counts as the brand is for `assess` to weigh: only a
//! whole letter changed is a plain misspelling, which a dictionary word may explain
//! ([`is_word`]).

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::rules::ruleset::{LiteralKind, PackId, RuleSet};

/// A word of normalized text: its byte range, number of characters and how many of each ASCII
/// letter and digit it has. Its characters are read from the text only for an edit distance:
/// few words get that far.
pub struct Token {
    pub start: usize,
    pub end: usize,
    chars: usize,
    counts: Counts,
    /// Which ASCII letters and digits it has, how many characters show as themselves and how
    /// many are not symbols: what [`Word::may_be_near`] compares before the counts.
    mask: u64,
    shown: usize,
    letters: usize,
}

/// How many of each ASCII letter and digit a word has: a cheap first test, since a near word
/// has at most one letter the name lacks.
type Counts = [u8; 36];

/// A word's [`Counts`], and the letters and digits it has, one bit each.
fn counts(chars: impl Iterator<Item = char>) -> (Counts, u64) {
    let mut n = [0u8; 36];
    let mut mask = 0;
    for c in chars {
        if let Some(d) = c.to_digit(36) {
            n[d as usize] = n[d as usize].saturating_add(1);
            mask |= 1 << d;
        }
    }
    (n, mask)
}

/// The words of `text` (split at spaces), without the punctuation around them.
pub fn tokens(text: &str) -> Vec<Token> {
    // Sized once: a token is large, and growing the list copies them all.
    let mut out = Vec::with_capacity(text.bytes().filter(|&b| b == b' ').count() + 1);
    let mut at = 0;
    for word in text.split(' ') {
        let start = at;
        at += word.len() + 1;
        let inner = |c: char| c.is_alphanumeric() || c == '*';
        let Some(first) = word.find(inner) else {
            continue;
        };
        let last = word.rfind(inner).expect("found a first one");
        let last = last + word[last..].chars().next().map_or(1, char::len_utf8);
        let chars = word[first..last].chars();
        let (counts, mask) = counts(chars.clone().filter(char::is_ascii));
        out.push(Token {
            start: start + first,
            end: start + last,
            mask,
            shown: chars.clone().filter(char::is_ascii_alphanumeric).count(),
            letters: chars.clone().filter(|c| class(*c) != Class::Symbol).count(),
            chars: chars.count(),
            counts,
        });
    }
    out
}

/// A run of words near a brand name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Near {
    pub start: usize,
    pub end: usize,
    /// Only symbols and masks: every letter shown is the name's own (`G*cci`, `Gu//cci`).
    pub masked: bool,
    /// A whole letter changed: a plain misspelling rather than a disguise.
    pub misspelled: bool,
}

/// Costs in halves: one whole edit is 2.
const WHOLE: u8 = 2;
const HALF: u8 = 1;

#[derive(Clone, Copy, PartialEq)]
enum Class {
    Letter,
    Star,
    Foreign,
    Symbol,
}

fn class(c: char) -> Class {
    if c == '*' {
        Class::Star
    } else if c.is_ascii_alphanumeric() {
        Class::Letter
    } else if c.is_alphanumeric() {
        Class::Foreign
    } else {
        Class::Symbol
    }
}

/// Longer words are not brand names.
const MAX_LEN: usize = 32;

/// The weighted edit distance of `word` to `name` (ASCII letters), with whole edits allowed or
/// not, capped at `WHOLE + 1`.
fn distance(word: &[char], name: &[u8], whole: bool) -> u8 {
    let over = WHOLE + 1;
    let plain = if whole { WHOLE } else { over };
    let (n, m) = (word.len(), name.len());
    if n >= MAX_LEN || m >= MAX_LEN {
        return over;
    }
    // Rows i - 2, i - 1 and i of the table: a swap reads two rows back.
    let (mut two_back, mut back) = ([over; MAX_LEN], [over; MAX_LEN]);
    for i in 0..=n {
        let mut row = [over; MAX_LEN];
        let c = if i > 0 { word[i - 1] } else { ' ' };
        let kind = class(c);
        for j in 0..=m {
            let mut best = if i == 0 && j == 0 { 0 } else { over };
            if i > 0 {
                // The word's character left out.
                let skip = match kind {
                    Class::Star | Class::Symbol => 0,
                    _ => plain,
                };
                best = best.min(back[j].saturating_add(skip));
                if j > 0 {
                    let want = name[j - 1] as char;
                    let sub = match kind {
                        _ if c == want => 0,
                        Class::Star => 0,
                        Class::Foreign | Class::Symbol => HALF,
                        Class::Letter => plain,
                    };
                    best = best.min(back[j - 1].saturating_add(sub));
                    if i > 1 && j > 1 && c == name[j - 2] as char && word[i - 2] == want {
                        best = best.min(two_back[j - 2].saturating_add(plain));
                    }
                }
            }
            if j > 0 {
                // A letter of the name dropped.
                best = best.min(row[j - 1].saturating_add(plain));
            }
            row[j] = best.min(over);
        }
        two_back = back;
        back = row;
    }
    back[m]
}

/// One word of a name, with what rules a token out before any counting or edit distance.
struct Word {
    text: String,
    counts: Counts,
    mask: u64,
}

impl Word {
    fn new(text: &str) -> Word {
        let (counts, mask) = counts(text.chars());
        Word {
            text: text.to_string(),
            mask,
            counts,
        }
    }

    /// False when `token` cannot be near this word: it has two letters the word lacks, shows
    /// fewer than half its letters, or is more than one letter longer or shorter.
    fn may_be_near(&self, token: &Token) -> bool {
        let len = self.text.len();
        (token.mask & !self.mask).count_ones() <= 1
            && token.shown * 2 >= len
            && token.letters + 1 >= len
            && token.letters <= len + 1
    }
}

/// Whether one word is near one word of a name, and how. The caller has checked
/// [`Word::may_be_near`].
fn near_word(token: &Token, text: &str, name: &str, name_counts: &Counts) -> Option<(bool, bool)> {
    let extra: u8 = token
        .counts
        .iter()
        .zip(name_counts)
        .map(|(t, n)| t.saturating_sub(*n))
        .sum();
    if extra > 1 {
        return None;
    }
    // Each of the name's letters the word lacks takes a whole edit, or a mask, symbol or
    // foreign letter standing in its place.
    let missing: u8 = name_counts
        .iter()
        .zip(&token.counts)
        .map(|(n, t)| n.saturating_sub(*t))
        .sum();
    if usize::from(missing) > 1 + token.chars - token.shown {
        return None;
    }
    let word: Vec<char> = text[token.start..token.end].chars().collect();
    let word = &word[..];
    let name = name.as_bytes();
    let cost = distance(word, name, true);
    if cost > WHOLE {
        return None;
    }
    let masked = cost == 0;
    let misspelled = distance(word, name, false) > WHOLE;
    Some((masked, misspelled))
}

/// A brand name prepared for near matching: its words and their letter counts.
pub struct Name {
    pub pack: PackId,
    pub text: String,
    words: Vec<Word>,
}

impl Name {
    /// A normalized name (words separated by single spaces) prepared for [`near`].
    fn new(pack: PackId, text: &str) -> Name {
        Name {
            pack,
            text: text.to_string(),
            words: text.split(' ').map(Word::new).collect(),
        }
    }
}

/// The names of a rule set that near matching compares words with, by the length of their first
/// word: a word is compared only with names within one letter of its length.
pub struct Names {
    list: Vec<Name>,
    by_len: Vec<Bucket>,
}

/// The names whose first word has one length, and for each ASCII letter and digit a bit set of
/// those whose first word lacks it: a word with two letters a name lacks is not near it
/// ([`Word::may_be_near`]), and the sets rule most names of a bucket out at once, a few bitwise
/// operations per letter of the word instead of a test per name.
#[derive(Default, Clone)]
struct Bucket {
    names: Vec<usize>,
    /// The letters of each name's first word, in the order of `names`.
    masks: Vec<u64>,
    /// `lacking[letter * chunks + c]`: bits `c * 64..` of the set for that letter.
    lacking: Vec<u64>,
    chunks: usize,
}

impl Bucket {
    fn new(names: Vec<usize>, list: &[Name]) -> Bucket {
        let chunks = names.len().div_ceil(64);
        let mut lacking = vec![0u64; 36 * chunks];
        for (k, &i) in names.iter().enumerate() {
            let mask = list[i].words[0].mask;
            for letter in (0..36).filter(|l| mask & 1 << l == 0) {
                lacking[letter * chunks + k / 64] |= 1 << (k % 64);
            }
        }
        Bucket {
            masks: names.iter().map(|&i| list[i].words[0].mask).collect(),
            names,
            lacking,
            chunks,
        }
    }

    /// Calls `each` with the names of the bucket that `token` has at most one letter more than,
    /// and lacks at most one letter of, plus one for each character that may stand in for one
    /// ([`near_word`]).
    fn candidates(&self, token: &Token, mut each: impl FnMut(usize)) {
        let stand_ins = token.chars - token.shown;
        for c in 0..self.chunks {
            let (mut one, mut two) = (0u64, 0u64);
            let mut letters = token.mask;
            while letters != 0 {
                let lack = self.lacking[letters.trailing_zeros() as usize * self.chunks + c];
                two |= one & lack;
                one |= lack;
                letters &= letters - 1;
            }
            let mut fit = !two;
            if c + 1 == self.chunks && self.names.len() % 64 != 0 {
                fit &= (1 << (self.names.len() % 64)) - 1;
            }
            while fit != 0 {
                let k = c * 64 + fit.trailing_zeros() as usize;
                if (self.masks[k] & !token.mask).count_ones() as usize <= 1 + stand_ins {
                    each(self.names[k]);
                }
                fit &= fit - 1;
            }
        }
    }
}

/// The names of a rule set that near matching compares words with: brand names and aliases of
/// four or more characters written in ASCII letters and digits. Built once per rule set.
pub fn names(rules: &RuleSet) -> Names {
    let mut list = Vec::new();
    for (pack, p) in rules.ids() {
        for l in &p.literals {
            let ascii = l
                .text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b' ');
            if l.kind == LiteralKind::Name && l.text.len() >= 4 && ascii {
                list.push(Name::new(pack, &l.text));
            }
        }
    }
    Names::new(list)
}

impl Names {
    fn new(list: Vec<Name>) -> Names {
        let mut by_len = vec![Vec::new(); MAX_LEN + 2];
        for (i, name) in list.iter().enumerate() {
            if let Some(bucket) = by_len.get_mut(name.words[0].text.len()) {
                bucket.push(i);
            }
        }
        let by_len = by_len
            .into_iter()
            .map(|names| Bucket::new(names, &list))
            .collect();
        Names { list, by_len }
    }

    /// Every run of words in `tokens` near a name, by name (in rule-set order), then by place.
    pub fn near<'a>(&'a self, tokens: &[Token], text: &str) -> Vec<(&'a Name, Near)> {
        let mut starts = Vec::new();
        for (at, token) in tokens.iter().enumerate() {
            let lens = token.letters.saturating_sub(1)..=token.letters + 1;
            for bucket in self.by_len.get(lens).into_iter().flatten() {
                bucket.candidates(token, |i| {
                    if self.list[i].words[0].may_be_near(token) {
                        starts.push((i, at));
                    }
                });
            }
        }
        // Few candidates are near: they are sorted after the test, not before.
        let mut found: Vec<(usize, usize, Near)> = starts
            .into_iter()
            .filter_map(|(i, at)| near_at(tokens, text, &self.list[i], at).map(|n| (i, at, n)))
            .collect();
        crate::sort::sort_by_key(&mut found, |&(i, at, _)| (i, at));
        found
            .into_iter()
            .map(|(i, _, n)| (&self.list[i], n))
            .collect()
    }
}

/// The run of words starting at `tokens[at]` if it is near `name`; the words of a longer name
/// must be written in a row. A run that reads exactly as the name is left to the automaton.
fn near_at(tokens: &[Token], text: &str, name: &Name, at: usize) -> Option<Near> {
    let words = &name.words;
    let run = tokens.get(at..at + words.len())?;
    if !run.iter().zip(words).all(|(t, w)| w.may_be_near(t))
        || run
            .iter()
            .map(|t| &text[t.start..t.end])
            .eq(words.iter().map(|w| w.text.as_str()))
    {
        return None;
    }
    let mut found = Near {
        start: run[0].start,
        end: run[run.len() - 1].end,
        masked: true,
        misspelled: false,
    };
    let mut edits = 0;
    let all = run.iter().zip(words).all(|(t, w)| {
        let Some((masked, misspelled)) = near_word(t, text, &w.text, &w.counts) else {
            return false;
        };
        edits += usize::from(!masked);
        found.masked &= masked;
        found.misspelled |= misspelled;
        true
    });
    (all && edits <= 1).then_some(found)
}

/// Words of Debian's English and Spanish word lists one letter from a word of a bundled brand
/// name, written by `scripts/gen-disguises.py`: only these are needed to tell a misspelt brand
/// from an ordinary word, and they weigh 3.7 KB where the lists weigh megabytes.
const NEAR_WORDS: &str = include_str!("../data/near-words.txt");

/// Whether `word` is an ordinary dictionary word close to a brand name (`apply`, `bone`). The
/// list is read into a set once: walking its lines was a twentieth of checking time.
pub fn is_word(word: &str) -> bool {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| NEAR_WORDS.lines().collect())
        .contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn near_in(text: &str, name: &str) -> Vec<(String, bool, bool)> {
        let pack = crate::rules::compile_pack(
            "t.toml",
            "[pack]\nid = \"t\"\nname = \"t\"\nkind = \"generic\"\nversion = \"1\"\ndescription = \"t\"\n",
        )
        .unwrap();
        let rules = RuleSet { packs: vec![pack] };
        let names = Names::new(vec![Name::new(rules.ids().next().unwrap().0, name)]);
        names
            .near(&tokens(text), text)
            .into_iter()
            .map(|(_, n)| (text[n.start..n.end].to_string(), n.masked, n.misspelled))
            .collect()
    }

    #[test]
    fn masks_and_symbols_are_no_misspelling() {
        for masked in ["g*cci", "gu//cci", "gu.cci", "guc*i!"] {
            assert_eq!(
                near_in(masked, "gucci"),
                vec![(masked.trim_end_matches('!').to_string(), true, false)],
                "{masked}"
            );
        }
        assert_eq!(near_in("n*ke", "nike"), vec![("n*ke".into(), true, false)]);
        assert_eq!(
            near_in("g**ci", "gucci"),
            vec![("g**ci".into(), true, false)]
        );
        assert!(
            near_in("g***i", "gucci").is_empty(),
            "half the letters must show"
        );
    }

    #[test]
    fn one_letter_off_is_a_misspelling() {
        assert_eq!(
            near_in("guci bag", "gucci"),
            vec![("guci".into(), false, true)]
        );
        assert_eq!(
            near_in("rolexx", "rolex"),
            vec![("rolexx".into(), false, true)]
        );
        assert_eq!(
            near_in("rloex", "rolex"),
            vec![("rloex".into(), false, true)]
        );
        assert_eq!(
            near_in("aцdemars piguet", "audemars piguet"),
            vec![("aцdemars piguet".into(), false, false)]
        );
        assert_eq!(
            near_in("louis vuiton", "louis vuitton"),
            vec![("louis vuiton".into(), false, true)]
        );
    }

    #[test]
    fn far_words_and_the_name_itself_are_not_near() {
        assert!(near_in("gucci", "gucci").is_empty());
        assert!(near_in("gcc", "gucci").is_empty());
        assert!(near_in("nikon", "nike").is_empty());
        assert!(near_in("новые", "nike").is_empty());
        assert!(near_in("louis vuitton", "louis vuitton").is_empty());
    }

    #[test]
    fn knows_ordinary_words() {
        assert!(is_word("apply"));
        assert!(!is_word("guci"));
    }
}

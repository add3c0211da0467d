//! One multi-pattern automaton over every literal of every pack, and the packs' regular
//! expressions, run over a listing's normalized fields. The automaton over the bundled packs'
//! texts is built once per process from the sorted texts the compiled rule set stores
//! (`rules::texts`), with no search; texts only packs added at run time have get an automaton
//! of their own.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use regex_lite::Regex;

use crate::fuzzy;
use crate::normalize::{spaced_script, Normalized};
use crate::prefilter::{Analysis, Prefilter};
use crate::rules::ruleset::{literal_texts, LiteralKind, PackId, RuleSet};
use crate::rules::texts::Coded;

pub(crate) mod automaton;

use automaton::Automaton;

/// A literal found in normalized text: which pack's which literal, at which normalized bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub pack: PackId,
    pub kind: LiteralKind,
    /// Disguise flags the pack's own spelling of the literal has.
    pub allowed: u8,
    pub start: usize,
    pub end: usize,
}

/// A pack regular expression, compiled.
pub struct CompiledPattern {
    pub pack: PackId,
    pub index: usize,
    pub regex: LazyRegex,
    pub valid: Option<LazyRegex>,
}

/// A regular expression compiled on first use: most listings never reach most patterns past
/// the prefilter, and start-up compiles none. Packs were checked when compiled (and bytes from
/// elsewhere are checked on load), so the expression is valid.
pub struct LazyRegex {
    source: String,
    compiled: OnceLock<Regex>,
}

impl LazyRegex {
    fn new(source: &str) -> LazyRegex {
        LazyRegex {
            source: source.to_string(),
            compiled: OnceLock::new(),
        }
    }
}

impl std::ops::Deref for LazyRegex {
    type Target = Regex;
    fn deref(&self) -> &Regex {
        self.compiled.get_or_init(|| {
            Regex::new(&self.source).unwrap_or_else(|_| panic!("checked at compile time"))
        })
    }
}

/// An automaton over distinct texts.
struct Texts {
    automaton: Automaton,
    /// How many texts there are.
    len: usize,
}

impl Texts {
    /// From front-coded sorted texts (`rules::texts`).
    fn new(coded: &[u8]) -> Texts {
        let texts = Coded::new(coded);
        Texts {
            len: texts.remaining(),
            automaton: Automaton::new(Coded::new(coded), texts.rest()),
        }
    }

    /// The bundled rule set's texts, read once per process (checkers share them).
    fn bundled() -> &'static Arc<Texts> {
        static BUNDLED: OnceLock<Arc<Texts>> = OnceLock::new();
        BUNDLED.get_or_init(|| {
            let coded = literal_texts(crate::BUNDLED_RULES)
                .unwrap_or_else(|_| panic!("bundled rules were compiled by this build"));
            Arc::new(Texts::new(coded))
        })
    }
}

/// Texts to search for, numbered from `first` among all the matcher's texts.
struct Source {
    texts: Arc<Texts>,
    first: usize,
}

/// One use of a text: by which pack, as what, with the disguise flags the pack's own spellings
/// of it have.
#[derive(Clone, Copy)]
struct Owner {
    pack: PackId,
    kind: LiteralKind,
    flags: u8,
}

/// What the literals of `rules` are searched with: the `bundled` texts (when a pack uses one)
/// and an automaton over the texts they lack; each text's owners, in pack order (where each
/// text's start in the `Vec<Owner>`, and its end).
fn sources(
    rules: &RuleSet,
    bundled: Option<&Arc<Texts>>,
) -> (Vec<Source>, Vec<(u32, u32)>, Vec<Owner>) {
    let known = bundled.map_or(0, |b| b.len);
    let mut extra: HashMap<&str, usize> = HashMap::new();
    let mut extra_texts: Vec<&str> = Vec::new();
    let mut numbers: Vec<usize> = Vec::new();
    for pack in &rules.packs {
        if let (Some(n), Some(_)) = (pack.bundled_texts(), bundled) {
            numbers.extend(n.iter().map(|&n| n as usize));
            continue;
        }
        numbers.extend(pack.literals.iter().map(|lit| {
            match bundled.and_then(|b| b.automaton.number(lit.text.as_bytes())) {
                Some(n) => n,
                None => *extra.entry(lit.text.as_ref()).or_insert_with(|| {
                    extra_texts.push(lit.text.as_ref());
                    known + extra_texts.len() - 1
                }),
            }
        }));
    }
    let mut sources = Vec::new();
    if let Some(bundled) = bundled.filter(|_| numbers.iter().any(|&n| n < known)) {
        sources.push(Source {
            texts: Arc::clone(bundled),
            first: 0,
        });
    }
    if !extra_texts.is_empty() {
        // Numbered in sorted order, as the automaton numbers them.
        let mut sorted: Vec<usize> = (0..extra_texts.len()).collect();
        crate::sort::sort_by_key(&mut sorted, |&i| extra_texts[i]);
        let mut rank = vec![0; sorted.len()];
        for (r, &i) in sorted.iter().enumerate() {
            rank[i] = r;
        }
        let coded = crate::rules::texts::encode(sorted.iter().map(|&i| extra_texts[i]));
        sources.push(Source {
            texts: Arc::new(Texts::new(&coded)),
            first: known,
        });
        let numbers = numbers.iter().map(|&n| {
            if n < known {
                n
            } else {
                known + rank[n - known]
            }
        });
        return owned(rules, numbers, known + extra_texts.len(), sources);
    }
    owned(rules, numbers.into_iter(), known, sources)
}

/// Each text's owners, laid out text by text: a pack's spellings of one text as one kind are
/// one owner, their flags joined.
fn owned(
    rules: &RuleSet,
    numbers: impl Iterator<Item = usize> + Clone,
    texts: usize,
    sources: Vec<Source>,
) -> (Vec<Source>, Vec<(u32, u32)>, Vec<Owner>) {
    let mut spans = vec![(0u32, 0u32); texts];
    for n in numbers.clone() {
        spans[n].1 += 1;
    }
    let mut at = 0;
    for span in &mut spans {
        span.0 = at;
        at += span.1;
        span.1 = span.0;
    }
    let mut owners = Vec::new();
    if let Some((pack, _)) = rules.ids().next() {
        let unset = Owner {
            pack,
            kind: LiteralKind::Name,
            flags: 0,
        };
        owners = vec![unset; at as usize];
    }
    let literals = rules
        .ids()
        .flat_map(|(p, pack)| pack.literals.iter().map(move |l| (p, l)));
    for ((pack, lit), n) in literals.zip(numbers) {
        let (start, end) = &mut spans[n];
        let same = owners[*start as usize..*end as usize]
            .iter_mut()
            .rev()
            .take_while(|o| o.pack == pack)
            .find(|o| o.kind == lit.kind);
        match same {
            Some(o) => o.flags |= lit.flags,
            None => {
                owners[*end as usize] = Owner {
                    pack,
                    kind: lit.kind,
                    flags: lit.flags,
                };
                *end += 1;
            }
        }
    }
    (sources, spans, owners)
}

/// The automaton and regular expressions for a rule set. Built once per rule set; matching
/// allocates only the hit list.
pub struct Matcher {
    sources: Vec<Source>,
    /// Where each text's owners are in `owners`: start and end.
    spans: Vec<(u32, u32)>,
    owners: Vec<Owner>,
    pub patterns: Vec<CompiledPattern>,
    /// What each of `patterns` needs in a field to match there, in the same order.
    pub prefilter: Prefilter,
    /// Style-code formats, each naming its pack's brand.
    codes: Vec<(PackId, LazyRegex)>,
    /// What each of `codes` needs in normalized text to match there: most fields hold no
    /// style code, and `regex-lite` would otherwise walk every byte of them once per format.
    code_filter: Prefilter,
    /// Brand names prepared for near matching (`crate::fuzzy`).
    pub names: fuzzy::Names,
}

impl Matcher {
    pub fn new(rules: &RuleSet) -> Matcher {
        let (sources, spans, owners) = sources(rules, Some(Texts::bundled()));
        let mut patterns = Vec::new();
        let mut analyses = Vec::new();
        let mut codes = Vec::new();
        let mut code_analyses = Vec::new();
        for (p, pack) in rules.ids() {
            let analysis = {
                let bundled = pack.analyses();
                move |i: usize, re: &str| match bundled {
                    Some(a) => Cow::Borrowed(&a[i]),
                    None => Cow::Owned(Analysis::of(re)),
                }
            };
            for (i, pat) in pack.patterns.iter().enumerate() {
                analyses.push(analysis(i, &pat.regex));
                patterns.push(CompiledPattern {
                    pack: p,
                    index: i,
                    regex: LazyRegex::new(&pat.regex),
                    valid: pat.valid.as_deref().map(LazyRegex::new),
                });
            }
            for (i, code) in pack.brand.iter().flat_map(|b| &b.codes).enumerate() {
                code_analyses.push(analysis(pack.patterns.len() + i, code));
                codes.push((p, LazyRegex::new(code)));
            }
        }
        let prefilter = Prefilter::of(analyses);
        let code_filter = Prefilter::of(code_analyses);
        Matcher {
            codes,
            code_filter,
            names: fuzzy::names(rules),
            prefilter,
            sources,
            spans,
            owners,
            patterns,
        }
    }

    /// Every literal occurrence in `text`, overlapping ones included, on word boundaries where
    /// the literal's script is written with spaces. Chinese or Japanese next to a Latin word is a
    /// boundary: "Gucci女包" mentions Gucci.
    pub fn scan(&self, text: &Normalized) -> Vec<Hit> {
        let s = text.text.as_str();
        let mut hits = Vec::new();
        for source in &self.sources {
            let texts = &source.texts;
            texts
                .automaton
                .find_overlapping(s.as_bytes(), |n, start, end| {
                    // The match is the text: where its first or last character is written with
                    // spaces, the character beside it must not be.
                    // The neighbour first: mostly a space, which ends the test.
                    let text = &s[start..end];
                    if s[..start].chars().next_back().is_some_and(spaced_script)
                        && text.chars().next().is_some_and(spaced_script)
                    {
                        return;
                    }
                    if s[end..].chars().next().is_some_and(spaced_script)
                        && text.chars().next_back().is_some_and(spaced_script)
                    {
                        return;
                    }
                    let (from, to) = self.spans[source.first + n];
                    hits.extend(self.owners[from as usize..to as usize].iter().map(|o| Hit {
                        pack: o.pack,
                        kind: o.kind,
                        allowed: o.flags,
                        start,
                        end,
                    }));
                });
        }
        // Two automata each report by end, longest first: merged, one over all texts would.
        if self.sources.len() > 1 {
            crate::sort::sort_by_key(&mut hits, |h| (h.end, h.start, h.pack.index()));
        }
        // A style code names its brand like a product line; its digits and dashes are the
        // brand's own format, never a disguise.
        let clues = self.code_filter.clues(s);
        for (i, (pack, regex)) in self.codes.iter().enumerate() {
            if !self.code_filter.could_match(i, &clues) {
                continue;
            }
            self.code_filter
                .find_each(i, regex, s, &clues, |start, end| {
                    hits.push(Hit {
                        pack: *pack,
                        kind: LiteralKind::Product,
                        allowed: u8::MAX,
                        start,
                        end,
                    })
                });
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;
    use crate::rules::compile_pack;
    use crate::rules::ruleset::Literal;

    fn matcher(pack: &str) -> Matcher {
        let mut rules = RuleSet::default();
        rules.packs.push(compile_pack("t.toml", pack).unwrap());
        Matcher::new(&rules)
    }

    const PACK: &str = r#"
[pack]
id = "nike"
name = "Nike"
kind = "brand"
version = "1"
[brand]
name = "Nike"
aliases = ["耐克"]
lookalikes = ["Nikon"]
[[category]]
id = "shoes"
keywords = ["sneakers", "鞋"]
"#;

    #[test]
    fn matches_on_word_boundaries_only() {
        let m = matcher(PACK);
        let hits = m.scan(&normalize("Nikon lens, not Nike sneakers"));
        let kinds: Vec<_> = hits.iter().map(|h| h.kind).collect();
        assert_eq!(
            kinds,
            vec![
                LiteralKind::Lookalike,
                LiteralKind::Name,
                LiteralKind::Keyword(0)
            ]
        );
        assert!(m.scan(&normalize("Snikers")).is_empty());
    }

    /// Texts searched with the bundled automaton and one built for texts it lacks, packs in
    /// another order than bundled: the same hits in the same order as one automaton over all.
    #[test]
    fn the_same_hits_with_two_automata_as_with_one() {
        let mut rules = RuleSet::from_bytes(crate::BUNDLED_RULES).unwrap();
        rules.packs.reverse();
        for (i, pack) in rules.packs.iter_mut().enumerate().step_by(7) {
            let text = ["ucc", "e", "1", "ba", "ch", "bag"][i % 6];
            pack.literals.push(Literal {
                text: text.into(),
                kind: LiteralKind::Context,
                flags: 0,
            });
        }
        let split = Matcher::new(&rules);
        assert_eq!(split.sources.len(), 2);
        let mut whole = Matcher::new(&rules);
        (whole.sources, whole.spans, whole.owners) = sources(&rules, None);
        assert_eq!(whole.sources.len(), 1);
        let corpora = [
            include_str!("../tests/corpora/counterfeit.jsonl"),
            include_str!("../tests/corpora/honest.jsonl"),
        ];
        let mut hits = 0;
        for line in corpora.iter().flat_map(|c| c.lines()) {
            let listing: crate::Listing = serde_json::from_str(line).unwrap();
            let text = normalize(&listing.title);
            let found = split.scan(&text);
            hits += found.len();
            assert_eq!(found, whole.scan(&text), "{}", listing.title);
        }
        assert!(hits > 10_000, "{hits} hits");
    }

    #[test]
    fn cjk_matches_anywhere() {
        let m = matcher(PACK);
        let hits = m.scan(&normalize("正品耐克运动鞋"));
        assert_eq!(hits.len(), 2);
        let hits = m.scan(&normalize("Nike运动鞋"));
        assert_eq!(hits[0].kind, LiteralKind::Name);
    }
}

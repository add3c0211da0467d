//! One multi-pattern automaton over every literal of every pack, and the packs' regular
//! expressions, run over a listing's normalized fields.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, MatchKind};
use regex_lite::Regex;

use crate::fuzzy;
use crate::normalize::{spaced_script, Normalized};
use crate::prefilter::Prefilter;
use crate::rules::ruleset::{LiteralKind, PackId, RuleSet};

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
    pub regex: Regex,
    pub valid: Option<Regex>,
}

/// The automaton and regular expressions for a rule set. Built once per rule set; matching
/// allocates only the hit list.
pub struct Matcher {
    automaton: AhoCorasick,
    /// For each distinct literal text: every (pack, kind) that uses it, with the disguise flags
    /// the pack's spellings of it allow.
    owners: Vec<Vec<(PackId, LiteralKind, u8)>>,
    /// For each distinct literal text: whether its start and end need a word boundary.
    bounds: Vec<(bool, bool)>,
    pub patterns: Vec<CompiledPattern>,
    /// What each of `patterns` needs in a field to match there, in the same order.
    pub prefilter: Prefilter,
    /// Style-code formats, each naming its pack's brand.
    codes: Vec<(PackId, Regex)>,
    /// What each of `codes` needs in normalized text to match there: most fields hold no
    /// style code, and `regex-lite` would otherwise walk every byte of them once per format.
    code_filter: Prefilter,
    /// Brand names prepared for near matching (`crate::fuzzy`).
    pub names: fuzzy::Names,
}

impl Matcher {
    pub fn new(rules: &RuleSet) -> Matcher {
        // A hash map, not a tree: thousands of literals share long prefixes, and comparing
        // them was a tenth of loading the rule set.
        let mut index: HashMap<&str, usize> = HashMap::new();
        let mut texts: Vec<&str> = Vec::new();
        let mut owners: Vec<Vec<(PackId, LiteralKind, u8)>> = Vec::new();
        for (p, pack) in rules.ids() {
            for lit in &pack.literals {
                let id = *index.entry(lit.text.as_str()).or_insert_with(|| {
                    texts.push(lit.text.as_str());
                    owners.push(Vec::new());
                    texts.len() - 1
                });
                match owners[id].iter_mut().find(|o| o.0 == p && o.1 == lit.kind) {
                    Some(o) => o.2 |= lit.flags,
                    None => owners[id].push((p, lit.kind, lit.flags)),
                }
            }
        }
        let bounds = texts
            .iter()
            .map(|t| {
                (
                    t.chars().next().is_some_and(spaced_script),
                    t.chars().next_back().is_some_and(spaced_script),
                )
            })
            .collect();
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&texts)
            .expect("literal automaton builds");
        let mut patterns = Vec::new();
        for (p, pack) in rules.ids() {
            for (i, pat) in pack.patterns.iter().enumerate() {
                // Packs were checked when compiled, so these expressions are valid.
                patterns.push(CompiledPattern {
                    pack: p,
                    index: i,
                    regex: Regex::new(&pat.regex).expect("checked at compile time"),
                    valid: pat
                        .valid
                        .as_ref()
                        .map(|v| Regex::new(v).expect("checked at compile time")),
                });
            }
        }
        let prefilter = Prefilter::new(
            patterns
                .iter()
                .map(|cp| rules[cp.pack].patterns[cp.index].regex.as_str()),
        );
        let codes: Vec<(PackId, Regex)> = rules
            .ids()
            .flat_map(|(p, pack)| {
                pack.brand
                    .iter()
                    .flat_map(move |b| &b.codes)
                    .map(move |c| (p, c))
            })
            .map(|(p, c)| (p, Regex::new(c).expect("checked at compile time")))
            .collect();
        let code_filter = Prefilter::new(codes.iter().map(|(_, r)| r.as_str()));
        Matcher {
            codes,
            code_filter,
            names: fuzzy::names(rules),
            prefilter,
            automaton,
            owners,
            bounds,
            patterns,
        }
    }

    /// Every literal occurrence in `text`, overlapping ones included, on word boundaries where
    /// the literal's script is written with spaces. Chinese or Japanese next to a Latin word is a
    /// boundary: "Gucci女包" mentions Gucci.
    pub fn scan(&self, text: &Normalized) -> Vec<Hit> {
        let s = text.text.as_str();
        let mut hits = Vec::new();
        for m in self.automaton.find_overlapping_iter(s) {
            let id = m.pattern().as_usize();
            let (need_start, need_end) = self.bounds[id];
            if need_start
                && s[..m.start()]
                    .chars()
                    .next_back()
                    .is_some_and(spaced_script)
            {
                continue;
            }
            if need_end && s[m.end()..].chars().next().is_some_and(spaced_script) {
                continue;
            }
            for &(pack, kind, allowed) in &self.owners[id] {
                hits.push(Hit {
                    pack,
                    kind,
                    allowed,
                    start: m.start(),
                    end: m.end(),
                });
            }
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

    #[test]
    fn cjk_matches_anywhere() {
        let m = matcher(PACK);
        let hits = m.scan(&normalize("正品耐克运动鞋"));
        assert_eq!(hits.len(), 2);
        let hits = m.scan(&normalize("Nike运动鞋"));
        assert_eq!(hits[0].kind, LiteralKind::Name);
    }
}

//! One multi-pattern automaton over every literal of every pack, and the packs' regular
//! expressions, run over a listing's normalized fields. The bundled packs' literals come
//! prebuilt from `build.rs` ([`table::Table`]); packs added or replaced at run time get a table
//! and automaton of their own.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use regex_lite::Regex;

use crate::fuzzy;
use crate::normalize::{spaced_script, Normalized};
use crate::prefilter::Prefilter;
use crate::rules::ruleset::{LiteralKind, PackId, RuleSet};

mod automaton;
pub mod table;

use automaton::Automaton;
use table::{fingerprint, Table, BOUND_END, BOUND_START};

/// The literal table of the bundled packs, written by `build.rs` from the same rule set as
/// [`crate::BUNDLED_RULES`].
static BUNDLED_LITERALS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundled.literals"));

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

/// A literal table and its automaton.
struct Literals {
    table: Table,
    automaton: Automaton,
}

impl Literals {
    fn new(mut table: Table) -> Literals {
        let automaton = Automaton::new(table.texts());
        // The texts live on in the automaton.
        table.coded = Vec::new();
        Literals { table, automaton }
    }

    /// The bundled packs' literals, read once per process (checkers share them).
    fn bundled() -> &'static Arc<Literals> {
        static BUNDLED: OnceLock<Arc<Literals>> = OnceLock::new();
        BUNDLED.get_or_init(|| {
            let table = Table::from_bytes(BUNDLED_LITERALS)
                .expect("bundled literals were written by this build");
            Arc::new(Literals::new(table))
        })
    }
}

/// Literals matched for a rule set: a table, and for each of the table's packs the pack of the
/// rule set it stands for (none when the rule set has replaced or left it out).
struct Source {
    literals: Arc<Literals>,
    packs: Vec<Option<PackId>>,
}

/// The automaton and regular expressions for a rule set. Built once per rule set; matching
/// allocates only the hit list.
pub struct Matcher {
    sources: Vec<Source>,
    /// Whether hits must be sorted into the order one automaton over the whole rule set gives
    /// (more than one source, or bundled packs in another order).
    reorder: bool,
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

/// The literal sources of `rules`: the bundled table for the packs that are bundled ones,
/// unchanged, and a table built here for the others. Also whether their hits need reordering.
fn sources(rules: &RuleSet) -> (Vec<Source>, bool) {
    let bundled = Literals::bundled();
    let mut unused: HashMap<u64, Vec<usize>> = HashMap::new();
    for (b, &print) in bundled.table.packs.iter().enumerate().rev() {
        unused.entry(print).or_default().push(b);
    }
    let mut covered = vec![None; bundled.table.packs.len()];
    let mut rest = Vec::new();
    for (p, pack) in rules.ids() {
        match unused.get_mut(&fingerprint(pack)).and_then(Vec::pop) {
            Some(b) => covered[b] = Some(p),
            None => rest.push(p),
        }
    }
    let in_order = covered
        .iter()
        .flatten()
        .zip(covered.iter().flatten().skip(1))
        .all(|(a, b)| a.index() < b.index());
    let mut sources = Vec::new();
    if covered.iter().any(Option::is_some) {
        sources.push(Source {
            literals: Arc::clone(bundled),
            packs: covered,
        });
    }
    if !rest.is_empty() {
        let table = Table::new(rest.iter().map(|&p| &rules[p]));
        sources.push(Source {
            literals: Arc::new(Literals::new(table)),
            packs: rest.into_iter().map(Some).collect(),
        });
    }
    let reorder = sources.len() > 1 || !in_order;
    (sources, reorder)
}

impl Matcher {
    pub fn new(rules: &RuleSet) -> Matcher {
        let (sources, reorder) = sources(rules);
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
            sources,
            reorder,
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
            let table = &source.literals.table;
            source
                .literals
                .automaton
                .find_overlapping(s.as_bytes(), |id, start, end| {
                    let bounds = table.bounds[id];
                    if bounds & BOUND_START != 0
                        && s[..start].chars().next_back().is_some_and(spaced_script)
                    {
                        return;
                    }
                    if bounds & BOUND_END != 0 && s[end..].chars().next().is_some_and(spaced_script)
                    {
                        return;
                    }
                    for owner in table.owners(id) {
                        if let Some(pack) = source.packs[owner.pack as usize] {
                            hits.push(Hit {
                                pack,
                                kind: owner.kind,
                                allowed: owner.flags,
                                start,
                                end,
                            });
                        }
                    }
                });
        }
        if self.reorder {
            hits.sort_by_key(|h| (h.end, h.start, h.pack.index()));
        }
        // A style code names its brand like a product line; its digits and dashes are the
        // brand's own format, never a disguise.
        let clues = self.code_filter.clues(s);
        for (i, (pack, regex)) in self.codes.iter().enumerate() {
            if !self.code_filter.could_match(i, &clues) {
                continue;
            }
            hits.extend(regex.find_iter(s).map(|m| Hit {
                pack: *pack,
                kind: LiteralKind::Product,
                allowed: u8::MAX,
                start: m.start(),
                end: m.end(),
            }));
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

    /// Packs matched from the bundled table, from a table built at run time, or both, in any
    /// order: the same hits in the same order as one table over the whole rule set.
    #[test]
    fn the_same_hits_whichever_table_a_pack_comes_from() {
        let mut rules = RuleSet::from_bytes(crate::BUNDLED_RULES).unwrap();
        // A literal written twice changes a pack's fingerprint, not its hits.
        for pack in rules.packs.iter_mut().step_by(5) {
            let first = pack.literals[0].clone();
            pack.literals.push(first);
        }
        rules.packs.reverse();
        let split = Matcher::new(&rules);
        assert!(split.reorder && split.sources.len() == 2);
        let mut whole = Matcher::new(&rules);
        whole.sources = vec![Source {
            literals: Arc::new(Literals::new(Table::new(&rules.packs))),
            packs: rules.ids().map(|(p, _)| Some(p)).collect(),
        }];
        whole.reorder = false;
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

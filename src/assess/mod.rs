//! From matches to findings, in the steps DESIGN.md names: `mentions` finds the brands a
//! listing names, how and whether it claims them; `findings` turns mentions, cues, patterns,
//! the price and the seller into weighted reasons.

mod condition;
mod findings;
mod mentions;
mod scope;

use crate::listing::{Field, Listing};
use crate::matcher::{Hit, Matcher};
use crate::normalize::{normalize, Normalized};
use crate::prefilter::Clues;
use crate::rules::ruleset::{Brand, PackId, RuleSet};
use crate::verdict::{Evidence, Reason};

/// One field of the listing, normalized and scanned.
struct Scanned<'a> {
    field: Field,
    original: &'a str,
    norm: Normalized,
    hits: Vec<Hit>,
    /// What the field holds of the strings and digits the packs' patterns need.
    clues: Clues,
    /// What it says of the item's condition, worked out when first asked for.
    condition: condition::Facts,
}

impl Scanned<'_> {
    /// Whether the original characters `start..end` (a pattern's match) describe the item, read
    /// in the normalized text as a cue is.
    fn about_the_item(&self, start: usize, end: usize) -> bool {
        let text = &self.norm.text;
        let at = |want: usize, first: bool| {
            text.char_indices().map(|(i, _)| i).find(|&i| {
                let next = text[i..].chars().next().map_or(0, char::len_utf8);
                let (from, to) = self.norm.origin(i, i + next);
                if first {
                    from >= want
                } else {
                    to >= want
                }
            })
        };
        match (at(start, true), at(end, false)) {
            (Some(a), Some(b)) => {
                let b = b + text[b..].chars().next().map_or(0, char::len_utf8);
                scope::about_the_item(text, a, b)
            }
            _ => true,
        }
    }

    fn evidence(&self, start: usize, end: usize) -> Evidence {
        let (from, to) = self.norm.origin(start, end);
        Evidence {
            field: self.field,
            start: from,
            end: to,
            text: self.original.chars().skip(from).take(to - from).collect(),
        }
    }
}

/// The brand section of a pack that mentions come from.
fn brand(rules: &RuleSet, pack: PackId) -> &Brand {
    rules[pack]
        .brand
        .as_ref()
        .expect("mentions come from brand packs")
}

/// Works out a listing's findings with the enabled packs. Returns the claimed brand, if any.
pub fn assess(
    rules: &RuleSet,
    matcher: &Matcher,
    enabled: &[bool],
    listing: &Listing,
) -> (Option<String>, Vec<Reason>) {
    let scans: Vec<Scanned> = Field::TEXT
        .iter()
        .filter_map(|&field| {
            let original = listing.text(field).filter(|t| !t.trim().is_empty())?;
            let norm = normalize(original);
            let hits = matcher
                .scan(&norm)
                .into_iter()
                .filter(|h| enabled[h.pack.index()])
                .collect();
            Some(Scanned {
                field,
                original,
                norm,
                hits,
                clues: matcher.prefilter.clues(original),
                condition: Default::default(),
            })
        })
        .collect();
    let mentions = mentions::mentions(rules, &matcher.names, &scans);
    let primary = mentions::claimed(&mentions, &scans);
    let brand_name = primary.map(|m| brand(rules, m.pack).name.clone());

    let mut found = findings::Findings::default();
    findings::disguises(rules, &mentions, &scans, &mut found);
    let cue = findings::cues(rules, &scans, brand_name.as_deref(), &mut found);
    findings::patterns(
        rules,
        matcher,
        enabled,
        &scans,
        brand_name.as_deref(),
        &mut found,
    );
    if let Some(m) = primary {
        let partners = mentions::partners(&mentions, &scans, &m);
        findings::claimed_brand(rules, m.pack, &partners, &scans, listing, &mut found);
        if let Some(cue) = cue {
            findings::stocked_copies(rules, m.pack, &cue, &scans, &mut found);
        }
    }
    (brand_name, found.reasons)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Listing;

    fn checker(pack: &str) -> crate::Checker {
        let mut rules = RuleSet::default();
        rules
            .packs
            .push(crate::rules::compile_pack("t.toml", pack).unwrap());
        crate::Checker::with_rules(rules, crate::Options::default())
    }

    #[test]
    fn a_spelling_the_brand_uses_itself_is_no_disguise() {
        let c = checker(
            "[pack]\nid = \"mac\"\nname = \"MAC\"\nkind = \"brand\"\nversion = \"1\"\n\
             [brand]\nname = \"MAC\"\naliases = [\"M·A·C\"]\n",
        );
        let plain = c.check(&Listing::titled("M.A.C Ruby Woo lipstick"));
        assert_eq!((plain.score, plain.brand.as_deref()), (0, Some("MAC")));
        let hidden = c.check(&Listing::titled("MA\u{200B}C Ruby Woo lipstick"));
        assert_eq!(hidden.reasons[0].rule, "disguised-name");
    }
}

//! Step 1 and 2 of assessment: every brand mention in a listing (names, product lines,
//! misspellings, one-letter changes, masked names), how it is disguised, whether it only refers to
//! the brand ("case for Apple"), and which one is the brand the listing claims.

use super::Scanned;
use crate::fuzzy;
use crate::listing::Field;
use crate::matcher::Hit;
use crate::normalize::flag;
use crate::rules::ruleset::{LiteralKind, PackId, RuleSet};

/// Engine weights for disguised brand names; pack weights cover everything else.
const HOMOGLYPH_WEIGHT: u8 = 60;
const HIDDEN_WEIGHT: u8 = 60;
const STYLED_WEIGHT: u8 = 60;
const SPACED_WEIGHT: u8 = 50;
const LEET_WEIGHT: u8 = 50;
const MISSPELLING_WEIGHT: u8 = 45;
const FUZZY_WEIGHT: u8 = 30;
const MASKED_WEIGHT: u8 = 50;

/// What joins a list of brands an accessory fits: "fits Rolex, Omega & TAG Heuer".
const LIST_JOINERS: [&str; 14] = [
    ",", "/", "&", "+", "and", "or", "und", "oder", "et", "ou", "y", "e", "и", "和",
];

/// Words that may stand between "for"/"compatible with" and a brand that it still refers to
/// ("for the Apple iPhone", "for most Samsung phones"). Any other word breaks the reference:
/// in "para hombre Nike" the "para" (for) belongs to "hombre" (men), not to Nike.
const REFERENCE_FILLERS: [&str; 24] = [
    "the", "a", "an", "your", "my", "all", "most", "any", "original", "genuine", "el", "la", "los",
    "las", "le", "les", "der", "die", "das", "den", "il", "lo", "i", "o",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MentionKind {
    /// Letters hidden behind asterisks or split by symbols: "Cart*er", "Gu//cci".
    Masked,
    Name,
    Misspelling,
    Fuzzy,
    /// Letters of another script or symbols in place of letters, which the folding does not
    /// make Latin: "AЦdemars".
    Substituted,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Mention {
    pub pack: PackId,
    pub scan: usize,
    pub start: usize,
    pub end: usize,
    kind: MentionKind,
    /// The literal was written in Latin letters, so foreign look-alike letters disguise it.
    latin: bool,
    /// Disguise flags the pack's own spelling has, which do not count as a disguise.
    allowed: u8,
    pub reference: bool,
}

impl Mention {
    /// The disguise weight and its plain-words description.
    pub fn disguise(&self, scans: &[Scanned]) -> Option<(u8, &'static str)> {
        let flags = scans[self.scan].norm.flags(self.start, self.end) & !self.allowed;
        if flags & flag::HOMOGLYPH != 0 && self.latin {
            Some((HOMOGLYPH_WEIGHT, "look-alike letters from another alphabet"))
        } else if flags & flag::HIDDEN != 0 {
            Some((HIDDEN_WEIGHT, "invisible characters inside the name"))
        } else if flags & flag::STYLED != 0 {
            Some((STYLED_WEIGHT, "decorative Unicode letters"))
        } else if flags & flag::SPACED != 0 {
            Some((SPACED_WEIGHT, "its letters spaced or dotted apart"))
        } else if flags & flag::LEET != 0 {
            Some((LEET_WEIGHT, "digits or symbols in place of letters"))
        } else {
            match self.kind {
                MentionKind::Misspelling => {
                    Some((MISSPELLING_WEIGHT, "a misspelling sellers of copies use"))
                }
                MentionKind::Fuzzy => Some((FUZZY_WEIGHT, "letters changed")),
                MentionKind::Substituted => Some((
                    LEET_WEIGHT,
                    "letters of another alphabet or symbols in place of letters",
                )),
                MentionKind::Masked => Some((MASKED_WEIGHT, "letters masked or split by symbols")),
                MentionKind::Name => None,
            }
        }
    }
}

/// The brand the listing claims: disguised mentions first, then by field and position.
pub(super) fn claimed(mentions: &[Mention], scans: &[Scanned]) -> Option<Mention> {
    mentions
        .iter()
        .filter(|m| !m.reference)
        .min_by_key(|m| {
            let w = m.disguise(scans).map_or(0, |d| d.0);
            (std::cmp::Reverse(w), scans[m.scan].field, m.start)
        })
        .copied()
}

/// The other brands a collaboration pairs with the claimed one in the same field ("Air Force 1 ×
/// Louis Vuitton", "Gazelle x Gucci", or two names side by side, "Adidas Balenciaga tee"): a
/// genuine pairing sells at least at the dearer brand's price, and a made-up one is a copy of
/// the dearer brand's look.
pub(super) fn partners(mentions: &[Mention], scans: &[Scanned], claimed: &Mention) -> Vec<PackId> {
    let joiner = |w: &str| matches!(w, "x" | "collab" | "collaboration");
    // The field's joining words and signs, found once (a field may hold thousands of mentions),
    // in order; they do not overlap, so their ends are in order too.
    let text = &scans[claimed.scan].norm.text;
    let mut joins: Vec<(usize, usize)> = words(text)
        .filter(|(_, w)| joiner(w))
        .map(|(at, w)| (at, at + w.len()))
        .chain(text.match_indices('×').map(|(at, x)| (at, at + x.len())))
        .collect();
    crate::sort::sort(&mut joins);
    let mut out: Vec<PackId> = Vec::new();
    for m in mentions {
        if m.reference || m.scan != claimed.scan || m.pack == claimed.pack || out.contains(&m.pack)
        {
            continue;
        }
        let (from, to) = if m.start < claimed.start {
            (m.end, claimed.start)
        } else {
            (claimed.end, m.start)
        };
        let between = text.get(from..to).unwrap_or("");
        // A word of the text inside `between`, or one cut by its ends ("耐克x" holds "x").
        let inside = joins.get(joins.partition_point(|j| j.0 < from));
        // Names with only spaces between them, not a list ("Nike, Adidas, Puma").
        let side_by_side = from <= to && between.chars().all(char::is_whitespace);
        if side_by_side
            || !between.is_empty() && inside.is_some_and(|j| j.1 <= to)
            || words(between).next().is_some_and(|(_, w)| joiner(w))
            || words_back(between).next().is_some_and(|(_, w)| joiner(w))
        {
            out.push(m.pack);
        }
    }
    out
}

/// Every brand mention in the listing, with lookalikes removed, context checked and
/// accessory references marked.
pub(super) fn mentions(rules: &RuleSet, names: &fuzzy::Names, scans: &[Scanned]) -> Vec<Mention> {
    let mut out = Vec::new();
    for (si, s) in scans.iter().enumerate() {
        // Few hits are lookalikes or accessory words; each mention is compared with those only,
        // so a field repeating a brand name costs time in proportion to its length.
        let lookalikes: Vec<&Hit> = s
            .hits
            .iter()
            .filter(|o| o.kind == LiteralKind::Lookalike)
            .collect();
        for h in &s.hits {
            let kind = match h.kind {
                LiteralKind::Name | LiteralKind::Product => MentionKind::Name,
                LiteralKind::Misspelling => MentionKind::Misspelling,
                _ => continue,
            };
            let inside_lookalike = lookalikes.iter().any(|o| {
                o.pack == h.pack
                    && o.kind == LiteralKind::Lookalike
                    && o.start <= h.start
                    && o.end >= h.end
            });
            if !inside_lookalike {
                let latin = s.norm.text[h.start..h.end].is_ascii();
                out.push(Mention {
                    pack: h.pack,
                    scan: si,
                    start: h.start,
                    end: h.end,
                    kind,
                    latin,
                    allowed: h.allowed,
                    reference: false,
                });
            }
        }
    }
    out.extend(fuzzy_mentions(rules, names, scans));

    // A brand that needs context counts only with it, or when written disguised on purpose.
    let mut with_context = vec![false; rules.packs.len()];
    for s in scans.iter().filter(|s| s.field != Field::Seller) {
        for h in &s.hits {
            if matches!(h.kind, LiteralKind::Context | LiteralKind::Keyword(_)) {
                with_context[h.pack.index()] = true;
            }
        }
    }
    let stacked = stacked(scans);
    out.retain(|m| {
        !super::brand(rules, m.pack).needs_context
            || scans[m.scan].field == Field::Brand
            || m.disguise(scans).is_some() && m.kind == MentionKind::Name
            || with_context[m.pack.index()]
            || stacked
            || m.kind == MentionKind::Name && heads_the_title(m, &scans[m.scan])
    });

    // "Heuer" inside "TAG Heuer" is the same mention, not a second one.
    let inside = inside_longer(&out);
    let mut index = 0;
    out.retain(|_| {
        index += 1;
        !inside[index - 1]
    });
    crate::sort::sort_by_key(&mut out, |m| (m.scan, m.start, m.pack.index(), m.end));
    out.dedup_by_key(|m| (m.pack, m.scan, m.start, m.end));

    // A mention right after "for" (fillers aside) is a reference, and so is a mention right
    // after a reference: "for Balenciaga Triple S", "fits Rolex, Omega, TAG Heuer".
    let only = |text: &str, words: &[&str]| text.split_whitespace().all(|w| words.contains(&w));
    // Per field, the "for" words that do not follow a cue: "case for Apple" refers to Apple;
    // "dupe for Dior" still sells a Dior look-alike.
    let fors: Vec<Vec<&Hit>> = scans
        .iter()
        .map(|s| {
            let cues: Vec<&Hit> = s
                .hits
                .iter()
                .filter(|c| matches!(c.kind, LiteralKind::Cue(_)))
                .collect();
            s.hits
                .iter()
                .filter(|h| h.kind == LiteralKind::AccessoryBefore)
                .filter(|h| {
                    !cues
                        .iter()
                        .any(|c| c.end <= h.start && s.norm.text[c.end..h.start].trim().is_empty())
                })
                .collect()
        })
        .collect();
    let mut references: Vec<usize> = Vec::new();
    for i in 0..out.len() {
        let m = out[i];
        let s = &scans[m.scan];
        let after_for = fors[m.scan]
            .iter()
            .any(|h| h.end <= m.start && only(&s.norm.text[h.end..m.start], &REFERENCE_FILLERS));
        let after_reference = references.iter().any(|&r| {
            let r = &out[r];
            if r.scan != m.scan || r.end > m.start {
                return false;
            }
            let between = &s.norm.text[r.end..m.start];
            r.pack == m.pack && only(between, &REFERENCE_FILLERS) || only(between, &LIST_JOINERS)
        });
        if after_for || after_reference {
            out[i].reference = true;
            references.push(i);
        }
    }
    out
}

/// Whether the listing offers stock of an item in the replica trade's words: a cue ("[Premium
/// Quality]", "1:1") and several colourways or sizes ("(40 colorways)"). A brand name in such a
/// listing names the goods on sale, whatever else the word means.
fn stacked(scans: &[Scanned]) -> bool {
    let cue = scans.iter().any(|s| {
        s.field != Field::Seller
            && s.hits.iter().any(|h| {
                matches!(h.kind, LiteralKind::Cue(_))
                    && super::scope::about_the_item(&s.norm.text, h.start, h.end)
            })
    });
    cue && matches!(
        super::condition::condition(scans, None),
        super::condition::Condition::Stocked(_)
    )
}

/// Whether a name that is also an ordinary word opens the title as the brand of the goods on
/// sale, the way replica sellers' albums and spreadsheets write it: the title is the name alone
/// ("Supreme", "Valentino"), or the name before a collaboration ("Supreme x BB") or a kind of
/// goods ("Vetements cap"). Each word of the name is
/// capitalised as a brand is ("Off-White", "OFF -WHITE"), not written as a colour or an
/// ordinary word mid-sentence ("off-white walls", "Off-white linen").
fn heads_the_title(m: &Mention, s: &Scanned) -> bool {
    let text = &s.norm.text;
    if s.field != Field::Title || words(&text[..m.start]).next().is_some() {
        return false;
    }
    let (from, to) = s.norm.origin(m.start, m.end);
    let written: String = s.original.chars().skip(from).take(to - from).collect();
    let capitalised =
        words(&written).all(|(_, w)| w.chars().next().is_some_and(|c| !c.is_lowercase()));
    if !capitalised {
        return false;
    }
    let rest = &text[m.end..];
    if rest.trim_start().starts_with('×') {
        return true;
    }
    match words(rest).next() {
        None => true,
        Some((_, "x")) => true,
        Some((at, _)) => {
            let at = m.end + at;
            // A kind of goods, not another brand's line ("Supreme Air Force 1" is Nike's).
            let at_next = |kind: fn(LiteralKind) -> bool| {
                s.hits.iter().any(|h| h.start == at && kind(h.kind))
            };
            at_next(|k| matches!(k, LiteralKind::Keyword(_)))
                && !at_next(|k| matches!(k, LiteralKind::Name | LiteralKind::Product))
        }
    }
}

/// For each mention, whether a longer mention of the same pack in the same field contains it,
/// found in one sorted sweep rather than by comparing every pair.
fn inside_longer(mentions: &[Mention]) -> Vec<bool> {
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    crate::sort::sort_by_key(&mut order, |&i| {
        let m = &mentions[i];
        (m.pack.index(), m.scan, m.start, std::cmp::Reverse(m.end))
    });
    let mut inside = vec![false; mentions.len()];
    // The furthest end among earlier mentions of the group, and the latest start reaching it.
    let mut reach: Option<(PackId, usize, usize, usize)> = None;
    for i in order {
        let m = &mentions[i];
        match reach {
            Some((pack, scan, end, start)) if pack == m.pack && scan == m.scan => {
                inside[i] = end > m.end || end == m.end && start < m.start;
                if m.end > end {
                    reach = Some((pack, scan, m.end, m.start));
                }
            }
            _ => reach = Some((m.pack, m.scan, m.end, m.start)),
        }
    }
    inside
}

/// The runs of letters and digits in `text`, with their byte offsets.
pub(super) fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    // Whether the character at byte `i` is a letter or digit, and its length; ASCII bytes (most
    // text) are read as bytes.
    let read = |i: usize| match text.as_bytes()[i] {
        b if b.is_ascii() => (b.is_ascii_alphanumeric(), 1),
        _ => text[i..]
            .chars()
            .next()
            .map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8())),
    };
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < text.len() {
            let (word, len) = read(at);
            if word {
                break;
            }
            at += len;
        }
        if at >= text.len() {
            return None;
        }
        let start = at;
        while at < text.len() {
            let (word, len) = read(at);
            if !word {
                break;
            }
            at += len;
        }
        Some((start, &text[start..at]))
    })
}

/// The runs of letters and digits in `text` from the last one back, as [`words`] gives them:
/// the few words before a place are read without walking the text up to it.
pub(super) fn words_back(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = text.char_indices().rev().peekable();
    std::iter::from_fn(move || {
        let (last, c) = rest.find(|(_, c)| c.is_alphanumeric())?;
        let mut start = last;
        while let Some(&(i, c)) = rest.peek() {
            if !c.is_alphanumeric() {
                break;
            }
            start = i;
            rest.next();
        }
        Some((start, &text[start..last + c.len_utf8()]))
    })
}

/// Words near a brand name (`crate::fuzzy`): masked or split by symbols, written with letters
/// of another script, or misspelt. A misspelling counts alone only for a name of six letters or
/// more that no dictionary word explains; otherwise, like any near word of a short name, only
/// next to the brand's products, categories or context words, or a replica cue.
fn fuzzy_mentions(rules: &RuleSet, names: &fuzzy::Names, scans: &[Scanned]) -> Vec<Mention> {
    // The brand's own words next to the near word; a dictionary word needs the brand's
    // products or context words ("bone conduction headphones" is not Bose, "like new replica"
    // is not Nike).
    let context = |pack: PackId, strong: bool| {
        scans.iter().filter(|s| s.field != Field::Seller).any(|s| {
            s.hits.iter().any(|h| match h.kind {
                LiteralKind::Cue(_) => !strong,
                LiteralKind::Context | LiteralKind::Product => h.pack == pack,
                LiteralKind::Keyword(_) => h.pack == pack && !strong,
                _ => false,
            })
        })
    };
    let mut out = Vec::new();
    for (si, s) in scans.iter().enumerate() {
        if !matches!(s.field, Field::Title | Field::Description | Field::Brand) {
            continue;
        }
        let text = &s.norm.text;
        let tokens = fuzzy::tokens(text);
        for (name, n) in names.near(&tokens, text) {
            let p = name.pack;
            let Some(brand) = &rules[p].brand else {
                continue;
            };
            let covered = s
                .hits
                .iter()
                .any(|h| h.pack == p && h.start <= n.start && h.end >= n.end);
            let word = fuzzy::is_word(&text[n.start..n.end]);
            let long = brand.fuzzy.contains(&name.text.replace(' ', ""));
            let alone = !n.misspelled || long && !word;
            // A misspelling of one brand beside the name of another is a word of its own
            // ("Pasek do Apple Watch": pasek is a strap, not Patek).
            let other = n.misspelled
                && scans.iter().any(|s| {
                    s.hits.iter().any(|h| {
                        h.pack != p && matches!(h.kind, LiteralKind::Name | LiteralKind::Product)
                    })
                });
            if covered || other || !alone && !context(p, word) {
                continue;
            }
            out.push(Mention {
                pack: p,
                scan: si,
                start: n.start,
                end: n.end,
                kind: match (n.masked, n.misspelled) {
                    (true, _) => MentionKind::Masked,
                    (false, false) => MentionKind::Substituted,
                    (false, true) => MentionKind::Fuzzy,
                },
                latin: true,
                allowed: 0,
                reference: false,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_byte_offsets_past_wide_separators() {
        let w: Vec<_> = words("a·bc  déf—g").collect();
        assert_eq!(w, vec![(0, "a"), (3, "bc"), (7, "déf"), (14, "g")]);
        for text in ["a·bc  déf—g", " x 耐克x ", "", "—", "ab"] {
            let mut back: Vec<_> = words_back(text).collect();
            back.reverse();
            assert_eq!(back, words(text).collect::<Vec<_>>(), "{text:?}");
        }
    }
}

//! What a cue phrase is about. A cue claims the item is a copy only when it describes the item:
//! "not a replica" and "no fakes" deny it, "no original papers", "replica box" and "the box is
//! a copy" describe the papers or the box, and "A+++ condition" or "S급 상태" grade a used
//! item's wear. Genuine dealers write all of these.

use super::mentions::{words, words_back};

/// Words that deny what follows: "not a replica", "no fakes", "kein Fake", "не копия".
const NEGATIONS: [&str; 38] = [
    "not", "no", "non", "never", "zero", "nothing", "without", "isn", "aren", "don", "doesn",
    "nor", "kein", "keine", "keinen", "nicht", "niemals", "pas", "jamais", "ni", "sin", "nunca",
    "nada", "não", "nao", "nem", "nenhum", "нет", "не", "ни", "без", "nie", "bez", "không",
    "bukan", "tidak", "ليس", "غير",
];

/// Chinese and Japanese negations, written right before the cue: "不是高仿", "非复刻", "拒绝假货".
const CJK_NEGATIONS: [&str; 12] = [
    "不是", "不", "非", "没有", "沒有", "无", "無", "绝非", "絕非", "拒绝", "拒絕", "谢绝",
];

/// Words that may stand between a negation and its cue: "not a", "no any", "we do not sell".
const FILLERS: [&str; 30] = [
    "a", "an", "the", "any", "t", "is", "are", "it", "its", "this", "these", "sell", "selling",
    "sold", "we", "i", "do", "deal", "in", "un", "une", "una", "um", "uma", "ein", "eine", "es",
    "est", "ist", "это",
];

/// Things that come with an item and are not it: its box and papers, tags, strap or bracelet,
/// parts. A cue next to one of them describes that thing.
const THINGS: [&str; 78] = [
    "box",
    "boxes",
    "papers",
    "paper",
    "paperwork",
    "card",
    "cards",
    "warranty",
    "guarantee",
    "certificate",
    "certificates",
    "receipt",
    "receipts",
    "invoice",
    "tag",
    "tags",
    "hangtag",
    "label",
    "labels",
    "dust",
    "dustbag",
    "packaging",
    "package",
    "manual",
    "booklet",
    "strap",
    "straps",
    "bracelet",
    "band",
    "buckle",
    "clasp",
    "links",
    "dial",
    "bezel",
    "crown",
    "hands",
    "redial",
    "crystal",
    "pushers",
    "rotor",
    "nib",
    "sole",
    "insert",
    "parts",
    "part",
    "battery",
    "screen",
    "charger",
    "cable",
    "laces",
    "insoles",
    "accessories",
    "caja",
    "papeles",
    "tarjeta",
    "garantía",
    "garantia",
    "factura",
    "etiqueta",
    "boîte",
    "boite",
    "papiers",
    "carte",
    "facture",
    "étiquette",
    "karton",
    "papiere",
    "rechnung",
    "scatola",
    "garanzia",
    "scontrino",
    "caixa",
    "papéis",
    "коробка",
    "документы",
    "бирка",
    "чек",
    "ремешок",
];

/// The same, in Chinese and Japanese, written right after the cue: "高仿盒子" is a copied box;
/// and wear wording: "S級 ランク", "成色".
const CJK_THINGS: [&str; 17] = [
    "盒子",
    "包装",
    "證書",
    "证书",
    "保卡",
    "发票",
    "小票",
    "吊牌",
    "表带",
    "表盒",
    "鞋盒",
    "配件",
    "ランク",
    "状態",
    "상태",
    "成色",
    "品相",
];

/// Words around a grade that make it the wear of a used item: "A+++ condition", "condition:
/// AAA", "S급 상태".
const CONDITION_WORDS: [&str; 17] = [
    "condition",
    "cond",
    "rank",
    "cosmetic",
    "exterior",
    "overall",
    "graded",
    "wear",
    "seller",
    "feedback",
    "zustand",
    "état",
    "etat",
    "estado",
    "condizione",
    "состояние",
    "상태",
];

/// Words that make a part not the maker's own: "aftermarket bracelet", "service dial". A clause
/// starting with one (or with the part) has the part as its subject.
const PART_WORDS: [&str; 6] = [
    "aftermarket",
    "replacement",
    "service",
    "generic",
    "refinished",
    "restored",
];

/// Joins a clause: a cue followed by one of these still ends what it says about the thing
/// before it ("box replica and papers").
const CONJUNCTIONS: [&str; 6] = ["and", "but", "with", "only", "y", "und"];

/// Punctuation that ends a clause: a negation or a thing across it is about something else.
fn breaks(between: &str) -> bool {
    between.contains([
        ',', '.', ';', '!', '?', '|', '\n', '(', ')', '[', ']', '，', '。',
    ])
}

/// Whether the cue at `start..end` of normalized `text` says something about the item itself.
pub(super) fn about_the_item(text: &str, start: usize, end: usize) -> bool {
    !(negated(text, start) || about_a_thing(text, start, end))
}

/// A negation before the cue in the same clause, with only filler words between.
pub(super) fn negated(text: &str, start: usize) -> bool {
    let before = &text[..start];
    if CJK_NEGATIONS.iter().any(|n| before.trim_end().ends_with(n)) {
        return true;
    }
    for (at, w) in words_back(before).take(4) {
        if breaks(&before[at + w.len()..]) {
            return false;
        }
        if NEGATIONS.contains(&w) {
            return true;
        }
        if !FILLERS.contains(&w) {
            return false;
        }
    }
    false
}

/// The cue describes a thing that comes with the item ("replica box", "copy of the papers",
/// "the box: replica") or grades its wear ("A+++ condition").
fn about_a_thing(text: &str, start: usize, end: usize) -> bool {
    let after = &text[end..];
    if CJK_THINGS.iter().any(|t| after.trim_start().starts_with(t)) {
        return true;
    }
    // "copy of the original papers": the papers, whoever made them.
    let mut next = words(after).skip_while(|(_, w)| {
        matches!(
            *w,
            "of" | "the" | "de" | "du" | "des" | "la" | "le" | "di" | "original" | "its"
        )
    });
    let following = next.next();
    if let Some((at, w)) = following {
        // "1:1 replacement" from a brand's service is a part, like "service dial".
        let thing = THINGS.contains(&w) || CONDITION_WORDS.contains(&w) || PART_WORDS.contains(&w);
        if !breaks(&after[..at]) && thing {
            return true;
        }
    }
    // "box replica", "the box is a copy", "box: generic (not original)", "condition: AAA": the
    // thing (or wear) up to three words before in the clause, and the cue ends the clause.
    let ends_clause =
        following.is_none_or(|(at, w)| breaks(&after[..at]) || CONJUNCTIONS.contains(&w));
    let before = &text[..start];
    ends_clause
        && (part_subject(before)
            || words_back(before)
                .take(3)
                .take_while(|&(at, w)| {
                    !before[at + w.len()..].contains([',', '.', ';', '!', '?', '|', '\n'])
                })
                .any(|(_, w)| THINGS.contains(&w) || CONDITION_WORDS.contains(&w)))
}

/// A cue standing alone after a comma continues the clause before it: "Redial, not original",
/// "Box is a replacement, not original". It is about a part when that clause starts with one.
fn part_subject(before: &str) -> bool {
    let Some(head) = before.trim_end().strip_suffix([',', ';']) else {
        return false;
    };
    let clause = &head[head
        .rfind([',', '.', ';', '!', '?', '|', '\n', '(', ')', '[', ']'])
        .map_or(0, |i| i + 1)..];
    words(clause)
        .map(|(_, w)| w)
        .find(|w| !matches!(*w, "the" | "its" | "a" | "an"))
        .is_some_and(|w| THINGS.contains(&w) || PART_WORDS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `cue` in `text` (first occurrence, normalized) is about the item.
    fn about(text: &str, cue: &str) -> bool {
        let norm = crate::normalize::normalize(text).text;
        let cue = crate::normalize::normalize(cue).text;
        let at = norm.find(&cue).expect("cue in text");
        about_the_item(&norm, at, at + cue.len())
    }

    #[test]
    fn a_negated_cue_claims_nothing() {
        assert!(!about("100% authentic, not a replica", "replica"));
        assert!(!about("Genuine Gucci, no fakes", "fakes"));
        assert!(!about("We do not sell replicas", "replicas"));
        assert!(!about("Rolex, kein Fake", "fake"));
        assert!(!about("正品 不是高仿", "高仿"));
        assert!(about(
            "Rolex Submariner replica, not original box",
            "replica"
        ));
        assert!(about("No box, replica watch", "replica"));
        assert!(about("Gucci bag AAA replica", "replica"));
    }

    #[test]
    fn a_cue_about_the_box_papers_or_wear_is_not_about_the_item() {
        assert!(!about("Rolex Datejust, no original papers", "no original"));
        assert!(!about("Omega Speedmaster with replica box", "replica"));
        assert!(!about("Cartier Tank, copy of the warranty card", "copy"));
        assert!(!about("Rolex GMT, box is a copy, papers original", "copy"));
        assert!(!about(
            "Rolex Explorer, bracelet not original",
            "not original"
        ));
        assert!(!about(
            "Omega Seamaster, box: generic (not original)",
            "not original"
        ));
        assert!(!about("Louis Vuitton Speedy, A+++ condition", "a+++"));
        assert!(!about("Rolex Datejust 16233, condition: AAA+", "aaa+"));
        assert!(!about("Gucci loafers 高仿盒子", "高仿"));
        assert!(!about(
            "Omega Railmaster, a copy of the original papers",
            "copy"
        ));
        assert!(!about("Breitling, strap is a 1:1 replacement", "1:1"));
        assert!(about("Rolex Daytona, a copy of the original watch", "copy"));
        assert!(about(
            "Rolex Submariner replica with box and papers",
            "replica"
        ));
        assert!(about("Rolex leather strap replica watch", "replica"));
    }

    #[test]
    fn a_cue_after_a_clause_about_a_part_is_about_the_part() {
        assert!(!about(
            "Zenith El Primero, redial, not original",
            "not original"
        ));
        assert!(!about(
            "Breitling Chronomat. Box is a replacement, not original.",
            "not original"
        ));
        assert!(!about(
            "Datejust 1601, aftermarket dial, not original",
            "not original"
        ));
        assert!(!about("Rolex Datejust 16233, cosmetic grade AAA+", "aaa+"));
        assert!(about("Rolex Submariner, not original", "not original"));
        assert!(about(
            "Rolex Datejust with box, not original",
            "not original"
        ));
        assert!(about("Gucci belt, 1:1", "1:1"));
    }
}

//! The condition a listing states, which decides the price floor it is held to: a single worn
//! item sells at the worn price, but an item stated new (or offered in stock, in several sizes or
//! colours, or wholesale) sells at least at the cheapest genuine new price. A used item at a
//! fraction of retail is ordinary resale; a new one, or a stock of them, is a copy.

use std::cell::OnceCell;
use std::sync::OnceLock;

use super::mentions::words;
use super::scope::negated;
use vocabulary::*;

mod vocabulary;
use super::Scanned;
use crate::listing::Field;
use crate::rules::ruleset::LiteralKind;

/// What the listing says about the item's condition, with the words that say it.
#[derive(Debug, PartialEq)]
pub(super) enum Condition {
    /// Stated used, or described as one particular item: the worn floor applies.
    Worn,
    /// Worn with its flaws graded or named ("rank B", "fair condition", "scuffs", "難あり"):
    /// resale markets sell such pieces below the ordinary worn price, and no copy is sold by
    /// its flaws.
    Marked(String),
    /// Nothing says new or used and nothing describes the item beyond its name: the worn floor
    /// applies, and a price far below what even worn ones fetch is a moderate signal.
    Unstated,
    /// Stated new ("brand new", "BNWT", "deadstock", "全新").
    New(String),
    /// Offered in stock: several colours or sizes, a size range, every size, wholesale.
    Stocked(String),
    /// An old piece ("vintage", "new old stock", made in 1958 or the 1970s): old references
    /// sell below modern worn ones, unworn or not.
    Old(String),
}

/// Years back from the packs' date at which a piece is old.
const OLD_AFTER_YEARS: u32 = 20;

/// The phrase lists, searched together: one pass over a field finds every list's hits.
#[derive(Clone, Copy)]
enum List {
    New,
    Used,
    Stock,
    Old,
    Piece,
    Wear,
}

const LISTS: [&[&str]; 6] = [
    &NEW_PHRASES,
    &USED_PHRASES,
    &STOCK_PHRASES,
    &OLD_PHRASES,
    &PIECE_WORDS,
    &WEAR_PHRASES,
];

/// What a field says of the condition, each part worked out when first asked for and kept: a
/// listing's condition is asked for up to three times (with the packs' year and without).
#[derive(Default)]
pub(super) struct Facts {
    /// The hits of each list ([`List`]).
    phrases: OnceCell<FieldPhrases>,
    /// In a title, "new" set apart ([`bare_new`]).
    bare_new: OnceCell<Vec<(usize, usize)>>,
    /// Years and decades from 1900 on ("1958", "1970s") outside names, in order: the year and
    /// the word's byte range.
    years: OnceCell<Vec<(u32, usize, usize)>>,
    stock: OnceCell<Option<String>>,
    one_piece: OnceCell<bool>,
}

type FieldPhrases = [Vec<(usize, usize, usize)>; 6];

/// Every hit of `list` in the field on word boundaries (anywhere, for Chinese, Japanese and
/// Korean phrases, which are written without spaces) as (phrase index, start, end), by phrase
/// and then position. One phrase's hits do not overlap: each is sought as
/// `str::match_indices` finds it, the leftmost first.
fn hits<'a>(s: &'a Scanned, list: List) -> &'a [(usize, usize, usize)] {
    &s.condition
        .phrases
        .get_or_init(|| find_phrases(&s.norm.text))[list as usize]
}

/// Byte ranges of every hit of `list` in the field.
fn ranges(s: &Scanned, list: List) -> Vec<(usize, usize)> {
    hits(s, list).iter().map(|&(_, a, b)| (a, b)).collect()
}

fn find_phrases(text: &str) -> FieldPhrases {
    /// The automaton over every list, compiled on first use, and each of its phrases' list and
    /// place there.
    static ALL: OnceLock<(crate::phrases::Phrases, Vec<(usize, usize)>)> = OnceLock::new();
    let (automaton, place) = ALL.get_or_init(|| {
        let all = || {
            LISTS
                .iter()
                .enumerate()
                .flat_map(|(l, list)| list.iter().enumerate().map(move |(p, _)| (l, p)))
        };
        // Phrases are folded as the text is ("état neuf" is read "etat neuf").
        let folded = all().map(|(l, p)| crate::normalize::normalize(LISTS[l][p]).text);
        (crate::phrases::Phrases::new(folded), all().collect())
    });
    // Where each phrase found so far may be found again: few phrases occur in a field.
    let mut next: Vec<(usize, usize)> = Vec::new();
    let mut out = FieldPhrases::default();
    automaton.find_overlapping(text.as_bytes(), |g, at, end| {
        match next.iter_mut().find(|(p, _)| *p == g) {
            Some((_, from)) if at < *from => return,
            Some((_, from)) => *from = end,
            None => next.push((g, end)),
        }
        let (l, p) = place[g];
        let spaced = LISTS[l][p]
            .chars()
            .next()
            .is_some_and(crate::normalize::spaced_script);
        let before = text[..at].chars().next_back();
        let after = text[end..].chars().next();
        let bounded = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        if !spaced || (bounded(before) && bounded(after)) {
            out[l].push((p, at, end));
        }
    });
    for list in &mut out {
        crate::sort::sort(list);
    }
    out
}

/// The condition the title and description state; `this_year`, the year the packs' prices are
/// from, dates a piece made long before it as old.
pub(super) fn condition(scans: &[Scanned], this_year: Option<u32>) -> Condition {
    let fields = || {
        scans
            .iter()
            .filter(|s| matches!(s.field, Field::Title | Field::Description))
    };
    if let Some(words) = fields().find_map(|s| old(s, this_year)) {
        return Condition::Old(words);
    }
    // "Never worn" is new and "like new" is used: a hit inside a hit of the other list is void.
    let inside = |h: &(usize, usize), of: &[(usize, usize)]| {
        of.iter()
            .any(|o| o.0 <= h.0 && o.1 >= h.1 && o.1 - o.0 > h.1 - h.0)
    };
    let mut stated_new = None;
    for s in fields() {
        let mut new = ranges(s, List::New);
        if s.field == Field::Title {
            new.extend_from_slice(s.condition.bare_new.get_or_init(|| bare_new(&s.norm.text)));
        }
        // "No scratches" names no flaw.
        let flaws = ranges(s, List::Wear).into_iter();
        if let Some((a, b)) = flaws.filter(|&(a, _)| !negated(&s.norm.text, a)).min() {
            return Condition::Marked(s.evidence(a, b).text);
        }
        let used = ranges(s, List::Used);
        if used.iter().any(|u| !inside(u, &new)) {
            return Condition::Worn;
        }
        if stated_new.is_none() {
            stated_new = new
                .iter()
                .filter(|n| !inside(n, &used))
                .min()
                .map(|&(a, b)| s.evidence(a, b).text);
        }
    }
    if let Some(words) = fields().find_map(|s| s.condition.stock.get_or_init(|| stock(s)).clone()) {
        return Condition::Stocked(words);
    }
    let one_piece = |s: &Scanned| *s.condition.one_piece.get_or_init(|| describes_one_piece(s));
    match stated_new {
        Some(words) => Condition::New(words),
        None if fields().any(one_piece) => Condition::Worn,
        None => Condition::Unstated,
    }
}

/// Whether `span` lies inside a brand's name, product line or category word: "Off-White",
/// Gucci's "Horsebit 1955", Burberry's "Vintage Check" describe no piece.
fn in_a_name(s: &Scanned, (a, b): (usize, usize)) -> bool {
    s.hits.iter().any(|h| {
        matches!(
            h.kind,
            LiteralKind::Name | LiteralKind::Product | LiteralKind::Keyword(_)
        ) && h.start <= a
            && h.end >= b
    })
}

/// A field's words dating the piece as old: an old-piece phrase, or a year or decade ("1958",
/// "1970s") at least [`OLD_AFTER_YEARS`] before `this_year`.
fn old(s: &Scanned, this_year: Option<u32>) -> Option<String> {
    let dated = ranges(s, List::Old)
        .into_iter()
        .filter(|&h| !in_a_name(s, h))
        .min();
    if let Some((a, b)) = dated {
        return Some(s.evidence(a, b).text);
    }
    let last = this_year?.checked_sub(OLD_AFTER_YEARS)?;
    let years = s.condition.years.get_or_init(|| years(s));
    let &(_, at, end) = years.iter().find(|&&(y, _, _)| y <= last)?;
    Some(s.evidence(at, end).text)
}

/// A field's years and decades from 1900 on outside names ([`Facts::years`]).
fn years(s: &Scanned) -> Vec<(u32, usize, usize)> {
    words(&s.norm.text)
        .filter_map(|(at, w)| {
            let year = w.strip_suffix('s').unwrap_or(w);
            let y = year
                .parse::<u32>()
                .ok()
                .filter(|&y| year.len() == 4 && y >= 1900)?;
            (!in_a_name(s, (at, at + w.len()))).then_some((y, at, at + w.len()))
        })
        .collect()
}

/// Whether a field describes a particular piece the way resale markets and dealers do: a
/// description at all, or in the title a size ("size 42", "US 9"), a measure ("40mm", "75 ml"),
/// a year ("1998"), a colour, a material or papers.
fn describes_one_piece(s: &Scanned) -> bool {
    if s.field == Field::Description {
        return true;
    }
    let text = &s.norm.text;
    // A colour inside a name is no description: Off-White, Golden Goose.
    if ranges(s, List::Piece).iter().any(|&h| !in_a_name(s, h)) {
        return true;
    }
    let ws: Vec<&str> = words(text).map(|(_, w)| w).collect();
    let number = |w: &str| w.parse::<f32>().is_ok();
    let letter_size = |w: &str| LETTER_SIZES.contains(&w);
    ws.iter().enumerate().any(|(i, w)| {
        let next = ws.get(i + 1).copied().unwrap_or("");
        let digits = w.trim_end_matches(|c: char| !c.is_ascii_digit());
        let unit = &w[digits.len()..];
        (SIZE_WORDS.contains(w) && (number(next) || letter_size(next)))
            || (UNITS.contains(&next) && number(w))
            || (!digits.is_empty() && number(digits) && UNITS.contains(&unit))
            || (w.len() == 4 && w.parse::<u16>().is_ok_and(|y| (1900..=2039).contains(&y)))
    })
}

/// "new" set apart in the title ("NEW Nike Dunk", "Dunk Low (new)", "Gucci belt, new"): not
/// inside a name or colourway ("New Balance", "Dunk Low New Emerald") nor the start of a part ("new
/// strap": a used watch on a new strap).
fn bare_new(text: &str) -> Vec<(usize, usize)> {
    let apart = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    let mut found = Vec::new();
    let mut ws = words(text).peekable();
    while let Some((at, w)) = ws.next() {
        let before = text[..at].trim_end().chars().next_back();
        let after = text[at + w.len()..].trim_start().chars().next();
        let named = ws.peek().is_some_and(|(_, next)| NEW_NAMES.contains(next));
        if w == "new" && !named && (apart(before) || apart(after)) {
            found.push((at, at + 3));
        }
    }
    found
}

/// A field's words saying the seller stocks the item: a count of variants or a size range (in
/// the title), or a phrase offering every variant or bulk (anywhere).
fn stock(s: &Scanned) -> Option<String> {
    let text = &s.norm.text;
    if s.field == Field::Title {
        let ws: Vec<(usize, &str)> = words(text).collect();
        for (i, pair) in ws.windows(2).enumerate() {
            let [(from, count), (at, word)] = pair else {
                continue;
            };
            // "7 colours", and in Chinese "7色" / "7款" written as one word; two colours of a
            // reversible or two-tone piece ("2 colours in one") are one item.
            let counted = |n: &str, unit: &str| {
                VARIANT_WORDS.contains(&unit)
                    && n.parse::<u32>()
                        .is_ok_and(|n| n > 2 || (n == 2 && !one_piece(&ws, i)))
            };
            if counted(count, word) {
                return Some(s.evidence(*from, at + word.len()).text);
            }
            if let Some(end) = size_range(&ws[i..]) {
                return Some(s.evidence(*from, end).text);
            }
            if let Some(range) = shoe_size_range(s, *from, count, *at, word) {
                return Some(range);
            }
        }
        if let Some(&(at, w)) = ws.iter().find(|(_, w)| {
            let digits = w.trim_end_matches(|c: char| !c.is_ascii_digit());
            let unit = &w[digits.len()..];
            (unit == "色" || unit == "款") && digits.parse::<u32>().is_ok_and(|n| n >= 2)
        }) {
            return Some(s.evidence(at, at + w.len()).text);
        }
    }
    let (_, at, end) = *hits(s, List::Stock).first()?;
    Some(s.evidence(at, end).text)
}

/// Whether the count at `ws[i]` ("2 colours") describes one piece: "in one" follows it, or the
/// title calls the item reversible or two-tone.
fn one_piece(ws: &[(usize, &str)], i: usize) -> bool {
    let after: Vec<&str> = ws.iter().skip(i + 2).take(2).map(|(_, w)| *w).collect();
    matches!(after[..], ["in", "one" | "1", ..])
        || ws.iter().any(|(_, w)| TWO_IN_ONE.contains(w))
        || ws.windows(2).any(|p| p[0].1 == "two" && p[1].1 == "tone")
}

/// A range of continental shoe sizes with no size word, as replica sellers' albums write it
/// ("Dunk Low 36-46", "40~45"): both ends whole sizes between 33 and 50, at least four sizes
/// apart, joined by a dash or tilde in the printed text (so "36 46" in a model name is not one).
fn shoe_size_range(s: &Scanned, from: usize, a: &str, at: usize, b: &str) -> Option<String> {
    let size = |w: &str| w.parse::<u32>().ok().filter(|n| (33..=50).contains(n));
    let (a, b_size) = (size(a)?, size(b)?);
    if b_size < a + 4 {
        return None;
    }
    let printed = s.evidence(from, at + b.len()).text;
    let joined = printed.trim_matches(|c: char| c.is_ascii_digit()).trim();
    matches!(joined, "-" | "~" | "–" | "～" | "—").then_some(printed)
}

/// A size word and a range of at least four sizes after it ("size 36 46", "eu 40 to 45",
/// "s xxl"; dashes are spaces once normalized; a single item "fits UK 8-10"), or a range ending
/// in 码 ("36 46码"): the end of the range.
fn size_range(ws: &[(usize, &str)]) -> Option<usize> {
    let number = |w: &str| w.parse::<f32>().ok();
    let yard = |w: &str| w.strip_suffix('码').and_then(number);
    match ws {
        [(_, a), (at, b), ..] if number(a).is_some() && yard(b).is_some() => {
            let (a, b) = (number(a)?, yard(b)?);
            (b - a >= 3.0).then_some(at + ws[1].1.len())
        }
        [(_, size), rest @ ..] if SIZE_WORDS.contains(size) => {
            let rest: Vec<&(usize, &str)> = rest.iter().filter(|(_, w)| *w != "to").collect();
            let [(_, a), (at, b), ..] = rest[..] else {
                return None;
            };
            let rank = |w: &str| LETTER_SIZES.iter().position(|l| *l == w);
            let wide = match (number(a), number(b), rank(a), rank(b)) {
                (Some(a), Some(b), _, _) => b - a >= 3.0 && a >= 1.0,
                (_, _, Some(a), Some(b)) => b >= a + 3,
                _ => false,
            };
            wide.then_some(at + b.len())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(field: Field, text: &str) -> Scanned<'_> {
        Scanned {
            field,
            original: text,
            norm: crate::normalize::normalize(text),
            hits: Vec::new(),
            condition: Default::default(),
            clues: crate::prefilter::Prefilter::new([]).clues(text),
        }
    }

    fn of(title: &str) -> Condition {
        condition(&[scan(Field::Title, title)], Some(2026))
    }

    fn stocked(words: &str) -> Condition {
        Condition::Stocked(words.to_string())
    }

    fn new(words: &str) -> Condition {
        Condition::New(words.to_string())
    }

    fn old(words: &str) -> Condition {
        Condition::Old(words.to_string())
    }

    #[test]
    fn a_count_of_variants_a_size_range_or_an_every_variant_phrase_is_stock() {
        assert_eq!(of("Yeezy 700 (7 Colours)"), stocked("7 Colours"));
        assert_eq!(of("Jordan 1 low, 25 styles"), stocked("25 styles"));
        assert_eq!(of("Tabi boots, all sizes"), stocked("all sizes"));
        assert_eq!(of("卫衣 多色 现货"), stocked("多色"));
        assert_eq!(of("Dunk Low size 36-46"), stocked("size 36-46"));
        assert_eq!(of("Hoodie sizes S-XXL"), stocked("sizes S-XXL"));
        assert_eq!(of("Dunk Low EU 40 to 45"), stocked("EU 40 to 45"));
        assert_eq!(of("空军一号 36-45码"), stocked("36-45码"));
        assert_eq!(of("卫衣 12色"), stocked("12色"));
        assert_eq!(of("Air Max 90, 1 colour left"), Condition::Unstated);
        assert_eq!(of("Rare tee (2 colorways)"), stocked("2 colorways"));
        assert_eq!(of("Check scarf, 2 colours in one"), Condition::Unstated);
        assert_eq!(of("Reversible belt, 2 colors"), Condition::Unstated);
        assert_eq!(of("Dunk Low, size 42, worn twice"), Condition::Worn);
        assert_eq!(of("Dunk Low, size 10-10.5"), Condition::Worn);
        assert_eq!(of("Wrap dress, fits UK 8-10"), Condition::Worn);
        // A bare range of shoe sizes, as replica albums print it.
        assert_eq!(of("Dunk Low Panda 36-46"), stocked("36-46"));
        assert_eq!(of("Air Max 90 40~45"), stocked("40~45"));
        assert_ne!(of("Clutch 36 46 cm"), stocked("36 46"));
        assert_ne!(of("Tabi 38-40"), stocked("38-40"));
    }

    #[test]
    fn a_bare_name_states_nothing_and_a_described_piece_is_held_to_the_worn_floor() {
        assert_eq!(of("Jordan 11"), Condition::Unstated);
        assert_eq!(of("Golden Goose Low"), Condition::Unstated);
        assert_eq!(of("Christian Louboutin"), Condition::Unstated);
        assert_eq!(of("Black leather prada heels"), Condition::Worn);
        assert_eq!(of("Nike Air Force 1 size 10"), Condition::Worn);
        assert_eq!(of("Nike Air Force 1 US 9.5"), Condition::Worn);
        assert_eq!(of("Omega Seamaster 210.30.42, 2015"), Condition::Worn);
        assert_eq!(of("Rolex Datejust 36mm"), Condition::Worn);
        assert_eq!(of("Chanel No 5 100 ml"), Condition::Worn);
        assert_eq!(of("iPhone 12 64GB"), Condition::Worn);
        assert_eq!(of("Cartier Santos, full set"), Condition::Worn);
        let described = [
            scan(Field::Title, "Gucci Ace sneakers"),
            scan(Field::Description, "Worn a few times, minor creasing."),
        ];
        assert_eq!(condition(&described, None), Condition::Worn);
        let noted = [
            scan(Field::Title, "Gucci Ace sneakers"),
            scan(Field::Description, "Ships in two days."),
        ];
        assert_eq!(condition(&noted, None), Condition::Worn);
    }

    #[test]
    fn graded_or_named_flaws_mark_a_worn_piece() {
        assert_eq!(
            of("Gucci shoulder bag, rank B"),
            Condition::Marked("rank B".into())
        );
        assert_eq!(
            of("プラダ トートバッグ ランクC 難あり"),
            Condition::Marked("ランクC".into())
        );
        assert_eq!(
            of("Jordan 4, used, scuffs on toe"),
            Condition::Marked("scuffs".into())
        );
        assert_eq!(
            of("Dunk Low, fair condition"),
            Condition::Marked("fair condition".into())
        );
        assert_eq!(of("Coach tote, no scratches, used"), Condition::Worn);
        assert_eq!(of("Gallery Dept distressed jeans"), Condition::Unstated);
    }

    #[test]
    fn an_old_piece_is_old_however_unworn() {
        assert_eq!(of("Vintage Omega Constellation"), old("Vintage"));
        assert_eq!(of("Vacheron Constantin dress watch 1958"), old("1958"));
        assert_eq!(of("Ulysse Nardin chronograph, 1950s"), old("1950s"));
        assert_eq!(of("Omega Speedmaster unworn, 1998"), old("1998"));
        assert_eq!(of("Hamilton, new old stock"), old("new old stock"));
        assert_eq!(of("Breitling Navitimer unworn 2012"), new("unworn"));
        assert_eq!(of("Rolex Datejust, 2019, full set"), Condition::Worn);
        let undated = [scan(Field::Title, "Omega Constellation 1965")];
        assert_eq!(condition(&undated, None), Condition::Worn);
    }

    #[test]
    fn stated_new_counts_and_used_wording_outweighs_it() {
        assert_eq!(of("NEW Nike Dunk Low Panda"), new("NEW"));
        assert_eq!(of("Nike Dunk Low BNWT"), new("BNWT"));
        assert_eq!(of("Jordan 4 DS"), new("DS"));
        assert_eq!(of("全新 空军一号"), new("全新"));
        assert_eq!(of("Gucci belt, never worn"), new("never worn"));
        assert_eq!(of("Nike Dunk Low (new)"), new("new"));
        assert_eq!(of("New Balance 990v6 grey"), Condition::Worn);
        assert_eq!(of("Nike Dunk Low New Emerald"), Condition::Unstated);
        assert_eq!(of("ルイヴィトン 財布 新品同様"), Condition::Worn);
        assert_eq!(of("Bolso Gucci Marmont, como nuevo"), Condition::Worn);
        assert_eq!(of("Sac Gucci Marmont, bon état"), Condition::Worn);
        assert_eq!(of("Baskets Gucci Ace, jamais porté"), new("jamais porté"));
        assert_eq!(of("Gucci loafers like new"), Condition::Worn);
        assert_eq!(of("Rolex Datejust, new strap"), Condition::Unstated);
        assert_eq!(of("Jordan 4 VNDS"), Condition::Worn);
        assert_eq!(of("二手 九成新 古驰 腰带"), Condition::Worn);
        assert_eq!(of("Nike Air Max 90 az kullanılmış"), Condition::Worn);
        assert_eq!(of("Buty Nike Dunk używane"), Condition::Worn);
        let described = [
            scan(Field::Title, "Dior B22 sneakers"),
            scan(Field::Description, "Brand new in box, never worn."),
        ];
        assert_eq!(condition(&described, None), new("Brand new"));
        let used = [
            scan(Field::Title, "Dior B22 sneakers (3 colours)"),
            scan(Field::Description, "Pre-owned, light signs of wear."),
        ];
        assert_eq!(condition(&used, None), Condition::Worn);
    }
}

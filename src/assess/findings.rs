//! Step 4 of assessment: mentions, cues, patterns, the price and the seller turned into
//! weighted reasons, each with the words (or the price) that earned it. One reason per rule:
//! repeating a word does not add up.

use super::condition::{condition, Condition};
use super::mentions::{words, Mention};
use super::scope::about_the_item;
use super::Scanned;
use crate::listing::{Field, Listing};
use crate::matcher::{Hit, Matcher};
use crate::price::listing_price;
use crate::rules::ruleset::{
    Brand, Category, CompiledPack, LiteralKind, PackId, Rates, Rule, RuleSet,
};
use crate::verdict::{Evidence, Reason};

/// Price-to-floor ratios and the weight a price below them carries.
const PRICE_STEPS: [(f64, u8); 3] = [(0.25, 75), (0.5, 60), (1.0, 45)];

/// Ratios to the cheapest new price, for a listing that states no condition and describes no
/// particular piece: genuine worn ones rarely sell below a third of it, so the price alone makes
/// medium risk, never high.
const UNSTATED_STEPS: [(f64, u8); 2] = [(1.0 / 6.0, 60), (1.0 / 3.0, 45)];

/// The same for a title that names the brand and nothing else ("Gucci", "Chrome Hearts"), held
/// to its catch-all new price, the cheapest new item of any kind: a genuine piece, worn or new,
/// is sold by what it is, so no item under the house's cheapest new one is the replica
/// spreadsheets' form. Still medium alone.
const BRAND_ONLY_STEPS: [(f64, u8); 2] = [(1.0 / 6.0, 60), (1.0, 45)];

/// Shares of a category's retail price a listing that states no condition and describes no
/// particular piece is held to, with the weights below them (the price alone makes medium risk,
/// never high): half for a product line, whose worn pairs and pieces hold their value (a worn
/// Jordan 4 or Birkin rarely sells for less); a fifth for a broader category, whose worn
/// pieces sell for much less (a worn polo shirt).
const LINE_BARE_SHARE: f64 = 0.5;
const CLASS_BARE_SHARE: f64 = 0.2;
const BARE_RETAIL_STEPS: [(f64, u8); 2] = [(0.5, 60), (1.0, 45)];

/// The share of a product line's retail price below which an item stated new or offered in stock
/// is high risk: outlets and sales do not sell a current line that low.
const LINE_NEW_SHARE: f64 = 0.3;

/// The share of a category's worn floor an old piece or one whose flaws are graded or named is
/// held to: old references sell below modern worn ones (a 1950s dress watch, a 1990s bag), and
/// resale shops sell a "rank C" bag or scuffed shoes below clean worn ones, but a copy sold as
/// either is still far below even that.
const BELOW_WORN_SHARE: f64 = 0.4;

/// A brand's goods offered in stock beside a replica cue (`stocked_copies`): medium with a
/// quality tier (20), high with a price under the floor as well.
const STOCKED_COPIES_WEIGHT: u8 = 50;

/// Words after which an accessory word is something included, not the item sold.
const WITH_WORDS: [&str; 16] = [
    "with",
    "w/",
    "+",
    "incl",
    "incl.",
    "including",
    "includes",
    "mit",
    "avec",
    "con",
    "com",
    "с",
    "inkl.",
    "inkl",
    "plus",
    "and",
];

/// The reasons found so far, at most one per pack and rule.
#[derive(Default)]
pub(super) struct Findings {
    pub reasons: Vec<Reason>,
    seen: Vec<(PackId, String)>,
}

impl Findings {
    fn add(&mut self, pack: PackId, r: Reason) {
        if !self.seen.contains(&(pack, r.rule.clone())) {
            self.seen.push((pack, r.rule.clone()));
            self.reasons.push(r);
        }
    }
}

/// Fills `{text}` and `{brand}` in a rule's message.
fn message(template: &str, text: &str, brand: Option<&str>) -> String {
    template
        .replace("{text}", text)
        .replace("{brand}", brand.unwrap_or("the brand"))
}

fn reason(
    pack: &CompiledPack,
    rule: &str,
    weight: u8,
    message: String,
    evidence: Option<Evidence>,
) -> Reason {
    Reason {
        rule: rule.to_string(),
        pack: pack.id.clone(),
        message,
        weight,
        points: 0,
        evidence,
    }
}

fn luhn_ok(digits: &str) -> bool {
    let ds: Vec<u32> = digits.chars().filter_map(|c| c.to_digit(10)).collect();
    if ds.len() < 2 {
        return false;
    }
    let sum: u32 = ds
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 1 {
                if d * 2 > 9 {
                    d * 2 - 9
                } else {
                    d * 2
                }
            } else {
                d
            }
        })
        .sum();
    sum % 10 == 0
}

fn char_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    (text[..start].chars().count(), text[..end].chars().count())
}

/// Disguised names, one finding per brand: its strongest disguise.
pub(super) fn disguises(
    rules: &RuleSet,
    mentions: &[Mention],
    scans: &[Scanned],
    out: &mut Findings,
) {
    let mut disguised: Vec<(PackId, u8, &Mention, &str)> = Vec::new();
    for m in mentions {
        if let Some((w, how)) = m.disguise(scans) {
            match disguised.iter_mut().find(|d| d.0 == m.pack) {
                Some(d) if d.1 >= w => {}
                Some(d) => *d = (m.pack, w, m, how),
                None => disguised.push((m.pack, w, m, how)),
            }
        }
    }
    for (p, w, m, how) in disguised {
        let ev = scans[m.scan].evidence(m.start, m.end);
        let name = &super::brand(rules, p).name;
        let msg = format!(
            "“{}” is {name} written with {how}, a way to slip past brand filters",
            ev.text
        );
        out.add(p, reason(&rules[p], "disguised-name", w, msg, Some(ev)));
    }
}

/// Cue phrases, in the listing's own words: a brand field reading "Unbranded" or a category
/// named "Replicas & Models" is the marketplace's vocabulary, not the seller's. A cue that is
/// negated or describes the box, papers or wear is left out (`scope`).
/// Returns the first cue's words, if any counted.
pub(super) fn cues(
    rules: &RuleSet,
    scans: &[Scanned],
    brand_name: Option<&str>,
    out: &mut Findings,
) -> Option<String> {
    let mut first = None;
    for s in scans
        .iter()
        .filter(|s| !matches!(s.field, Field::Brand | Field::Category))
    {
        for h in &s.hits {
            if let LiteralKind::Cue(i) = h.kind {
                let excepted = s.hits.iter().any(|e| {
                    e.pack == h.pack
                        && e.kind == LiteralKind::CueExcept(i)
                        && e.start <= h.start
                        && e.end >= h.end
                });
                if excepted || !about_the_item(&s.norm.text, h.start, h.end) {
                    continue;
                }
                let cue: &Rule = &rules[h.pack].cues[i as usize];
                let w = if brand_name.is_some() {
                    cue.with_brand
                } else {
                    cue.weight
                };
                let ev = s.evidence(h.start, h.end);
                let msg = message(&cue.message, &ev.text, brand_name);
                first.get_or_insert_with(|| ev.text.clone());
                out.add(h.pack, reason(&rules[h.pack], &cue.id, w, msg, Some(ev)));
            }
        }
    }
    first
}

/// A brand's goods offered in stock with the replica trade's words: "AMIRI Trousers (40
/// colorways) [Premium Quality]". A brand's own shops and resellers stock colourways but do not
/// grade their goods as copies; a cue alone may be an honest boast, a stock alone ordinary
/// retail, together they are a replica seller's album.
pub(super) fn stocked_copies(
    rules: &RuleSet,
    pack: PackId,
    cue: &str,
    scans: &[Scanned],
    out: &mut Findings,
) {
    if let Condition::Stocked(stock) = condition(scans, None) {
        let name = &super::brand(rules, pack).name;
        let msg = format!(
            "“{stock}” of a {name} item with “{cue}”: replica sellers stock every colourway and size of a copy and grade its quality"
        );
        out.add(
            pack,
            reason(
                &rules[pack],
                "stocked-copies",
                STOCKED_COPIES_WEIGHT,
                msg,
                None,
            ),
        );
    }
}

/// Regular-expression patterns over the original text.
pub(super) fn patterns(
    rules: &RuleSet,
    matcher: &Matcher,
    enabled: &[bool],
    scans: &[Scanned],
    brand_name: Option<&str>,
    out: &mut Findings,
) {
    for (i, cp) in matcher.patterns.iter().enumerate() {
        if !enabled[cp.pack.index()] {
            continue;
        }
        let pat = &rules[cp.pack].patterns[cp.index];
        let found = pat.fields.iter().find_map(|&field| {
            let s = scans
                .iter()
                .find(|s| s.field == field)
                .filter(|s| matcher.prefilter.could_match(i, &s.clues))?;
            let regex = matcher.prefilter.narrowest(i, &cp.regex, &s.clues);
            regex.captures_iter(s.original).find_map(|caps| {
                let whole = caps.get(0)?;
                if let Some(group) = caps.get(1) {
                    if cp
                        .valid
                        .as_ref()
                        .is_some_and(|v| v.is_match(group.as_str()))
                    {
                        return None;
                    }
                    if pat.luhn && luhn_ok(group.as_str()) {
                        return None;
                    }
                }
                let (start, end) = char_span(s.original, whole.start(), whole.end());
                if pat.describes_item && !s.about_the_item(start, end) {
                    return None;
                }
                Some(Evidence {
                    field,
                    start,
                    end,
                    text: whole.as_str().to_string(),
                })
            })
        });
        if let Some(ev) = found {
            let w = if brand_name.is_some() {
                pat.rule.with_brand
            } else {
                pat.rule.weight
            };
            let msg = message(&pat.rule.message, &ev.text, brand_name);
            out.add(
                cp.pack,
                reason(&rules[cp.pack], &pat.rule.id, w, msg, Some(ev)),
            );
        }
    }
}

/// Findings about the claimed brand: its price floors, or those of a brand a collaboration pairs
/// it with where they are dearer (unless the listing sells an accessory), and seller claims.
pub(super) fn claimed_brand(
    rules: &RuleSet,
    pack: PackId,
    partners: &[PackId],
    scans: &[Scanned],
    listing: &Listing,
    out: &mut Findings,
) {
    let brand = super::brand(rules, pack);
    // "Neverfull MM with dust bag" is a bag that comes with one, not a dust bag.
    let accessory = scans.iter().filter(|s| s.field == Field::Title).any(|s| {
        s.hits.iter().any(|h| {
            h.kind == LiteralKind::AccessoryWord
                && !s.norm.text[..h.start]
                    .split_whitespace()
                    .rev()
                    .take(3)
                    .any(|w| WITH_WORDS.contains(&w))
        })
    });
    if !accessory {
        let priced = std::iter::once(pack)
            .chain(partners.iter().copied())
            .filter_map(|p| {
                let (r, ratio) = price_finding(rules, p, super::brand(rules, p), scans, listing)?;
                Some((p, r, ratio))
            })
            // The heaviest; on a tie the one farthest below its floor, then the claimed brand's
            // (the last of equal maxima, reversed).
            .rev()
            .max_by(|a, b| a.1.weight.cmp(&b.1.weight).then(b.2.total_cmp(&a.2)));
        if let Some((p, r, _)) = priced {
            out.add(p, r);
        }
    }
    for (p, r) in seller_findings(rules, pack, brand, scans) {
        out.add(p, r);
    }
}

/// A category's floors by currency, and whether they are the new-item ones.
type Table<'a> = (&'a [(String, f64)], bool);

/// The rates that convert a pack's floors: its own table, else the first shared one.
fn rates_for(rules: &RuleSet, pack: PackId) -> Option<&Rates> {
    rules[pack]
        .rates
        .as_ref()
        .or_else(|| rules.packs.iter().find_map(|p| p.rates.as_ref()))
}

/// A price far below what the brand's genuine goods of the listing's category sell for, and its
/// ratio to the floor it fell under.
fn price_finding<'a>(
    rules: &RuleSet,
    pack: PackId,
    brand: &'a Brand,
    scans: &[Scanned],
    listing: &Listing,
) -> Option<(Reason, f64)> {
    let price = listing_price(listing)?;
    let (amount, currency) = (price.amount, &price.currency);
    let rates = rates_for(rules, pack);
    // The floor in the listing's currency, and whether it took an exchange rate to get there.
    let floor_in = |floors: &[(String, f64)]| -> Option<(f64, bool)> {
        if let Some((_, f)) = floors.iter().find(|(c, _)| c == currency) {
            return Some((*f, false));
        }
        let r = rates?;
        floors
            .iter()
            .find_map(|(c, f)| Some((r.convert(*f, c, currency)?, true)))
    };
    // The listing's category: keywords in the title or the category field; where several
    // match, the lowest floor, so the finding never rests on the dearer reading.
    // A keyword inside a longer one ("belt" in "belt bag") does not count.
    let this_year = rates.and_then(|r| r.date.get(..4)?.parse().ok());
    let condition = condition(scans, this_year);
    // An item stated new, or stocked in several colours or sizes, sells at least at the new floor.
    let table = |c: &'a Category| match condition {
        Condition::New(_) | Condition::Stocked(_) if !c.stocked.is_empty() => {
            (c.stocked.as_slice(), true)
        }
        _ => (c.floors.as_slice(), false),
    };
    let keyworded: Vec<&Category> = scans
        .iter()
        .filter(|s| matches!(s.field, Field::Title | Field::Category))
        .flat_map(|s| {
            let keyword = |h: &Hit| h.pack == pack && matches!(h.kind, LiteralKind::Keyword(_));
            s.hits.iter().filter(move |h| {
                keyword(h)
                    && !s.hits.iter().any(|o| {
                        keyword(o)
                            && o.start <= h.start
                            && o.end >= h.end
                            && o.end - o.start > h.end - h.start
                    })
            })
        })
        .filter_map(|h| match h.kind {
            LiteralKind::Keyword(c) => Some(&brand.categories[c as usize]),
            _ => None,
        })
        .collect();
    // A product line named in the title sets the floor; a broader category does not lower it.
    // No category keyword: the brand's catch-all category, if it has one.
    let by_keyword = !keyworded.is_empty();
    let candidates: Vec<&Category> = if keyworded.iter().any(|c| c.specific) {
        keyworded.into_iter().filter(|c| c.specific).collect()
    } else if keyworded.is_empty() {
        brand.categories.iter().filter(|c| c.any).collect()
    } else {
        keyworded
    };
    // The lowest floor among the candidates in a table, and the weight the price earns below it.
    let judge =
        |floors: &dyn Fn(&'a Category) -> Option<Table<'a>>, steps: &[(f64, u8)], share: f64| {
            let (category, (floor, converted), new) = candidates
                .iter()
                .filter_map(|&c| {
                    let (table, new) = floors(c)?;
                    Some((c, floor_in(table)?, new))
                })
                .min_by(|a, b| a.1 .0.total_cmp(&b.1 .0))?;
            let floor = floor * share;
            let ratio = amount / floor;
            let weight = steps.iter().find(|(limit, _)| ratio < *limit)?.1;
            Some(Judged {
                weight,
                category,
                floor,
                converted,
                new,
                ratio,
                retail: None,
            })
        };
    // Against the retail price, only when every candidate has one (kids' sizes of a line have
    // none, and must still lower its floor): `share` of the cheapest retail.
    let against_retail = |steps: &[(f64, u8)], share: f64| {
        if !candidates.iter().all(|c| !c.retail.is_empty()) {
            return None;
        }
        let j = judge(&|c| Some((c.retail.as_slice(), true)), steps, share)?;
        Some(Judged {
            retail: Some((j.floor / share, share)),
            ..j
        })
    };
    // Candidates are all product lines or none (a line's keyword leaves out the rest).
    let line = candidates.iter().all(|c| c.specific);
    let below_worn = matches!(condition, Condition::Old(_) | Condition::Marked(_));
    let stated = judge(
        &|c| Some(table(c)),
        &PRICE_STEPS,
        if below_worn { BELOW_WORN_SHARE } else { 1.0 },
    );
    // A line stated new or offered in stock far below its retail: no outlet sells it that low.
    let new_line = match condition {
        Condition::New(_) | Condition::Stocked(_) if line => {
            against_retail(&[(1.0, PRICE_STEPS[0].1)], LINE_NEW_SHARE)
        }
        _ => None,
    };
    // Nothing says new or used, nothing describes the piece: far below the cheapest new price
    // (or a share of retail) is below what even worn ones fetch, a moderate signal that needs a
    // second one for high. The brand's catch-all floor stands for an unnamed item only when the
    // title names nothing but brands and kinds of goods: "Chrome Hearts sticker pack" may be a
    // cheap genuine thing.
    let brand_only = !by_keyword && names_only(scans, false);
    let bare = match condition {
        Condition::Unstated if by_keyword || names_only(scans, true) => {
            let share = if line {
                LINE_BARE_SHARE
            } else {
                CLASS_BARE_SHARE
            };
            let new = judge(
                &|c| (!c.stocked.is_empty()).then_some((c.stocked.as_slice(), true)),
                if brand_only {
                    &BRAND_ONLY_STEPS
                } else {
                    &UNSTATED_STEPS
                },
                1.0,
            );
            strongest(new, against_retail(&BARE_RETAIL_STEPS, share))
        }
        _ => None,
    };
    let j = strongest(strongest(stated, new_line), bare)?;
    let (floor, ratio, retail) = (j.floor, j.ratio, j.retail);
    let dated = match rates {
        Some(r) if j.converted => format!(" (converted at rates of {})", r.date),
        _ => String::new(),
    };
    let of_retail = |(price, share): (f64, f64)| {
        format!(
            "{:.0}% of the {}{price:.0} {currency} retail price",
            share * 100.0,
            if line { "line's " } else { "" }
        )
    };
    let kind = match (&condition, j.new, retail) {
        (Condition::Stocked(words), _, Some(r)) => {
            format!("is {}; “{words}” offers it in stock, and no outlet sells it that low", of_retail(r))
        }
        (Condition::New(words), _, Some(r)) => {
            format!("is {}; “{words}” says it is new, and no outlet sells it that low", of_retail(r))
        }
        (_, _, Some(r)) => format!(
            "is {}: the listing names the item and a price but no condition, size or detail of a \
             worn piece, and worn ones rarely sell below it",
            of_retail(r)
        ),
        (Condition::Stocked(words), true, None) => {
            format!("new ones sell for; “{words}” offers it in stock")
        }
        (Condition::New(words), true, None) => {
            format!("new ones sell for; “{words}” says it is new")
        }
        (Condition::Old(words), _, None) => {
            let share = BELOW_WORN_SHARE * 100.0;
            format!("old ones sell for ({share:.0}% of the worn floor; “{words}” dates it)")
        }
        (Condition::Marked(words), _, None) => {
            let share = BELOW_WORN_SHARE * 100.0;
            format!("worn ones with flaws sell for ({share:.0}% of the worn floor; “{words}” names them)")
        }
        (Condition::Unstated, true, None) if brand_only => "new ones of its cheapest kind sell for; \
             the listing names nothing but the brand and a price, no item, condition or detail of a worn \
             piece, and a genuine one is sold by what it is"
            .to_string(),
        (Condition::Unstated, true, None) => "new ones sell for; the listing names the item and a price \
             but no condition, size or detail of a worn piece, and worn ones rarely sell below a third of it"
            .to_string(),
        _ => "ones sell for".to_string(),
    };
    let genuine = if retail.is_some() { "" } else { "genuine " };
    let msg = format!(
        "{} {} listed at {amount:.2} {currency}, {:.0}% below the {floor:.0} {currency} that {genuine}{kind}{dated}",
        brand.name,
        j.category.id.replace('-', " "),
        (1.0 - ratio) * 100.0
    );
    let p = &rules[pack];
    let ev = Evidence {
        field: Field::Price,
        start: 0,
        end: price.shown.chars().count(),
        text: price.shown,
    };
    Some((
        reason(p, "price-below-floor", j.weight, msg, Some(ev)),
        ratio,
    ))
}

/// A price judged against one table of a category.
struct Judged<'a> {
    weight: u8,
    category: &'a Category,
    /// The floor the price was compared with, in the listing's currency.
    floor: f64,
    converted: bool,
    /// Whether the floor is a new-item price.
    new: bool,
    ratio: f64,
    /// When judged against retail: the retail price and the share of it that made the floor.
    retail: Option<(f64, f64)>,
}

/// The heavier of two judgements; the first on a tie.
fn strongest<'a>(a: Option<Judged<'a>>, b: Option<Judged<'a>>) -> Option<Judged<'a>> {
    match (a, b) {
        (Some(a), Some(b)) if b.weight > a.weight => Some(b),
        (None, b) => b,
        (a, _) => a,
    }
}

/// The cut of a shoe, which names a kind of goods the way a category word does ("Golden Goose
/// High").
const CUTS: [&str; 3] = ["low", "mid", "high"];

/// Whether every word of the title is a brand's name or misspelling, a number or the "x" of a
/// collaboration, or with `kinds` also a product line, a category word of any pack or a shoe's
/// cut.
fn names_only(scans: &[Scanned], kinds: bool) -> bool {
    scans.iter().filter(|s| s.field == Field::Title).all(|s| {
        words(&s.norm.text).all(|(at, w)| {
            w == "x"
                || w.chars().all(|c| c.is_ascii_digit())
                || (kinds && CUTS.contains(&w))
                || s.hits.iter().any(|h| {
                    let kind = match h.kind {
                        LiteralKind::Name | LiteralKind::Misspelling => true,
                        LiteralKind::Product | LiteralKind::Keyword(_) => kinds,
                        _ => false,
                    };
                    kind && h.start <= at && h.end >= at + w.len()
                })
        })
    })
}

/// "Official store" claims and brand names in seller names, from sellers the brand has not
/// authorized.
fn seller_findings(
    rules: &RuleSet,
    pack: PackId,
    brand: &Brand,
    scans: &[Scanned],
) -> Vec<(PackId, Reason)> {
    let seller = scans.iter().find(|s| s.field == Field::Seller);
    let authorized = seller.is_some_and(|s| brand.authorized.contains(&s.norm.text));
    if authorized {
        return Vec::new();
    }
    let mut out = Vec::new();
    for s in scans
        .iter()
        .filter(|s| matches!(s.field, Field::Title | Field::Seller))
    {
        if let Some(h) = s.hits.iter().find(|h| h.kind == LiteralKind::Claim) {
            let claims = rules[h.pack]
                .claims
                .as_ref()
                .expect("claim literals come with [claims]");
            let ev = s.evidence(h.start, h.end);
            let msg = message(&claims.claim.message, &ev.text, Some(&brand.name));
            out.push((
                h.pack,
                reason(
                    &rules[h.pack],
                    &claims.claim.id,
                    claims.claim.weight,
                    msg,
                    Some(ev),
                ),
            ));
            break;
        }
    }
    if let Some(s) = seller {
        let named = s
            .hits
            .iter()
            .find(|h| h.pack == pack && h.kind == LiteralKind::Name);
        let claims = rules.ids().find_map(|(i, p)| Some((i, p.claims.as_ref()?)));
        if let (Some(h), Some((cp, claims))) = (named, claims) {
            let ev = s.evidence(h.start, h.end);
            let msg = message(&claims.seller_name.message, &ev.text, Some(&brand.name));
            out.push((
                cp,
                reason(
                    &rules[cp],
                    &claims.seller_name.id,
                    claims.seller_name.weight,
                    msg,
                    Some(ev),
                ),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn() {
        assert!(luhn_ok("490154203237518"));
        assert!(!luhn_ok("490154203237519"));
    }
}

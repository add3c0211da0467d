//! From matches to findings: which brand a listing claims, whether its name is disguised, and
//! which cues, prices, seller claims and patterns count as evidence.

use crate::fuzzy;
use crate::listing::{Field, Listing, PriceInput};
use crate::matcher::{Hit, Matcher};
use crate::normalize::{flag, normalize, Normalized};
use crate::price::{bare_yen_sign, currency_code, parse_price, yen_sign_in};
use crate::rules::ruleset::{Brand, CompiledPack, LiteralKind, Rates, Rule, RuleSet};
use crate::verdict::{Evidence, Reason};

/// Engine weights for disguised brand names; pack weights cover everything else.
const HOMOGLYPH_WEIGHT: u8 = 60;
const HIDDEN_WEIGHT: u8 = 60;
const STYLED_WEIGHT: u8 = 60;
const SPACED_WEIGHT: u8 = 50;
const LEET_WEIGHT: u8 = 50;
const MISSPELLING_WEIGHT: u8 = 45;
const FUZZY_WEIGHT: u8 = 30;
const MASKED_WEIGHT: u8 = 50;

/// Price-to-floor ratios and the weight a price below them carries.
const PRICE_STEPS: [(f64, u8); 3] = [(0.25, 75), (0.5, 60), (1.0, 45)];

/// Listings with no currency are read as US dollars.
const DEFAULT_CURRENCY: &str = "USD";

/// Words that may stand between "for"/"compatible with" and a brand that it still refers to
/// ("for the Apple iPhone", "for most Samsung phones"). Any other word breaks the reference:
/// in "para hombre Nike" the "para" (for) belongs to "hombre" (men), not to Nike.
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

/// What joins a list of brands an accessory fits: "fits Rolex, Omega & TAG Heuer".
const LIST_JOINERS: [&str; 14] = [
    ",", "/", "&", "+", "and", "or", "und", "oder", "et", "ou", "y", "e", "и", "和",
];

const REFERENCE_FILLERS: [&str; 24] = [
    "the", "a", "an", "your", "my", "all", "most", "any", "original", "genuine", "el", "la", "los",
    "las", "le", "les", "der", "die", "das", "den", "il", "lo", "i", "o",
];

/// One field of the listing, normalized and scanned.
struct Scanned<'a> {
    field: Field,
    original: &'a str,
    norm: Normalized,
    hits: Vec<Hit>,
}

impl Scanned<'_> {
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
struct Mention {
    pack: usize,
    scan: usize,
    start: usize,
    end: usize,
    kind: MentionKind,
    /// The literal was written in Latin letters, so foreign look-alike letters disguise it.
    latin: bool,
    /// Disguise flags the pack's own spelling has, which do not count as a disguise.
    allowed: u8,
    reference: bool,
}

impl Mention {
    /// The disguise weight and its plain-words description.
    fn disguise(&self, scans: &[Scanned]) -> Option<(u8, &'static str)> {
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
                .filter(|h| enabled[h.pack])
                .collect();
            Some(Scanned {
                field,
                original,
                norm,
                hits,
            })
        })
        .collect();
    let packs = &rules.packs;
    let mentions = mentions(packs, &matcher.names, &scans);

    // The claimed brand: disguised mentions first, then by field and position.
    let primary = mentions
        .iter()
        .filter(|m| !m.reference)
        .min_by_key(|m| {
            let w = m.disguise(&scans).map_or(0, |d| d.0);
            (std::cmp::Reverse(w), scans[m.scan].field, m.start)
        })
        .copied();
    let brand_of = |m: &Mention| {
        packs[m.pack]
            .brand
            .as_ref()
            .expect("mentions come from brand packs")
    };
    let brand_name = primary.map(|m| brand_of(&m).name.clone());

    let mut reasons: Vec<Reason> = Vec::new();
    let mut seen: Vec<(usize, String)> = Vec::new();
    let mut add = |pack: usize, r: Reason| {
        if !seen.contains(&(pack, r.rule.clone())) {
            seen.push((pack, r.rule.clone()));
            reasons.push(r);
        }
    };

    // Disguised names, one finding per brand: its strongest disguise.
    let mut disguised: Vec<(usize, u8, &Mention, &str)> = Vec::new();
    for m in &mentions {
        if let Some((w, how)) = m.disguise(&scans) {
            match disguised.iter_mut().find(|d| d.0 == m.pack) {
                Some(d) if d.1 >= w => {}
                Some(d) => *d = (m.pack, w, m, how),
                None => disguised.push((m.pack, w, m, how)),
            }
        }
    }
    for (p, w, m, how) in disguised {
        let ev = scans[m.scan].evidence(m.start, m.end);
        let name = &brand_of(m).name;
        let msg = format!(
            "“{}” is {name} written with {how}, a way to slip past brand filters",
            ev.text
        );
        add(p, reason(&packs[p], "disguised-name", w, msg, Some(ev)));
    }

    // Cue phrases, in the listing's own words: a brand field reading "Unbranded" or a
    // category named "Replicas & Models" is the marketplace's vocabulary, not the seller's.
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
                if excepted {
                    continue;
                }
                let cue: &Rule = &packs[h.pack].cues[i as usize];
                let w = if brand_name.is_some() {
                    cue.with_brand
                } else {
                    cue.weight
                };
                let ev = s.evidence(h.start, h.end);
                let msg = message(&cue.message, &ev.text, brand_name.as_deref());
                add(h.pack, reason(&packs[h.pack], &cue.id, w, msg, Some(ev)));
            }
        }
    }

    // Regular-expression patterns over the original text.
    for cp in &matcher.patterns {
        if !enabled[cp.pack] {
            continue;
        }
        let pat = &packs[cp.pack].patterns[cp.index];
        let found = pat.fields.iter().find_map(|&field| {
            let s = scans.iter().find(|s| s.field == field)?;
            cp.regex.captures_iter(s.original).find_map(|caps| {
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
            let msg = message(&pat.rule.message, &ev.text, brand_name.as_deref());
            add(
                cp.pack,
                reason(&packs[cp.pack], &pat.rule.id, w, msg, Some(ev)),
            );
        }
    }

    if let Some(m) = primary {
        let brand = brand_of(&m);
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
            if let Some(r) = price_finding(rules, m.pack, brand, &scans, listing) {
                add(m.pack, r);
            }
        }
        for r in seller_findings(rules, m.pack, brand, &scans) {
            add(r.0, r.1);
        }
    }
    (brand_name, reasons)
}

/// Every brand mention in the listing, with lookalikes removed, context checked and
/// accessory references marked.
fn mentions(packs: &[CompiledPack], names: &[fuzzy::Name], scans: &[Scanned]) -> Vec<Mention> {
    let mut out = Vec::new();
    for (si, s) in scans.iter().enumerate() {
        for h in &s.hits {
            let kind = match h.kind {
                LiteralKind::Name | LiteralKind::Product => MentionKind::Name,
                LiteralKind::Misspelling => MentionKind::Misspelling,
                _ => continue,
            };
            let inside_lookalike = s.hits.iter().any(|o| {
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
    out.extend(fuzzy_mentions(packs, names, scans));

    // A brand that needs context counts only with it, or when written disguised on purpose.
    out.retain(|m| {
        let brand = packs[m.pack]
            .brand
            .as_ref()
            .expect("mentions come from brand packs");
        !brand.needs_context
            || scans[m.scan].field == Field::Brand
            || m.disguise(scans).is_some() && m.kind == MentionKind::Name
            || scans.iter().any(|s| {
                s.field != Field::Seller
                    && s.hits.iter().any(|h| {
                        h.pack == m.pack
                            && matches!(h.kind, LiteralKind::Context | LiteralKind::Keyword(_))
                    })
            })
    });

    // "Heuer" inside "TAG Heuer" is the same mention, not a second one.
    let all = out.clone();
    out.retain(|m| {
        !all.iter().any(|o| {
            o.pack == m.pack
                && o.scan == m.scan
                && o.start <= m.start
                && o.end >= m.end
                && o.end - o.start > m.end - m.start
        })
    });
    out.sort_by_key(|m| (m.scan, m.start, m.pack, m.end));
    out.dedup_by_key(|m| (m.pack, m.scan, m.start, m.end));

    // A mention right after "for" (fillers aside) is a reference, and so is a mention right
    // after a reference: "for Balenciaga Triple S", "fits Rolex, Omega, TAG Heuer".
    let only = |text: &str, words: &[&str]| text.split_whitespace().all(|w| words.contains(&w));
    for i in 0..out.len() {
        let m = out[i];
        let s = &scans[m.scan];
        // "case for Apple" refers to Apple; "dupe for Dior" still sells a Dior look-alike.
        let after_cue = |h: &Hit| {
            s.hits.iter().any(|c| {
                matches!(c.kind, LiteralKind::Cue(_))
                    && c.end <= h.start
                    && s.norm.text[c.end..h.start].trim().is_empty()
            })
        };
        let after_for = s.hits.iter().any(|h| {
            h.kind == LiteralKind::AccessoryBefore
                && h.end <= m.start
                && only(&s.norm.text[h.end..m.start], &REFERENCE_FILLERS)
                && !after_cue(h)
        });
        let after_reference = out[..i].iter().any(|r| {
            if !r.reference || r.scan != m.scan || r.end > m.start {
                return false;
            }
            let between = &s.norm.text[r.end..m.start];
            r.pack == m.pack && only(between, &REFERENCE_FILLERS) || only(between, &LIST_JOINERS)
        });
        out[i].reference = after_for || after_reference;
    }
    out
}

/// Words near a brand name (`crate::fuzzy`): masked or split by symbols, written with letters
/// of another script, or misspelt. A misspelling counts alone only for a name of six letters or
/// more that no dictionary word explains; otherwise, like any near word of a short name, only
/// next to the brand's products, categories or context words, or a replica cue.
fn fuzzy_mentions(
    packs: &[CompiledPack],
    names: &[fuzzy::Name],
    scans: &[Scanned],
) -> Vec<Mention> {
    // The brand's own words next to the near word; a dictionary word needs the brand's
    // products or context words ("bone conduction headphones" is not Bose, "like new replica"
    // is not Nike).
    let context = |pack: usize, strong: bool| {
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
        for name in names {
            let p = name.pack;
            let Some(brand) = &packs[p].brand else {
                continue;
            };
            for n in fuzzy::near(&tokens, text, name) {
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
                            h.pack != p
                                && matches!(h.kind, LiteralKind::Name | LiteralKind::Product)
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
    }
    out
}

/// The rates that convert a pack's floors: its own table, else the first shared one.
fn rates_for(rules: &RuleSet, pack: usize) -> Option<&Rates> {
    rules.packs[pack]
        .rates
        .as_ref()
        .or_else(|| rules.packs.iter().find_map(|p| p.rates.as_ref()))
}

/// A price far below what the brand's genuine goods of the listing's category sell for.
fn price_finding(
    rules: &RuleSet,
    pack: usize,
    brand: &Brand,
    scans: &[Scanned],
    listing: &Listing,
) -> Option<Reason> {
    let (amount, printed_currency, shown) = match listing.price.as_ref()? {
        PriceInput::Number(n) => (*n, None, format!("{n}")),
        PriceInput::Text(t) => {
            let m = parse_price(t)?;
            (m.amount, m.currency, t.clone())
        }
    };
    if amount <= 0.0 {
        return None;
    }
    let yen_sign = match listing.currency.as_deref() {
        Some(c) => bare_yen_sign(c),
        None => matches!(&listing.price, Some(PriceInput::Text(t)) if bare_yen_sign(t)),
    };
    let currency = if yen_sign {
        let texts = [
            Some(&listing.title),
            listing.description.as_ref(),
            listing.seller.as_ref(),
        ];
        yen_sign_in(texts.into_iter().flatten().map(String::as_str)).to_string()
    } else {
        listing
            .currency
            .as_deref()
            .and_then(currency_code)
            .map(str::to_string)
            .or(printed_currency)
            .unwrap_or_else(|| DEFAULT_CURRENCY.to_string())
    };
    let rates = rates_for(rules, pack);
    // The floor in the listing's currency, and whether it took an exchange rate to get there.
    let floor_in = |floors: &[(String, f64)]| -> Option<(f64, bool)> {
        if let Some((_, f)) = floors.iter().find(|(c, _)| *c == currency) {
            return Some((*f, false));
        }
        let r = rates?;
        floors
            .iter()
            .find_map(|(c, f)| Some((r.convert(*f, c, &currency)?, true)))
    };
    // The listing's category: keywords in the title or the category field; where several
    // match, the lowest floor, so the finding never rests on the dearer reading.
    // A keyword inside a longer one ("belt" in "belt bag") does not count.
    let (category, (floor, converted)) = scans
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
            LiteralKind::Keyword(c) if h.pack == pack => Some(&brand.categories[c as usize]),
            _ => None,
        })
        .filter_map(|c| Some((c, floor_in(&c.floors)?)))
        .min_by(|a, b| a.1 .0.total_cmp(&b.1 .0))?;
    let ratio = amount / floor;
    let weight = PRICE_STEPS.iter().find(|(limit, _)| ratio < *limit)?.1;
    let dated = match rates {
        Some(r) if converted => format!(" (converted at rates of {})", r.date),
        _ => String::new(),
    };
    let msg = format!(
        "{} {} listed at {amount:.2} {currency}, {:.0}% below the {floor:.0} {currency} that genuine ones sell for{dated}",
        brand.name,
        category.id.replace('-', " "),
        (1.0 - ratio) * 100.0
    );
    let p = &rules.packs[pack];
    let ev = Evidence {
        field: Field::Price,
        start: 0,
        end: shown.chars().count(),
        text: shown,
    };
    Some(reason(p, "price-below-floor", weight, msg, Some(ev)))
}

/// "Official store" claims and brand names in seller names, from sellers the brand has not
/// authorized.
fn seller_findings(
    rules: &RuleSet,
    pack: usize,
    brand: &Brand,
    scans: &[Scanned],
) -> Vec<(usize, Reason)> {
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
            let claims = rules.packs[h.pack]
                .claims
                .as_ref()
                .expect("claim literals come with [claims]");
            let ev = s.evidence(h.start, h.end);
            let msg = message(&claims.claim.message, &ev.text, Some(&brand.name));
            out.push((
                h.pack,
                reason(
                    &rules.packs[h.pack],
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
        let claims = rules
            .packs
            .iter()
            .enumerate()
            .find_map(|(i, p)| Some((i, p.claims.as_ref()?)));
        if let (Some(h), Some((cp, claims))) = (named, claims) {
            let ev = s.evidence(h.start, h.end);
            let msg = message(&claims.seller_name.message, &ev.text, Some(&brand.name));
            out.push((
                cp,
                reason(
                    &rules.packs[cp],
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

    #[test]
    fn luhn() {
        assert!(luhn_ok("490154203237518"));
        assert!(!luhn_ok("490154203237519"));
    }
}

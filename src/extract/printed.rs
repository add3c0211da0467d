//! Prices as shops print them around the amount: price-like text, labels before it, old and
//! per-unit prices, and the class names that mark them.

use crate::extract::text::name_words;
use crate::price;

/// Whether a class name marks a crossed-out or earlier price (`old-price`, `price--was`,
/// `a-text-strike`, `rrp`, `compare-at`).
pub fn is_struck_class(class: &str) -> bool {
    name_words(class).any(|w| {
        matches!(
            w.as_str(),
            "strike"
                | "strikethrough"
                | "striked"
                | "strikeout"
                | "crossed"
                | "barred"
                | "barre"
                | "tachado"
                | "linethrough"
                | "was"
                | "old"
                | "oldprice"
                | "wasprice"
                | "before"
                | "rrp"
                | "uvp"
                | "msrp"
                | "original"
                | "prev"
                | "previous"
                | "compare"
                | "compareat"
                | "listprice"
                | "streichpreis"
                | "statt"
                | "vorher"
                | "ancien"
                | "antes"
                | "anterior"
                | "precedente"
                | "barrato"
                | "pieno"
        )
    })
}

/// Whether a class, id or `itemprop` names a price (in a few languages).
pub fn is_price_name(names: &str) -> bool {
    const WORDS: &[&str] = &[
        "price", "preis", "prix", "prezzo", "precio", "preco", "preço", "cena", "цена", "cijena",
        "hinta", "pris", "fiyat", "prijs", "kaina", "tsena", "kakaku", "jiage",
    ];
    WORDS.iter().any(|w| names.contains(w))
}

/// Whether a class or id names the price a buyer pays now, over others in the same box
/// (`sale-price`, `priceblock_dealprice`, `price--current`, `buybox`).
pub fn is_current_price_name(names: &str) -> bool {
    const PARTS: &[&str] = &[
        "sale",
        "special",
        "current",
        "final",
        "actual",
        "deal",
        "ourprice",
        "buybox",
        "buy-box",
        "topay",
        "selling",
        "ahora",
        "agora",
        "jetzt",
        "aktuell",
        "attuale",
        "scontato",
        "rebajado",
        "reduziert",
        "reduced",
    ];
    PARTS.iter().any(|p| names.contains(p))
        || name_words(names).any(|w| matches!(w.as_str(), "now" | "our" | "main" | "primary"))
}

/// Whether a class or id names a promotion's amount (a coupon, a saving, a gift card) rather
/// than the item's price.
pub fn is_promo_name(names: &str) -> bool {
    const PARTS: &[&str] = &[
        "promo", "coupon", "saving", "discount", "gift", "reward", "cashback", "voucher", "points",
        "credit", "rebate", "bonus",
    ];
    PARTS.iter().any(|p| names.contains(p))
}

/// Whether a class or id names a price per unit, instalment or base quantity.
pub fn is_unit_price_name(names: &str) -> bool {
    name_words(names).any(|w| {
        matches!(
            w.as_str(),
            "unit"
                | "baseprice"
                | "grundpreis"
                | "perunit"
                | "ppu"
                | "instalment"
                | "installment"
                | "monthly"
                | "financing"
        )
    })
}

/// Whether a short text offers the item in instalments ("or 4 payments of $62.25 with
/// Afterpay", "3x sem juros", "4 fois sans frais", "分期"): its amount is one payment, not the
/// price.
pub fn is_instalment(text: &str) -> bool {
    const CUES: &[&str] = &[
        "payments of",
        "instalment",
        "installment",
        "interest-free",
        "interest free",
        "afterpay",
        "klarna",
        "clearpay",
        "sezzle",
        "affirm",
        "pay in 3",
        "pay in 4",
        "ratenzahlung",
        "monatliche rate",
        "cuotas",
        "sin intereses",
        "parcelas",
        "sem juros",
        "fois sans frais",
        "in 3 rate",
        "рассрочк",
        "分期",
        "分割払い",
    ];
    let t = text.to_lowercase();
    CUES.iter().any(|c| t.contains(c))
}

/// Units a price can be quoted per: "€ 3,99 / kg", "$0.12/oz", "12 zł/m²".
const UNITS: &[&str] = &[
    "kg", "g", "100g", "100 g", "l", "100ml", "100 ml", "ml", "m", "m²", "m2", "qm", "lb", "oz",
    "fl oz", "ct", "count", "stk", "stück", "st", "pcs", "pc", "piece", "unit", "each", "ea", "mo",
    "month", "mois", "monat", "mes", "mese", "мес", "шт", "кг",
];

/// Whether a price text quotes a price per unit or per month rather than the item's price.
pub fn is_unit_price(text: &str) -> bool {
    let t = text.to_lowercase();
    for sep in ["/", " per ", " pro ", " je ", " par ", " за "] {
        for (at, _) in t.match_indices(sep) {
            let rest = t[at + sep.len()..].trim_start();
            let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
            if UNITS.iter().any(|u| {
                rest.starts_with(u)
                    && !rest[u.len()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic)
            }) {
                return true;
            }
        }
    }
    false
}

/// What a short text looks like when it is a price.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PriceShape {
    /// A currency sign or code is printed with the amount.
    pub marked: bool,
    /// A price per unit, per month or similar.
    pub unit: bool,
    /// Labelled as an earlier or list price ("Was £55", "UVP 99 €").
    pub old: bool,
}

/// Words that label a price as an earlier or recommended one.
const OLD_PRICE_WORDS: &[&str] = &[
    "was",
    "rrp",
    "uvp",
    "msrp",
    "list",
    "regular",
    "reg",
    "statt",
    "antes",
    "prima",
    "avant",
    "before",
    "originally",
    "compare",
    "ancien",
    "vorher",
    "anterior",
    "precedente",
];

/// Whether a price's label or class names say it includes tax (`Some(true)`: "税込",
/// "inkl. MwSt.", "TTC", `TaxIncluded`) or leaves it out (`Some(false)`: "税別", "excl. VAT",
/// "HT", `price-excl-tax`). A shopper pays the price with tax where both are shown.
pub fn tax_basis(text: &str) -> Option<bool> {
    const EXCLUDED_WORDS: &[&str] = &["excl", "exkl", "zzgl", "netto", "ht", "taxexcluded"];
    const EXCLUDED: &[&str] = &[
        "税別",
        "税抜",
        "before tax",
        "hors tax",
        "without tax",
        "без ндс",
    ];
    const INCLUDED_WORDS: &[&str] = &["incl", "inkl", "ttc", "brutto", "taxincluded"];
    const INCLUDED: &[&str] = &["税込", "with tax", "iva incluido", "с ндс"];
    let t = text.to_lowercase();
    let words: Vec<&str> = t.split(|c: char| !c.is_alphanumeric()).collect();
    let has = |ws: &[&str], phrases: &[&str]| {
        words.iter().any(|w| ws.contains(w)) || phrases.iter().any(|p| t.contains(p))
    };
    if has(EXCLUDED_WORDS, EXCLUDED) {
        Some(false)
    } else if has(INCLUDED_WORDS, INCLUDED) {
        Some(true)
    } else {
        None
    }
}

/// Whether a label or price text calls the price an earlier or list price.
pub fn is_old_price_label(text: &str) -> bool {
    text.len() <= 40
        && !text.bytes().any(|b| b.is_ascii_digit())
        && text
            .to_lowercase()
            .split(|c: char| !c.is_alphabetic())
            .any(|w| OLD_PRICE_WORDS.contains(&w))
}

/// A price text without the label printed before it ("Price: £48.99", "Special Price
/// $79.00"); words that qualify the amount ("ab", "from", "Was") stay.
pub fn strip_price_label(text: &str) -> &str {
    const LABEL: &[&str] = &[
        "price", "special", "sale", "our", "deal", "current", "now", "you", "pay", "total", "new",
        "nouveau", "neuer", "nuevo", "nuovo", "novo", "preis", "prix", "prezzo", "precio", "preço",
        "cena", "цена", "ціна", "fiyat", "pris", "hinta", "bid",
    ];
    let skip = |s: &str| -> usize {
        s.len()
            - s.trim_start_matches(|c: char| c.is_whitespace() || c == ':')
                .len()
    };
    let mut at = 0;
    loop {
        let word_start = at + skip(&text[at..]);
        let rest = &text[word_start..];
        let word = &rest[..rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len())];
        if word.is_empty() || !LABEL.contains(&word.to_lowercase().as_str()) {
            break;
        }
        at = word_start + word.len();
    }
    let rest = &text[at + skip(&text[at..])..];
    if at == 0 || rest.is_empty() {
        text
    } else {
        rest
    }
}

/// Whether a text labels an auction's opening price, which the current bid supersedes.
pub fn is_opening_price(text: &str) -> bool {
    const OPENING: &[&str] = &[
        "starting price",
        "starting bid",
        "start price",
        "opening bid",
        "opening price",
        "startpreis",
        "startgebot",
        "mindestgebot",
        "prix de départ",
        "mise à prix",
        "prezzo di partenza",
        "base d'asta",
        "precio de salida",
        "precio inicial",
        "lance inicial",
        "cena wywoławcza",
        "начальная цена",
        "стартовая цена",
    ];
    if text.len() > 80 {
        return false;
    }
    let t = text.to_lowercase();
    OPENING.iter().any(|p| t.contains(p))
}

/// Words that make a money amount something other than the item's price.
const NOT_A_PRICE: &[&str] = &[
    "save",
    "off",
    "shipping",
    "delivery",
    "postage",
    "versand",
    "livraison",
    "spedizione",
    "envío",
    "envio",
    "frete",
    "доставка",
    "dostawa",
    "doprava",
    "sparen",
    "économisez",
    "risparmi",
    "ahorra",
    "cashback",
    "coupon",
    "gift",
    "reward",
    "points",
    "punkte",
    "bonus",
    "deposit",
    "pfand",
];

/// Words printed around a price: "from", "now only", "incl. VAT", "current bid".
const PRICE_WORDS: &[&str] = &[
    "from",
    "ab",
    "dès",
    "partire",
    "deal",
    "special",
    "zzgl",
    "ca",
    "approx",
    "à",
    "a",
    "partir",
    "de",
    "desde",
    "da",
    "od",
    "от",
    "vanaf",
    "fra",
    "från",
    "alkaen",
    "only",
    "just",
    "now",
    "nur",
    "jetzt",
    "seulement",
    "solo",
    "sólo",
    "price",
    "prix",
    "preis",
    // "New price" in the label screen readers get ("Nouveau prix : 1 639,90 €").
    "nouveau",
    "neuer",
    "nuevo",
    "nuovo",
    "novo",
    "precio",
    "prezzo",
    "preço",
    "cena",
    "цена",
    "ціна",
    "fiyat",
    "pris",
    "hinta",
    "our",
    "sale",
    "was",
    "incl",
    "inkl",
    "vat",
    "mwst",
    "tva",
    "iva",
    "ttc",
    "tax",
    "ht",
    "exkl",
    "excl",
    "plus",
    "per",
    "pro",
    "je",
    "par",
    "за",
    "starting",
    "at",
    "list",
    "regular",
    "reg",
    "new",
    "uvp",
    "rrp",
    "current",
    "starting",
    "start",
    "opening",
    "you",
    "pay",
    "total",
    "bid",
    "estimate",
    "buy",
    "it",
    "or",
    "best",
    "offer",
    "sold",
    "for",
    "each",
    "sfr",
    "税込",
    "税抜",
    "起",
    "价格",
    "售价",
    "цена",
    "тенге",
    "р",
    "rub",
    "lei",
    "ft",
    "kn",
    "din",
    "eur",
    "us",
    "usd",
];

/// What joins the two ends of a price range: dashes, and the tildes and wave dashes East Asian
/// shops print ("1,980〜2,480円", "¥1,980～" for "from"). A range reads as its low price.
const RANGE_MARKS: [char; 6] = ['-', '–', '—', '~', '～', '〜'];

/// Whether `text` (an element's whole text) reads as one price, or a range of two.
pub fn price_shape(text: &str) -> Option<PriceShape> {
    if text.len() > 60 || !text.bytes().any(|b| b.is_ascii_digit()) || text.contains('%') {
        return None;
    }
    // Number runs: digits with separators between them.
    let mut numbers = 0;
    let mut between = String::new();
    let mut in_number = false;
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        // Separators join digits; a space only before a group of three ("1 299", not "1,000 1").
        let group_of_three = chars
            .get(i + 1..i + 4)
            .is_some_and(|g| g.iter().all(char::is_ascii_digit))
            && !chars.get(i + 4).is_some_and(char::is_ascii_digit);
        let joins = in_number
            && chars.get(i + 1).is_some_and(char::is_ascii_digit)
            && match c {
                '.' | ',' | '\'' => true,
                c if price::GROUP_SPACES.contains(&c) => group_of_three,
                _ => false,
            };
        if c.is_ascii_digit() || joins {
            if !in_number {
                numbers += 1;
                if numbers == 2 && !between.contains(RANGE_MARKS) {
                    return None;
                }
            }
            in_number = true;
        } else {
            in_number = false;
            if numbers == 1 {
                between.push(c);
            }
        }
    }
    if numbers == 0 || numbers > 2 {
        return None;
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| NOT_A_PRICE.contains(w)) {
        return None;
    }
    // Every word must be a currency, a unit or a word prices are printed with; a card's
    // title next to its price makes the card text, not a price.
    let marked = price::find_currency(text).is_some();
    let known = |w: &&str| {
        PRICE_WORDS.contains(w)
            || OLD_PRICE_WORDS.contains(w)
            || UNITS.contains(w)
            || price::currency_code(w).is_some()
    };
    if !words.iter().all(known) {
        return None;
    }
    if !marked && !words.is_empty() && !is_unit_price(text) {
        // Bare amounts only count with nothing else around them ("12,99", "1.299,-").
        return None;
    }
    Some(PriceShape {
        marked,
        unit: is_unit_price(text),
        old: words.iter().any(|w| OLD_PRICE_WORDS.contains(w)),
    })
}

/// The shape of an element's text that an element *named as a price* shows: one amount with
/// a label or note of up to two words the word lists do not know ("Hind: 1 299 €", "券后¥179",
/// "2,980円 送料無料"), read without those words. Only where the markup says "price", since
/// beside a price any card's title would pass.
pub fn labelled_price_shape(text: &str) -> Option<PriceShape> {
    let mut kept = String::new();
    let (mut dropped, mut dropped_chars) = (0, 0);
    let mut word = String::new();
    // False when the text is no price: a word that says so, or a quantity ("100g", "2x").
    let mut flush = |word: &mut String, kept: &mut String| {
        if word.is_empty() {
            return true;
        }
        let lower = word.to_lowercase();
        if NOT_A_PRICE.contains(&lower.as_str()) {
            return false;
        }
        if word.chars().count() <= 3 && price::find_currency(word).is_some() {
            kept.push_str(word);
        } else if kept.ends_with(|c: char| c.is_ascii_digit()) {
            return false;
        } else {
            dropped += 1;
            dropped_chars += word.chars().count();
        }
        word.clear();
        true
    };
    for c in text.chars() {
        if c.is_alphabetic() {
            word.push(c);
            continue;
        }
        if !flush(&mut word, &mut kept) {
            return None;
        }
        kept.push(c);
    }
    if !flush(&mut word, &mut kept) || !(1..=2).contains(&dropped) || dropped_chars > 12 {
        return None;
    }
    price_shape(&kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labelled_prices() {
        assert!(labelled_price_shape("Hind: 1 299 €").is_some_and(|p| p.marked));
        assert!(labelled_price_shape("券后¥179").is_some_and(|p| p.marked));
        assert!(labelled_price_shape("2,980円 送料無料").is_some_and(|p| p.marked));
        assert!(labelled_price_shape("alates 12,99 €").is_some());
        assert_eq!(labelled_price_shape("Versand 4,95 €"), None);
        assert_eq!(labelled_price_shape("4 × 25 € kuus"), None);
        assert_eq!(labelled_price_shape("100gあたり 198円"), None);
        assert_eq!(labelled_price_shape("Leather wallet brown 12 €"), None);
    }

    #[test]
    fn prices_and_not_prices() {
        assert!(price_shape("$12.99").is_some_and(|p| p.marked && !p.unit));
        assert!(price_shape("1.299,00 €").is_some());
        assert!(price_shape("ab 12,99 €").is_some());
        assert!(price_shape("$10 – $20").is_some());
        assert!(price_shape("1,980〜2,480円").is_some());
        assert!(price_shape("¥1,980～").is_some());
        assert!(price_shape("12,99").is_some_and(|p| !p.marked));
        assert!(price_shape("(€ 3,99 / kg)").is_some_and(|p| p.unit));
        assert_eq!(price_shape("Save $5.00"), None);
        assert_eq!(price_shape("-20%"), None);
        assert_eq!(price_shape("4.5 out of 5 stars"), None);
        assert_eq!(price_shape("2 for $10"), None);
        assert_eq!(price_shape("$1,000 1 bid"), None);
        assert!(price_shape("1 299 ₽").is_some());
        // Currencies written out as words after the amount.
        assert!(price_shape("12 990 рублей").is_some_and(|p| p.marked));
        assert!(price_shape("1.299 Euro").is_some_and(|p| p.marked));
        assert!(is_struck_class("precio-antes"));
        assert!(is_struck_class("prezzo-pieno"));
        assert_eq!(price_shape("+ $4.99 shipping"), None);
        assert_eq!(price_shape("1,204 ratings"), None);
        assert_eq!(price_shape("red bag € 9,99"), None);
        assert!(price_shape("Price: US $12.99").is_some());
        assert!(price_shape("Current bid: $200").is_some());
        assert!(price_shape("Nouveau prix :1 639,90€").is_some_and(|p| !p.old));
        assert!(price_shape("Ancien prix : 1 949,90€").is_some_and(|p| p.old));
    }

    #[test]
    fn tax_included_or_left_out() {
        assert_eq!(tax_basis("（税込）"), Some(true));
        assert_eq!(tax_basis("販売価格(税別)"), Some(false));
        assert_eq!(tax_basis("inkl. MwSt."), Some(true));
        assert_eq!(tax_basis("129,00 € HT"), Some(false));
        assert_eq!(tax_basis("TaxIncluded u-Block"), Some(true));
        assert_eq!(tax_basis("$12.99"), None);
        assert_eq!(tax_basis("Thermal shirt"), None);
        assert_eq!(tax_basis("Exclusive offer"), None);
    }

    #[test]
    fn price_labels_are_dropped() {
        assert_eq!(strip_price_label("Special Price$79.00"), "$79.00");
        assert_eq!(strip_price_label("Price: £51.99"), "£51.99");
        assert_eq!(strip_price_label("Current bid: $200"), "$200");
        assert_eq!(strip_price_label("ab 19,90 €"), "ab 19,90 €");
        assert_eq!(strip_price_label("EUR 12"), "EUR 12");
        assert_eq!(strip_price_label("Price"), "Price");
    }

    #[test]
    fn old_and_unit_price_names() {
        assert!(is_struck_class("price--old"));
        assert!(is_struck_class("wasPrice"));
        assert!(!is_struck_class("bold"));
        assert!(is_unit_price("€ 3,99/kg"));
        assert!(is_unit_price("$0.25 per count"));
        assert!(!is_unit_price("$12.99"));
    }
}

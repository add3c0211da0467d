//! Prices as shops print them: `"US $1,299.00"`, `"1.299,00 €"`, `"¥1299"`, `"R$ 49,90"`.

use std::sync::OnceLock;

use crate::phrases::Phrases;
use serde::{Deserialize, Serialize};

use crate::listing::{Listing, PriceInput};

/// An amount with the ISO 4217 currency it was given in, when that could be told.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Money {
    pub amount: f64,
    pub currency: Option<String>,
}

/// Currency markers, longest first so `US $` wins over `$` and `HK$` over `$`.
const MARKERS: &[(&str, &str)] = &[
    ("us$", "USD"),
    ("us $", "USD"),
    ("usd", "USD"),
    ("c$", "CAD"),
    ("ca$", "CAD"),
    ("cad", "CAD"),
    ("a$", "AUD"),
    ("au$", "AUD"),
    ("aud", "AUD"),
    ("nz$", "NZD"),
    ("nzd", "NZD"),
    ("hk$", "HKD"),
    ("hkd", "HKD"),
    ("s$", "SGD"),
    ("sgd", "SGD"),
    ("nt$", "TWD"),
    ("twd", "TWD"),
    ("mx$", "MXN"),
    ("mxn", "MXN"),
    ("r$", "BRL"),
    ("brl", "BRL"),
    ("cn¥", "CNY"),
    ("rmb", "CNY"),
    ("cny", "CNY"),
    ("元", "CNY"),
    ("jp¥", "JPY"),
    ("円", "JPY"),
    ("jpy", "JPY"),
    ("eur", "EUR"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("евро", "EUR"),
    ("€", "EUR"),
    ("gbp", "GBP"),
    ("£", "GBP"),
    ("chf", "CHF"),
    ("inr", "INR"),
    ("₹", "INR"),
    ("rs.", "INR"),
    ("rs", "INR"),
    ("₨", "INR"),
    ("rub", "RUB"),
    ("руб", "RUB"),
    ("рубль", "RUB"),
    ("рубля", "RUB"),
    ("рублей", "RUB"),
    ("₽", "RUB"),
    ("krw", "KRW"),
    ("₩", "KRW"),
    ("pln", "PLN"),
    ("zł", "PLN"),
    ("try", "TRY"),
    ("₺", "TRY"),
    ("sek", "SEK"),
    ("nok", "NOK"),
    ("dkk", "DKK"),
    ("czk", "CZK"),
    ("kč", "CZK"),
    ("uah", "UAH"),
    ("₴", "UAH"),
    ("aed", "AED"),
    ("sar", "SAR"),
    ("zar", "ZAR"),
    ("thb", "THB"),
    ("฿", "THB"),
    ("vnd", "VND"),
    ("₫", "VND"),
    ("đ", "VND"),
    ("₡", "CRC"),
    ("crc", "CRC"),
    ("₵", "GHS"),
    ("ghs", "GHS"),
    ("د.إ", "AED"),
    ("ر.س", "SAR"),
    ("sfr", "CHF"),
    ("php", "PHP"),
    ("pkr", "PKR"),
    ("lkr", "LKR"),
    ("npr", "NPR"),
    ("bdt", "BDT"),
    ("৳", "BDT"),
    ("ars", "ARS"),
    ("clp", "CLP"),
    ("cop", "COP"),
    ("pen", "PEN"),
    ("s/", "PEN"),
    ("uyu", "UYU"),
    ("egp", "EGP"),
    ("ngn", "NGN"),
    ("₦", "NGN"),
    ("kes", "KES"),
    ("ksh", "KES"),
    ("kzt", "KZT"),
    ("₸", "KZT"),
    ("тг", "KZT"),
    ("bgn", "BGN"),
    ("лв", "BGN"),
    ("грн", "UAH"),
    ("hrk", "HRK"),
    ("isk", "ISK"),
    ("rsd", "RSD"),
    ("дин", "RSD"),
    ("₾", "GEL"),
    ("gel", "GEL"),
    ("₼", "AZN"),
    ("azn", "AZN"),
    ("byn", "BYN"),
    ("qar", "QAR"),
    ("kwd", "KWD"),
    ("omr", "OMR"),
    ("bhd", "BHD"),
    ("jod", "JOD"),
    ("mad", "MAD"),
    ("tnd", "TND"),
    ("원", "KRW"),
    ("tl", "TRY"),
    ("р.", "RUB"),
    ("₱", "PHP"),
    ("idr", "IDR"),
    ("rp", "IDR"),
    ("myr", "MYR"),
    ("rm", "MYR"),
    ("ils", "ILS"),
    ("₪", "ILS"),
    ("huf", "HUF"),
    ("ft", "HUF"),
    ("ron", "RON"),
    ("lei", "RON"),
    ("kr", "SEK"),
    ("¥", "JPY"),
    ("￥", "JPY"),
    ("$", "USD"),
];

/// The ISO 4217 code for a currency marker or code (`"€"`, `"eur"`, `"US $"`), if known.
pub fn currency_code(text: &str) -> Option<&'static str> {
    let t = text.trim().to_lowercase();
    if t.is_empty() {
        return None;
    }
    if let Some((_, code)) = MARKERS.iter().find(|(m, _)| *m == t) {
        return Some(code);
    }
    if t.len() == 3 && t.chars().all(|c| c.is_ascii_alphabetic()) {
        return MARKERS
            .iter()
            .map(|(_, code)| *code)
            .find(|code| code.eq_ignore_ascii_case(&t));
    }
    None
}

/// Letters that glue to a marker and make it part of a word; CJK markers (`元`, `원`) are
/// written straight against other words.
fn word_letter(c: char) -> bool {
    c.is_alphabetic() && c < '\u{3000}'
}

/// Signs several currencies print; the shop's country says which one is meant.
const SHARED: &[(&str, &[(&str, &str)])] = &[
    (
        "$",
        &[
            ("us", "USD"),
            ("ca", "CAD"),
            ("au", "AUD"),
            ("nz", "NZD"),
            ("mx", "MXN"),
            ("cl", "CLP"),
            ("ar", "ARS"),
            ("co", "COP"),
            ("sg", "SGD"),
            ("hk", "HKD"),
            ("tw", "TWD"),
            ("uy", "UYU"),
        ],
    ),
    (
        "kr",
        &[("se", "SEK"), ("no", "NOK"), ("dk", "DKK"), ("is", "ISK")],
    ),
    ("¥", &[("jp", "JPY"), ("cn", "CNY")]),
    ("￥", &[("jp", "JPY"), ("cn", "CNY")]),
    (
        "rs",
        &[("in", "INR"), ("pk", "PKR"), ("lk", "LKR"), ("np", "NPR")],
    ),
    (
        "rs.",
        &[("in", "INR"), ("pk", "PKR"), ("lk", "LKR"), ("np", "NPR")],
    ),
    (
        "₨",
        &[("in", "INR"), ("pk", "PKR"), ("lk", "LKR"), ("np", "NPR")],
    ),
];

/// The markers compiled once into one automaton: a price text is scanned once, not once per
/// marker.
fn marker_automaton() -> &'static Phrases {
    static AUTOMATON: OnceLock<Phrases> = OnceLock::new();
    AUTOMATON.get_or_init(|| Phrases::new(MARKERS.iter().map(|(m, _)| m)))
}

/// The printed currency marker in `text` (longest match wins) and its ISO code.
fn find_marker(text: &str) -> Option<(&'static str, &'static str)> {
    let lower = text.to_lowercase();
    let mut best: Option<(&'static str, &'static str)> = None;
    marker_automaton().find_overlapping(lower.as_bytes(), |i, start, end| {
        let (marker, code) = MARKERS[i];
        let first = marker.chars().next().is_some_and(word_letter);
        let last = marker.chars().next_back().is_some_and(word_letter);
        let before = lower[..start].chars().next_back();
        let after = lower[end..].chars().next();
        let glued =
            first && before.is_some_and(word_letter) || last && after.is_some_and(word_letter);
        if !glued && best.is_none_or(|(b, _)| marker.len() > b.len()) {
            best = Some((marker, code));
        }
    });
    best
}

/// Whether the sign printed in `text` is one several currencies print (`$`, `kr`, `¥`, `Rs`)
/// and `code` is one of them, so a page's own statement of its currency says which.
pub fn shared_sign_may_be(text: &str, code: &str) -> bool {
    find_marker(text).is_some_and(|(marker, _)| {
        SHARED
            .iter()
            .find(|(m, _)| *m == marker)
            .is_some_and(|(_, by_country)| by_country.iter().any(|(_, c)| *c == code))
    })
}

/// The ISO code of the currency printed in `text`, if any.
pub fn find_currency(text: &str) -> Option<&'static str> {
    find_marker(text).map(|(_, code)| code)
}

/// Like [`find_currency`], reading a shared sign (`$`, `kr`, `¥`, `Rs`) as the currency of
/// `country` (ISO 3166 alpha-2, any case) when that country uses the sign.
pub fn find_currency_in(text: &str, country: Option<&str>) -> Option<&'static str> {
    let (marker, code) = find_marker(text)?;
    let local = country.and_then(|country| {
        let (_, by_country) = SHARED.iter().find(|(m, _)| *m == marker)?;
        by_country
            .iter()
            .find(|(c, _)| c.eq_ignore_ascii_case(country))
            .map(|(_, code)| *code)
    });
    Some(local.unwrap_or(code))
}

/// Whether `text` prints its currency only as a yen sign, which the yen and the yuan share.
pub fn bare_yen_sign(text: &str) -> bool {
    matches!(find_marker(text), Some(("¥" | "￥", _)))
}

/// The currency a bare yen sign stands for in a listing written in `texts`: the yuan when the
/// text is Chinese (Han characters and no Japanese kana), the yen when it holds kana, else
/// `otherwise`.
pub fn yen_sign_in<'a>(
    texts: impl IntoIterator<Item = &'a str>,
    otherwise: &'static str,
) -> &'static str {
    let (mut han, mut kana) = (false, false);
    for c in texts.into_iter().flat_map(str::chars) {
        match c as u32 {
            0x3400..=0x4DBF | 0x4E00..=0x9FFF => han = true,
            0x3040..=0x30FF | 0xFF66..=0xFF9F => kana = true,
            _ => {}
        }
    }
    match (han, kana) {
        (_, true) => "JPY",
        (true, false) => "CNY",
        (false, false) => otherwise,
    }
}

/// The spaces that group thousands: a plain one, the no-break space, and the thin and narrow
/// no-break spaces that typeset prices print ("1 280 ₽" with U+2009).
pub const GROUP_SPACES: [char; 4] = [' ', '\u{a0}', '\u{2009}', '\u{202f}'];

/// Reads the first number in `text`, telling decimal from thousands separators by their
/// position: a separator followed by exactly three digits groups thousands unless it is the
/// only separator and is a comma-free dot in a short number (`"12.990"` stays 12990).
fn parse_amount(text: &str) -> Option<f64> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let rest = &text[start..];
    let mut raw = String::new();
    for c in rest.chars() {
        if c.is_ascii_digit() || matches!(c, '.' | ',' | '\'') || GROUP_SPACES.contains(&c) {
            raw.push(c);
        } else {
            break;
        }
    }
    let raw = raw.trim_end_matches(|c: char| !c.is_ascii_digit());
    // Spaces group thousands only between digit groups of three: "1 299,00" but not "12 99".
    let mut groups: Vec<&str> = raw.split(GROUP_SPACES).collect();
    while groups.len() > 1
        && groups[1..]
            .iter()
            .any(|g| g.chars().take_while(char::is_ascii_digit).count() != 3)
    {
        groups.pop();
    }
    let joined: String = groups.concat().replace('\'', "");
    let last_sep = joined.rfind(['.', ',']);
    let number = match last_sep {
        None => joined,
        Some(at) => {
            let decimals = joined.len() - at - 1;
            let sep = joined.as_bytes()[at] as char;
            let other = if sep == '.' { ',' } else { '.' };
            let same_sep_count = joined.matches(sep).count();
            let is_decimal = if joined.contains(other) {
                // Both present: the last one is the decimal mark.
                true
            } else {
                decimals != 3 && same_sep_count == 1
            };
            if is_decimal {
                let (int, frac) = joined.split_at(at);
                format!("{}.{}", int.replace(['.', ','], ""), &frac[1..])
            } else {
                joined.replace(['.', ','], "")
            }
        }
    };
    number.parse::<f64>().ok().filter(|v| v.is_finite())
}

impl PriceInput {
    /// The price as a number: the one way a listing's price is read, for floors, for ranking
    /// offers, for telling old prices from current ones and for `knockoff extract`'s output.
    /// Text is read as shops print it ([`parse_price`]); `None` when it holds no number.
    pub fn amount(&self) -> Option<f64> {
        match self {
            PriceInput::Number(n) => Some(*n),
            PriceInput::Text(t) => parse_amount(t),
        }
    }
}

/// Parses a printed price into an amount and, when printed, its currency.
pub fn parse_price(text: &str) -> Option<Money> {
    parse_price_in(text, None)
}

/// Like [`parse_price`], reading a shared currency sign as the one used in `country`.
pub fn parse_price_in(text: &str, country: Option<&str>) -> Option<Money> {
    let amount = parse_amount(text)?;
    Some(Money {
        amount,
        currency: find_currency_in(text, country).map(str::to_string),
    })
}

/// Listings with no currency are read as US dollars.
const DEFAULT_CURRENCY: &str = "USD";

/// A listing's price as the engine compares it with floors.
pub struct ListingPrice {
    pub amount: f64,
    /// ISO 4217 code.
    pub currency: String,
    /// The price as given, for evidence.
    pub shown: String,
}

/// A listing's positive price as the engine judges it: [`listing_money`], in US dollars when no
/// currency is known, and a bare yen sign in a listing with no Chinese or Japanese text read as
/// the yuan.
pub fn listing_price(listing: &Listing) -> Option<ListingPrice> {
    // A bare yen sign with no Chinese or Japanese text may be either currency (replica agents
    // price in yuan with a ¥); price floors take the yuan, worth about twenty yen, so a finding
    // never rests on the cheaper reading.
    let money = money_reading_yen_as(listing, "CNY")?;
    if money.amount <= 0.0 {
        return None;
    }
    let shown = match listing.price.as_ref()? {
        PriceInput::Number(n) => format!("{n}"),
        PriceInput::Text(t) => t.clone(),
    };
    Some(ListingPrice {
        amount: money.amount,
        currency: money
            .currency
            .unwrap_or_else(|| DEFAULT_CURRENCY.to_string()),
        shown,
    })
}

/// Whether a listing prints its currency only as a yen sign, in its currency field or price.
fn shows_bare_yen_sign(listing: &Listing) -> bool {
    match listing.currency.as_deref() {
        Some(c) => bare_yen_sign(c),
        None => matches!(&listing.price, Some(PriceInput::Text(t)) if bare_yen_sign(t)),
    }
}

/// The texts that tell a listing's language: title, description, seller.
fn listing_texts(listing: &Listing) -> impl Iterator<Item = &str> {
    [
        Some(&listing.title),
        listing.description.as_ref(),
        listing.seller.as_ref(),
    ]
    .into_iter()
    .flatten()
    .map(String::as_str)
}

/// A listing's price as an amount and ISO currency: the listing's currency field when it names
/// one, else the currency printed with the price; a bare yen sign read from the listing's
/// language. `None` currency when neither tells.
pub fn listing_money(listing: &Listing) -> Option<Money> {
    money_reading_yen_as(listing, "JPY")
}

/// [`listing_money`], with a bare yen sign in a listing with no Chinese or Japanese text read as
/// `unknown_yen`.
fn money_reading_yen_as(listing: &Listing, unknown_yen: &'static str) -> Option<Money> {
    let price = listing.price.as_ref()?;
    let amount = price.amount()?;
    let printed = match price {
        PriceInput::Number(_) => None,
        PriceInput::Text(t) => find_currency(t).map(str::to_string),
    };
    let currency = if shows_bare_yen_sign(listing) {
        Some(yen_sign_in(listing_texts(listing), unknown_yen).to_string())
    } else {
        listing
            .currency
            .as_deref()
            .and_then(currency_code)
            .map(str::to_string)
            .or(printed)
    };
    Some(Money { amount, currency })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(text: &str) -> (f64, Option<String>) {
        let m = parse_price(text).unwrap();
        (m.amount, m.currency)
    }

    #[test]
    fn prints_from_many_shops() {
        assert_eq!(money("US $1,299.00"), (1299.0, Some("USD".into())));
        assert_eq!(money("1.299,00 €"), (1299.0, Some("EUR".into())));
        assert_eq!(money("¥1299"), (1299.0, Some("JPY".into())));
        assert_eq!(money("CN¥ 89.50"), (89.5, Some("CNY".into())));
        assert_eq!(money("￥2,380"), (2380.0, Some("JPY".into())));
        assert!(bare_yen_sign("￥2,380") && bare_yen_sign("¥ 99") && !bare_yen_sign("2,380円"));
        assert_eq!(yen_sign_in(["劳力士 潜航者"], "JPY"), "CNY");
        assert_eq!(yen_sign_in(["ロレックス", "腕時計"], "JPY"), "JPY");
        assert_eq!(yen_sign_in(["Rolex Submariner"], "JPY"), "JPY");
        assert_eq!(money("R$ 49,90"), (49.9, Some("BRL".into())));
        assert_eq!(money("1 299,00 ₽"), (1299.0, Some("RUB".into())));
        assert_eq!(money("£12.99"), (12.99, Some("GBP".into())));
        assert_eq!(money("CHF 1'299.50"), (1299.5, Some("CHF".into())));
        assert_eq!(money("12,990"), (12990.0, None));
        assert_eq!(money("€ 12,5"), (12.5, Some("EUR".into())));
    }

    #[test]
    fn codes_and_symbols() {
        assert_eq!(currency_code("€"), Some("EUR"));
        assert_eq!(currency_code("usd"), Some("USD"));
        assert_eq!(currency_code("HK$"), Some("HKD"));
        assert_eq!(currency_code("nope"), None);
    }

    #[test]
    fn shared_signs_may_be_any_of_their_currencies() {
        assert!(shared_sign_may_be("$229.99", "CAD"));
        assert!(shared_sign_may_be("499 kr", "NOK"));
        assert!(!shared_sign_may_be("$229.99", "EUR"));
        assert!(!shared_sign_may_be("229,99 €", "EUR"));
    }

    #[test]
    fn shared_signs_follow_the_country() {
        let cad = parse_price_in("$229.99", Some("CA")).unwrap();
        assert_eq!(cad.currency.as_deref(), Some("CAD"));
        let pkr = parse_price_in("Rs 23,450", Some("pk")).unwrap();
        assert_eq!(
            (pkr.amount, pkr.currency.as_deref()),
            (23450.0, Some("PKR"))
        );
        let usd = parse_price_in("USD 5", Some("CA")).unwrap();
        assert_eq!(usd.currency.as_deref(), Some("USD"));
        assert_eq!(find_currency("30,000원~"), Some("KRW"));
        assert_eq!(find_currency("Mrs Smith"), None);
    }

    #[test]
    fn a_listing_price_takes_the_currency_field_over_the_printed_sign() {
        let mut listing = Listing {
            title: "ロレックス".into(),
            price: Some(PriceInput::Text("¥12,800".into())),
            ..Listing::default()
        };
        let m = listing_money(&listing).unwrap();
        assert_eq!((m.amount, m.currency.as_deref()), (12800.0, Some("JPY")));
        listing.price = Some(PriceInput::Text("$25.50".into()));
        listing.currency = Some("CAD".into());
        assert_eq!(
            listing_money(&listing).unwrap().currency.as_deref(),
            Some("CAD")
        );
        listing.price = Some(PriceInput::Number(3.0));
        listing.currency = None;
        assert_eq!(listing_money(&listing).unwrap().currency, None);
    }

    #[test]
    fn no_number_no_price() {
        assert_eq!(parse_price("call for price"), None);
    }
}

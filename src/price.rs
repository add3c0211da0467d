//! Prices as shops print them: `"US $1,299.00"`, `"1.299,00 €"`, `"¥1299"`, `"R$ 49,90"`.

use serde::{Deserialize, Serialize};

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
    ("€", "EUR"),
    ("gbp", "GBP"),
    ("£", "GBP"),
    ("chf", "CHF"),
    ("inr", "INR"),
    ("₹", "INR"),
    ("rs.", "INR"),
    ("rub", "RUB"),
    ("руб", "RUB"),
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
    ("php", "PHP"),
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

/// Finds the currency marker in printed price text.
fn find_currency(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    let mut best: Option<(usize, &'static str)> = None;
    for (marker, code) in MARKERS {
        let alphabetic = marker.chars().all(|c| c.is_alphabetic());
        let found = lower.match_indices(marker).any(|(at, m)| {
            !alphabetic || {
                let before = lower[..at].chars().next_back();
                let after = lower[at + m.len()..].chars().next();
                !before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic)
            }
        });
        if found && best.is_none_or(|(len, _)| marker.len() > len) {
            best = Some((marker.len(), code));
        }
    }
    best.map(|(_, code)| code)
}

/// Reads the first number in `text`, telling decimal from thousands separators by their
/// position: a separator followed by exactly three digits groups thousands unless it is the
/// only separator and is a comma-free dot in a short number (`"12.990"` stays 12990).
fn parse_amount(text: &str) -> Option<f64> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let rest = &text[start..];
    let mut raw = String::new();
    for c in rest.chars() {
        if c.is_ascii_digit() || matches!(c, '.' | ',' | '\'' | ' ' | '\u{a0}' | '\u{202f}') {
            raw.push(c);
        } else {
            break;
        }
    }
    let raw = raw.trim_end_matches(|c: char| !c.is_ascii_digit());
    // Spaces group thousands only between digit groups of three: "1 299,00" but not "12 99".
    let mut groups: Vec<&str> = raw.split([' ', '\u{a0}', '\u{202f}']).collect();
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

/// Parses a printed price into an amount and, when printed, its currency.
pub fn parse_price(text: &str) -> Option<Money> {
    let amount = parse_amount(text)?;
    Some(Money {
        amount,
        currency: find_currency(text).map(str::to_string),
    })
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
    fn no_number_no_price() {
        assert_eq!(parse_price("call for price"), None);
    }
}

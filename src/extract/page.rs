//! Page-wide facts the finders share: meta tags, the shop's country (which reads `$`, `kr`,
//! `¥` and `Rs`), and every element whose text is a price.

use crate::extract::dom::{Doc, STRUCK};
use crate::extract::opengraph;
use crate::extract::printed::{self, PriceShape};
use crate::extract::text;
use crate::listing::PriceInput;
use crate::price;

/// An element whose whole text is one price (the largest such element, so `<span>$</span>12`
/// counts once).
pub struct PriceEl {
    pub at: usize,
    pub shape: PriceShape,
    /// Crossed out or named as an old price.
    pub struck: bool,
    /// Its class, id or `itemprop`, or a close ancestor's, names a price.
    pub hinted: bool,
    /// Where its price ends in the page text, when a note follows it inside the element
    /// (`<span>￥</span><span>189</span><span>.00</span><span>2000+人付款</span>`).
    pub until: Option<usize>,
}

impl PriceEl {
    /// A price a buyer would pay for the item: not an old price, not per unit.
    pub fn current(&self) -> bool {
        !self.struck && !self.shape.unit
    }
}

/// The page's index and what every finder needs from it.
pub struct Page<'d, 'a> {
    pub doc: &'d Doc<'a>,
    pub metas: Vec<(String, String)>,
    /// ISO 3166 country code, lower case, from the page language or address.
    pub country: Option<String>,
    /// The ISO 4217 code the page's markup or scripts state for its prices.
    pub declared_currency: Option<String>,
    pub prices: Vec<PriceEl>,
    /// Elements inside `<head>` are `0..body_start`.
    pub body_start: usize,
}

impl<'d, 'a> Page<'d, 'a> {
    pub fn new(doc: &'d Doc<'a>) -> Self {
        let metas = opengraph::metas(doc);
        let body_start = (0..doc.len())
            .find(|&i| doc.tag(i) == "body")
            .unwrap_or(doc.len());
        let mut page = Page {
            doc,
            country: None,
            declared_currency: None,
            metas,
            prices: Vec::new(),
            body_start,
        };
        page.country = page.find_country();
        page.declared_currency = page.find_declared_currency();
        page.prices = page.find_prices();
        page
    }

    /// The page's own address: its canonical link, else `og:url`.
    pub fn url(&self) -> Option<&'a str> {
        let doc = self.doc;
        (0..self.body_start.min(doc.len()))
            .find_map(|i| {
                (doc.tag(i) == "link"
                    && doc
                        .attr(i, "rel")
                        .is_some_and(|r| r.eq_ignore_ascii_case("canonical")))
                .then(|| doc.attr(i, "href"))
                .flatten()
            })
            .or_else(|| {
                (0..self.body_start.min(doc.len())).find_map(|i| {
                    (doc.tag(i) == "meta"
                        && doc.attr(i, "property").or_else(|| doc.attr(i, "name"))
                            == Some("og:url"))
                    .then(|| doc.attr(i, "content"))
                    .flatten()
                })
            })
    }

    /// The host name in the page's address (`https://shop.example.co.uk:8080/p/1` →
    /// `shop.example.co.uk`).
    pub fn host(&self) -> Option<&'a str> {
        self.url()?
            .split("://")
            .nth(1)?
            .split(['/', ':', '?', '#'])
            .next()
    }

    /// The currency of the page's country, for amounts printed without a sign.
    pub fn country_currency(&self) -> Option<&'static str> {
        const EURO: &[&str] = &[
            "at", "be", "cy", "de", "ee", "es", "fi", "fr", "gr", "hr", "ie", "it", "lt", "lu",
            "lv", "mt", "nl", "pt", "si", "sk",
        ];
        const OTHERS: &[(&str, &str)] = &[
            ("gb", "GBP"),
            ("us", "USD"),
            ("ca", "CAD"),
            ("au", "AUD"),
            ("nz", "NZD"),
            ("jp", "JPY"),
            ("cn", "CNY"),
            ("ru", "RUB"),
            ("pl", "PLN"),
            ("cz", "CZK"),
            ("se", "SEK"),
            ("dk", "DKK"),
            ("no", "NOK"),
            ("is", "ISK"),
            ("ch", "CHF"),
            ("in", "INR"),
            ("br", "BRL"),
            ("mx", "MXN"),
            ("ar", "ARS"),
            ("cl", "CLP"),
            ("co", "COP"),
            ("pe", "PEN"),
            ("kr", "KRW"),
            ("tr", "TRY"),
            ("ua", "UAH"),
            ("hu", "HUF"),
            ("ro", "RON"),
            ("bg", "BGN"),
            ("il", "ILS"),
            ("za", "ZAR"),
            ("sg", "SGD"),
            ("hk", "HKD"),
            ("tw", "TWD"),
            ("th", "THB"),
            ("vn", "VND"),
            ("id", "IDR"),
            ("my", "MYR"),
            ("ph", "PHP"),
            ("ae", "AED"),
            ("sa", "SAR"),
            ("kz", "KZT"),
            ("by", "BYN"),
            ("rs", "RSD"),
        ];
        let country = self.country.as_deref()?;
        if EURO.contains(&country) {
            return Some("EUR");
        }
        OTHERS
            .iter()
            .find(|(c, _)| *c == country)
            .map(|(_, code)| *code)
    }

    /// The listing number in the page's address (`/item/…-iid-1021493409`, `/Prod/144432/`,
    /// `…-p400105394.html`): the last run of five or more digits in the last path segment, or
    /// the one before it.
    pub fn url_id(&self) -> Option<String> {
        let url = self.url()?;
        let path = url.split(['?', '#']).next()?;
        let path = path.split_once("://").map_or(path, |(_, rest)| rest);
        let segments: Vec<&str> = path.split('/').skip(1).filter(|s| !s.is_empty()).collect();
        segments.iter().rev().take(2).find_map(|segment| {
            segment
                .split(|c: char| !c.is_ascii_digit())
                .rfind(|run| run.len() >= 5)
                .map(str::to_string)
        })
    }

    /// The currency the page states for its prices: its product meta tags, an `itemprop`
    /// `priceCurrency`, a `data-currency` attribute, a form's `currency` field, or, when
    /// neither its language nor its address names a country, the `"currency": "CAD"` its
    /// scripts agree on (a shop platform's settings, a data layer; other scripts on the page,
    /// a payment or analytics widget's, may state theirs).
    fn find_declared_currency(&self) -> Option<String> {
        let doc = self.doc;
        let code = |v: &str| {
            let v = v.trim();
            (v.len() == 3 && v.bytes().all(|b| b.is_ascii_uppercase()))
                .then(|| price::currency_code(v))
                .flatten()
                .map(str::to_string)
        };
        if let Some(c) = opengraph::get(
            &self.metas,
            &["product:price:currency", "og:price:currency"],
        )
        .and_then(code)
        {
            return Some(c);
        }
        let marked = (0..doc.len()).find_map(|i| {
            let attr = |n: &str| doc.attr(i, n);
            let itemprop =
                attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("pricecurrency"));
            let field = doc.tag(i) == "input"
                && attr("name").is_some_and(|n| n.eq_ignore_ascii_case("currency"));
            let value = if itemprop {
                attr("content").or_else(|| Some(doc.text(i)))
            } else if field {
                attr("value")
            } else {
                attr("data-currency").or_else(|| attr("data-currency-code"))
            };
            value.and_then(code)
        });
        marked.or_else(|| {
            self.country
                .is_none()
                .then(|| self.script_currency(&code))
                .flatten()
        })
    }

    /// The currency code a page's scripts give as `"currency": "…"` (or `currencyCode`,
    /// `priceCurrency`), when they name one only.
    fn script_currency(&self, code: &impl Fn(&str) -> Option<String>) -> Option<String> {
        let doc = self.doc;
        let mut found: Option<String> = None;
        for i in (0..doc.len()).filter(|&i| doc.tag(i) == "script") {
            let script: String = doc.els[i].el.text().collect();
            for key in ["currency", "currencyCode", "priceCurrency"] {
                for (at, _) in script.match_indices(key) {
                    let rest = script[at + key.len()..].trim_start_matches(['"', '\\', '\'']);
                    let Some(rest) = rest.trim_start().strip_prefix(':') else {
                        continue;
                    };
                    let value = rest.trim_start().trim_start_matches(['"', '\\', '\'']);
                    let Some(c) = value.get(..3).and_then(code) else {
                        continue;
                    };
                    match &found {
                        Some(f) if *f != c => return None,
                        _ => found = Some(c),
                    }
                }
            }
        }
        found
    }

    /// The country from `<html lang="en-CA">`, `og:locale`, or the page address's top-level
    /// domain.
    fn find_country(&self) -> Option<String> {
        let doc = self.doc;
        let region = |tag: &str| {
            let mut parts = tag.split(['-', '_']);
            parts.next()?;
            parts
                .find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))
                .map(str::to_ascii_lowercase)
        };
        let lang = (doc.len() > 0).then(|| doc.attr(0, "lang")).flatten();
        if let Some(c) = lang.and_then(region) {
            return Some(c);
        }
        if let Some(c) = opengraph::get(&self.metas, &["og:locale"]).and_then(region) {
            return Some(c);
        }
        let from_tld = self.host().and_then(|host| {
            let tld = host.rsplit('.').next()?.to_ascii_lowercase();
            let generic = ["co", "io", "ai", "tv", "me", "ly", "fm", "to", "cc"];
            (tld.len() == 2 && !generic.contains(&tld.as_str())).then(|| match tld.as_str() {
                "uk" => "gb".to_string(),
                _ => tld,
            })
        });
        // A language spoken in one country that shares a sign (`¥`, `kr`) names that country.
        from_tld.or_else(|| {
            let language = lang?.split(['-', '_']).next()?.to_ascii_lowercase();
            let country = match language.as_str() {
                "ja" => "jp",
                "zh" => "cn",
                "sv" => "se",
                "nb" | "nn" | "no" => "no",
                "da" => "dk",
                "is" => "is",
                _ => return None,
            };
            Some(country.to_string())
        })
    }

    /// Every element in the body whose text is a price (marked with a currency, or a bare
    /// amount in an element named as a price), the largest of nested ones.
    fn find_prices(&self) -> Vec<PriceEl> {
        let doc = self.doc;
        let n = doc.len();
        // (element, shape, named as a price, crossed-out parts left out, end of a leading price)
        let mut shapes: Vec<(usize, PriceShape, bool, bool, Option<usize>)> = Vec::new();
        for i in self.body_start..n {
            if doc.text_len(i) > 64 || doc.text_len(i) == 0 {
                continue;
            }
            if matches!(
                doc.tag(i),
                "option" | "select" | "script" | "style" | "button" | "label" | "title"
            ) {
                continue;
            }
            // Cents in their own element read with their decimal mark back.
            let has_children = doc.els[i].end as usize > i + 1;
            let shape = printed::price_shape(doc.text(i)).or_else(|| {
                has_children
                    .then(|| printed::price_shape(&self.cents_text(i, doc.span(i).1)))
                    .flatten()
            });
            let hinted = (shape.is_some() || doc.text(i).bytes().any(|b| b.is_ascii_digit()))
                && self.price_hinted(i);
            // A price set in pieces and followed by a note in the same price-named element.
            let (shape, until) = match shape {
                None if hinted && has_children => match self.leading_price(i) {
                    Some((shape, until)) => (Some(shape), Some(until)),
                    None => (None, None),
                },
                shape => (shape, None),
            };
            // A price-named element may print its amount with words of its own, unless it is
            // named as shipping or a promotion.
            let shape = shape.or_else(|| {
                (hinted && !self.names_extra_cost(i))
                    .then(|| printed::labelled_price_shape(doc.text(i)))
                    .flatten()
            });
            // The price shown now beside a crossed-out one in the same element.
            let (shape, apart) = match shape {
                Some(shape) => (Some(shape), false),
                None => (
                    self.unstruck_text(i).and_then(|t| printed::price_shape(&t)),
                    true,
                ),
            };
            let Some(shape) = shape else {
                continue;
            };
            if !shape.marked && !hinted {
                continue;
            }
            shapes.push((i, shape, hinted, apart, until));
        }
        // Only where the current amount is bare text: a price element inside that is not
        // crossed out is the current price itself.
        let current_inside = |i: usize| {
            let end = doc.els[i].end as usize;
            let from = shapes.partition_point(|s| s.0 <= i);
            shapes[from..]
                .iter()
                .take_while(|s| s.0 < end)
                .any(|s| !doc.has(s.0, STRUCK))
        };
        let apart_ok: Vec<bool> = shapes
            .iter()
            .map(|s| !s.3 || !current_inside(s.0))
            .collect();
        let mut kept = apart_ok.iter();
        shapes.retain(|_| *kept.next().unwrap_or(&true));
        let candidate = |i: usize| {
            shapes
                .binary_search_by_key(&i, |s| s.0)
                .ok()
                .map(|k| shapes[k].3)
        };
        // The largest of nested price elements, and the old price inside a current one.
        shapes
            .iter()
            .copied()
            .filter(|&(i, ..)| match doc.parent(i).and_then(candidate) {
                None => true,
                Some(apart) => apart && doc.has(i, STRUCK),
            })
            .map(|(at, shape, hinted, apart, until)| PriceEl {
                at,
                shape,
                struck: !apart && self.struck(at, shape),
                hinted,
                until,
            })
            .collect()
    }

    /// A marked price made of an element's first children, when the children after it are a
    /// note with no money in it (`￥` `189` `.00` `2000+人付款`): its shape and where it ends
    /// in the page text.
    fn leading_price(&self, at: usize) -> Option<(PriceShape, usize)> {
        let doc = self.doc;
        let (start, end) = doc.span(at);
        let children: Vec<usize> = doc.children(at).collect();
        children.iter().rev().skip(1).find_map(|&c| {
            let until = doc.span(c).1;
            let shape = printed::price_shape(doc.raw(start, until).trim())?;
            let note = doc.raw(until, end);
            (shape.marked && price::find_currency(note).is_none()).then_some((shape, until))
        })
    }

    /// An element's text without what is crossed out inside it, when that leaves a number
    /// (`<div><del>3 000 ₽</del> 2 000 ₽</div>` asks 2 000 ₽ now); `None` when nothing inside
    /// is crossed out.
    fn unstruck_text(&self, at: usize) -> Option<String> {
        let doc = self.doc;
        if doc.has(at, STRUCK) {
            return None;
        }
        let mut text = doc.text(at).to_string();
        let mut removed = false;
        for j in doc.descendants(at) {
            if doc.has(j, STRUCK) && !doc.parent(j).is_some_and(|p| p != at && doc.has(p, STRUCK)) {
                text = text.replacen(doc.text(j), "", 1);
                removed = true;
            }
        }
        (removed && text.bytes().any(|b| b.is_ascii_digit())).then_some(text)
    }

    /// Whether a price is an earlier one: crossed out (itself or the text inside it), or
    /// labelled "Was", "RRP", "UVP" in its text or just before it.
    fn struck(&self, at: usize, shape: PriceShape) -> bool {
        let doc = self.doc;
        let old_label = |i: usize| {
            doc.prev_sibling(i)
                .is_some_and(|p| printed::is_old_price_label(doc.text(p)))
        };
        shape.old
            || doc.has(at, STRUCK)
            || doc
                .descendants(at)
                .any(|j| doc.has(j, STRUCK) && !doc.text(j).is_empty())
            || old_label(at)
            || doc.parent(at).is_some_and(old_label)
    }

    /// Whether the element or one of its three nearest ancestors is named as a shipping cost
    /// or a promotion's amount.
    fn names_extra_cost(&self, i: usize) -> bool {
        self.doc
            .up(i, 3, |j| {
                let names = self.doc.names(j);
                printed::is_promo_name(&names)
                    || ["ship", "deliver", "postage", "freight"]
                        .iter()
                        .any(|w| names.contains(w))
            })
            .is_some()
    }

    /// Whether the element or one of its three nearest ancestors is named as a price.
    pub fn price_hinted(&self, i: usize) -> bool {
        self.doc
            .up(i, 3, |j| printed::is_price_name(&self.doc.names(j)))
            .is_some()
    }

    /// The text of a price element as a shopper reads it: without a crossed-out price beside
    /// the current one or a note after it, and cents set apart (see [`Self::cents_text`]) with
    /// their decimal mark.
    pub fn price_text(&self, p: &PriceEl) -> String {
        let at = p.at;
        if let Some(until) = p.until {
            return self.cents_text(at, until);
        }
        match self.unstruck_text(at) {
            Some(t) if printed::price_shape(self.doc.text(at)).is_none() => text::tidy(&t),
            _ => self.cents_text(at, self.doc.span(at).1),
        }
    }

    /// An element's text with cents set apart in superscript or their own element
    /// (`29<sup>99</sup> €`, `<span class="cents">99</span>`) given their decimal mark back.
    fn cents_text(&self, at: usize, end: usize) -> String {
        let doc = self.doc;
        let start = doc.span(at).0;
        let cents = doc.descendants(at).find(|&j| {
            let t = doc.text(j);
            t.len() == 2
                && t.bytes().all(|b| b.is_ascii_digit())
                && (matches!(doc.tag(j), "sup" | "small")
                    || text::name_words(&doc.names(j)).any(|w| is_minor_unit_word(&w)))
        });
        if let Some(j) = cents.filter(|&j| doc.span(j).1 <= end) {
            let (cents_at, _) = doc.span(j);
            let before = doc.raw(start, cents_at);
            let mark = if before.contains('.') { ',' } else { '.' };
            if before.ends_with(|c: char| c.is_ascii_digit()) {
                return text::tidy(&format!("{before}{mark}{}", doc.raw(cents_at, end)));
            }
            // The sign in the decimal mark's place (`1379€<sup>99</sup>`) follows the cents.
            let whole = before.trim_end_matches(|c: char| !c.is_ascii_digit());
            let sign = &before[whole.len()..];
            if !whole.is_empty() && price::find_currency(sign.trim()).is_some() {
                let (cents, after) = doc.raw(cents_at, end).split_at(2);
                return text::tidy(&format!("{whole}{mark}{cents}{sign}{after}"));
            }
        }
        text::tidy(doc.raw(start, end))
    }

    /// The listing price and currency printed in a price element.
    pub fn price_of(&self, p: &PriceEl) -> (PriceInput, Option<String>) {
        let t = self.price_text(p);
        let t = printed::strip_price_label(&t).to_string();
        // A shared sign is the currency the page states for its prices, else its country's.
        let currency = match &self.declared_currency {
            Some(c) if price::shared_sign_may_be(&t, c) => Some(c.clone()),
            _ => price::find_currency_in(&t, self.country.as_deref()).map(str::to_string),
        };
        (PriceInput::Text(t), currency)
    }
}

/// Words of class names shops give the element holding a price's minor units (`cents`,
/// `price__fraction`, `decimals`, `minor`, Russian `kop` for kopecks).
fn is_minor_unit_word(w: &str) -> bool {
    matches!(
        w,
        "cent"
            | "cents"
            | "centavos"
            | "pence"
            | "fraction"
            | "fractional"
            | "frac"
            | "decimal"
            | "decimals"
            | "dec"
            | "minor"
            | "kop"
            | "kopeks"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::html::Html;

    fn prices(html: &str) -> Vec<String> {
        let html = Html::parse_document(html);
        let doc = Doc::new(&html);
        let page = Page::new(&doc);
        page.prices.iter().map(|p| page.price_text(p)).collect()
    }

    #[test]
    fn superscript_cents() {
        assert_eq!(prices("<p class=price>29<sup>99</sup> €</p>"), ["29.99 €"]);
        assert_eq!(
            prices("<p class=price>1.299<sup>00</sup> €</p>"),
            ["1.299,00 €"]
        );
        assert_eq!(prices("<p class=price>$12.<sup>99</sup></p>"), ["$12.99"]);
        assert_eq!(
            prices("<span class=price>1379€<sup>99</sup></span>"),
            ["1379.99€"]
        );
        assert_eq!(
            prices("<p class=price><span>$</span><span>1.299</span><span class=amount__cents>99</span></p>"),
            ["$1.299,99"]
        );
        // Minor units in an element named for them, however the shop names it.
        assert_eq!(
            prices("<p class=price><span class=int>1 299</span><span class=frac>99</span> €</p>"),
            ["1 299.99 €"]
        );
        assert_eq!(
            prices("<p class=price>1 299<span class=kop>90</span> ₽</p>"),
            ["1 299.90 ₽"]
        );
        assert_eq!(
            prices("<p class=price>€<span class=major>12</span><span class=minor>99</span></p>"),
            ["€12.99"]
        );
    }

    #[test]
    fn the_price_beside_a_crossed_out_one() {
        let html = Html::parse_document(
            "<div class=p><del>3 000 ₽</del> 2 000 ₽</div><div><s>$15</s><span>$9</span></div>",
        );
        let doc = Doc::new(&html);
        let page = Page::new(&doc);
        let found: Vec<(String, bool)> = page
            .prices
            .iter()
            .map(|p| (page.price_text(p), p.struck))
            .collect();
        assert_eq!(
            found,
            [
                ("2 000 ₽".to_string(), false),
                ("3 000 ₽".to_string(), true),
                ("$15".to_string(), true),
                ("$9".to_string(), false)
            ]
        );
    }

    #[test]
    fn country_from_region_domain_or_language() {
        let country = |html: &str| {
            let html = Html::parse_document(html);
            let doc = Doc::new(&html);
            Page::new(&doc).country
        };
        assert_eq!(
            country(r#"<html lang="en-CA"><p>x</p></html>"#).as_deref(),
            Some("ca")
        );
        let au = r#"<html lang="en"><head><link rel="canonical" href="https://shop.com.au/p/1"></head></html>"#;
        assert_eq!(country(au).as_deref(), Some("au"));
        assert_eq!(
            country(r#"<html lang="ja"><p>x</p></html>"#).as_deref(),
            Some("jp")
        );
        assert_eq!(
            country(r#"<html lang="zh"><p>x</p></html>"#).as_deref(),
            Some("cn")
        );
        assert_eq!(
            country(r#"<html lang="sv"><p>x</p></html>"#).as_deref(),
            Some("se")
        );
        assert_eq!(country(r#"<html lang="en"><p>x</p></html>"#), None);
    }

    #[test]
    fn a_shared_sign_is_the_currency_the_page_states() {
        let currency = |html: &str| {
            let html = Html::parse_document(html);
            let doc = Doc::new(&html);
            let page = Page::new(&doc);
            page.price_of(&page.prices[0]).1
        };
        let markup =
            r#"<html lang="en"><div data-currency="CAD"><p class=price>$5</p></div></html>"#;
        assert_eq!(currency(markup).as_deref(), Some("CAD"));
        let script = r#"<html lang="en"><script>cfg = {"currency": "AUD"}</script><p class=price>$5</p></html>"#;
        assert_eq!(currency(script).as_deref(), Some("AUD"));
        // A page whose language names its country: a widget's script does not override it.
        let widget = r#"<html lang="en-CA"><script>pay = {"currency": "USD"}</script><p class=price>$5</p></html>"#;
        assert_eq!(currency(widget).as_deref(), Some("CAD"));
        // Scripts that disagree say nothing.
        let both = r#"<html lang="en"><script>a = {"currency": "AUD"}; b = {"currency": "NZD"}</script><p class=price>$5</p></html>"#;
        assert_eq!(currency(both).as_deref(), Some("USD"));
    }

    #[test]
    fn largest_price_element_counts_once() {
        assert_eq!(
            prices("<div><span class=price><span>$</span><span>12</span>.99</span> <del>$15</del></div>"),
            ["$12.99", "$15"]
        );
    }
}

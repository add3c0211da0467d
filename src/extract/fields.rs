//! A product's labelled fields: brand, SKU and barcode from labelled text and tables
//! ("Brand: X", `<th>EAN</th>`, "Art.-Nr."), bylines, form inputs and inline scripts.

use crate::extract::dom::{Doc, CHROME};
use crate::extract::identifiers::{self, Label};
use crate::extract::page::Page;
use crate::extract::product::{closeness, Excluded};
use crate::extract::text;
use crate::extract::vocab;

/// A labelled field: "Brand: Acme", `<tr><th>EAN</th><td>…</td></tr>`, `<dt>SKU</dt><dd>…`.
pub struct Field {
    pub label: Label,
    /// Labelled plainly "SKU" (or Amazon's "ASIN"), over shop-specific item numbers that are
    /// often the maker's part number.
    pub plain: bool,
    pub value: String,
    pub at: usize,
}

/// Every labelled field outside result cards and page chrome, in document order.
pub fn labelled_fields(page: &Page, excluded: &Excluded) -> Vec<Field> {
    let doc = page.doc;
    let mut out = Vec::new();
    let mut push = |label: &str, value: &str, at: usize| {
        if let Some(kind) = identifiers::label_kind(label) {
            if let Some(value) = clean_value(kind, value) {
                let key = label
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase();
                out.push(Field {
                    label: kind,
                    plain: key == "sku" || key == "asin",
                    value,
                    at,
                });
            }
        }
    };
    for i in page.body_start..doc.len() {
        let len = doc.text_len(i);
        if len == 0 || len > 200 || excluded.contains(i) || doc.has(i, CHROME) {
            continue;
        }
        let t = doc.text(i);
        match doc.tag(i) {
            "tr" => {
                let cells: Vec<usize> = doc
                    .children(i)
                    .filter(|&c| matches!(doc.tag(c), "th" | "td"))
                    .collect();
                if cells.len() == 2 {
                    push(doc.text(cells[0]), doc.text(cells[1]), i);
                }
            }
            "dt" => {
                if let Some(dd) = doc.next_sibling(i).filter(|&d| doc.tag(d) == "dd") {
                    push(t, doc.text(dd), i);
                }
            }
            _ => {
                // An element holding several "label: value" pairs is a list of fields; its
                // children give each one, or separators between them ("SKU: A1 | Colour: Red").
                let pairs = t.matches([':', '：']).count();
                let parts: Vec<&str> = t.split(['|', '•', '·', ';']).collect();
                if pairs > 1 && parts.len() == pairs {
                    for part in parts {
                        if let Some((label, value)) = part.split_once([':', '：']) {
                            push(label, value, i);
                        }
                    }
                    continue;
                }
                if let Some((label, value)) = t.split_once([':', '：']).filter(|_| pairs == 1) {
                    if label.len() <= 40 && !value.trim().is_empty() {
                        push(label, value, i);
                        continue;
                    }
                }
                // "Brand:" or a bare "Výrobca" with its value in the next element.
                if t.len() <= 40
                    && (t.ends_with([':', '：']) || identifiers::label_kind(t).is_some())
                {
                    if let Some(next) = doc.next_sibling(i) {
                        push(t, doc.text(next), i);
                        continue;
                    }
                }
                // "SKU 12345", "Art.-Nr. 848068924": a label then one identifier.
                if let Some((label, value)) = t.rsplit_once(' ') {
                    if label.len() <= 30 && value.bytes().any(|b| b.is_ascii_digit()) {
                        if let Some(Label::Sku | Label::Gtin) = identifiers::label_kind(label) {
                            push(label, value, i);
                        }
                    }
                }
            }
        }
    }
    out
}

/// A field's value if it is shaped like one of its kind.
pub fn clean_value(kind: Label, value: &str) -> Option<String> {
    let v = text::tidy(value);
    let v = v.trim_matches(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | ';' | '|'));
    let words = v.split_whitespace().count();
    match kind {
        Label::Brand | Label::Manufacturer => {
            // "See more from Brand: Acme" keeps what follows its brand label.
            if let Some((label, rest)) = v.split_once(':') {
                let last = label.split_whitespace().next_back().unwrap_or("");
                // "See other products by: Acme" names its maker the way a label does.
                let by = matches!(last.to_lowercase().as_str(), "by" | "from" | "von" | "par");
                if by
                    || matches!(
                        identifiers::label_kind(last),
                        Some(Label::Brand | Label::Manufacturer)
                    )
                {
                    return clean_value(kind, rest);
                }
            }
            // "Brand Acme": an element named as the brand that prints its label first.
            if let Some((first, rest)) = v.split_once(' ') {
                if matches!(
                    identifiers::label_kind(first),
                    Some(Label::Brand | Label::Manufacturer)
                ) {
                    return clean_value(kind, rest);
                }
            }
            // Template placeholders and the address of a brand page are not its name.
            let placeholder =
                v.starts_with(['$', '{', '%', '<', '/']) || v.contains("{{") || v.contains("://");
            ((1..=60).contains(&v.len())
                && words <= 6
                && !placeholder
                && v.chars().any(char::is_alphabetic))
            .then(|| v.to_string())
        }
        Label::Sku | Label::Reference => {
            let v = v.trim_start_matches(['#', '№']).trim();
            let most = if kind == Label::Sku { 2 } else { 1 };
            ((2..=40).contains(&v.len())
                && v.split_whitespace().count() <= most
                && v.bytes().any(|b| b.is_ascii_digit()))
            .then(|| v.trim_end_matches('.').to_string())
        }
        Label::Gtin => identifiers::gtin(v),
        Label::Availability => vocab::availability_phrase(v).map(str::to_string),
    }
}

/// The brand a byline states: "Visit the Acme Store", "Brand: Acme", and "by Acme" when the
/// element is named as a byline or brand (elsewhere "by …" and "de …" are ordinary words).
pub fn byline_brand(t: &str, named: bool) -> Option<String> {
    const STORE: &[&str] = &[
        "visit the ",
        "besuche den ",
        "besuchen sie den ",
        "visita lo store di ",
        "visitez la boutique de ",
        "visitez la boutique ",
        "visiter la boutique de ",
        "visiter la boutique ",
        "visite a loja ",
        "visita la tienda de ",
        "odwiedź sklep ",
        "besök ",
        "bezoek de ",
    ];
    const BY: &[&str] = &["by ", "von ", "par ", "di ", "de ", "door ", "av ", "od "];
    const SUFFIXES: &[&str] = &[
        " store",
        "-store",
        " shop",
        "-shop",
        " storefront",
        " winkel",
        "-winkel",
        " butik",
        "-butik",
    ];
    let tidy = text::tidy(t);
    // Several "label: value" pairs are a list of fields, read one by one from its children.
    if tidy.matches([':', '：']).count() > 1 {
        return None;
    }
    if let Some((label, value)) = tidy.split_once([':', '：']) {
        if matches!(
            identifiers::label_kind(label),
            Some(Label::Brand | Label::Manufacturer)
        ) {
            return clean_value(Label::Brand, value);
        }
    }
    let lower = tidy.to_lowercase();
    let prefix = STORE
        .iter()
        .chain(if named { BY } else { &[] })
        .find(|p| lower.starts_with(*p))?;
    // Cut by characters: lower-casing can change byte lengths (the Kelvin sign "K" is three
    // bytes, "k" one).
    let skip = prefix.chars().count();
    let start = tidy.char_indices().nth(skip).map_or(tidy.len(), |(i, _)| i);
    let mut brand = &tidy[start..];
    let lower_rest: String = lower.chars().skip(skip).collect();
    if let Some(s) = SUFFIXES.iter().find(|s| lower_rest.ends_with(*s)) {
        let keep = brand.chars().count().saturating_sub(s.chars().count());
        let end = brand
            .char_indices()
            .nth(keep)
            .map_or(brand.len(), |(i, _)| i);
        brand = &brand[..end];
    }
    // "by Jane Doe (Author)": the role is not part of the name.
    let brand = brand.split(" (").next().unwrap_or(brand);
    clean_value(Label::Brand, brand)
}

/// A form field's name without case or punctuation (`product_id` and `ProductId` alike).
fn input_key(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Form fields shops keep the item's id in.
pub fn is_sku_input(name: &str) -> bool {
    matches!(
        input_key(name).as_str(),
        "sku" | "asin" | "productsku" | "itemsku" | "articlenumber" | "artnr" | "itemnumber"
    )
}

/// The form posting to a shopping cart that holds element `i`, if any.
pub fn cart_form(doc: &Doc, i: usize) -> Option<usize> {
    doc.up(i, 16, |j| {
        doc.tag(j) == "form" && doc.attr(j, "action").is_some_and(vocab::is_cart_action)
    })
}

/// The identifier a page's buy form sends or its elements carry: `data-sku`, and in a form
/// posting to the cart a product-id field or attribute (`<input name="ProductId">`,
/// `data-product-id`).
pub fn form_sku(page: &Page, excluded: &Excluded) -> Option<String> {
    let doc = page.doc;
    let attr = |i: usize, names: &[&str]| names.iter().find_map(|n| doc.attr(i, n));
    let usable = |i: usize| !excluded.contains(i) && !doc.has(i, CHROME);
    let tagged = (page.body_start..doc.len())
        .filter(|&i| usable(i))
        .find_map(|i| attr(i, &["data-sku", "data-product-sku", "data-item-sku"]));
    let in_cart_form = || {
        (page.body_start..doc.len())
            .filter(|&i| usable(i) && cart_form(doc, i).is_some())
            .find_map(|i| {
                let input =
                    doc.tag(i) == "input" && doc.attr(i, "name").is_some_and(is_product_id_input);
                input
                    .then(|| doc.attr(i, "value"))
                    .flatten()
                    .or_else(|| attr(i, &["data-product-id", "data-item-id", "data-productid"]))
            })
    };
    tagged
        .or_else(in_cart_form)
        .and_then(|v| clean_value(Label::Sku, v))
}

/// Form fields naming the product a buy form adds to the cart.
fn is_product_id_input(name: &str) -> bool {
    matches!(
        input_key(name).as_str(),
        "productid" | "idproduct" | "product" | "itemid" | "iditem" | "pid" | "variantid"
    )
}

/// An identifier in an element named for it (`class="product-sku"`,
/// `data-qa-qualifier="product-reference"`), close to the title.
pub fn named_sku(page: &Page, excluded: &Excluded, title: Option<usize>) -> Option<String> {
    let doc = page.doc;
    let t = title.unwrap_or(page.body_start);
    (t.saturating_sub(200)..doc.len().min(t + 2000))
        .filter(|&i| {
            (2..=60).contains(&doc.text_len(i)) && !excluded.contains(i) && !doc.has(i, CHROME)
        })
        .find_map(|i| {
            let names = doc.names(i).replace(['-', '_'], "");
            let named = [
                "sku",
                "reference",
                "productcode",
                "productnumber",
                "articlenumber",
                "artnr",
                "itemnumber",
                "productid",
                "artikelnummer",
                "artikul",
                "articul",
                "vendorcode",
            ]
            .iter()
            .any(|n| names.contains(n));
            if !named {
                return None;
            }
            let t = doc.text(i);
            let value = t.split_once([':', '：']).map_or(t, |(_, v)| v);
            // "Ref. 1002/710", "SKU 12345": drop a leading label word.
            let value = match value.trim().split_once(' ') {
                Some((first, rest)) if identifiers::label_kind(first).is_some() => rest,
                _ => value,
            };
            clean_value(Label::Sku, value)
        })
}

/// The SKU a page's scripts (analytics data layers, shop platform state) give as `"sku": "…"`,
/// when they agree on one.
pub fn script_sku(doc: &Doc) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for i in 0..doc.len() {
        if doc.tag(i) != "script" || doc.attr(i, "type").is_some_and(|t| t.contains("ld+json")) {
            continue;
        }
        let code: String = doc.els[i].el.text().collect();
        // `"sku": "…"` in JSON, `'sku': '…'` or `sku: '…'` in a data layer's code.
        for (at, _) in code.match_indices("sku") {
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &code[at + 3..];
            let rest = match before {
                Some(q @ ('"' | '\'')) => match rest.strip_prefix(q) {
                    Some(r) => r,
                    None => continue,
                },
                _ => rest,
            };
            let Some(rest) = rest.trim_start().strip_prefix(':') else {
                continue;
            };
            let rest = rest.trim_start();
            let value = match rest.chars().next() {
                Some(q @ ('"' | '\'')) => rest[1..].split(q).next(),
                _ => Some(rest.split([',', '}', ' ']).next().unwrap_or("")),
            };
            if let Some(v) = value.and_then(|v| clean_value(Label::Sku, v)) {
                match counts.iter_mut().find(|(c, _)| *c == v) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((v, 1)),
                }
            }
        }
    }
    // The page's own SKU recurs (page view, cart, variant); others' appear once each.
    crate::sort::sort_by_key(&mut counts, |c| std::cmp::Reverse(c.1));
    let second = counts.get(1).map_or(0, |(_, n)| *n);
    let (best, n) = counts.into_iter().next()?;
    (n >= 2 && n > second * 2).then_some(best)
}

/// Whether a class or id names the element as the product's brand or maker, in the words
/// of any language's field labels (`brand`, `product-vendor`, `marke`, `hersteller`).
fn names_brand(names: &str) -> bool {
    text::name_words(names).any(|w| {
        matches!(w.as_str(), "byline" | "vendor" | "designer")
            || matches!(
                identifiers::label_kind(&w),
                Some(Label::Brand | Label::Manufacturer)
            )
    })
}

/// Whether a link leads to a brand's page (`/brands/acme`, `/marke/acme`,
/// `/collections/vendors?q=Acme`, `?brand=acme`): the link a shop puts on a product's brand.
pub fn is_brand_link(href: &str) -> bool {
    let path = href.split_once("://").map_or(href, |(_, rest)| rest);
    let path = path.split_once('/').map_or("", |(_, rest)| rest);
    path.split(['/', '?', '&', '=', '.', '-', '_'])
        .take(6)
        .any(|w| {
            let w = w.to_lowercase();
            let single = w
                .strip_suffix("en")
                .or_else(|| w.strip_suffix('s'))
                .unwrap_or(&w);
            ["designer", "vendor"].contains(&single)
                || [w.as_str(), single].iter().any(|w| {
                    matches!(
                        identifiers::label_kind(w),
                        Some(Label::Brand | Label::Manufacturer)
                    )
                })
        })
}

/// What an element shows as a name: its text, or the alternative text of the logo it holds.
fn shown_name<'d>(doc: &'d Doc, i: usize) -> &'d str {
    if doc.text_len(i) > 0 {
        return doc.text(i);
    }
    doc.descendants(i)
        .find(|&j| doc.tag(j) == "img")
        .and_then(|j| doc.attr(j, "alt"))
        .unwrap_or("")
}

/// A brand from a byline, an element named as the brand, or a link to the brand's page (its
/// name or its logo), close to the title.
pub fn bylines(page: &Page, excluded: &Excluded, title: Option<usize>) -> Option<String> {
    let doc = page.doc;
    let t = title?;
    let window = (t.saturating_sub(30)..doc.len().min(t + 120))
        .filter(|&i| !excluded.contains(i) && !doc.contains(i, t));
    let mut best: Option<(f32, String)> = None;
    for i in window {
        let shown = shown_name(doc, i);
        if !(1..=80).contains(&shown.len()) {
            continue;
        }
        // Menus link to every brand's page; a product's page links its own.
        let linked = doc.tag(i) == "a"
            && !doc.has(i, CHROME)
            && doc.attr(i, "href").is_some_and(is_brand_link)
            && shown.split_whitespace().count() <= 4
            && identifiers::label_kind(shown).is_none();
        let named = linked || names_brand(&doc.names(i));
        let brand = byline_brand(shown, named)
            .or_else(|| named.then(|| clean_value(Label::Brand, shown)).flatten());
        if let Some(b) = brand {
            let s = closeness(i, title) + if named { 2.0 } else { 0.0 };
            if best.as_ref().is_none_or(|(bs, _)| s > *bs) {
                best = Some((s, b));
            }
        }
    }
    best.map(|(_, b)| b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_skus_in_json_and_code() {
        let sku = |html: &str| {
            let html = crate::extract::html::Html::parse_document(html);
            script_sku(&Doc::new(&html))
        };
        let layer = r#"<script>dataLayer.push({'ecommerce': {'detail': {'products': [
            {'name': 'Kettle', 'sku': 'KT-17', 'price': '24.50'}]}}});
            ga('ec:addProduct', {sku: 'KT-17'});</script>"#;
        assert_eq!(sku(layer).as_deref(), Some("KT-17"));
        let json =
            r#"<script>var p = {"sku": "KT-17"}; var q = {"sku":"KT-17","skus":[1]};</script>"#;
        assert_eq!(sku(json).as_deref(), Some("KT-17"));
        // Names that only contain the word are other fields.
        assert_eq!(
            sku(r#"<script>x = {"productsku": "A1", "skuCount": 2, "sku_id": 7}</script>"#),
            None
        );
    }

    #[test]
    fn links_to_brand_pages() {
        assert!(is_brand_link("/brands/acme"));
        assert!(is_brand_link("https://shop.example/marke/acme"));
        assert!(is_brand_link("/collections/vendors?q=Acme"));
        assert!(is_brand_link("/catalog/?brand=acme"));
        assert!(is_brand_link("/marcas/acme.html"));
        assert!(!is_brand_link("/bags/trail-pack-30"));
        assert!(!is_brand_link("https://brand.example/p/1"));
    }

    #[test]
    fn bylines() {
        assert_eq!(
            byline_brand("Visit the Gothic Store", false).as_deref(),
            Some("Gothic")
        );
        assert_eq!(
            byline_brand("Besuche den ACME-Store", false).as_deref(),
            Some("ACME")
        );
        assert_eq!(
            byline_brand("Marke: Oceana", false).as_deref(),
            Some("Oceana")
        );
        assert_eq!(byline_brand("by Acme", true).as_deref(), Some("Acme"));
        assert_eq!(
            byline_brand("by Jane Doe (Author)", true).as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(
            byline_brand("ODWIEDŹ S\u{212a}LEP X", false).as_deref(),
            Some("X")
        );
        assert_eq!(byline_brand("de 3 a 5 días", false), None);
        // A list of fields is read from its rows, not as one.
        assert_eq!(byline_brand("Brand: Acme Colour: Green", false), None);
        assert_eq!(
            clean_value(Label::Brand, "Brand Acme").as_deref(),
            Some("Acme")
        );
        assert_eq!(
            clean_value(Label::Brand, "https://shop.example/brand/acme"),
            None
        );
        assert_eq!(byline_brand("Free delivery", true), None);
    }
}

//! The product a script-rendered page keeps in its framework's state rather than its markup:
//! `__NEXT_DATA__`, `<script type="application/json">` blocks, `window.__INITIAL_STATE__ = {…}`,
//! `__PRELOADED_STATE__`, `__APOLLO_STATE__`, Shopify's `var meta = {product: …}`. Frameworks
//! and shops name their keys differently, so the product is found by its shape (a name, a
//! price, and an identifier, brand or stock state), never by a framework's key, and it is the
//! page's product only when the page's title names it. Next.js's app router streams its
//! state as React server components rows (`self.__next_f.push`) and Nuxt flattens it into one
//! array of references (`__NUXT_DATA__`); both are rebuilt into trees first.

use serde_json::{Map, Value};

use crate::extract::dom::Doc;
use crate::extract::page::Page;
use crate::extract::{jsonld, opengraph, schema, text, vocab};
use crate::listing::{Listing, PriceInput};

const TITLE: &[&str] = &[
    "name",
    "title",
    "productName",
    "product_name",
    "productTitle",
    "displayName",
];
/// Keys of the price, the one that applies now first (a record with `price` and `salePrice`
/// sells at the sale price).
const PRICE: &[&str] = &[
    "salePrice",
    "sale_price",
    "currentPrice",
    "current_price",
    "finalPrice",
    "sellingPrice",
    "price",
    "offers",
    "priceRange",
    "prices",
    "pricing",
    "minPrice",
    "lowPrice",
    "price_min",
    "lowestPrice",
    "lowest_price",
];
/// Inside a price object: the amount that applies now (never `was`, `old` or `list`).
const AMOUNT: &[&str] = &[
    "value", "amount", "current", "now", "sale", "final", "price", "min", "minPrice", "lowPrice",
    "raw",
];
const ID: &[&str] = &[
    "sku",
    "skuId",
    "sku_id",
    "productId",
    "productID",
    "product_id",
    "itemId",
    "item_id",
    "articleNumber",
    "mpn",
];
const BRAND: &[&str] = &["brand", "brandName", "brand_name", "vendor", "manufacturer"];
const STOCK: &[&str] = &[
    "availability",
    "availabilityStatus",
    "stockStatus",
    "stock_status",
    "inStock",
    "in_stock",
    "isInStock",
    "availableForSale",
    "available",
    "isAvailable",
    "availableToOrder",
    "stock",
];
const CURRENCY: &[&str] = &[
    "priceCurrency",
    "currency",
    "currencyCode",
    "currency_code",
    "currencyIso",
];
const GTIN: &[&str] = &["gtin13", "gtin", "gtin12", "gtin14", "ean", "barcode"];

/// Scripts larger than this are bundles, not state.
const MAX_SCRIPT: usize = 8 << 20;
/// How deep a state tree is searched.
const MAX_DEPTH: usize = 40;
/// Assignments tried per script (`x = {…}`), so a long bundle of code stays cheap.
const MAX_TRIES: usize = 40;

/// The page's product from its state scripts: the product-shaped object whose name the page's
/// title, link preview or `h1` shows, its fields merged from every object of that name.
pub fn product(page: &Page) -> Option<(Listing, usize)> {
    let doc = page.doc;
    let names = page_names(page);
    if names.is_empty() {
        return None;
    }
    let mut found: Vec<(Listing, usize)> = Vec::new();
    for (at, value) in state_values(doc) {
        walk(&value, None, 0, &mut |l| {
            if !names.iter().any(|n| names_it(n, &l.title)) {
                return;
            }
            match found
                .iter_mut()
                .find(|(f, _)| text::title_key(&f.title) == text::title_key(&l.title))
            {
                Some((f, _)) => fill(f, &l),
                None => found.push((l, at)),
            }
        });
    }
    let (mut listing, at) = found.into_iter().next()?;
    listing.price = listing.price.and_then(|p| as_shown(page, p));
    Some((listing, at))
}

/// The names the page shows for its product: the link preview's and document's titles and
/// the `h1`s.
fn page_names(page: &Page) -> Vec<String> {
    let doc = page.doc;
    let mut names: Vec<String> = opengraph::get(&page.metas, &["og:title", "twitter:title"])
        .map(str::to_string)
        .into_iter()
        .collect();
    for i in 0..doc.len() {
        if (i < page.body_start && doc.tag(i) == "title") || doc.tag(i) == "h1" {
            names.push(doc.els[i].el.text().collect());
        }
    }
    names
}

/// Whether a shown name names the product: most of the product's words are in it.
fn names_it(shown: &str, product: &str) -> bool {
    let want = text::title_words(product);
    let have = text::title_words(shown);
    !want.is_empty() && want.iter().filter(|w| have.contains(w)).count() * 4 >= want.len() * 3
}

/// Every JSON value the page's non-JSON-LD scripts hold: whole `…json` blocks, the object or
/// array literals assigned in code, and the rows of a React server components stream.
fn state_values(doc: &Doc) -> Vec<(usize, Value)> {
    let mut out = Vec::new();
    let mut stream = Stream::default();
    for i in 0..doc.len() {
        if doc.tag(i) != "script" {
            continue;
        }
        let kind = doc.attr(i, "type").unwrap_or("").to_ascii_lowercase();
        if kind.contains("ld+json") {
            continue;
        }
        let code: String = doc.els[i].el.text().collect();
        if code.len() > MAX_SCRIPT {
            continue;
        }
        if kind.contains("json") {
            out.extend(jsonld::parse(&code).into_iter().map(|v| (i, unflatten(v))));
            continue;
        }
        if !(kind.is_empty() || kind.contains("javascript") || kind == "module") {
            continue;
        }
        if stream.push(i, &code) {
            continue;
        }
        let mut tries = 0;
        let bytes = code.as_bytes();
        for (eq, _) in code.match_indices('=') {
            if bytes.get(eq + 1).is_some_and(|b| matches!(b, b'=' | b'>'))
                || eq > 0 && matches!(bytes[eq - 1], b'=' | b'!' | b'<' | b'>')
            {
                continue;
            }
            let rest = code[eq + 1..].trim_start();
            if !rest.starts_with(['{', '[']) {
                continue;
            }
            tries += 1;
            if tries > MAX_TRIES {
                break;
            }
            if let Some(Ok(v)) = serde_json::Deserializer::from_str(rest)
                .into_iter::<Value>()
                .next()
            {
                out.push((i, v));
            }
        }
    }
    out.extend(stream.rows());
    out
}

/// A state flattened into one array whose objects hold indices into it (`devalue`, as Nuxt's
/// `__NUXT_DATA__` writes it: `[["ShallowReactive",1],{"product":2},{"name":3},"Mug"]`)
/// rebuilt as a tree; any other value is returned as it is.
fn unflatten(v: Value) -> Value {
    let Value::Array(flat) = v else { return v };
    let indices = |o: &Map<String, Value>| !o.is_empty() && o.values().all(Value::is_u64);
    let flattened = flat
        .iter()
        .take(4)
        .any(|x| matches!(x, Value::Object(o) if indices(o)));
    if !flattened {
        return Value::Array(flat);
    }
    let mut budget = 200_000usize;
    rebuild(&flat, 0, 0, &mut budget)
}

/// Element `at` of a flattened state with its references followed. A two-element array whose
/// first element is a type name (`["Reactive", 4]`) wraps the value its index names.
fn rebuild(flat: &[Value], at: usize, depth: usize, budget: &mut usize) -> Value {
    if depth > MAX_DEPTH || *budget == 0 {
        return Value::Null;
    }
    *budget -= 1;
    let follow = |v: &Value, budget: &mut usize| match v.as_u64() {
        Some(i) if (i as usize) < flat.len() => rebuild(flat, i as usize, depth + 1, budget),
        _ => Value::Null,
    };
    match flat.get(at) {
        Some(Value::Object(o)) => Value::Object(
            o.iter()
                .map(|(k, v)| (k.clone(), follow(v, budget)))
                .collect(),
        ),
        Some(Value::Array(a)) => match a.as_slice() {
            [Value::String(_), v] if v.is_u64() => follow(v, budget),
            _ => Value::Array(a.iter().map(|v| follow(v, budget)).collect()),
        },
        Some(v) => v.clone(),
        None => Value::Null,
    }
}

/// A React server components stream (`self.__next_f.push([1, "…"])`, Next.js's app router):
/// text in chunks over many scripts, one `id:JSON` row per line once joined.
#[derive(Default)]
struct Stream {
    text: String,
    at: Option<usize>,
}

impl Stream {
    /// Takes script `i`'s chunk when it is one.
    fn push(&mut self, i: usize, code: &str) -> bool {
        let Some(args) = code.trim().strip_prefix("self.__next_f.push(") else {
            return false;
        };
        if let Some(Ok(Value::Array(a))) = serde_json::Deserializer::from_str(args)
            .into_iter::<Value>()
            .next()
        {
            if let Some(Value::String(chunk)) = a.get(1) {
                self.text.push_str(chunk);
                self.at.get_or_insert(i);
            }
        }
        true
    }

    /// The stream's JSON rows.
    fn rows(self) -> Vec<(usize, Value)> {
        let Some(at) = self.at else {
            return Vec::new();
        };
        self.text
            .lines()
            .filter_map(|line| {
                let (id, row) = line.split_once(':')?;
                if id.is_empty() || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return None;
                }
                let row = row.trim_start();
                row.starts_with(['{', '['])
                    .then(|| serde_json::from_str(row).ok())
                    .flatten()
                    .map(|v| (at, v))
            })
            .collect()
    }
}

/// Calls `found` with every product-shaped object under `v`; `currency` is the nearest
/// enclosing object's.
fn walk(v: &Value, currency: Option<&str>, depth: usize, found: &mut impl FnMut(Listing)) {
    if depth > MAX_DEPTH {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| walk(x, currency, depth + 1, found)),
        Value::Object(o) => {
            let currency = first_text(o, CURRENCY)
                .filter(|c| c.len() <= 4)
                .or(currency.map(str::to_string));
            if let Some(l) = listing(o, currency.as_deref()) {
                found(l);
            }
            for x in o.values() {
                walk(x, currency.as_deref(), depth + 1, found);
            }
        }
        _ => {}
    }
}

fn first_text(o: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| o.get(*k).and_then(schema::text))
}

/// A listing when `o` has a product's shape: a name, a price, and an identifier, a brand or a
/// stock state (a menu entry has a name and a price but none of these; a delivery option
/// with an id is kept out by the page's title, which never names it).
fn listing(o: &Map<String, Value>, currency: Option<&str>) -> Option<Listing> {
    let title = TITLE
        .iter()
        .find_map(|k| o.get(*k).and_then(Value::as_str))
        .map(text::tidy)
        .filter(|t| (2..=300).contains(&t.len()) && t.chars().any(char::is_alphabetic))?;
    let (price, price_currency) = PRICE.iter().find_map(|k| o.get(*k).and_then(amount))?;
    let sku = first_text(o, ID);
    let brand = BRAND
        .iter()
        .find_map(|k| o.get(*k).and_then(schema::text))
        .filter(|b| b.chars().any(char::is_alphabetic));
    let stock = STOCK.iter().find_map(|k| o.get(*k).and_then(stock));
    // A database id marks a catalogue record, though it is seldom the SKU shoppers see.
    let record = o.contains_key("id") || o.contains_key("@id");
    if sku.is_none() && brand.is_none() && stock.is_none() && !record {
        return None;
    }
    let mut offer = Map::new();
    offer.insert("price".into(), price);
    if let Some(c) = price_currency.or(currency.map(str::to_string)) {
        offer.insert("priceCurrency".into(), Value::String(c));
    }
    if let Some(s) = stock {
        offer.insert("availability".into(), Value::String(s.into()));
    }
    let mut node = Map::new();
    node.insert("name".into(), Value::String(title));
    node.insert("offers".into(), Value::Object(offer));
    for (key, value) in [("sku", sku), ("brand", brand)] {
        if let Some(v) = value {
            node.insert(key.into(), Value::String(v));
        }
    }
    for k in GTIN {
        if let Some(g) = o.get(*k) {
            node.insert((*k).into(), g.clone());
        }
    }
    let l = schema::listing(&node);
    l.price.is_some().then_some(l)
}

/// A price as state writes it: a number, a printed string, `{value, currency}`,
/// `{centAmount, fractionDigits}`, an offers object, or the first of a list; with the
/// currency it names.
fn amount(v: &Value) -> Option<(Value, Option<String>)> {
    match v {
        Value::Number(n) => n.as_f64().filter(|f| *f > 0.0).map(|_| (v.clone(), None)),
        Value::String(s) => s
            .bytes()
            .any(|b| b.is_ascii_digit())
            .then(|| (v.clone(), None)),
        Value::Array(a) => a.iter().find_map(amount),
        Value::Object(o) => {
            let currency = first_text(o, CURRENCY);
            if let Some(cents) = o.get("centAmount").and_then(Value::as_f64) {
                let digits = o.get("fractionDigits").and_then(Value::as_i64).unwrap_or(2);
                let n = cents / 10f64.powi(digits.clamp(0, 4) as i32);
                return serde_json::Number::from_f64(n).map(|n| (Value::Number(n), currency));
            }
            let (value, inner) = AMOUNT.iter().find_map(|k| o.get(*k).and_then(amount))?;
            Some((value, inner.or(currency)))
        }
        _ => None,
    }
}

/// A stock state in any spelling: a schema.org value or word, a flag, or an object holding one.
fn stock(v: &Value) -> Option<&'static str> {
    match v {
        Value::Bool(true) => Some("InStock"),
        Value::Bool(false) => Some("OutOfStock"),
        Value::String(s) => vocab::schema_availability(s),
        Value::Object(o) => STOCK
            .iter()
            .chain(&["status", "state"])
            .find_map(|k| o.get(*k).and_then(stock)),
        _ => None,
    }
}

/// The state's price checked against the prices the page prints: kept when printed (or when
/// the page prints none), read in minor units (cents, as some platforms keep prices) when
/// only a hundredth of it is printed, and dropped otherwise: state also holds list prices,
/// and then the price the page shows is the one to take.
fn as_shown(page: &Page, price: PriceInput) -> Option<PriceInput> {
    let Some(n) = price.amount() else {
        return Some(price);
    };
    let printed: Vec<f64> = page
        .prices
        .iter()
        .filter_map(|p| crate::price::parse_price(&page.price_text(p)).map(|m| m.amount))
        .collect();
    let shown = |a: f64| printed.iter().any(|m| (m - a).abs() < 0.005);
    if printed.is_empty() || shown(n) {
        Some(price)
    } else if n.fract() == 0.0 && shown(n / 100.0) {
        Some(PriceInput::Number(n / 100.0))
    } else {
        None
    }
}

/// Fills the fields `into` lacks from another description of the same product.
fn fill(into: &mut Listing, from: &Listing) {
    for (to, from) in [
        (&mut into.currency, &from.currency),
        (&mut into.brand, &from.brand),
        (&mut into.sku, &from.sku),
        (&mut into.gtin, &from.gtin),
        (&mut into.availability, &from.availability),
    ] {
        if to.is_none() {
            to.clone_from(from);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::html::Html;

    fn state(html: &str) -> Option<Listing> {
        let html = Html::parse_document(html);
        let doc = Doc::new(&html);
        product(&Page::new(&doc)).map(|(l, _)| l)
    }

    #[test]
    fn next_data_product_with_a_recommendation_beside_it() {
        let l = state(
            r#"<html><head><title>Trail Runner 2 | Shop</title></head><body><h1>Trail Runner 2</h1>
            <script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{
              "product":{"id":7,"name":"Trail Runner 2","brand":{"name":"Acme"},"sku":"TR-2",
                "price":{"current":{"value":89.5},"was":{"value":120}},"currency":"EUR",
                "stock":{"inStock":true}},
              "related":[{"name":"Road Racer","price":50,"sku":"RR-1"}]}}}</script>
            </body></html>"#,
        )
        .unwrap();
        assert_eq!(l.title, "Trail Runner 2");
        assert_eq!(l.price, Some(PriceInput::Number(89.5)));
        assert_eq!(l.currency.as_deref(), Some("EUR"));
        assert_eq!(l.brand.as_deref(), Some("Acme"));
        assert_eq!(l.sku.as_deref(), Some("TR-2"));
    }

    #[test]
    fn assigned_state_with_stock_flags() {
        let l = state(
            r#"<html><head><meta property="og:title" content="Wool Scarf"></head><body>
            <script>window.__INITIAL_STATE__ = {"catalog":{"items":{"42":{"title":"Wool Scarf",
              "productId":42,"salePrice":"19.99","currencyCode":"GBP",
              "availability":"http://schema.org/OutOfStock"}}}};</script></body></html>"#,
        )
        .unwrap();
        assert_eq!(l.price, Some(PriceInput::Number(19.99)));
        assert_eq!(l.currency.as_deref(), Some("GBP"));
        assert_eq!(l.sku.as_deref(), Some("42"));
        assert_eq!(l.availability.as_deref(), Some("OutOfStock"));
    }

    #[test]
    fn minor_units_read_from_the_printed_price() {
        let l = state(
            r#"<html><body><h1>Linen Shirt</h1><span class="price">$45.00</span>
            <script>var meta = {"product":{"id":1,"vendor":"Acme","variants":[
              {"id":2,"name":"Linen Shirt","price":4500,"sku":"LS-S","available":true}]}};
            </script></body></html>"#,
        )
        .unwrap();
        assert_eq!(l.price, Some(PriceInput::Number(45.0)));
        assert_eq!(l.availability.as_deref(), Some("InStock"));
    }

    #[test]
    fn the_printed_price_decides() {
        let price = |state_json: &str| {
            let html = format!(
                r#"<html><body><h1>Desk Fan</h1><span class="price">€39.00</span>
                <script type="application/json">{state_json}</script></body></html>"#
            );
            state(&html).unwrap().price
        };
        let sale = r#"{"name":"Desk Fan","sku":"F1","price":49,"salePrice":39}"#;
        assert_eq!(price(sale), Some(PriceInput::Number(39.0)));
        let list_only = r#"{"name":"Desk Fan","sku":"F1","price":49}"#;
        assert_eq!(price(list_only), None);
    }

    #[test]
    fn flattened_state_is_rebuilt() {
        let l = state(
            r#"<html><body><h1>Enamel Mug</h1><script type="application/json" id="__NUXT_DATA__">
            [["ShallowReactive",1],{"data":2},{"product":3},{"name":4,"sku":5,"price":6,"currency":7},
             "Enamel Mug","EM-01",12.5,"EUR"]</script></body></html>"#,
        )
        .unwrap();
        assert_eq!(l.sku.as_deref(), Some("EM-01"));
        assert_eq!(l.price, Some(PriceInput::Number(12.5)));
        assert_eq!(l.currency.as_deref(), Some("EUR"));
    }

    #[test]
    fn server_components_stream_split_over_scripts() {
        let l = state(
            r#"<html><head><title>Kettle 1.7 l - Compare prices</title></head><body>
            <script>self.__next_f.push([1,"0:[\"$\",\"div\",null,{}]\n2e:{\"title\":\"Kettle"])</script>
            <script>self.__next_f.push([1," 1.7 l\",\"id\":9,\"lowest_price\":\"24.50\"}\n"])</script>
            </body></html>"#,
        )
        .unwrap();
        assert_eq!(l.title, "Kettle 1.7 l");
        assert_eq!(l.price, Some(PriceInput::Number(24.5)));
        assert_eq!(l.sku, None);
    }

    #[test]
    fn shapes_that_are_not_the_pages_product() {
        // A delivery option has a name and a price but nothing a product has; a product the
        // page does not name is another page's.
        assert!(state(
            r#"<html><body><h1>Standard delivery</h1><script type="application/json">
            {"options":[{"name":"Standard delivery","price":4.95}]}</script></body></html>"#
        )
        .is_none());
        assert!(state(
            r#"<html><body><h1>Garden hose</h1><script type="application/json">
            {"name":"Road Racer","price":50,"sku":"RR-1"}</script></body></html>"#
        )
        .is_none());
    }
}

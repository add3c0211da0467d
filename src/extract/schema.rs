//! schema.org products as JSON (JSON-LD as written, microdata and RDFa converted to the same
//! shape) turned into listings. One reader for all three keeps their quirks in one place:
//! `offers` as object, array or `AggregateOffer`, `brand` as text or object, prices as numbers
//! or strings, availability as URL or bare word.

use serde_json::{Map, Value};

use crate::extract::{identifiers, vocab};
use crate::listing::{Listing, PriceInput};
use crate::price;

/// Types whose items are things for sale.
pub fn is_product_type(t: &str) -> bool {
    let t = t.rsplit(['/', '#', ':']).next().unwrap_or(t);
    [
        "Product",
        "ProductGroup",
        "IndividualProduct",
        "ProductModel",
        "SomeProducts",
        "Vehicle",
        "Car",
        "Motorcycle",
    ]
    .iter()
    .any(|p| p.eq_ignore_ascii_case(t))
}

/// The `@type` values of a node.
pub fn types(node: &Map<String, Value>) -> Vec<&str> {
    match node.get("@type").or_else(|| node.get("type")) {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// The first text a property holds: a string, a number, the first of an array, or an object's
/// `name`/`@value`/`url`.
pub fn text(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(a) => return a.iter().find_map(text),
        Value::Object(o) => {
            return ["name", "@value", "value", "url", "@id"]
                .iter()
                .find_map(|k| o.get(*k).and_then(text))
        }
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

/// The name a property gives: a string, the first of an array, or an object's `name` (a
/// brand object naming only its page's address or an `@id` names nothing).
fn name_of(v: &Value) -> Option<String> {
    match v {
        Value::Array(a) => a.iter().find_map(name_of),
        Value::Object(o) => ["name", "@value"]
            .iter()
            .find_map(|k| o.get(*k).and_then(name_of)),
        v => text(v),
    }
}

fn prop<'v>(node: &'v Map<String, Value>, keys: &[&str]) -> Option<&'v Value> {
    keys.iter()
        .find_map(|k| node.get(*k))
        .filter(|v| !v.is_null())
}

fn prop_text(node: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| node.get(*k).and_then(text))
}

/// Offers as a list, whether given as one object or many.
fn offers(node: &Map<String, Value>) -> Vec<&Map<String, Value>> {
    let mut out = Vec::new();
    match node.get("offers") {
        Some(Value::Object(o)) => {
            out.push(o);
            // AggregateOffer can nest the individual offers.
            if let Some(Value::Array(inner)) = o.get("offers") {
                out.extend(inner.iter().filter_map(Value::as_object));
            }
        }
        Some(Value::Array(a)) => out.extend(a.iter().filter_map(Value::as_object)),
        _ => {}
    }
    out
}

/// A schema.org price: numbers and plain decimal strings become numbers (schema.org always
/// uses a dot for decimals, so "12.990" is twelve, not twelve thousand); anything else is
/// kept as printed.
fn price_value(v: &Value) -> Option<PriceInput> {
    match v {
        // A zero price is a placeholder for "ask" or "not set", never what an item costs.
        Value::Number(n) => n
            .as_f64()
            .filter(|f| f.is_finite() && *f > 0.0)
            .map(PriceInput::Number),
        Value::String(s) => {
            let s = s.trim();
            let plain = !s.is_empty()
                && s.chars().all(|c| c.is_ascii_digit() || c == '.')
                && s.matches('.').count() <= 1;
            if plain {
                s.parse::<f64>()
                    .ok()
                    .filter(|f| *f > 0.0)
                    .map(PriceInput::Number)
            } else if s.bytes().any(|b| b.is_ascii_digit()) {
                Some(PriceInput::Text(s.to_string()))
            } else {
                None
            }
        }
        Value::Array(a) => a.iter().find_map(price_value),
        _ => None,
    }
}

/// Price and currency of one offer: `price`, `lowPrice`, or its `priceSpecification`.
fn offer_price(o: &Map<String, Value>) -> Option<(PriceInput, Option<String>)> {
    let currency = |m: &Map<String, Value>| prop_text(m, &["priceCurrency", "currency"]);
    if let Some(p) = prop(o, &["price", "lowPrice", "highPrice"]).and_then(price_value) {
        return Some((p, currency(o)));
    }
    let spec = match o.get("priceSpecification") {
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_object).next(),
        Some(Value::Object(s)) => Some(s),
        _ => None,
    }?;
    let p = prop(spec, &["price", "minPrice"]).and_then(price_value)?;
    Some((p, currency(spec).or_else(|| currency(o))))
}

/// An ISO 4217 code for a currency as structured data writes it (`"EUR"`, `"€"`, `"usd"`).
fn normalise_currency(c: &str) -> Option<String> {
    let c = c.trim();
    price::currency_code(c).map(str::to_string).or_else(|| {
        (c.len() == 3 && c.chars().all(|c| c.is_ascii_alphabetic())).then(|| c.to_ascii_uppercase())
    })
}

/// A listing from one schema.org node of a product type (or of any type with priced offers).
pub fn listing(node: &Map<String, Value>) -> Listing {
    let mut l = Listing {
        title: prop_text(node, &["name", "headline", "title"]).unwrap_or_default(),
        description: prop_text(node, &["description"]),
        brand: prop(node, &["brand"]).and_then(name_of),
        url: prop_text(node, &["url"]),
        category: prop(node, &["category"]).and_then(text),
        sku: prop_text(node, &["sku", "productID", "productId"]).map(|s| {
            // `productID` is often written as "isbn:…" or "sku:…".
            match s.split_once(':') {
                Some((scheme, id)) if scheme.len() <= 5 && !id.trim().is_empty() => {
                    id.trim().to_string()
                }
                _ => s,
            }
        }),
        gtin: ["gtin13", "gtin", "gtin12", "gtin14", "gtin8", "ean", "isbn"]
            .iter()
            .find_map(|k| {
                node.get(*k)
                    .and_then(text)
                    .and_then(|g| identifiers::gtin(&g))
            }),
        ..Listing::default()
    };
    if let Some(images) = node.get("image") {
        let list: Vec<&Value> = match images {
            Value::Array(a) => a.iter().collect(),
            v => vec![v],
        };
        l.images = list
            .into_iter()
            .filter_map(|v| match v {
                Value::Object(o) => prop_text(o, &["url", "contentUrl", "@id"]),
                v => text(v),
            })
            .take(8)
            .collect();
    }
    let all = offers(node);
    // Of several offers, the lowest price one can buy (as `AggregateOffer.lowPrice` reads):
    // in-stock offers before others, the first of equal prices.
    let priced: Vec<_> = all
        .iter()
        .filter_map(|o| offer_price(o).map(|p| (*o, p)))
        .collect();
    let in_stock = |o: &Map<String, Value>| {
        o.get("availability")
            .and_then(text)
            .and_then(|a| vocab::schema_availability(&a))
            != Some("OutOfStock")
    };
    let number = |p: &PriceInput| p.amount().unwrap_or(f64::MAX);
    let chosen = priced.iter().min_by(|a, b| {
        in_stock(b.0)
            .cmp(&in_stock(a.0))
            .then(number(&a.1 .0).total_cmp(&number(&b.1 .0)))
    });
    if let Some((offer, (price, currency))) = chosen {
        l.price = Some(price.clone());
        l.currency = currency.as_deref().and_then(normalise_currency);
        l.availability = offer
            .get("availability")
            .and_then(text)
            .and_then(|a| vocab::schema_availability(&a).map(str::to_string));
        l.seller = offer.get("seller").and_then(text);
        // The identifier of the offer whose price is shown.
        if l.sku.is_none() {
            l.sku = prop_text(offer, &["sku"]);
        }
    }
    if l.availability.is_none() {
        l.availability = all
            .iter()
            .filter_map(|o| o.get("availability").and_then(text))
            .find_map(|a| vocab::schema_availability(&a).map(str::to_string));
    }
    if l.seller.is_none() {
        l.seller = all.iter().find_map(|o| o.get("seller").and_then(text));
    }
    if l.sku.is_none() {
        l.sku = all.iter().find_map(|o| prop_text(o, &["sku"]));
    }
    if l.gtin.is_none() {
        l.gtin = all.iter().find_map(|o| {
            ["gtin13", "gtin", "gtin12", "gtin14", "gtin8"]
                .iter()
                .find_map(|k| o.get(*k).and_then(text).and_then(|g| identifiers::gtin(&g)))
        });
    }
    if l.brand.is_none() {
        l.brand = prop(node, &["manufacturer"]).and_then(name_of);
    }
    // A product group's variants carry the offers when the group has none.
    if l.price.is_none() {
        if let Some(variant) = node.get("hasVariant").and_then(|v| match v {
            Value::Array(a) => a.iter().filter_map(Value::as_object).next(),
            Value::Object(o) => Some(o),
            _ => None,
        }) {
            let v = listing(variant);
            l.price = v.price;
            l.currency = l.currency.or(v.currency);
            l.availability = l.availability.or(v.availability);
            l.sku = l.sku.or(v.sku);
            l.gtin = l.gtin.or(v.gtin);
        }
    }
    l
}

/// Whether a node of any type carries an offer with a price (events and services sold on a page).
pub fn has_priced_offer(node: &Map<String, Value>) -> bool {
    offers(node).iter().any(|o| offer_price(o).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn of(v: Value) -> Listing {
        listing(v.as_object().unwrap())
    }

    #[test]
    fn offers_in_every_shape() {
        let l = of(
            json!({"@type": "Product", "name": "Bag", "brand": {"@type": "Brand", "name": "Acme"},
            "offers": {"@type": "AggregateOffer", "lowPrice": "19.90", "priceCurrency": "EUR",
                       "availability": "http://schema.org/OutOfStock"}}),
        );
        assert_eq!(l.brand.as_deref(), Some("Acme"));
        assert_eq!(l.price, Some(PriceInput::Number(19.9)));
        assert_eq!(l.currency.as_deref(), Some("EUR"));
        assert_eq!(l.availability.as_deref(), Some("OutOfStock"));
        let l = of(
            json!({"name": "Cap", "brand": "Acme", "sku": 123, "offers": [
            {"priceSpecification": {"price": 5, "priceCurrency": "gbp"}}]}),
        );
        assert_eq!(l.price, Some(PriceInput::Number(5.0)));
        assert_eq!(l.currency.as_deref(), Some("GBP"));
        assert_eq!(l.sku.as_deref(), Some("123"));
    }

    #[test]
    fn brand_in_every_spelling() {
        let brand = |v: Value| of(v).brand;
        assert_eq!(
            brand(json!({"name": "x", "brand": ["Acme"]})).as_deref(),
            Some("Acme")
        );
        assert_eq!(
            brand(json!({"name": "x", "brand": [{"@type": "Brand", "name": "Acme"}]})).as_deref(),
            Some("Acme")
        );
        assert_eq!(
            brand(json!({"name": "x", "manufacturer": {"@type": "Organization", "name": "Acme"}}))
                .as_deref(),
            Some("Acme")
        );
        // A brand object naming only its page or id gives no name.
        assert_eq!(
            brand(
                json!({"name": "x", "brand": {"@type": "Brand", "url": "https://shop.example/b/acme"}})
            ),
            None
        );
        assert_eq!(
            brand(json!({"name": "x", "brand": {"@id": "#brand"}, "manufacturer": "Acme"}))
                .as_deref(),
            Some("Acme")
        );
    }

    #[test]
    fn availability_in_every_spelling() {
        for (value, want) in [
            ("http://schema.org/InStock", "InStock"),
            ("https://schema.org/OutOfStock ", "OutOfStock"),
            ("instock", "InStock"),
            ("out_of_stock", "OutOfStock"),
            ("SoldOut", "OutOfStock"),
            ("Discontinued", "OutOfStock"),
            ("PreOrder", "InStock"),
            ("In stock", "InStock"),
        ] {
            let l = of(json!({"name": "x", "offers": {"price": 5, "availability": value}}));
            assert_eq!(l.availability.as_deref(), Some(want), "{value}");
        }
    }

    #[test]
    fn identifiers_of_the_offer_or_variant_shown() {
        // The in-stock offer's price is shown, so its SKU is the one.
        let l = of(json!({"name": "Pack", "offers": [
            {"price": 89, "availability": "OutOfStock", "sku": "TP-G"},
            {"price": 89, "availability": "InStock", "sku": "TP-B"}]}));
        assert_eq!(l.sku.as_deref(), Some("TP-B"));
        // A product group takes price and identifier from its first variant.
        let l = of(
            json!({"@type": "ProductGroup", "name": "Pack", "hasVariant": [
            {"@type": "Product", "sku": "TP-G", "offers": {"price": 89, "priceCurrency": "USD"}}]}),
        );
        assert_eq!(l.sku.as_deref(), Some("TP-G"));
        assert_eq!(l.price, Some(PriceInput::Number(89.0)));
    }

    #[test]
    fn printed_prices_stay_text() {
        let l = of(json!({"name": "x", "offers": {"price": "1.299,00 €"}}));
        assert_eq!(l.price, Some(PriceInput::Text("1.299,00 €".into())));
    }
}

//! Products in `<script type="application/ld+json">` blocks: single products, `@graph`s,
//! `ItemList`s and offers wrapping an `itemOffered`, with `@id` references followed one level.
//! Shops' JSON is often slightly broken (raw newlines in strings, trailing commas, HTML comment
//! wrappers), so parsing retries on a cleaned copy before giving up on a block.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::extract::dom::Doc;
use crate::extract::schema;

/// A product node found in a JSON-LD block.
pub struct Item {
    pub node: Map<String, Value>,
    /// The `<script>` element it came from.
    pub at: usize,
    /// Listed under an `ItemList` (a result or category page) rather than standing alone.
    pub in_list: bool,
    /// Not a product type, but offered for a price (an event, a service).
    pub weak: bool,
}

/// Every product node in the page's JSON-LD, in document order. An `@id` reference may name a
/// node of another block (a product's brand or offer published in a block of its own).
pub fn products(doc: &Doc) -> Vec<Item> {
    let blocks: Vec<(usize, Vec<Value>)> = (0..doc.len())
        .filter(|&i| {
            doc.tag(i) == "script"
                && doc
                    .attr(i, "type")
                    .is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"))
        })
        .map(|i| (i, parse(&doc.els[i].el.text().collect::<String>())))
        .collect();
    let mut ids = BTreeMap::new();
    for v in blocks.iter().flat_map(|(_, values)| values) {
        collect_ids(v, &mut ids, 0);
    }
    let mut out = Vec::new();
    for (i, values) in &blocks {
        for v in values {
            walk(v, &ids, *i, false, 0, &mut out);
        }
    }
    out
}

/// Parses a block, retrying on a cleaned copy, and reading several concatenated values.
pub fn parse(raw: &str) -> Vec<Value> {
    let trimmed = raw.trim();
    if let Ok(v) = serde_json::from_str::<Value>(trimmed) {
        return vec![v];
    }
    let cleaned = clean(trimmed);
    serde_json::Deserializer::from_str(&cleaned)
        .into_iter::<Value>()
        .map_while(Result::ok)
        .collect()
}

/// Drops comment and CDATA wrappers (`<!--`, `/*<![CDATA[*/`, `//<![CDATA[`) and whatever
/// follows the last bracket, turns control characters into spaces and removes trailing commas
/// outside strings.
fn clean(raw: &str) -> String {
    let mut s = raw;
    loop {
        s = s.trim_start();
        if let Some(rest) = s
            .strip_prefix("<!--")
            .or_else(|| s.strip_prefix("<![CDATA["))
        {
            s = rest;
        } else if let Some(rest) = s.strip_prefix("/*") {
            s = rest.split_once("*/").map_or("", |(_, after)| after);
        } else if let Some(rest) = s.strip_prefix("//") {
            s = rest.split_once('\n').map_or("", |(_, after)| after);
        } else {
            break;
        }
    }
    let end = s.rfind(['}', ']']).map_or(s.len(), |e| e + 1);
    let s = &s[..end];
    let mut out = String::with_capacity(s.len());
    let mut in_string = false;
    let mut escaped = false;
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            out.push(if c.is_control() { ' ' } else { c });
            continue;
        }
        match c {
            '"' => in_string = true,
            ',' => {
                let next = chars[i + 1..].iter().find(|c| !c.is_whitespace());
                if matches!(next, Some('}' | ']')) {
                    continue;
                }
            }
            _ => {}
        }
        out.push(c);
    }
    out
}

/// How deep a block is searched; real product data sits a few levels down.
const MAX_DEPTH: usize = 24;

/// Nodes by `@id`, for following references.
fn collect_ids<'v>(v: &'v Value, ids: &mut BTreeMap<&'v str, &'v Value>, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    match v {
        Value::Object(o) => {
            if let Some(Value::String(id)) = o.get("@id") {
                if o.len() > 1 {
                    ids.entry(id.as_str()).or_insert(v);
                }
            }
            o.values().for_each(|c| collect_ids(c, ids, depth + 1));
        }
        Value::Array(a) => a.iter().for_each(|c| collect_ids(c, ids, depth + 1)),
        _ => {}
    }
}

/// The node's properties with `{"@id": …}` references replaced by the nodes they name.
fn resolve(node: &Map<String, Value>, ids: &BTreeMap<&str, &Value>) -> Map<String, Value> {
    let follow = |v: &Value| -> Value {
        match v {
            Value::Object(o) if o.len() == 1 => o
                .get("@id")
                .and_then(Value::as_str)
                .and_then(|id| ids.get(id))
                .map_or_else(|| v.clone(), |n| (*n).clone()),
            _ => v.clone(),
        }
    };
    node.iter()
        .map(|(k, v)| {
            let v = match v {
                Value::Array(a) => Value::Array(a.iter().map(follow).collect()),
                v => follow(v),
            };
            (k.clone(), v)
        })
        .collect()
}

/// Collects the product nodes under `v`, not descending into products (their related items
/// are not the page's listings).
fn walk(
    v: &Value,
    ids: &BTreeMap<&str, &Value>,
    at: usize,
    in_list: bool,
    depth: usize,
    out: &mut Vec<Item>,
) {
    if depth > MAX_DEPTH {
        return;
    }
    let o = match v {
        Value::Array(a) => {
            a.iter()
                .for_each(|c| walk(c, ids, at, in_list, depth + 1, out));
            return;
        }
        Value::Object(o) => o,
        _ => return,
    };
    let types = schema::types(o);
    if types.iter().any(|t| schema::is_product_type(t)) {
        out.push(Item {
            node: resolve(o, ids),
            at,
            in_list,
            weak: false,
        });
        return;
    }
    if types.iter().any(|t| t.ends_with("Offer")) {
        if let Some(Value::Object(product)) = o.get("itemOffered") {
            let mut node = resolve(product, ids);
            let mut offer = o.clone();
            offer.remove("itemOffered");
            node.entry("offers").or_insert(Value::Object(offer));
            out.push(Item {
                node,
                at,
                in_list,
                weak: false,
            });
            return;
        }
    }
    let resolved = resolve(o, ids);
    let listy = types
        .iter()
        .any(|t| t.ends_with("ItemList") || *t == "OfferCatalog");
    if !types.is_empty() && schema::has_priced_offer(&resolved) {
        out.push(Item {
            node: resolved,
            at,
            in_list,
            weak: true,
        });
        return;
    }
    for (k, c) in o {
        // Breadcrumbs, sites and organisations never hold the page's products.
        if matches!(
            k.as_str(),
            "breadcrumb" | "publisher" | "author" | "potentialAction"
        ) {
            continue;
        }
        let list = in_list || listy || k == "itemListElement";
        walk(c, ids, at, list, depth + 1, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::html::Html;
    use crate::extract::text;

    fn names(html: &str) -> Vec<(String, bool)> {
        let html = Html::parse_document(html);
        let doc = Doc::new(&html);
        products(&doc)
            .into_iter()
            .map(|i| (text::tidy(&schema::listing(&i.node).title), i.in_list))
            .collect()
    }

    #[test]
    fn graphs_lists_and_broken_json() {
        let page = r##"<script type="application/ld+json">{"@graph": [
            {"@type": "WebSite", "name": "Shop"},
            {"@type": ["Product"], "name": "A", "offers": {"@id": "#o"}},
            {"@id": "#o", "@type": "Offer", "price": "3"}]}</script>
            <script type="application/ld+json">{"@type": "ItemList", "itemListElement": [
            {"@type": "ListItem", "item": {"@type": "Product", "name": "B",}},]}</script>
            <script type="application/ld+json">/*<![CDATA[*/ {"@type": "Product", "name": "line
            break"} /*]]>*/</script>"##;
        assert_eq!(
            names(page),
            vec![
                ("A".to_string(), false),
                ("B".to_string(), true),
                ("line break".to_string(), false)
            ]
        );
    }

    #[test]
    fn references_are_followed() {
        let html = Html::parse_document(
            r##"<script type="application/ld+json">[{"@type": "Product", "name": "A",
            "offers": {"@id": "#o"}}, {"@id": "#o", "price": 3, "priceCurrency": "USD"}]</script>"##,
        );
        let doc = Doc::new(&html);
        let l = schema::listing(&products(&doc)[0].node);
        assert_eq!(l.currency.as_deref(), Some("USD"));
    }
}

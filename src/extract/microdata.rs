//! Products marked up in the page's own elements: microdata (`itemscope itemtype=…/Product`,
//! `itemprop`) and RDFa Lite (`typeof="Product"`, `property`). Each item becomes the same JSON
//! shape JSON-LD has, so [`crate::extract::schema`] reads both.

use serde_json::{Map, Value};

use crate::extract::dom::Doc;
use crate::extract::{printed, schema, text};

/// A product item found in the markup.
pub struct Item {
    pub node: Map<String, Value>,
    /// The element that opens the item.
    pub at: usize,
    /// The visible element holding its name, when there is one.
    pub name_at: Option<usize>,
}

/// The attribute names one markup dialect uses.
struct Dialect {
    /// Whether an element opens an item, and its type.
    scope: fn(&Doc, usize) -> Option<String>,
    prop: &'static str,
}

const MICRODATA: Dialect = Dialect {
    scope: |doc, i| {
        doc.attr(i, "itemscope")?;
        Some(doc.attr(i, "itemtype").unwrap_or("").to_string())
    },
    prop: "itemprop",
};

const RDFA: Dialect = Dialect {
    scope: |doc, i| doc.attr(i, "typeof").map(str::to_string),
    prop: "property",
};

/// Every product item in the page, microdata first, each in document order.
pub fn products(doc: &Doc) -> Vec<Item> {
    let mut out = items(doc, &MICRODATA);
    out.extend(items(doc, &RDFA));
    out
}

/// How deep nested items are read.
const MAX_DEPTH: usize = 12;

/// The product items of one dialect: each element's properties are found by its nearest
/// enclosing item, in one pass.
fn items(doc: &Doc, dialect: &Dialect) -> Vec<Item> {
    let n = doc.len();
    let scopes: Vec<Option<String>> = (0..n).map(|i| (dialect.scope)(doc, i)).collect();
    if scopes.iter().all(Option::is_none) {
        return Vec::new();
    }
    // The nearest item above each element (parents precede children in the index).
    let mut owner = vec![usize::MAX; n];
    let mut props: Vec<(usize, usize)> = Vec::new();
    for i in 0..n {
        if let Some(p) = doc.parent(i) {
            owner[i] = if scopes[p].is_some() { p } else { owner[p] };
        }
        if owner[i] != usize::MAX && doc.attr(i, dialect.prop).is_some() {
            props.push((owner[i], i));
        }
    }
    crate::sort::sort_by_key(&mut props, |&(o, _)| o);
    let ctx = Ctx {
        doc,
        dialect,
        scopes: &scopes,
        props: &props,
    };
    let mut out = Vec::new();
    for (i, scope) in scopes.iter().enumerate() {
        let Some(t) = scope else { continue };
        if !t.split_whitespace().any(schema::is_product_type) {
            continue;
        }
        // A product that is a property of another product is a related one, not a listing.
        let parent_is_product = owner[i] != usize::MAX
            && doc.attr(i, dialect.prop).is_some()
            && scopes[owner[i]]
                .as_deref()
                .is_some_and(|t| t.split_whitespace().any(schema::is_product_type));
        if parent_is_product {
            continue;
        }
        let node = ctx.item(i, 0);
        let name_at = ctx.own_props(i).find(|&j| {
            doc.tag(j) != "meta"
                && doc
                    .attr(j, dialect.prop)
                    .is_some_and(|p| p.split_whitespace().any(|p| short(p) == "name"))
        });
        out.push(Item {
            node,
            at: i,
            name_at,
        });
    }
    out
}

/// A property name without its vocabulary: `schema:price`, `http://schema.org/price`.
fn short(p: &str) -> &str {
    p.rsplit(['/', '#', ':']).next().unwrap_or(p)
}

/// What reading items needs: the scopes, and the property elements sorted by their item.
struct Ctx<'d, 'a> {
    doc: &'d Doc<'a>,
    dialect: &'d Dialect,
    scopes: &'d [Option<String>],
    props: &'d [(usize, usize)],
}

impl Ctx<'_, '_> {
    fn own_props(&self, item: usize) -> impl Iterator<Item = usize> + '_ {
        let start = self.props.partition_point(|&(o, _)| o < item);
        self.props[start..]
            .iter()
            .take_while(move |&&(o, _)| o == item)
            .map(|&(_, j)| j)
    }

    fn item(&self, i: usize, depth: usize) -> Map<String, Value> {
        let mut node = Map::new();
        if let Some(t) = self.scopes[i]
            .as_deref()
            .and_then(|t| t.split_whitespace().next())
        {
            node.insert("@type".into(), Value::String(short(t).to_string()));
        }
        for j in self.own_props(i) {
            let value = if self.scopes[j].is_some() && depth < MAX_DEPTH {
                Value::Object(self.item(j, depth + 1))
            } else {
                match self.value(j) {
                    Some(v) => Value::String(v),
                    None => continue,
                }
            };
            let names = self.doc.attr(j, self.dialect.prop).unwrap_or("");
            for name in names.split_whitespace().map(short) {
                match node.get_mut(name) {
                    Some(Value::Array(a)) => a.push(value.clone()),
                    Some(old) => *old = Value::Array(vec![old.take(), value.clone()]),
                    None => {
                        node.insert(name.to_string(), value.clone());
                    }
                }
            }
        }
        node
    }

    /// A property's value: its `content` attribute (common on any element), the attribute the
    /// element kind carries it in, or its text.
    fn value(&self, j: usize) -> Option<String> {
        let doc = self.doc;
        let attr = |name| doc.attr(j, name).map(str::to_string);
        let v = attr("content").or_else(|| match doc.tag(j) {
            "meta" => None,
            "a" | "link" | "area" => attr("href").or_else(|| attr("resource")),
            "img" | "audio" | "video" | "source" | "embed" | "iframe" | "track" => attr("src"),
            "object" => attr("data"),
            "data" | "meter" | "input" => attr("value"),
            "time" => attr("datetime"),
            _ => None,
        });
        let names = doc.attr(j, self.dialect.prop).unwrap_or("");
        let v = v.or_else(|| attr("resource")).unwrap_or_else(|| {
            if names.split_whitespace().any(|p| short(p) == "name") {
                shown_name(doc, j)
            } else {
                doc.text(j).to_string()
            }
        });
        let v = text::tidy(&v);
        (!v.is_empty()).then_some(v)
    }
}

/// Whether an element inside a name is a control beside it rather than part of it: a button
/// or form field, something scripted to act on a click, or a link to the page itself or to an
/// account, sign-in, cart or wish list page ("Log in to save", "♡").
fn is_control(doc: &Doc, k: usize) -> bool {
    if matches!(
        doc.tag(k),
        "button" | "input" | "select" | "textarea" | "label"
    ) {
        return true;
    }
    if doc.attr(k, "onclick").is_some() || doc.attr(k, "role") == Some("button") {
        return true;
    }
    doc.tag(k) == "a"
        && doc.attr(k, "href").is_some_and(|h| {
            let h = h.trim().to_ascii_lowercase();
            h.is_empty()
                || h.starts_with('#')
                || h.starts_with("javascript:")
                || [
                    "login",
                    "log-in",
                    "signin",
                    "sign-in",
                    "account",
                    "register",
                    "wishlist",
                    "favourite",
                    "favorite",
                    "cart",
                    "basket",
                ]
                .iter()
                .any(|w| h.contains(w))
        })
}

/// The name an element shows: its text without the controls inside it, and without a price
/// set before or after the name ("$60 · Surfboard"), unless nothing else is left.
fn shown_name(doc: &Doc, j: usize) -> String {
    let (start, end) = doc.span(j);
    let mut out = String::new();
    let mut at = start;
    let mut k = j + 1;
    let stop = doc.els[j].end as usize;
    while k < stop {
        if is_control(doc, k) {
            let (a, b) = doc.span(k);
            out.push_str(doc.raw(at, a));
            out.push(' ');
            at = b;
            k = doc.els[k].end as usize;
        } else {
            k += 1;
        }
    }
    out.push_str(doc.raw(at, end));
    let name = text::tidy(&out);
    let name = without_price(&name);
    if name.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return doc.text(j).to_string();
    }
    name.to_string()
}

/// A name without a price (with its currency) set off before or after it by a dot, bar or
/// dash.
fn without_price(name: &str) -> &str {
    const SEPARATORS: &[&str] = &[" · ", " • ", " | ", " - ", " – ", " — "];
    for sep in SEPARATORS {
        if let Some((head, tail)) = name.split_once(sep) {
            if printed::price_shape(head).is_some_and(|p| p.marked) {
                return tail.trim();
            }
        }
        if let Some((head, tail)) = name.rsplit_once(sep) {
            if printed::price_shape(tail).is_some_and(|p| p.marked) {
                return head.trim();
            }
        }
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::html::Html;
    use crate::listing::PriceInput;

    #[test]
    fn microdata_product_with_offer() {
        let html = Html::parse_document(
            r#"<div itemscope itemtype="https://schema.org/Product">
              <h1 itemprop="name">Watch</h1>
              <span itemprop="brand" itemscope itemtype="https://schema.org/Brand"><meta itemprop="name" content="Acme"></span>
              <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
                <span itemprop="price" content="99.50">99,50 €</span>
                <meta itemprop="priceCurrency" content="EUR">
                <link itemprop="availability" href="https://schema.org/InStock">
              </div>
              <div itemprop="isRelatedTo" itemscope itemtype="https://schema.org/Product"><span itemprop="name">Other</span></div>
            </div>"#,
        );
        let doc = Doc::new(&html);
        let items = products(&doc);
        assert_eq!(items.len(), 1);
        let l = schema::listing(&items[0].node);
        assert_eq!(l.title, "Watch");
        assert_eq!(l.brand.as_deref(), Some("Acme"));
        assert_eq!(l.price, Some(PriceInput::Number(99.5)));
        assert_eq!(l.availability.as_deref(), Some("InStock"));
        assert_eq!(doc.tag(items[0].name_at.unwrap()), "h1");
    }

    #[test]
    fn names_leave_out_controls_and_prices() {
        let html = Html::parse_document(
            r#"<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">
              <button class="wish">♡</button><a href="/account/login">Log in</a>
              <a href="/brand/acme">Acme</a> Kettle 1.7 l – €29.99</h1></div>"#,
        );
        let doc = Doc::new(&html);
        let l = schema::listing(&products(&doc)[0].node);
        assert_eq!(l.title, "Acme Kettle 1.7 l");
        assert_eq!(without_price("$60 · Surfboard"), "Surfboard");
        assert_eq!(without_price("iPhone 12 - 128"), "iPhone 12 - 128");
    }

    #[test]
    fn rdfa_lite_product() {
        let html = Html::parse_document(
            r#"<div vocab="https://schema.org/" typeof="Product"><span property="name">Lamp</span>
            <div property="offers" typeof="Offer"><span property="price">12.00</span>
            <span property="priceCurrency">GBP</span></div></div>"#,
        );
        let doc = Doc::new(&html);
        let l = schema::listing(&products(&doc)[0].node);
        assert_eq!(
            (l.title.as_str(), l.currency.as_deref()),
            ("Lamp", Some("GBP"))
        );
    }
}

//! The brand a shopper reads where no field names it: a breadcrumb step leading to the brand's
//! page. (The product name's first words, read as a brand when the shop or a bundled pack lists
//! them, lowered brand F1 on both page sets' held-out folds: a page that names no brand
//! counts any brand read as wrong, so they are not read.)

use serde_json::Value;

use crate::extract::dom::Doc;
use crate::extract::fields::{self, is_brand_link};
use crate::extract::identifiers::{self, Label};
use crate::extract::page::Page;
use crate::extract::{jsonld, schema};

/// Whether a class or id names a breadcrumb trail.
fn names_breadcrumb(doc: &Doc, i: usize) -> bool {
    let names = doc.names(i).to_ascii_lowercase();
    names.contains("breadcrumb")
        || doc
            .attr(i, "aria-label")
            .is_some_and(|a| a.to_lowercase().contains("breadcrumb"))
        || doc
            .attr(i, "itemtype")
            .is_some_and(|t| t.ends_with("BreadcrumbList"))
}

/// A link's text as a brand's name: a few words, not a field label ("Brands").
fn link_name(doc: &Doc, i: usize) -> Option<String> {
    let shown = doc.text(i);
    if shown.split_whitespace().count() > 4 || identifiers::label_kind(shown).is_some() {
        return None;
    }
    fields::clean_value(Label::Brand, shown)
}

/// The brand a breadcrumb trail names: the step that links to a brand's page, in the markup
/// or in a JSON-LD `BreadcrumbList`.
pub fn breadcrumb(page: &Page) -> Option<String> {
    let doc = page.doc;
    let marked = (page.body_start..doc.len())
        .filter(|&i| names_breadcrumb(doc, i))
        .flat_map(|trail| doc.descendants(trail))
        .filter(|&j| doc.tag(j) == "a" && doc.attr(j, "href").is_some_and(is_brand_link))
        .find_map(|j| link_name(doc, j));
    marked.or_else(|| {
        (0..doc.len())
            .filter(|&i| {
                doc.tag(i) == "script"
                    && doc
                        .attr(i, "type")
                        .is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"))
            })
            .flat_map(|i| jsonld::parse(&doc.els[i].el.text().collect::<String>()))
            .find_map(|v| breadcrumb_in(&v, 0))
    })
}

/// The step of a JSON-LD `BreadcrumbList` under `v` that leads to a brand's page.
fn breadcrumb_in(v: &Value, depth: usize) -> Option<String> {
    if depth > 8 {
        return None;
    }
    match v {
        Value::Array(a) => a.iter().find_map(|x| breadcrumb_in(x, depth + 1)),
        Value::Object(o) if schema::types(o).contains(&"BreadcrumbList") => {
            let steps = o.get("itemListElement")?.as_array()?;
            steps.iter().filter_map(Value::as_object).find_map(|step| {
                let item = step.get("item");
                let url = item
                    .and_then(|i| match i {
                        Value::Object(o) => o.get("@id").or_else(|| o.get("url")),
                        v => Some(v),
                    })
                    .and_then(Value::as_str)?;
                let name = step
                    .get("name")
                    .or_else(|| item.and_then(|i| i.get("name")))
                    .and_then(schema::text)?;
                (is_brand_link(url) && identifiers::label_kind(&name).is_none())
                    .then(|| fields::clean_value(Label::Brand, &name))
                    .flatten()
            })
        }
        Value::Object(o) => o.values().find_map(|x| breadcrumb_in(x, depth + 1)),
        _ => None,
    }
}

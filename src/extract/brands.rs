//! The brand a shopper reads where no field names it: a breadcrumb step leading to the brand's
//! page, or the first words of the product's name when the shop lists them as a brand (its
//! links to brand pages, menus and filters included) or a bundled rule pack names that brand.

use std::sync::OnceLock;

use serde_json::Value;

use crate::extract::dom::Doc;
use crate::extract::fields::{self, is_brand_link};
use crate::extract::identifiers::{self, Label};
use crate::extract::page::Page;
use crate::extract::{jsonld, schema, text};

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

/// The names the shop gives its brands: the texts of its links to brand pages anywhere on the
/// page (a menu's brand list, a filter, a brand index).
pub fn site_names(page: &Page) -> Vec<String> {
    let doc = page.doc;
    let mut names: Vec<String> = (page.body_start..doc.len())
        .filter(|&i| doc.tag(i) == "a" && doc.attr(i, "href").is_some_and(is_brand_link))
        .filter_map(|i| link_name(doc, i))
        .collect();
    crate::sort::sort(&mut names);
    names.dedup();
    names
}

/// The brand names of the bundled rule packs, read once.
fn bundled_names() -> &'static [String] {
    static NAMES: OnceLock<Vec<String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        crate::RuleSet::from_bytes(crate::BUNDLED_RULES)
            .map(|set| {
                set.ids()
                    .filter_map(|(_, p)| p.brand.as_ref().map(|b| b.name.clone()))
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// The brand a product's name starts with: the longest of the shop's brand names, else of the
/// bundled packs' brand names, that the title's first words spell (in any case), as the title
/// prints it.
pub fn leading(title: &str, site: &[String]) -> Option<String> {
    let title = text::tidy(title);
    let lower = title.to_lowercase();
    // Lower-casing may change byte lengths; compare only when it does not.
    if lower.len() != title.len() {
        return None;
    }
    let starts = |name: &&String| {
        let n = name.to_lowercase();
        n.len() == name.len()
            && n.len() < lower.len()
            && lower.starts_with(&n)
            && lower[n.len()..].starts_with(|c: char| {
                c.is_whitespace() || matches!(c, ',' | ':' | '-' | '–' | '|' | '/' | '®' | '™')
            })
    };
    let longest = |names: &[String]| {
        names
            .iter()
            .filter(starts)
            .max_by_key(|n| n.len())
            .map(|n| title[..n.len()].to_string())
    };
    longest(site).or_else(|| longest(bundled_names()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_titles_first_words_as_a_known_brand() {
        let site = vec!["Northwind".to_string(), "North".to_string()];
        assert_eq!(
            leading("NORTHWIND Trail Pack 30 L", &site).as_deref(),
            Some("NORTHWIND")
        );
        // A brand a bundled pack names, as the title prints it.
        assert_eq!(
            leading("Patagonia Better Sweater Jacket", &[]).as_deref(),
            Some("Patagonia")
        );
        // Whole words only, and never the whole title.
        assert_eq!(leading("Northwinds Trail Pack", &site), None);
        assert_eq!(leading("Northwind", &site), None);
        assert_eq!(leading("Trail Pack by Northwind", &site), None);
    }
}

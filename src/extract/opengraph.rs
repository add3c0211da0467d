//! OpenGraph and product meta tags (`og:title`, `product:price:amount`, `og:price:currency`…),
//! which many shops fill for link previews even when they publish no schema.org data.

use crate::extract::dom::Doc;
use crate::extract::identifiers;
use crate::extract::text;
use crate::extract::vocab;
use crate::listing::{Listing, PriceInput};
use crate::price;

/// The page's meta tags by lower-case `property`/`name`, first value kept, in document order.
pub fn metas(doc: &Doc) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for i in 0..doc.len() {
        if doc.tag(i) != "meta" {
            continue;
        }
        let (Some(key), Some(content)) = (
            doc.attr(i, "property").or_else(|| doc.attr(i, "name")),
            doc.attr(i, "content"),
        ) else {
            continue;
        };
        let key = key.trim().to_ascii_lowercase();
        let content = text::tidy(content);
        if !content.is_empty() && !out.iter().any(|(k, _)| *k == key) {
            out.push((key, content));
        }
    }
    out
}

/// The first of `keys` the page has a meta tag for.
pub fn get<'m>(metas: &'m [(String, String)], keys: &[&str]) -> Option<&'m str> {
    keys.iter()
        .find_map(|k| metas.iter().find(|(m, _)| m == k))
        .map(|(_, v)| v.as_str())
}

/// The product the meta tags describe: only when they give a price or call the page a product,
/// so article and home pages give nothing.
pub fn listing(metas: &[(String, String)]) -> Option<Listing> {
    let price = get(
        metas,
        &[
            "product:price:amount",
            "og:price:amount",
            "product:price",
            "og:price",
        ],
    );
    let is_product =
        get(metas, &["og:type"]).is_some_and(|t| t.to_ascii_lowercase().contains("product"));
    if price.is_none() && !is_product {
        return None;
    }
    let title = get(metas, &["og:title", "twitter:title"])?.to_string();
    let price = price.and_then(|p| {
        let plain =
            p.chars().all(|c| c.is_ascii_digit() || c == '.') && p.matches('.').count() <= 1;
        if plain {
            p.parse().ok().map(PriceInput::Number)
        } else {
            p.bytes()
                .any(|b| b.is_ascii_digit())
                .then(|| PriceInput::Text(p.to_string()))
        }
    });
    Some(Listing {
        title,
        description: get(metas, &["og:description"]).map(str::to_string),
        price,
        currency: get(metas, &["product:price:currency", "og:price:currency"])
            .and_then(price::currency_code)
            .map(str::to_string),
        brand: get(metas, &["product:brand", "og:brand"]).map(str::to_string),
        url: get(metas, &["og:url"]).map(str::to_string),
        images: get(metas, &["og:image", "og:image:url", "og:image:secure_url"])
            .map(|i| vec![i.to_string()])
            .unwrap_or_default(),
        sku: get(
            metas,
            &["product:retailer_item_id", "product:sku", "og:sku"],
        )
        .map(str::to_string),
        gtin: get(
            metas,
            &[
                "product:ean",
                "product:gtin",
                "product:upc",
                "og:upc",
                "og:ean",
            ],
        )
        .and_then(identifiers::gtin),
        availability: get(metas, &["product:availability", "og:availability"])
            .and_then(vocab::schema_availability)
            .map(str::to_string),
        ..Listing::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::html::Html;

    fn meta_listing(head: &str) -> Option<Listing> {
        let html = Html::parse_document(head);
        listing(&metas(&Doc::new(&html)))
    }

    #[test]
    fn product_tags() {
        let l = meta_listing(
            r#"<meta property="og:title" content="Boots"><meta property="product:price:amount" content="59.90">
            <meta property="product:price:currency" content="EUR"><meta property="og:availability" content="out of stock">"#,
        )
        .unwrap();
        assert_eq!(l.title, "Boots");
        assert_eq!(l.price, Some(PriceInput::Number(59.9)));
        assert_eq!(l.currency.as_deref(), Some("EUR"));
        assert_eq!(l.availability.as_deref(), Some("OutOfStock"));
    }

    #[test]
    fn articles_are_not_products() {
        assert_eq!(
            meta_listing(
                r#"<meta property="og:type" content="article"><meta property="og:title" content="News">"#
            ),
            None
        );
    }
}

//! Finding listings in a page's HTML: structured data first, then repeated result cards and the
//! main product of a product page.
//!
//! The page is parsed once ([`dom`]) and every finder reads the same flat index. Structured data
//! ([`jsonld`], [`microdata`], [`opengraph`]) names products exactly but often leaves fields
//! out; what the page shows ([`product`], [`cards`]) fills those gaps and covers pages with no
//! structured data at all. A product described by several sources is reported once.

mod brands;
mod cards;
mod decode;
mod dom;
mod fields;
pub mod html;
mod identifiers;
mod jsonld;
mod microdata;
mod opengraph;
mod page;
mod printed;
mod product;
mod schema;
mod state;
mod text;
mod vocab;

use std::collections::BTreeMap;

use html::Html;
use serde::Serialize;

use crate::listing::{Listing, PriceInput};
use dom::Doc;
use page::Page;
use product::Excluded;

pub use decode::decode_html;

/// Where on the page a listing was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    JsonLd,
    Microdata,
    OpenGraph,
    /// A framework's state script (`__NEXT_DATA__`, `window.__INITIAL_STATE__ = {…}`).
    Script,
    Card,
    Product,
}

/// A listing found on a page, with the element it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Found {
    pub listing: Listing,
    pub source: Source,
    /// Element-child indices from the root element to the listing's element (its card, or the
    /// product title), so a live DOM can find it again. Elements named `knockoff-badge` are
    /// skipped when counting.
    pub anchor: Option<Vec<u32>>,
}

/// Everything found on a page, and which listing is the page's own product.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Extraction {
    pub found: Vec<Found>,
    /// Index into `found` of the product a product page is about; `None` on result pages and
    /// pages without listings.
    pub main: Option<usize>,
}

/// Every listing found in `html`, in document order.
pub fn extract(html: &str) -> Vec<Found> {
    extract_page(html).found
}

/// A listing on its way out: where it sits in the document and which element it anchors to.
struct Candidate {
    listing: Listing,
    source: Source,
    /// An element the listing came from, for document order when it has no anchor.
    at: usize,
    anchor: Option<usize>,
    /// The element showing the listing's title, when known.
    title_at: Option<usize>,
}

/// Every listing found in `html`, in document order, with the page's main product marked.
pub fn extract_page(html: &str) -> Extraction {
    let parsed = Html::parse_document(html);
    let doc = Doc::new(&parsed);
    if doc.len() == 0 {
        return Extraction {
            found: Vec::new(),
            main: None,
        };
    }
    let page = Page::new(&doc);
    let heading = sole_heading(&doc, page.body_start);
    let products = structured(&doc, state::product(&page), heading);
    let mut cards = cards::find(&page);
    // A card holding the page's one heading is the page's own product drawn with the cards'
    // template (related items below it share their markup), not a result.
    if let Some(h1) = heading {
        cards.retain(|c| !c.parts.iter().any(|&p| doc.contains(p, h1)));
    }
    // Every element of a card (a card split over siblings or cells is several).
    let roots = cards.iter().flat_map(|c| c.parts.iter().copied());
    let excluded = Excluded::new(&doc, roots);
    let facts = product::facts(&page, &excluded, &names(&page, &products));
    let mut out = Vec::new();
    let main = place_products(&page, &excluded, &facts, products, &mut out);
    place_cards(&doc, cards, main, &mut out);
    finish(&page, out, main)
}

/// The page's one visible `h1` outside its banner and navigation, if it has exactly one.
fn sole_heading(doc: &Doc, body_start: usize) -> Option<usize> {
    let mut h1s = (body_start..doc.len())
        .filter(|&i| doc.tag(i) == "h1" && !doc.has(i, dom::HIDDEN) && !doc.has(i, dom::CHROME));
    let first = h1s.next()?;
    h1s.next().is_none().then_some(first)
}

/// Structured products, one per product: JSON-LD first so its fields win when microdata
/// describes the same one, variants merged. The flag marks items of an `ItemList` and
/// microdata items repeated side by side (a result page's, which name no page product), but
/// not one holding the page's one heading. Priced
/// things of other types (events, services) count only when there is no product. The product
/// of the page's state scripts fills the gaps of the one it describes, or stands for the page's
/// product when no other structured source names one.
fn structured(
    doc: &Doc,
    state: Option<(Listing, usize)>,
    heading: Option<usize>,
) -> Vec<(Candidate, bool)> {
    let mut all: Vec<(Candidate, bool)> = Vec::new();
    let mut weak: Vec<(Candidate, bool)> = Vec::new();
    for item in jsonld::products(doc) {
        let c = Candidate {
            listing: tidy(schema::listing(&item.node)),
            source: Source::JsonLd,
            at: item.at,
            anchor: None,
            title_at: None,
        };
        if item.weak {
            weak.push((c, false));
        } else {
            all.push((c, item.in_list));
        }
    }
    let items = microdata::products(doc);
    // Items repeated side by side (siblings, or each alone in a list item) are a list's.
    let group = |at: usize| match doc.parent(at) {
        Some(p) if doc.tag(p) == "li" => doc.parent(p),
        p => p,
    };
    let groups: Vec<Option<usize>> = items.iter().map(|item| group(item.at)).collect();
    for (item, g) in items.into_iter().zip(&groups) {
        let c = Candidate {
            listing: tidy(schema::listing(&item.node)),
            source: Source::Microdata,
            at: item.at,
            anchor: Some(item.at),
            title_at: item.name_at,
        };
        let repeated = g.is_some()
            && groups.iter().filter(|h| *h == g).count() >= 2
            && !heading.is_some_and(|h| doc.contains(c.at, h));
        all.push((c, repeated));
    }
    // Merge descriptions of one product: same title, SKU or barcode; an untitled one belongs
    // to the first product.
    let mut products: Vec<(Candidate, bool)> = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (c, in_list) in all {
        let l = &c.listing;
        let keys = same_product_keys(l);
        let twin = if l.title.is_empty() {
            (!products.is_empty()).then_some(0)
        } else {
            keys.iter().find_map(|k| seen.get(k).copied())
        };
        match twin {
            Some(t) => {
                let p = &mut products[t].0.listing;
                // Variants of one product: it is in stock when any variant is.
                if l.availability.as_deref() == Some("InStock") {
                    p.availability.clone_from(&l.availability);
                }
                if p.title.is_empty() {
                    for k in &keys {
                        seen.entry(k.clone()).or_insert(t);
                    }
                }
                fill(p, l);
            }
            None => {
                for k in keys {
                    seen.entry(k).or_insert(products.len());
                }
                products.push((c, in_list));
            }
        }
    }
    if let Some((listing, at)) = state {
        let l = tidy(listing);
        let twin = same_product_keys(&l)
            .iter()
            .find_map(|k| seen.get(k).copied());
        match twin {
            Some(t) => fill(&mut products[t].0.listing, &l),
            None if products.iter().all(|(_, in_list)| *in_list) => {
                let c = Candidate {
                    listing: l,
                    source: Source::Script,
                    at,
                    anchor: None,
                    title_at: None,
                };
                products.push((c, false));
            }
            None => {}
        }
    }
    if products.iter().all(|(_, in_list)| *in_list) {
        products.extend(weak);
    }
    products
}

/// What tells two descriptions of one product: its title, SKU or barcode.
fn same_product_keys(l: &Listing) -> Vec<String> {
    [
        Some(format!("t:{}", text::title_key(&l.title))),
        l.sku.as_ref().map(|s| format!("s:{s}")),
        l.gtin.as_ref().map(|g| format!("g:{g}")),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The names the page gives its product: the standalone structured products' names, then the
/// link-preview and document titles.
fn names(page: &Page, products: &[(Candidate, bool)]) -> product::Names {
    let doc = page.doc;
    let mut names = product::Names::default();
    for (c, in_list) in products {
        if !in_list && !c.listing.title.is_empty() {
            names.products.push(c.listing.title.clone());
        }
    }
    if let Some(t) = opengraph::get(&page.metas, &["og:title", "twitter:title"]) {
        names.page.push(t.to_string());
    }
    if let Some(t) = (0..page.body_start).find(|&i| doc.tag(i) == "title") {
        names.page.push(doc.els[t].el.text().collect::<String>());
    }
    names
}

/// Places the structured products in `out`, the page's own product completed from what the
/// page shows; without a structured one, the product the meta tags or the page describe.
/// Returns the main product's index in `out`.
fn place_products(
    page: &Page,
    excluded: &Excluded,
    facts: &product::Facts,
    products: Vec<(Candidate, bool)>,
    out: &mut Vec<Candidate>,
) -> Option<usize> {
    let doc = page.doc;
    let og = opengraph::listing(&page.metas);
    // The page's own product: the standalone one holding or named like the title, else the
    // only standalone one.
    let standalone: Vec<usize> = (0..products.len()).filter(|&i| !products[i].1).collect();
    let shows_title = |i: usize| {
        let c = &products[i].0;
        let holds = matches!((c.anchor, facts.title_at), (Some(a), Some(t)) if doc.contains(a, t));
        holds
            || !facts.listing.title.is_empty()
                && text::similar_titles(&c.listing.title, &facts.listing.title)
    };
    let main_structured = standalone
        .iter()
        .copied()
        .find(|&i| shows_title(i))
        .or_else(|| (standalone.len() == 1).then(|| standalone[0]));
    let titles = title_index(doc, page.body_start);
    let mut main_at = None;
    for (i, (mut c, _)) in products.into_iter().enumerate() {
        if Some(i) == main_structured {
            // An identifier the page labels for shoppers beats an internal one.
            if facts.listing.sku.is_some() {
                c.listing.sku.clone_from(&facts.listing.sku);
            }
            // Structured data left at the list price while the page shows it crossed out
            // next to the price that applies now.
            if facts.listing.price.is_some()
                && shown_as_old(page, excluded, c.listing.price.as_ref())
            {
                c.listing.price.clone_from(&facts.listing.price);
                if facts.listing.currency.is_some() {
                    c.listing.currency.clone_from(&facts.listing.currency);
                }
            }
            if let Some(og) = &og {
                fill(&mut c.listing, og);
            }
            complete(&mut c.listing, facts);
            // The page's title heading, unless it names something else and the product's
            // markup shows its name in an element of its own.
            let heading = facts.title_at.filter(|&t| {
                c.listing.title.is_empty() || text::similar_titles(doc.text(t), &c.listing.title)
            });
            let named = c
                .title_at
                .filter(|&n| !doc.has(n, dom::HIDDEN) && !doc.has(n, dom::CHROME));
            // A shopper reads the heading: structured names are often cut short or written
            // for search engines.
            if heading.is_some_and(|h| !doc.has(h, dom::HIDDEN) && !doc.has(h, dom::CHROME)) {
                c.listing.title.clone_from(&facts.listing.title);
            }
            c.anchor = heading
                .or(named)
                .or(facts.title_at)
                .or(c.title_at)
                .or(c.anchor);
            main_at = Some(out.len());
        } else {
            // Other structured items are listings only when they look like one: a short
            // title and a price or an address (not a stray description marked as a product).
            let l = &c.listing;
            if l.title.is_empty() || l.title.len() > 300 || l.price.is_none() && l.url.is_none() {
                continue;
            }
            if c.source == Source::JsonLd {
                c.anchor = titles.get(&text::title_key(&c.listing.title)).copied();
            }
        }
        out.push(c);
    }
    if main_at.is_some() {
        return main_at;
    }
    // No structured product: the meta tags' product, or the one the page shows. A title and
    // a price alone also make category pages; a product page shows more. The meta tags of a
    // product page name it when no heading does.
    let shown = (!facts.listing.title.is_empty() || og.is_some()) && facts.evidence >= 3;
    let (listing, source, priced) = match og {
        Some(mut l) if shown || l.price.is_some() => {
            let priced = l.price.is_some();
            complete(&mut l, facts);
            (l, Source::OpenGraph, priced)
        }
        _ if shown => {
            let mut l = Listing::default();
            complete(&mut l, facts);
            (l, Source::Product, false)
        }
        _ => return None,
    };
    // Without a heading, the product is the one the page shows where it prints the name.
    let title_at = facts
        .title_at
        .or_else(|| showing(page, excluded, &listing.title));
    if title_at.is_none() && !priced {
        return None;
    }
    out.push(Candidate {
        listing,
        source,
        at: title_at.unwrap_or(0),
        anchor: title_at,
        title_at,
    });
    Some(out.len() - 1)
}

/// The innermost element of the page's first one showing `title` as its whole text.
fn showing(page: &Page, excluded: &Excluded, title: &str) -> Option<usize> {
    let doc = page.doc;
    let key = text::title_key(title);
    let len = title.len();
    let shows = |i: usize| {
        let n = doc.text_len(i);
        n >= len / 2 && n <= len * 2 && text::title_key(doc.text(i)) == key
    };
    let first = (page.body_start..doc.len())
        .find(|&i| !excluded.contains(i) && !doc.has(i, dom::CHROME) && shows(i))?;
    doc.descendants(first).rfind(|&j| shows(j)).or(Some(first))
}

/// Adds the result cards no structured product already stands for (one anchored inside the
/// card, one whose element holds the card, or one with the card's title); those it does stand
/// for fill the structured listing's gaps instead.
fn place_cards(doc: &Doc, cards: Vec<cards::Card>, main: Option<usize>, out: &mut Vec<Candidate>) {
    let mut keys: BTreeMap<String, usize> = BTreeMap::new();
    for (i, c) in out.iter().enumerate() {
        keys.entry(text::title_key(&c.listing.title)).or_insert(i);
    }
    let mut anchors: Vec<(usize, usize)> = out
        .iter()
        .enumerate()
        .filter_map(|(i, c)| c.anchor.map(|a| (a, i)))
        .collect();
    crate::sort::sort(&mut anchors);
    for card in cards.into_iter().filter(|c| !c.beside) {
        let inside = card.parts.iter().find_map(|&p| {
            let k = anchors.partition_point(|&(a, _)| a < p);
            anchors
                .get(k)
                .filter(|&&(a, _)| doc.contains(p, a))
                .map(|&(_, i)| i)
        });
        let start = card.parts[0];
        let k = anchors.partition_point(|&(a, _)| a < start);
        let around = k
            .checked_sub(1)
            .map(|j| anchors[j])
            .filter(|&(a, _)| doc.contains(a, start))
            .map(|(_, i)| i);
        let twin = inside
            .or(around)
            .or_else(|| keys.get(&text::title_key(&card.listing.title)).copied());
        match twin {
            Some(t) if Some(t) != main => fill(&mut out[t].listing, &card.listing),
            Some(_) => {}
            None => out.push(Candidate {
                listing: card.listing,
                source: Source::Card,
                at: card.at,
                anchor: Some(card.at),
                title_at: None,
            }),
        }
    }
}

/// Puts the listings in document order, gives unmarked prices the page's currency and turns
/// anchors into paths.
fn finish(page: &Page, out: Vec<Candidate>, main: Option<usize>) -> Extraction {
    let currency = page_currency(page, &out);
    let mut order: Vec<usize> = (0..out.len()).collect();
    crate::sort::sort_by_key(&mut order, |&i| (out[i].anchor.unwrap_or(out[i].at), i));
    let main = main.and_then(|m| order.iter().position(|&i| i == m));
    let mut slots: Vec<Option<Candidate>> = out.into_iter().map(Some).collect();
    let found = order
        .into_iter()
        .filter_map(|i| slots[i].take())
        .map(|mut c| {
            if c.listing.price.is_some() && c.listing.currency.is_none() {
                c.listing.currency.clone_from(&currency);
            }
            Found {
                anchor: c.anchor.map(|a| page.doc.path(a)),
                listing: c.listing,
                source: c.source,
            }
        })
        .collect();
    Extraction { found, main }
}

/// Whether the page shows `price` only as an old one: crossed out, "was", or an auction's
/// opening price.
fn shown_as_old(page: &Page, excluded: &Excluded, price: Option<&PriceInput>) -> bool {
    let Some(target) = price.and_then(PriceInput::amount) else {
        return false;
    };
    let mut old = false;
    for p in page.prices.iter().filter(|p| !excluded.contains(p.at)) {
        let Some(a) = crate::price::parse_price(&page.price_text(p)).map(|m| m.amount) else {
            continue;
        };
        if (a - target).abs() < 0.005 {
            let doc = page.doc;
            let opening = printed::is_opening_price(doc.text(p.at))
                || doc
                    .prev_sibling(p.at)
                    .is_some_and(|s| printed::is_opening_price(doc.text(s)));
            if !p.struck && !opening {
                return false;
            }
            old = true;
        }
    }
    old
}

/// Visible titles (headings, links, elements named as a title or name) by their words, so a
/// JSON-LD product can be anchored to where the page shows it.
fn title_index(doc: &Doc, body_start: usize) -> BTreeMap<String, usize> {
    let mut index = BTreeMap::new();
    for i in body_start..doc.len() {
        let len = doc.text_len(i);
        if !(2..=300).contains(&len) {
            continue;
        }
        let tag = doc.tag(i);
        let titled = matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "a")
            || doc.attr(i, "itemprop") == Some("name")
            || text::name_words(&doc.names(i)).any(|w| w == "title" || w == "name");
        if titled {
            index.entry(text::title_key(doc.text(i))).or_insert(i);
        }
    }
    index
}

/// The currency the page prices in, for prices printed without a sign: the one its meta tags
/// or its other listings state, else its country's.
fn page_currency(page: &Page, found: &[Candidate]) -> Option<String> {
    opengraph::get(
        &page.metas,
        &["product:price:currency", "og:price:currency"],
    )
    .and_then(crate::price::currency_code)
    .map(str::to_string)
    .or_else(|| page.declared_currency.clone())
    .or_else(|| found.iter().find_map(|c| c.listing.currency.clone()))
    .or_else(|| page.country_currency().map(str::to_string))
}

/// Completes the main product from what the page shows: its fields, then the weaker SKU
/// sources, then stock inferred from a live buy button or a price.
fn complete(l: &mut Listing, facts: &product::Facts) {
    // Prices shown beside a sold-out product belong to other sellers or other items, unless
    // the price sits right under its title.
    let sold_out = l
        .availability
        .as_ref()
        .or(facts.listing.availability.as_ref())
        .is_some_and(|a| a == "OutOfStock");
    if sold_out && l.price.is_none() && !facts.price_by_title {
        let mut shown = facts.listing.clone();
        shown.price = None;
        shown.currency = None;
        fill(l, &shown);
    } else {
        fill(l, &facts.listing);
    }
    if l.sku.is_none() {
        l.sku.clone_from(&facts.fallback_sku);
    }
    // No field names the brand: a breadcrumb step.
    if l.brand.is_none() {
        l.brand.clone_from(&facts.breadcrumb_brand);
    }
    // A product offered at a price, with no word of it being sold out, can be bought.
    if l.availability.is_none() && (facts.buyable || l.price.is_some()) {
        l.availability = Some("InStock".into());
    }
}

/// Fills the fields `into` lacks from `from`.
fn fill(into: &mut Listing, from: &Listing) {
    if into.title.is_empty() {
        into.title.clone_from(&from.title);
    }
    if into.price.is_none() {
        into.price.clone_from(&from.price);
        if from.price.is_some() && from.currency.is_some() {
            into.currency.clone_from(&from.currency);
        }
    }
    let fields = [
        (&mut into.description, &from.description),
        (&mut into.currency, &from.currency),
        (&mut into.brand, &from.brand),
        (&mut into.seller, &from.seller),
        (&mut into.url, &from.url),
        (&mut into.category, &from.category),
        (&mut into.sku, &from.sku),
        (&mut into.gtin, &from.gtin),
        (&mut into.availability, &from.availability),
    ];
    for (to, from) in fields {
        if to.is_none() {
            to.clone_from(from);
        }
    }
    if into.images.is_empty() {
        into.images.clone_from(&from.images);
    }
}

/// Collapses whitespace and decodes entities in a structured listing's text fields.
fn tidy(mut l: Listing) -> Listing {
    l.title = text::tidy(&l.title);
    l.brand = l
        .brand
        .and_then(|b| fields::clean_value(identifiers::Label::Brand, &b));
    for f in [
        &mut l.description,
        &mut l.seller,
        &mut l.category,
        &mut l.sku,
    ] {
        *f = f.as_deref().map(text::tidy).filter(|s| !s.is_empty());
    }
    l
}

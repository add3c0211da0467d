//! The main product of a product page read from what the page shows: the title heading, the
//! price nearest to it (old and per-unit prices skipped), and brand, SKU, barcode and stock
//! from labelled fields ([`fields`]: "Brand: X", "Art.-Nr.", "Артикул"), bylines and buy
//! buttons. These facts make a listing on pages without structured data and fill the gaps of
//! those with it.

use crate::extract::brands;
use crate::extract::dom::{Doc, CHROME, HIDDEN};
use crate::extract::fields;
use crate::extract::identifiers::{self, Label};
use crate::extract::opengraph;
use crate::extract::page::{Page, PriceEl};
use crate::extract::printed;
use crate::extract::text;
use crate::extract::vocab;
use crate::listing::{Listing, PriceInput};

/// Subtrees to leave out of the main product: result cards, related items.
pub struct Excluded(Vec<(usize, usize)>);

impl Excluded {
    pub fn new(doc: &Doc, roots: impl Iterator<Item = usize>) -> Self {
        let mut ranges: Vec<(usize, usize)> = roots.map(|r| (r, doc.els[r].end as usize)).collect();
        crate::sort::sort(&mut ranges);
        Excluded(ranges)
    }

    pub fn contains(&self, i: usize) -> bool {
        let k = self.0.partition_point(|&(start, _)| start <= i);
        k > 0 && i < self.0[k - 1].1
    }
}

/// What the page shows about its main product.
pub struct Facts {
    /// The title element (the product's `h1`).
    pub title_at: Option<usize>,
    pub listing: Listing,
    /// An identifier shown less plainly (a "Ref."/"ID" field, a form field, scripts, the
    /// address): used when neither the page's labels nor its structured data give an SKU.
    pub fallback_sku: Option<String>,
    /// A buy button the shopper can press.
    pub buyable: bool,
    /// The price sits right under the title, outside any link: the product's own even when
    /// it is sold out (elsewhere a sold-out product's page shows other sellers' prices).
    pub price_by_title: bool,
    /// How strongly the page looks like it sells one item (a price by the title, a buy
    /// button, a stock phrase, an SKU, a brand).
    pub evidence: u32,
    /// The brand a breadcrumb step leading to the brand's page names.
    pub breadcrumb_brand: Option<String>,
}

/// What the page says its product is called, to tell its title from other headings.
#[derive(Default)]
pub struct Names {
    /// Names the page's structured data gives its standalone products.
    pub products: Vec<String>,
    /// The link-preview title and the document title, which often add the shop's name.
    pub page: Vec<String>,
}

/// How well an element's text shows one of the page's names: 8 when it shows a product's
/// whole name (most of its words, with little else), 4 when it shows a good part of one (the
/// name's first words, or most of its own words from it); 3 when most of its words are in the
/// page's title.
fn name_match(shown: &str, names: &Names) -> i32 {
    let have = text::title_words(shown);
    if have.is_empty() {
        return 0;
    }
    let shared = |want: &[String]| have.iter().filter(|w| want.contains(w)).count();
    let mut best = 0;
    for name in &names.products {
        let want = text::title_words(name);
        if want.is_empty() {
            continue;
        }
        let s = shared(&want);
        let leads = have.len() >= 3 && have.len() < want.len() && want.starts_with(&have);
        if s * 4 >= want.len() * 3 && s * 2 >= have.len() {
            return 8;
        }
        if leads || s >= 3 && s * 4 >= have.len() * 3 {
            best = 4;
        }
    }
    if best == 0 && have.len() >= 2 {
        for name in &names.page {
            let want = text::title_words(name);
            if shared(&want) * 4 >= have.len() * 3 {
                best = 3;
            }
        }
    }
    best
}

/// Words of class names and ids marking a block of customer reviews or comments, whose
/// headings are the reviewers' titles.
fn is_review_word(w: &str) -> bool {
    matches!(
        w,
        "review"
            | "reviews"
            | "comment"
            | "comments"
            | "testimonial"
            | "testimonials"
            | "bewertung"
            | "bewertungen"
            | "avis"
            | "opiniones"
            | "recensioni"
            | "otzyvy"
            | "otzyv"
    )
}

/// The element that names the page's product: the best `h1`, an `h2` or `h3` showing the name
/// the page gives its product, or an element named as the product's title
/// (`<div class="product-title">`) when the only `h1`s are a logo in the page header or hidden. The element showing a name the page gives its product wins over other
/// headings; review titles and section headings ("Product description") do not count.
pub fn title_element(page: &Page, excluded: &Excluded, names: &Names) -> Option<usize> {
    let doc = page.doc;
    let score = |i: usize| -> Option<i32> {
        let tag = doc.tag(i);
        let h1 = tag == "h1";
        let heading = matches!(tag, "h2" | "h3");
        if !h1 && !heading && !matches!(tag, "div" | "span" | "p") {
            return None;
        }
        let len = doc.text_len(i);
        if !(2..=400).contains(&len) || excluded.contains(i) {
            return None;
        }
        let words: Vec<String> = text::name_words(&doc.names(i)).collect();
        let named = words.iter().any(|w| {
            matches!(
                w.as_str(),
                "title" | "name" | "titel" | "titre" | "titulo" | "nombre" | "nome" | "nazwa"
            )
        });
        let product_word = |w: &str| {
            matches!(
                w,
                "product" | "pdp" | "produkt" | "produit" | "producto" | "prodotto" | "produto"
            )
        };
        // An element named as a title inside a block named for the product
        // (`<div class="ficha-producto"><div class="titulo">`).
        let product = words.iter().any(|w| product_word(w))
            || named
                && !h1
                && !heading
                && doc.parent(i).is_some_and(|p| {
                    doc.up(p, 3, |j| {
                        text::name_words(&doc.names(j)).any(|w| product_word(&w))
                    })
                    .is_some()
                });
        let shown = doc.text(i);
        // A lesser heading titles the product when it shows the name the page gives it (a
        // page whose design starts its headings at `h2`).
        let matched = if h1 || heading || named && product {
            name_match(shown, names)
        } else {
            0
        };
        if !(h1 || named && product || heading && matched >= 3) {
            return None;
        }
        if shown.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            return None;
        }
        if matched < 8 && (text::is_section_heading(shown) || vocab::is_result_summary(shown)) {
            return None;
        }
        let mut s = if h1 { 10 } else { 6 };
        if named || product {
            s += 3;
        }
        s += matched;
        if doc.has(i, HIDDEN) {
            s -= 6;
        }
        if doc.has(i, CHROME) {
            s -= 8;
        }
        // A reviewer's title, in or near a block of reviews.
        let in_reviews = |j: usize| {
            !matches!(doc.tag(j), "body" | "html")
                && text::name_words(&doc.names(j)).any(|w| is_review_word(&w))
        };
        if doc.up(i, 8, in_reviews).is_some() {
            s -= 8;
        }
        Some(s)
    };
    (page.body_start..doc.len())
        .filter_map(|i| score(i).map(|s| (s, i)))
        .filter(|&(s, _)| s > 0)
        .max_by_key(|&(s, i)| (s, std::cmp::Reverse(i)))
        .map(|(_, i)| i)
}

/// How near an element is to the title, in document order: after it is nearer than before.
pub fn closeness(at: usize, title: Option<usize>) -> f32 {
    let Some(t) = title else { return 0.0 };
    let d = at as f32 - t as f32;
    if d >= 0.0 {
        -(1.0 + d).log2() * 0.5
    } else {
        -2.0 - (1.0 - d).log2() * 0.8
    }
}

/// The price most likely to be the product's: named as a price, current, close to the title.
fn best_price<'p>(
    page: &'p Page,
    excluded: &Excluded,
    title: Option<usize>,
) -> Option<&'p PriceEl> {
    let doc = page.doc;
    // Page chrome (a mini cart's "0,00 €") and zero amounts are never the product's price.
    page.prices
        .iter()
        .filter(|p| !excluded.contains(p.at) && !doc.has(p.at, CHROME))
        .filter(|p| crate::price::parse_price(&page.price_text(p)).is_some_and(|m| m.amount > 0.0))
        .map(|p| (price_score(page, p, title), p))
        .filter(|(s, _)| *s > -6.0)
        .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.at.cmp(&a.1.at)))
        .map(|(_, p)| p)
}

/// How likely a price is the product's own: its names, its shape and its distance from the title.
fn price_score(page: &Page, p: &PriceEl, title: Option<usize>) -> f32 {
    let doc = page.doc;
    let mut s = closeness(p.at, title);
    if p.struck {
        s -= 5.0;
    }
    if p.shape.unit {
        s -= 6.0;
    }
    // Prices inside links lead to other offers or other products.
    if doc.up(p.at, 4, |j| doc.tag(j) == "a").is_some() {
        s -= 1.5;
    }
    if p.hinted {
        s += 3.0;
    }
    if p.shape.marked {
        s += 2.0;
    }
    if doc
        .attr(p.at, "itemprop")
        .is_some_and(|v| v.contains("price"))
    {
        s += 2.0;
    }
    if doc
        .up(p.at, 3, |j| printed::is_current_price_name(&doc.names(j)))
        .is_some()
    {
        s += 1.0;
    }
    if doc
        .up(p.at, 3, |j| printed::is_unit_price_name(&doc.names(j)))
        .is_some()
    {
        s -= 4.0;
    }
    if doc
        .up(p.at, 3, |j| printed::is_promo_name(&doc.names(j)))
        .is_some()
    {
        s -= 4.0;
    }

    if doc.has(p.at, HIDDEN) {
        s -= 3.0;
    }
    // The price with tax over the one without, told by the price's own surroundings (up to
    // the first element that holds another price too).
    let alone = |j: usize| {
        page.prices
            .iter()
            .filter(|q| doc.contains(j, q.at))
            .nth(1)
            .is_none()
    };
    // "or 4 payments of $62.25": one instalment, told by the price's own surroundings.
    if doc
        .up(p.at, 2, |j| {
            alone(j) && doc.text_len(j) <= 160 && printed::is_instalment(doc.text(j))
        })
        .is_some()
    {
        s -= 6.0;
    }
    let basis = doc
        .up(p.at, 2, |j| {
            alone(j)
                && (doc.text_len(j) <= 40 && printed::tax_basis(doc.text(j)).is_some()
                    || printed::tax_basis(&doc.names(j)).is_some())
        })
        .and_then(|j| {
            printed::tax_basis(doc.text(j)).or_else(|| printed::tax_basis(&doc.names(j)))
        });
    match basis {
        Some(true) => s += 1.5,
        Some(false) => s -= 2.0,
        None => {}
    }
    s
}

/// Whether an element is a control offering to buy the item.
fn is_buy_control(doc: &Doc, i: usize) -> bool {
    let tag = doc.tag(i);
    let label = match tag {
        "button" | "a" => doc.text(i),
        "input" if matches!(doc.attr(i, "type"), Some("submit" | "button")) => {
            doc.attr(i, "value").unwrap_or("")
        }
        // Shops draw buttons with any element and say so to assistive technology.
        _ if doc.attr(i, "role") == Some("button") => doc.text(i),
        _ => return false,
    };
    // An icon button says what it does to assistive technology only.
    let label = if label.trim().is_empty() {
        doc.attr(i, "aria-label")
            .or_else(|| doc.attr(i, "title"))
            .unwrap_or("")
    } else {
        label
    };
    let names: String = doc.names(i).replace(['-', '_'], "");
    let submit = match tag {
        "button" => !matches!(doc.attr(i, "type"), Some("button" | "reset")),
        "input" => doc.attr(i, "type") == Some("submit"),
        _ => false,
    };
    vocab::is_buy_label(label)
        || submit && disabled(doc, i) && vocab::is_sold_out_label(label)
        || [
            "addtocart",
            "addtobasket",
            "addtobag",
            "addcart",
            "buynow",
            "buybutton",
            "buybtn",
            "btnbuy",
        ]
        .iter()
        .any(|n| names.contains(n))
        || submit && fields::cart_form(doc, i).is_some()
}

/// Whether a control is switched off (a sold-out item's buy button).
fn disabled(doc: &Doc, i: usize) -> bool {
    doc.attr(i, "disabled").is_some()
        || doc.attr(i, "aria-disabled") == Some("true")
        || text::name_words(&doc.names(i)).any(|w| w == "disabled")
}

/// What the page shows about its main product, outside the excluded subtrees.
pub fn facts(page: &Page, excluded: &Excluded, names: &Names) -> Facts {
    let doc = page.doc;
    let title_at = title_element(page, excluded, names);
    let mut l = Listing::default();
    let mut evidence = 0;
    if let Some(t) = title_at {
        l.title = text::tidy(doc.text(t));
    }
    let fields = fields::labelled_fields(page, excluded);
    // Fields after the title first (details sections), then any before it.
    let after = |f: &&fields::Field| title_at.is_none_or(|t| f.at >= t);
    let field = |kind: Label| {
        fields
            .iter()
            .filter(|f| f.label == kind)
            .find(after)
            .or_else(|| fields.iter().find(|f| f.label == kind))
            .map(|f| f.value.clone())
    };
    let loose = |props: &[&str]| {
        (page.body_start..doc.len()).find_map(|i| {
            let p = doc.attr(i, "itemprop")?;
            if excluded.contains(i) || !props.iter().any(|q| p.eq_ignore_ascii_case(q)) {
                return None;
            }
            let v = doc
                .attr(i, "content")
                .or_else(|| doc.attr(i, "href"))
                .unwrap_or_else(|| doc.text(i));
            let v = text::tidy(v);
            (!v.is_empty()).then_some(v)
        })
    };
    let mut price_by_title = false;
    if let Some(p) = best_price(page, excluded, title_at) {
        price_by_title =
            title_at.is_some_and(|t| p.at > t) && doc.up(p.at, 4, |j| doc.tag(j) == "a").is_none();
        let (price, currency) = page.price_of(p);
        l.price = Some(price);
        // A bare amount takes the currency the page's markup states.
        l.currency = currency.or_else(|| {
            loose(&["priceCurrency"])
                .and_then(|c| crate::price::currency_code(&c).map(str::to_string))
        });
        evidence += if p.hinted { 2 } else { 1 };
        // A price named so right under the title is the one item the page sells (a category
        // page's title is followed by filters and a sort bar before any price).
        if p.hinted && price_by_title && title_at.is_some_and(|t| p.at - t <= 12) {
            evidence += 1;
        }
    } else if let Some(amount) = loose(&["price", "lowPrice"])
        .filter(|a| crate::price::parse_price(a).is_some_and(|m| m.amount > 0.0))
    {
        // A price only in an attribute (`<meta itemprop="price" content="…">`).
        l.price = Some(PriceInput::Text(amount));
        l.currency = loose(&["priceCurrency"])
            .and_then(|c| crate::price::currency_code(&c).map(str::to_string));
        evidence += 2;
    }
    // The brand the page declares for link previews, then the one it shows.
    l.brand = opengraph::get(&page.metas, &["product:brand", "og:brand"])
        .and_then(|b| fields::clean_value(Label::Brand, b))
        .or_else(|| fields::bylines(page, excluded, title_at))
        .or_else(|| field(Label::Brand))
        .or_else(|| loose(&["brand"]).and_then(|b| fields::clean_value(Label::Brand, &b)))
        .or_else(|| field(Label::Manufacturer));
    if l.brand.is_some() {
        evidence += 1;
    }
    l.sku = fields
        .iter()
        .find(|f| f.label == Label::Sku && f.plain)
        .map(|f| f.value.clone())
        .or_else(|| field(Label::Sku))
        .or_else(|| fields::named_sku(page, excluded, title_at));
    let fallback_sku = field(Label::Reference)
        .or_else(|| {
            (0..doc.len()).find_map(|i| {
                (doc.tag(i) == "input"
                    && !excluded.contains(i)
                    && doc.attr(i, "name").is_some_and(fields::is_sku_input))
                .then(|| doc.attr(i, "value"))
                .flatten()
                .and_then(|v| fields::clean_value(Label::Sku, v))
            })
        })
        .or_else(|| fields::form_sku(page, excluded))
        .or_else(|| loose(&["sku", "productID"]))
        .or_else(|| fields::script_sku(doc))
        .or_else(|| page.url_id());
    if l.sku.is_some() {
        evidence += 1;
    }
    l.gtin = field(Label::Gtin).or_else(|| {
        loose(&["gtin13", "gtin", "gtin12", "gtin14", "gtin8"]).and_then(|g| identifiers::gtin(&g))
    });
    l.availability = loose(&["availability"])
        .and_then(|a| vocab::schema_availability(&a).map(str::to_string))
        .or_else(|| stock_phrase(page, excluded, title_at))
        .or_else(|| field(Label::Availability));
    if l.availability.is_some() {
        evidence += 1;
    }
    let buy: Vec<usize> = (page.body_start..doc.len())
        .filter(|&i| !excluded.contains(i) && !doc.has(i, CHROME) && is_buy_control(doc, i))
        .collect();
    let mut buyable = false;
    if !buy.is_empty() {
        evidence += 2;
        buyable = buy
            .iter()
            .any(|&i| !disabled(doc, i) && !doc.has(i, HIDDEN));
    }
    // A switched-off submit input labelled "Sold out" (its label is a value, not text).
    if l.availability.is_none()
        && !buyable
        && buy.iter().any(|&i| {
            doc.tag(i) == "input" && vocab::is_sold_out_label(doc.attr(i, "value").unwrap_or(""))
        })
    {
        l.availability = Some("OutOfStock".into());
        evidence += 1;
    }
    Facts {
        title_at,
        listing: l,
        fallback_sku,
        buyable,
        price_by_title,
        evidence,
        breadcrumb_brand: brands::breadcrumb(page),
    }
}

/// `InStock`/`OutOfStock` from the stock phrase nearest the title, preferring elements named
/// for availability.
fn stock_phrase(page: &Page, excluded: &Excluded, title: Option<usize>) -> Option<String> {
    let doc = page.doc;
    let mut best: Option<(f32, &'static str)> = None;
    for i in page.body_start..doc.len() {
        let len = doc.text_len(i);
        if len == 0 || len > 120 || excluded.contains(i) || doc.has(i, CHROME) {
            continue;
        }
        if matches!(doc.tag(i), "option" | "select" | "script" | "style") {
            continue;
        }
        let Some(phrase) = vocab::availability_phrase(doc.text(i)) else {
            continue;
        };
        // A buy button carries labels for each of its states; CSS shows one of them. A
        // switched-off one saying only "Sold out" says it of the item.
        let control = doc
            .up(i, 3, |j| is_buy_control(doc, j))
            .or_else(|| doc.descendants(i).find(|&j| is_buy_control(doc, j)));
        let says_sold_out = |c: usize| {
            phrase == "OutOfStock" && disabled(doc, c) && doc.text(c).trim() == doc.text(i).trim()
        };
        if control.is_some_and(|c| !says_sold_out(c)) {
            continue;
        }
        // "Pickup: not available" speaks of one way to get the item, not of the item.
        let option = doc
            .up(i, 3, |j| {
                let names = doc.names(j).to_ascii_lowercase();
                [
                    "pickup", "instore", "in-store", "collect", "abholung", "retrait",
                ]
                .iter()
                .any(|w| names.contains(w))
            })
            .is_some();
        if option && phrase == "OutOfStock" {
            continue;
        }
        let named = doc
            .up(i, 2, |j| {
                let names = doc.names(j);
                [
                    "avail",
                    "stock",
                    "inventory",
                    "lager",
                    "dispon",
                    "delivery",
                    "voorraad",
                    "estoque",
                    "existencia",
                    "nalich",
                    "zaiko",
                    "varasto",
                    "laoseis",
                ]
                .iter()
                .any(|w| names.contains(w))
            })
            .is_some();
        let mut s = closeness(i, title) + if named { 4.0 } else { 0.0 };
        if doc.has(i, HIDDEN) {
            s -= 3.0;
        }
        if best.is_none_or(|(bs, _)| s > bs) {
            best = Some((s, phrase));
        }
    }
    best.filter(|(s, _)| *s > -6.0).map(|(_, p)| p.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::html::Html;
    use crate::listing::PriceInput;

    fn page_facts(html: &str) -> Listing {
        let html = Html::parse_document(html);
        let doc = Doc::new(&html);
        let page = Page::new(&doc);
        facts(
            &page,
            &Excluded::new(&doc, std::iter::empty()),
            &Names::default(),
        )
        .listing
    }

    #[test]
    fn buy_buttons_drawn_with_any_element() {
        let buyable = |html: &str| {
            let html = Html::parse_document(html);
            let doc = Doc::new(&html);
            let page = Page::new(&doc);
            let excluded = Excluded::new(&doc, std::iter::empty());
            facts(&page, &excluded, &Names::default()).buyable
        };
        assert!(buyable(
            r#"<h1>Tote</h1><div role="button" tabindex="0">Add to cart</div>"#
        ));
        assert!(buyable(
            r#"<h1>Tote</h1><span class="btn-buy" role="button">Jetzt sichern</span>"#
        ));
        assert!(!buyable(r#"<h1>Tote</h1><div>Add to cart</div>"#));
    }

    #[test]
    fn a_switched_off_buy_button_saying_sold_out() {
        let l = page_facts(
            r#"<h1>Canvas tote</h1><span class="price">£25.00</span>
            <button class="add-to-cart" disabled>Sold out</button>"#,
        );
        assert_eq!(l.availability.as_deref(), Some("OutOfStock"));
        // Switched off until a size is chosen says nothing of the stock.
        let l = page_facts(
            r#"<h1>Canvas tote</h1><span class="price">£25.00</span>
            <button class="add-to-cart" disabled>Add to bag<span class="hidden">Sold out</span></button>"#,
        );
        assert_eq!(l.availability, None);
    }

    #[test]
    fn title_price_and_fields() {
        let l = page_facts(
            r#"<header><a href="/">Shop</a> <span class="price">$0.00</span></header>
            <h1 class="product-title">Trail shoe</h1><div class="byline">by Acme</div>
            <div class="price-box"><del class="price">$99.00</del><span class="price">$79.00</span>
            <span class="unit">($7.90 / kg)</span></div>
            <p class="stock">In stock</p>
            <table><tr><th>SKU</th><td>TS-100</td></tr><tr><th>EAN</th><td>4006381333931</td></tr></table>"#,
        );
        assert_eq!(l.title, "Trail shoe");
        assert_eq!(l.price, Some(PriceInput::Text("$79.00".into())));
        assert_eq!(l.currency.as_deref(), Some("USD"));
        assert_eq!(l.brand.as_deref(), Some("Acme"));
        assert_eq!(l.sku.as_deref(), Some("TS-100"));
        assert_eq!(l.gtin.as_deref(), Some("4006381333931"));
        assert_eq!(l.availability.as_deref(), Some("InStock"));
    }
}

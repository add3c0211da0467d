//! Product pages written by hand, one per structure a shop uses to show its product's brand,
//! price and stock where no structured field says it (issue 12: extraction that generalizes).

use knockoff::extract::extract_page;
use knockoff::listing::Listing;
use scraper::Html;

mod common;
use common::{fixture, resolve};

/// The page's main listing.
fn main_listing(name: &str) -> Listing {
    let got = extract_page(&fixture(name));
    let main = got
        .main
        .unwrap_or_else(|| panic!("{name}: no main product"));
    got.found[main].listing.clone()
}

fn money(l: &Listing) -> (f64, String) {
    let m = knockoff::price::listing_money(l).expect("a price");
    (m.amount, m.currency.expect("a currency"))
}

#[test]
fn brand_from_the_shops_brand_list_and_an_icon_buy_button() {
    // No field names the brand; the menu lists the shop's brands, and the title starts with
    // one of them (the longest, not "North"). The only buy button is an icon named by its
    // `aria-label`: with the price under the title it makes the page a product page.
    let page = fixture("product-brand-site-list-en.html");
    let got = extract_page(&page);
    let main = &got.found[got.main.expect("the page's product")];
    let html = Html::parse_document(&page);
    let anchor = main.anchor.as_deref().expect("an anchor");
    assert_eq!(resolve(&html, anchor).value().name(), "h1");
    let l = &main.listing;
    assert_eq!(l.title, "Northwind Trail Pack 30 L, Moss");
    assert_eq!(l.brand.as_deref(), Some("Northwind"));
    assert_eq!(money(l), (129.0, "USD".into()));
    assert_eq!(l.availability.as_deref(), Some("InStock"));
}

#[test]
fn brand_from_a_breadcrumb_step() {
    // A step of the trail, in the page's navigation, leads to the brand's page (`/marque/…`).
    let l = main_listing("product-breadcrumb-brand-fr.html");
    assert_eq!(l.brand.as_deref(), Some("Vent du Nord"));
    assert_eq!(money(&l), (89.9, "EUR".into()));
    assert_eq!(l.availability.as_deref(), Some("InStock"));
    // The same in a JSON-LD `BreadcrumbList`, its step's item an object with an `@id`.
    let l = main_listing("product-breadcrumb-jsonld-ja.html");
    assert_eq!(l.brand.as_deref(), Some("キタカゼ"));
    assert_eq!(l.sku.as_deref(), Some("TP-30-MS"));
    assert_eq!(money(&l), (12800.0, "JPY".into()));
}

#[test]
fn brand_a_bundled_pack_names_and_a_price_in_pieces_before_a_note() {
    // The title's first word is a brand the bundled packs know; the price is set in pieces
    // and followed by a shipping note inside the price element, beside a crossed-out one.
    let l = main_listing("product-split-price-note-de.html");
    assert_eq!(l.brand.as_deref(), Some("Patagonia"));
    assert_eq!(money(&l), (129.95, "EUR".into()));
    assert_eq!(l.availability.as_deref(), Some("InStock"));
}

#[test]
fn a_result_page_marked_up_with_microdata_has_no_main_product() {
    // Its items repeat side by side; their prices are only in meta tags, so no result cards
    // are seen and the first item's heading could pass for the page's title.
    let got = extract_page(&fixture("results-microdata-en.html"));
    assert_eq!(got.main, None);
    let titles: Vec<&str> = got.found.iter().map(|f| f.listing.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Trail Pack 30 L", "City Daypack 18 L", "Summit Pack 45 L"]
    );
}

#[test]
fn a_title_named_inside_the_products_block_and_a_one_word_buy_button() {
    // The only `h1` is the shop's logo; the title is a `div` named "titulo" inside a block
    // named for the product, and the buy button's whole label is "Comprar".
    let l = main_listing("product-title-div-es.html");
    assert_eq!(l.title, "Mochila Sendero 30");
    assert_eq!(money(&l), (34.9, "EUR".into()));
    assert_eq!(l.availability.as_deref(), Some("InStock"));
}

#[test]
fn a_product_drawn_with_the_cards_template_is_the_pages_product() {
    // The product and the related items below it share one card template; the card holding
    // the page's only heading is the product, the others stay results.
    let got = extract_page(&fixture("product-card-template-en.html"));
    let main = &got.found[got.main.expect("the page's product")];
    assert_eq!(main.listing.title, "Harbour Rain Jacket");
    assert_eq!(money(&main.listing), (129.0, "USD".into()));
    assert_eq!(main.listing.availability.as_deref(), Some("InStock"));
    let titles: Vec<&str> = got.found.iter().map(|f| f.listing.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Harbour Rain Jacket",
            "Fell Jacket",
            "Storm Shell",
            "Drizzle Vest"
        ]
    );
}

#[test]
fn a_shared_sign_is_the_currency_the_page_states() {
    // `$` on a `.com` page in English: the data layer's currency code says Canadian dollars.
    let l = main_listing("product-declared-currency-en.html");
    assert_eq!(money(&l), (229.99, "CAD".into()));
    // `kr` with no country: the product block's `data-currency` says Norwegian kroner.
    let l = main_listing("product-declared-currency-no.html");
    assert_eq!(money(&l), (1499.0, "NOK".into()));
}

#[test]
fn fields_on_one_line_between_separators() {
    // "Label: value" pairs on one line, split by bars; no buy button, only a notice that the
    // item is unavailable and a button to be told when it is back.
    let l = main_listing("product-fields-one-line-it.html");
    assert_eq!(l.sku.as_deref(), Some("ZS-30-VR"));
    assert_eq!(l.brand.as_deref(), Some("Vento del Nord"));
    assert_eq!(money(&l), (79.0, "EUR".into()));
    assert_eq!(l.availability.as_deref(), Some("OutOfStock"));
}

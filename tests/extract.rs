//! Extraction over small pages written to resemble real shops: result grids and lists, product
//! pages with and without structured data, classified ads, and pages with no listings. Anchors
//! are checked by walking them the way the browser extension does (`element.children`,
//! skipping `knockoff-badge`).

use knockoff::extract::{extract, extract_page, Found, Source};
use knockoff::listing::PriceInput;
use scraper::{ElementRef, Html};

mod common;
use common::{fixture, resolve};

fn anchored<'a>(html: &'a Html, found: &Found) -> ElementRef<'a> {
    resolve(
        html,
        found.anchor.as_deref().expect("listing has an anchor"),
    )
}

fn class(e: ElementRef<'_>) -> &str {
    e.value().attr("class").unwrap_or("")
}

fn text(p: &Option<PriceInput>) -> &str {
    match p {
        Some(PriceInput::Text(t)) => t,
        other => panic!("expected a printed price, got {other:?}"),
    }
}

fn titles(found: &[Found]) -> Vec<&str> {
    found.iter().map(|f| f.listing.title.as_str()).collect()
}

#[test]
fn grid_of_result_cards() {
    let page = fixture("search-grid-de.html");
    let html = Html::parse_document(&page);
    let got = extract_page(&page);
    assert_eq!(got.main, None, "a category page has no main product");
    assert_eq!(
        titles(&got.found),
        [
            "Trekking-Rucksack 30 l, wasserdicht",
            "City Daypack mit Laptopfach",
            "Kinderrucksack Fuchs",
            "Laptop-Rucksack Business 15,6\""
        ]
    );
    let prices: Vec<&str> = got.found.iter().map(|f| text(&f.listing.price)).collect();
    assert_eq!(prices, ["49,99 €", "34,95 €", "ab 19,90 €", "1.299,00 €"]);
    for f in &got.found {
        assert_eq!(f.source, Source::Card);
        assert_eq!(f.listing.currency.as_deref(), Some("EUR"));
        assert!(class(anchored(&html, f)).starts_with("product-tile"));
    }
    let first = &got.found[0].listing;
    assert_eq!(first.brand.as_deref(), Some("Bergwerk"));
    assert_eq!(first.url.as_deref(), Some("/p/trekking-rucksack-30l-1001"));
    assert_eq!(got.found[1].listing.images, ["/img/1002.jpg"]);
    assert_eq!(
        got.found[2].listing.availability.as_deref(),
        Some("OutOfStock")
    );
}

#[test]
fn list_of_results_in_russian() {
    let got = extract(&fixture("search-list-ru.html"));
    assert_eq!(
        titles(&got),
        [
            "Кроссовки беговые Стрела, мужские",
            "Кеды классические Ветер",
            "Кроссовки детские Огонёк"
        ]
    );
    assert_eq!(text(&got[0].listing.price), "5 490 ₽");
    assert_eq!(text(&got[2].listing.price), "1 299 руб.");
    assert!(got
        .iter()
        .all(|f| f.listing.currency.as_deref() == Some("RUB")));
    assert_eq!(got[0].listing.availability.as_deref(), Some("InStock"));
    assert_eq!(got[1].listing.availability.as_deref(), Some("OutOfStock"));
}

#[test]
fn results_in_japanese() {
    let got = extract(&fixture("search-ja.html"));
    assert_eq!(got.len(), 3);
    assert_eq!(got[0].listing.title, "ソーラー電波 腕時計 メンズ ブラック");
    assert_eq!(text(&got[1].listing.price), "¥8,980");
    assert!(got
        .iter()
        .all(|f| f.listing.currency.as_deref() == Some("JPY")));
    assert_eq!(
        got[2].listing.url.as_deref(),
        Some("https://shop.example.jp/item/7003")
    );
}

#[test]
fn product_page_without_structured_data() {
    let page = fixture("product-plain-en.html");
    let html = Html::parse_document(&page);
    let got = extract_page(&page);
    let main = &got.found[got.main.expect("a product page has a main product")];
    assert_eq!(main.source, Source::Product);
    let l = &main.listing;
    assert_eq!(
        l.title,
        "Acme Stainless Steel Kettle 1.7 L, 3000 W, Brushed"
    );
    // Not the crossed-out RRP, the per-litre price, the promotion or the used offers.
    assert_eq!(text(&l.price), "£48.99");
    assert_eq!(l.currency.as_deref(), Some("GBP"));
    assert_eq!(l.brand.as_deref(), Some("Acme"));
    assert_eq!(l.sku.as_deref(), Some("B0ACME1234"));
    assert_eq!(l.availability.as_deref(), Some("InStock"));
    assert_eq!(anchored(&html, main).value().attr("id"), Some("title"));
    // The related items are listings too; the navigation logo's h1 is not.
    let related: Vec<&str> = got
        .found
        .iter()
        .filter(|f| f.source == Source::Card)
        .map(|f| f.listing.title.as_str())
        .collect();
    assert_eq!(
        related,
        [
            "Brightline Glass Kettle 1.7 L with LED",
            "Steamy Cordless Kettle, Matt Black",
            "Quiet Boil Kettle 1.5 L, Cream"
        ]
    );
    assert_eq!(got.found.len(), 4);
}

#[test]
fn product_page_with_json_ld() {
    let page = fixture("product-jsonld.html");
    let html = Html::parse_document(&page);
    let got = extract_page(&page);
    let main = &got.found[got.main.unwrap()];
    assert_eq!(main.source, Source::JsonLd);
    let l = &main.listing;
    assert_eq!(l.title, "Merino Crew Jumper");
    assert_eq!(l.price, Some(PriceInput::Number(129.0)));
    assert_eq!(l.currency.as_deref(), Some("AUD"));
    assert_eq!(l.brand.as_deref(), Some("Woolly Co."));
    assert_eq!(l.sku.as_deref(), Some("WC-MCJ-01"));
    assert_eq!(l.gtin.as_deref(), Some("9312345678907"));
    assert_eq!(l.seller.as_deref(), Some("Woolly Co."));
    // One size is sold out, another is not: the product can be bought.
    assert_eq!(l.availability.as_deref(), Some("InStock"));
    assert_eq!(
        l.description.as_deref(),
        Some("Soft & warm merino, knitted in Tasmania.")
    );
    assert_eq!(l.images.len(), 2);
    assert_eq!(anchored(&html, main).value().name(), "h1");
    // The visible product is not reported a second time; the related cards are.
    assert_eq!(got.found.len(), 4);
    assert!(got.found[1..].iter().all(|f| f.source == Source::Card));
    assert_eq!(got.found[1].listing.currency.as_deref(), Some("AUD"));
}

#[test]
fn product_page_with_microdata() {
    let page = fixture("product-microdata-fr.html");
    let html = Html::parse_document(&page);
    let got = extract_page(&page);
    assert_eq!(got.found.len(), 1);
    let main = &got.found[got.main.unwrap()];
    assert_eq!(main.source, Source::Microdata);
    let l = &main.listing;
    assert_eq!(l.title, "Perceuse visseuse sans fil 18V + 2 batteries");
    assert_eq!(l.price, Some(PriceInput::Number(119.0)));
    assert_eq!(l.currency.as_deref(), Some("EUR"));
    assert_eq!(l.brand.as_deref(), Some("Outiltop"));
    assert_eq!(l.sku.as_deref(), Some("OT-18V-2B"));
    assert_eq!(l.availability.as_deref(), Some("InStock"));
    assert_eq!(anchored(&html, main).value().name(), "h1");
}

/// The text an anchored element shows, whitespace collapsed.
fn shown(e: ElementRef<'_>) -> String {
    e.text()
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn product_title_in_a_content_header_beats_review_titles() {
    // The product's `h1` sits in a `<header>` inside `<main>` (the product's header, not the
    // page's); reviewers' titles are `h1`s too, and section headings are named as titles.
    let page = fixture("product-reviews-jsonld.html");
    let html = Html::parse_document(&page);
    let got = extract_page(&page);
    let main = &got.found[got.main.unwrap()];
    assert_eq!(main.source, Source::JsonLd);
    assert_eq!(main.listing.title, "Arden Linen Cushion, Sage");
    assert_eq!(main.listing.price, Some(PriceInput::Number(35.0)));
    let title = anchored(&html, main);
    assert_eq!(title.value().name(), "h1");
    assert_eq!(class(title), "product-header__title");
    assert_eq!(shown(title), "Arden Linen Cushion, Sage");
}

#[test]
fn section_and_review_headings_are_not_the_product_title() {
    // No structured data: the product's title is a named `div`; the page's `h1`s are a
    // section heading and reviewers' titles.
    let page = fixture("product-section-headings.html");
    let html = Html::parse_document(&page);
    let got = extract_page(&page);
    let main = &got.found[got.main.unwrap()];
    assert_eq!(main.source, Source::Product);
    assert_eq!(main.listing.title, "Alpine Down Jacket");
    assert_eq!(text(&main.listing.price), "$249.00");
    assert_eq!(main.listing.brand.as_deref(), Some("Peakline"));
    assert_eq!(class(anchored(&html, main)), "product-name");
}

#[test]
fn microdata_name_leaves_out_controls_and_price() {
    // The name element holds a save button, a sign-in link and the price before the name; a
    // site notice's `h1` comes first, and a hidden popup has an `h1` of its own.
    let page = fixture("classified-microdata-controls.html");
    let html = Html::parse_document(&page);
    let got = extract_page(&page);
    let main = &got.found[got.main.unwrap()];
    assert_eq!(main.source, Source::Microdata);
    assert_eq!(main.listing.title, "Vintage Oak Writing Desk");
    assert_eq!(main.listing.price, Some(PriceInput::Number(180.0)));
    assert_eq!(main.listing.currency.as_deref(), Some("CAD"));
    let title = anchored(&html, main);
    assert_eq!(title.value().attr("itemprop"), Some("name"));
    assert!(shown(title).ends_with("Vintage Oak Writing Desk"));
}

#[test]
fn item_list_anchors_to_visible_titles_without_duplicate_cards() {
    let page = fixture("category-itemlist.html");
    let html = Html::parse_document(&page);
    let got = extract_page(&page);
    assert_eq!(got.main, None);
    assert_eq!(
        titles(&got.found),
        [
            "Aviator Classic Sunglasses",
            "Wayfarer Polarized",
            "Round Metal Sunglasses"
        ]
    );
    for f in &got.found {
        assert_eq!(f.source, Source::JsonLd);
        let title = anchored(&html, f);
        assert_eq!(title.text().collect::<String>(), f.listing.title);
        // Filled from the card it stands for.
        assert_eq!(f.listing.images.len(), 1);
    }
    assert_eq!(got.found[2].listing.price, Some(PriceInput::Number(64.5)));
}

#[test]
fn classified_ad_with_meta_tags_only() {
    let page = fixture("classified-og.html");
    let html = Html::parse_document(&page);
    let got = extract_page(&page);
    assert_eq!(got.found.len(), 1);
    let main = &got.found[got.main.unwrap()];
    assert_eq!(main.source, Source::OpenGraph);
    assert_eq!(main.listing.title, "Rennrad Carbon 56 cm, kaum gefahren");
    assert_eq!(main.listing.price, Some(PriceInput::Number(1450.0)));
    assert_eq!(main.listing.currency.as_deref(), Some("EUR"));
    assert_eq!(main.listing.sku.as_deref(), Some("7788990"));
    assert_eq!(anchored(&html, main).value().name(), "h1");
}

#[test]
fn sold_out_product_keeps_no_other_sellers_price() {
    let got = extract_page(&fixture("product-sold-out-de.html"));
    let l = &got.found[got.main.unwrap()].listing;
    assert_eq!(l.title, "Espressomaschine Barista Pro, Edelstahl");
    assert_eq!(l.availability.as_deref(), Some("OutOfStock"));
    assert_eq!(l.brand.as_deref(), Some("Caffè Forte"));
    assert_eq!(l.sku.as_deref(), Some("848068924"));
    assert_eq!(l.price, None);
}

#[test]
fn shop_platform_product_page() {
    let page = fixture("woocommerce-product.html");
    let html = Html::parse_document(&page);
    let got = extract_page(&page);
    let main = &got.found[got.main.unwrap()];
    let l = &main.listing;
    assert_eq!(l.title, "Handmade Ceramic Mug");
    // Not the crossed-out $30.00 nor the header cart's $0.00.
    assert_eq!(text(&l.price), "$25.00");
    assert_eq!(l.currency.as_deref(), Some("USD"));
    assert_eq!(l.sku.as_deref(), Some("CC-MUG-350"));
    assert_eq!(l.availability.as_deref(), Some("InStock"));
    assert_eq!(anchored(&html, main).value().name(), "h1");
    assert_eq!(
        titles(&got.found[1..]),
        ["Serving Bowl", "Dinner Plate", "Bud Vase"]
    );
}

#[test]
fn shop_platform_category_page() {
    let got = extract_page(&fixture("magento-category.html"));
    assert_eq!(got.main, None);
    assert_eq!(
        titles(&got.found),
        ["Swift Runner", "Trail Blazer GTX", "Road Lite"]
    );
    // The special price, not the regular one it replaces.
    assert_eq!(text(&got.found[0].listing.price), "$79.00");
    assert_eq!(
        got.found[2].listing.availability.as_deref(),
        Some("OutOfStock")
    );
}

#[test]
fn dollar_sign_read_as_the_shops_currency() {
    let got = extract(&fixture("marketplace-search-es-ar.html"));
    assert_eq!(got.len(), 3);
    assert!(got
        .iter()
        .all(|f| f.listing.currency.as_deref() == Some("ARS")));
    // Cents set apart get their decimal mark; the crossed-out price is skipped.
    assert_eq!(text(&got[0].listing.price), "$71.999,50");
    let amount = knockoff::price::parse_price(text(&got[0].listing.price)).unwrap();
    assert_eq!(amount.amount, 71999.5);
}

#[test]
fn auction_shows_the_current_bid_over_the_opening_price() {
    let got = extract_page(&fixture("auction-item.html"));
    let l = &got.found[got.main.unwrap()].listing;
    assert_eq!(l.title, "Mid-century teak sideboard");
    assert_eq!(text(&l.price), "$475");
    assert_eq!(l.sku.as_deref(), Some("55501234"));
    assert_eq!(l.brand.as_deref(), Some("Nordic Workshop"));
}

#[test]
fn pages_without_listings_give_nothing() {
    for name in ["article.html", "login.html"] {
        assert_eq!(extract(&fixture(name)), Vec::new(), "{name}");
    }
    assert_eq!(extract(""), Vec::new());
    assert_eq!(extract("<p>just text"), Vec::new());
}

#[test]
fn badges_do_not_move_anchors() {
    let page = fixture("search-grid-de.html");
    let badged = page
        .replace(
            "<div class=\"product-tile",
            "<knockoff-badge><b>risk</b></knockoff-badge><div class=\"product-tile",
        )
        .replace("<h1>", "<knockoff-badge></knockoff-badge><h1>");
    let plain = extract(&page);
    let with_badges = extract(&badged);
    assert_eq!(plain, with_badges);
    let html = Html::parse_document(&badged);
    for f in &with_badges {
        assert!(class(anchored(&html, f)).starts_with("product-tile"));
    }
}

#[test]
fn same_page_same_listings() {
    for name in [
        "search-grid-de.html",
        "product-plain-en.html",
        "product-jsonld.html",
        "category-itemlist.html",
    ] {
        let page = fixture(name);
        assert_eq!(extract_page(&page), extract_page(&page), "{name}");
    }
}

/// A result page of `n` cards, each with a title, a price, an old price and shipping.
fn result_page(n: usize) -> String {
    let mut page = String::from(
        "<html lang=\"en-US\"><body><nav><a href=\"/\">Home</a></nav><h1>Results</h1><ul class=\"results\">",
    );
    for i in 0..n {
        page.push_str(&format!(
            "<li class=\"item\"><a href=\"/itm/{i}\"><img src=\"/{i}.jpg\" alt=\"\"></a>\
             <h3><a href=\"/itm/{i}\">Leather bag model {i}</a></h3>\
             <span class=\"price\">US ${}.{:02}</span> <s>US $99.00</s>\
             <span>+$4.99 shipping</span><span>4.5 out of 5 stars</span></li>",
            10 + i % 80,
            i % 100
        ));
    }
    page.push_str("</ul></body></html>");
    page
}

#[test]
fn a_thousand_cards() {
    let got = extract(&result_page(1000));
    assert_eq!(got.len(), 1000);
    assert_eq!(got[999].listing.title, "Leather bag model 999");
    assert_eq!(text(&got[999].listing.price), "US $49.99");
    let mut anchors: Vec<_> = got.iter().map(|f| f.anchor.clone()).collect();
    anchors.dedup();
    assert_eq!(anchors.len(), 1000);
}

#[test]
fn structured_results_are_reported_once() {
    let items: Vec<String> = (0..300)
        .map(|i| format!(r#"{{"@type":"ListItem","item":{{"@type":"Product","name":"Bag {i}","offers":{{"price":"{i}.50","priceCurrency":"EUR"}}}}}}"#))
        .collect();
    let mut page = format!(
        r#"<html><head><script type="application/ld+json">{{"@type":"ItemList","itemListElement":[{}]}}</script></head><body>"#,
        items.join(",")
    );
    for i in 0..300 {
        page.push_str(&format!(
            r#"<div class="tile" itemscope itemtype="https://schema.org/Product"><h2 itemprop="name"><a href="/p/{i}">Bag {i}</a></h2><span class="price" itemprop="price" content="{i}.50">{i},50 €</span></div>"#
        ));
    }
    let html = Html::parse_document(&page);
    let got = extract_page(&page);
    assert_eq!(got.main, None);
    assert_eq!(got.found.len(), 300);
    assert_eq!(got.found[7].listing.title, "Bag 7");
    assert_eq!(got.found[7].listing.price, Some(PriceInput::Number(7.5)));
    assert_eq!(anchored(&html, &got.found[7]).value().name(), "h2");
}

#[test]
fn deep_nesting_does_not_overflow() {
    let page = format!(
        "{}<h1>Deep</h1><span class=\"price\">$5</span>{}",
        "<div>".repeat(5_000),
        "</div>".repeat(5_000)
    );
    let _ = extract(&page);
}

#[test]
fn screen_reader_labels_neither_hide_prices_nor_name_cards() {
    // "Nouveau prix :" read out before the amount, and the item's name repeated inside a
    // "preview" link for screen readers: neither is what a shopper sees.
    let got = extract_page(&fixture("search-screen-reader-fr.html"));
    assert_eq!(got.main, None, "a result page has no main product");
    assert_eq!(
        titles(&got.found),
        [
            "Portable Lumen 14 pouces, 16 Go, 512 Go SSD",
            "Portable Orbite 15,6 pouces, 8 Go",
            "Portable Étoile 13 pouces, 32 Go"
        ]
    );
    let prices: Vec<&str> = got.found.iter().map(|f| text(&f.listing.price)).collect();
    assert_eq!(prices, ["899,90€", "549,00€", "1 299,00€"]);
    let stock: Vec<_> = got
        .found
        .iter()
        .map(|f| f.listing.availability.as_deref())
        .collect();
    assert_eq!(
        stock,
        [Some("InStock"), Some("InStock"), Some("OutOfStock")]
    );
}

#[test]
fn pages_saved_in_a_western_single_byte_charset_read_as_shown() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pages/product-latin1-de.html"
    );
    let bytes = std::fs::read(path).unwrap();
    let got = extract_page(&knockoff::extract::decode_html(&bytes));
    let main = &got.found[got.main.expect("the product is found")].listing;
    assert_eq!(main.title, "Tischleuchte «Wärme» Messing");
    assert_eq!(text(&main.price), "€ 129,90");
    assert_eq!(main.currency.as_deref(), Some("EUR"));
}

#[test]
fn the_price_with_tax_wins_over_the_one_without() {
    let got = extract_page(&fixture("product-tax-ja.html"));
    let main = &got.found[got.main.expect("the product is found")].listing;
    assert_eq!(main.title, "クリアファイル A4 10枚入");
    assert_eq!(text(&main.price), "￥327（税込）");
    let money = knockoff::price::listing_money(main).unwrap();
    assert_eq!(
        (money.amount, money.currency.as_deref()),
        (327.0, Some("JPY"))
    );
}

#[test]
fn results_beside_a_carousel_and_long_descriptions() {
    let got = extract(&fixture("search-carousel-ja.html"));
    // Each card once, however long its description in Japanese; nothing from the sort bar or
    // the "also viewed" carousel.
    assert_eq!(
        titles(&got),
        [
            "帆布トートバッグ 生成り",
            "帆布トートバッグ 墨黒",
            "帆布ショルダーバッグ 小",
            "帆布リュック 大容量"
        ]
    );
    assert_eq!(
        got[1].listing.price.as_ref().and_then(PriceInput::amount),
        Some(5280.0)
    );
}

#[test]
fn titles_from_heading_classes_not_category_labels() {
    let got = extract(&fixture("search-heading-classes-fr.html"));
    assert_eq!(
        titles(&got),
        [
            "Atelier Exemple Sac cabas cuir grainé camel",
            "Maison Modèle Sac bandoulière cuir lisse noir",
            "Atelier Exemple Pochette cuir tressé cognac"
        ]
    );
}

#[test]
fn two_results_of_one_template_with_modifiers() {
    let got = extract(&fixture("search-two-results-de.html"));
    // The name block's link, not its description; two cards whose classes differ only by a
    // modifier are one template.
    assert_eq!(
        titles(&got),
        [
            "Speicherbox S210 2-Bay NAS, 2x Gb LAN",
            "Datenturm T4 Pro 4-Bay NAS, 4x Gb LAN"
        ]
    );
}

#[test]
fn product_titled_by_a_lesser_heading_shipping_though_pickup_is_not() {
    let got = extract_page(&fixture("product-h2-title-pickup-en.html"));
    let main = &got.found[got.main.expect("the product is found")].listing;
    assert_eq!(main.title, "Trailfinder 40L Hiking Backpack - Slate");
    assert_eq!(
        main.price.as_ref().and_then(PriceInput::amount),
        Some(129.95)
    );
    // "Pickup: not available" speaks of one way to get it; the item itself ships.
    assert_eq!(main.availability.as_deref(), Some("InStock"));
}

#[test]
fn a_promoted_result_alone_in_its_list_is_a_result() {
    let got = extract(&fixture("search-promoted-sl.html"));
    assert_eq!(
        titles(&got),
        [
            "Gorsko kolo 29 col, aluminijast okvir",
            "Cestno kolo, karbon, velikost 56",
            "Otroško kolo 20 col",
            "Zložljivo mestno kolo"
        ]
    );
    assert_eq!(
        got[1].listing.price.as_ref().and_then(PriceInput::amount),
        Some(1150.0)
    );
}

#[test]
fn product_in_a_framework_state_script() {
    // The markup shows only the title; price, brand, SKU and stock are in `__NEXT_DATA__`,
    // beside a recommended product and a delivery option that are not the page's product.
    let page = fixture("product-next-data-en.html");
    let html = Html::parse_document(&page);
    let got = extract_page(&page);
    let main = &got.found[got.main.expect("the page's product is found")];
    assert_eq!(main.source, Source::Script);
    let l = &main.listing;
    assert_eq!(l.title, "Harbour Rain Jacket");
    assert_eq!(l.price, Some(PriceInput::Number(129.95)));
    assert_eq!(l.currency.as_deref(), Some("EUR"));
    assert_eq!(l.brand.as_deref(), Some("Northwind"));
    assert_eq!(l.sku.as_deref(), Some("NW-HRJ-NAVY"));
    assert_eq!(l.gtin.as_deref(), Some("4006381333931"));
    assert_eq!(l.availability.as_deref(), Some("InStock"));
    assert_eq!(anchored(&html, main).value().name(), "h1");
    assert_eq!(titles(&got.found), ["Harbour Rain Jacket"]);
}

/// The page's main listing.
fn main_listing(name: &str) -> knockoff::listing::Listing {
    let got = extract_page(&fixture(name));
    let main = got
        .main
        .unwrap_or_else(|| panic!("{name}: no main product"));
    got.found[main].listing.clone()
}

fn money(l: &knockoff::listing::Listing) -> (f64, String) {
    let m = knockoff::price::listing_money(l).expect("a price");
    (m.amount, m.currency.expect("a currency"))
}

#[test]
fn product_without_structured_data_bought_through_a_cart_form() {
    // An icon-only submit button in a form posting to the cart is the buy button; the form's
    // product id is the SKU; the struck price is the old one; "Kč" trails with a space group.
    let l = main_listing("product-cart-form-cs.html");
    assert_eq!(l.title, "Stolní lampa Lumen 40");
    assert_eq!(money(&l), (1299.0, "CZK".into()));
    assert_eq!(l.sku.as_deref(), Some("88412"));
    assert_eq!(l.availability.as_deref(), Some("InStock"));
}

#[test]
fn shared_currency_sign_read_by_the_pages_language() {
    let l = main_listing("product-shared-sign-sv.html");
    assert_eq!(money(&l), (2990.0, "SEK".into()));
    assert_eq!(l.sku.as_deref(), Some("FB-45-GRN"));
    assert_eq!(l.availability.as_deref(), Some("InStock"));
    let l = main_listing("product-labelled-zh.html");
    assert_eq!(money(&l), (1299.0, "CNY".into()));
    assert_eq!(l.sku.as_deref(), Some("XZ-2291"));
    assert_eq!(l.availability.as_deref(), Some("InStock"));
}

#[test]
fn instalments_are_not_the_price_and_dollars_follow_the_domain() {
    let l = main_listing("product-instalments-en-au.html");
    assert_eq!(money(&l), (249.0, "AUD".into()));
    assert_eq!(l.sku.as_deref(), Some("TB-DR18-K"));
}

#[test]
fn product_named_only_by_its_meta_tags() {
    // No heading names the product; the page's meta tags call it a product and name it, and
    // the page shows its price and a buy button.
    let page = fixture("product-og-no-heading-fr.html");
    let got = extract_page(&page);
    let main = &got.found[got.main.expect("the page's product")];
    let html = Html::parse_document(&page);
    assert_eq!(
        class(anchored(&html, main)),
        "nom",
        "anchored where the page prints its name"
    );
    let l = &main.listing;
    assert_eq!(l.title, "Théière en fonte 0,8 l");
    assert_eq!(money(l), (34.9, "EUR".into()));
    assert_eq!(l.availability.as_deref(), Some("InStock"));
}

#[test]
fn the_heading_titles_a_structured_product() {
    // The structured name is cut short; a shopper reads the heading.
    let got = extract_page(&fixture("product-jsonld-short-name-en.html"));
    let main = &got.found[got.main.expect("the page's product")];
    assert_eq!(main.source, Source::JsonLd);
    assert_eq!(
        main.listing.title,
        "Fell Runner 3 Men's Trail Running Shoe, Navy"
    );
    assert_eq!(main.listing.sku.as_deref(), Some("PS-FR3-NVY"));
}

/// The parser's named character references (src/extract/html/entity_table.rs, a sorted list):
/// with and without `;`, the longest legacy name, as browsers read them.
#[test]
fn named_character_references_read_as_browsers_read_them() {
    let html = knockoff::extract::html::Html::parse_document(
        "<p>&AElig; &AElig &notin; &notit; &noti &ampx &amp;amp; &Aacut &unknown; &zwnj;| &NotNestedGreaterGreater; &</p>",
    );
    let text: String = html.root_element().text().collect();
    assert_eq!(
        text,
        "Æ Æ ∉ ¬it; ¬i &x &amp; &Aacut &unknown; \u{200C}| \u{2AA2}\u{338} &"
    );
}

#[test]
fn sold_out_products_keep_their_own_price() {
    // A label beside its value in Estonian, "Otsas" (sold out) and a switched-off buy button:
    // the price under the title stays the product's.
    let l = main_listing("product-sold-out-et.html");
    assert_eq!(money(&l), (89.0, "EUR".into()));
    assert_eq!(l.brand.as_deref(), Some("Põhjatuul"));
    assert_eq!(l.sku.as_deref(), Some("RADA-30-RO"));
    assert_eq!(l.availability.as_deref(), Some("OutOfStock"));
    // Japanese writes the stock phrase inside a sentence, with no spaces around it.
    let l = main_listing("product-sold-out-ja.html");
    assert_eq!(money(&l), (8900.0, "JPY".into()));
    assert_eq!(l.brand.as_deref(), Some("ノースウィンド"));
    assert_eq!(l.sku.as_deref(), Some("TP-30-GR"));
    assert_eq!(l.availability.as_deref(), Some("OutOfStock"));
    // A switched-off submit input says "Sold Out" in its value; the brand is in a meta tag
    // of a page that calls itself a website.
    let l = main_listing("product-sold-out-input-en.html");
    assert_eq!(money(&l), (25.0, "USD".into()));
    assert_eq!(l.brand.as_deref(), Some("Harbor Goods Co."));
    assert_eq!(l.availability.as_deref(), Some("OutOfStock"));
}

#[test]
fn brand_from_fields_links_logos_and_class_names() {
    // One "label: value" pair per row; the block holding them all is not one field.
    let l = main_listing("product-fields-list-ru.html");
    assert_eq!(money(&l), (12990.0, "RUB".into()));
    assert_eq!(l.brand.as_deref(), Some("Северный ветер"));
    assert_eq!(l.sku.as_deref(), Some("TR-30"));
    assert_eq!(l.availability.as_deref(), Some("OutOfStock"));
    // The logo linking to the brand's page (the menu's brand links are not the product's),
    // and "Was"/"Now" prices.
    let l = main_listing("product-brand-logo-en.html");
    assert_eq!(l.brand.as_deref(), Some("Northwind"));
    assert_eq!(money(&l), (89.0, "GBP".into()));
    assert_eq!(l.availability.as_deref(), Some("InStock"));
    // A class named in German for the maker, inside the title; an old price named "statt".
    let l = main_listing("product-brand-in-title-de.html");
    assert_eq!(l.brand.as_deref(), Some("Northwind"));
    assert_eq!(money(&l), (999.0, "EUR".into()));
    assert_eq!(l.availability.as_deref(), Some("OutOfStock"));
}

#[test]
fn title_price_and_buy_button_make_a_product() {
    // No structured data: a heading, a price named in Spanish beside an old one ("antes"),
    // and a buy button; `$` on a Chilean domain is pesos with a thousands dot.
    let l = main_listing("product-buy-button-only-cl.html");
    assert_eq!(l.title, "Mochila Sendero 30");
    assert_eq!(money(&l), (34990.0, "CLP".into()));
    assert_eq!(l.availability.as_deref(), Some("InStock"));
}

#[test]
fn bare_amount_in_the_pages_country_currency() {
    // The amount is printed with no sign: the page's region (fr-FR) says euros. The buy
    // button is a `div` with the button role; the SKU is labelled in French.
    let l = main_listing("product-bare-price-fr.html");
    assert_eq!(money(&l), (129.9, "EUR".into()));
    assert_eq!(l.sku.as_deref(), Some("48213-B"));
    assert_eq!(l.availability.as_deref(), Some("InStock"));
}

#[test]
fn a_title_with_its_price_right_under_it_is_a_product() {
    // No buy button, stock phrase or identifier: the heading and the price printed right
    // under it are what a person sees as the product; `$` in New Zealand is NZD.
    let l = main_listing("product-title-and-price-only-en.html");
    assert_eq!(l.title, "Kauri Bowl, small");
    assert_eq!(money(&l), (145.0, "NZD".into()));
}

#[test]
fn class_names_in_the_shops_language() {
    // The only `h1` is the logo; the title and the bare amount are named in Dutch
    // ("product-titel", "prijs"), and the page's region says euros.
    let l = main_listing("product-class-names-nl.html");
    assert_eq!(l.title, "Fietstas Stad 20 l");
    assert_eq!(money(&l), (49.95, "EUR".into()));
    assert_eq!(l.availability.as_deref(), Some("InStock"));
}

#[test]
fn full_and_discounted_prices_named_in_italian() {
    // Neither price is crossed out: the class names say which is the full price and which
    // applies now; the brand's class is named in Italian too.
    let l = main_listing("product-discounted-it.html");
    assert_eq!(money(&l), (99.0, "EUR".into()));
    assert_eq!(l.brand.as_deref(), Some("Vento del Nord"));
    assert_eq!(l.availability.as_deref(), Some("OutOfStock"));
}

// Issue 12, product pages: one hand-written page per structure a shop uses to show its
// product's brand, price and stock where no structured field says it.

#[test]
fn an_icon_buy_button_and_no_brand_read_off_the_title() {
    // No field names the brand; the menu lists the shop's brands and the title starts with one
    // of them, which is not read as the brand (see `extract::brands`). The only buy button is
    // an icon named by its `aria-label`: with the price under the title it makes the page a
    // product page.
    let page = fixture("product-brand-site-list-en.html");
    let got = extract_page(&page);
    let main = &got.found[got.main.expect("the page's product")];
    let html = Html::parse_document(&page);
    assert_eq!(anchored(&html, main).value().name(), "h1");
    let l = &main.listing;
    assert_eq!(l.title, "Northwind Trail Pack 30 L, Moss");
    assert_eq!(l.brand, None);
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
fn a_price_in_pieces_before_a_note() {
    // The price is set in pieces and followed by a shipping note inside the price element,
    // beside a crossed-out one.
    let l = main_listing("product-split-price-note-de.html");
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

#[test]
fn a_products_own_header_inside_a_section_is_not_the_pages_banner() {
    // The title and price sit in a `header` of the product's `section`; only the site's
    // header (with its basket total) is the page's banner.
    let l = main_listing("product-section-header-en.html");
    assert_eq!(l.title, "Copper Kettle 1.5 L");
    assert_eq!(money(&l), (45.0, "GBP".into()));
    assert_eq!(l.availability.as_deref(), Some("InStock"));
}

#[test]
fn json_ld_nodes_referenced_across_blocks() {
    // The brand and the offer are nodes of their own blocks, named by `@id` from the product.
    let got = extract_page(&fixture("product-jsonld-split-blocks-en.html"));
    let main = &got.found[got.main.expect("the page's product")];
    assert_eq!(main.source, Source::JsonLd);
    let l = &main.listing;
    assert_eq!(l.brand.as_deref(), Some("Northwind"));
    assert_eq!(l.sku.as_deref(), Some("NW-HRJ-OLV"));
    assert_eq!(l.price, Some(PriceInput::Number(59.0)));
    assert_eq!(l.currency.as_deref(), Some("EUR"));
    assert_eq!(l.availability.as_deref(), Some("OutOfStock"));
}

#[test]
fn a_microdata_product_beside_a_related_one_holding_the_heading_is_the_pages() {
    // Two product items side by side: the one holding the page's heading is its product.
    let page = r#"<html lang="en-US"><body>
        <div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Trail Pack 30 L</h1>
          <span itemprop="sku">TP-30</span>
          <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
            <span itemprop="price" content="129.00">$129.00</span><meta itemprop="priceCurrency" content="USD"></div>
          <button>Add to cart</button></div>
        <div itemscope itemtype="https://schema.org/Product"><h3 itemprop="name">City Daypack 18 L</h3>
          <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
            <span itemprop="price" content="79.00">$79.00</span></div></div>
        </body></html>"#;
    let got = extract_page(page);
    let main = &got.found[got.main.expect("the page's product")];
    assert_eq!(main.source, Source::Microdata);
    assert_eq!(main.listing.title, "Trail Pack 30 L");
    assert_eq!(main.listing.sku.as_deref(), Some("TP-30"));
}

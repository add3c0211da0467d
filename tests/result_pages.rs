//! Result pages written by hand in the structures shops in Chinese, Japanese, Russian, Estonian
//! and English use, one fixture per structure: each card once with its own title and price,
//! nothing from toolbars, sort bars, price filters, pagination, carousels or history lists.

use knockoff::extract::{extract, extract_page, Found};
use knockoff::listing::PriceInput;
use scraper::Html;

mod common;
use common::{fixture, resolve};

fn titles(found: &[Found]) -> Vec<&str> {
    found.iter().map(|f| f.listing.title.as_str()).collect()
}

fn amounts(found: &[Found]) -> Vec<f64> {
    found
        .iter()
        .map(|f| {
            f.listing
                .price
                .as_ref()
                .and_then(PriceInput::amount)
                .expect("the card has a price")
        })
        .collect()
}

/// The page's listings, each checked to be anchored to an element that shows its title.
fn cards(name: &str) -> Vec<Found> {
    let page = fixture(name);
    let html = Html::parse_document(&page);
    let found = extract(&page);
    for f in &found {
        let at = resolve(&html, f.anchor.as_deref().expect("a card has an anchor"));
        let shown: String = at.text().collect::<String>().split_whitespace().collect();
        let title: String = f.listing.title.split_whitespace().collect();
        assert!(shown.contains(&title), "{name}: {title} not in its card");
    }
    found
}

fn currencies(found: &[Found]) -> Vec<&str> {
    found
        .iter()
        .map(|f| f.listing.currency.as_deref().unwrap_or(""))
        .collect()
}

#[test]
fn a_price_set_in_pieces_with_a_sales_note() {
    // `￥` `189` `.00` `2000+人付款` in one price-named element; a title in spans inside the one
    // link around the card; a lazy image; sort links and a price filter above.
    let got = cards("results-split-price-zh.html");
    assert_eq!(
        titles(&got),
        [
            "男士双肩包大容量 商务电脑包 防水",
            "女款双肩包帆布 学生 书包",
            "户外登山包 40L 轻便 双肩包",
            "儿童双肩包 卡通 幼儿园"
        ]
    );
    assert_eq!(amounts(&got), [189.0, 59.9, 268.0, 39.8]);
    assert_eq!(currencies(&got), ["CNY"; 4]);
}

#[test]
fn image_link_title_and_price_in_sibling_blocks() {
    // Picture, price and name in separate blocks of each card; toolbar links are `javascript:`.
    let got = cards("results-jd-zh.html");
    assert_eq!(got.len(), 4);
    assert_eq!(titles(&got)[1], "儿童保温杯 带吸管 400ml 粉色");
    assert_eq!(amounts(&got), [129.0, 89.9, 1299.0, 45.0]);
    assert_eq!(currencies(&got), ["CNY"; 4]);
}

#[test]
fn sort_links_and_price_filters_beside_the_cards_are_no_card() {
    // The bar above the cards holds links and prices ("1,000円～3,000円") too, but every link
    // of it leads back to this page; a sponsored card is a result; "recently checked" is not.
    let got = cards("results-toolbar-ja.html");
    assert_eq!(
        titles(&got),
        [
            "[PR] 帆布 トートバッグ A4 大容量 キャンバス",
            "本革 レザー トートバッグ メンズ 通勤",
            "ナイロン トートバッグ 軽量 折りたたみ エコバッグ",
            "ミニ トートバッグ ランチバッグ 保冷"
        ]
    );
    assert_eq!(amounts(&got), [2980.0, 12800.0, 1280.0, 980.0]);
    assert_eq!(currencies(&got), ["JPY"; 4]);
}

#[test]
fn cards_that_are_one_link_with_the_sign_apart() {
    // `¥` and `3,500` in elements of their own, a "SOLD" label, two loading cells without
    // content.
    let got = cards("results-one-link-ja.html");
    assert_eq!(
        titles(&got),
        [
            "スニーカー 白 26cm",
            "ハイカット キャンバス 黒",
            "ランニングシューズ 25.5",
            "厚底 スニーカー 23cm"
        ]
    );
    assert_eq!(amounts(&got), [3500.0, 1980.0, 12000.0, 800.0]);
}

#[test]
fn a_link_with_only_a_label_and_a_title_outside_it() {
    // The card's one link is empty (named by `aria-label`); the name sits in an unlinked heading.
    let got = cards("results-image-link-ru.html");
    assert_eq!(
        titles(&got),
        [
            "Стрела / Кроссовки беговые мужские",
            "Ветер / Кеды классические",
            "Огонёк / Кроссовки детские",
            "Север / Ботинки зимние на меху"
        ]
    );
    assert_eq!(amounts(&got), [2490.0, 1190.0, 890.0, 5990.0]);
    assert_eq!(currencies(&got), ["RUB"; 4]);
}

#[test]
fn thin_spaces_in_prices_and_a_carousel_among_the_tiles() {
    // "1 280 ₽" grouped with thin and narrow no-break spaces, the old price beside it unmarked,
    // and a recommendation shelf between two tiles of the same grid.
    let got = cards("results-thin-space-ru.html");
    assert_eq!(
        titles(&got),
        [
            "Кроссовки мужские летние сетка",
            "Кроссовки женские на платформе",
            "Кроссовки детские светящиеся",
            "Кроссовки для бега амортизация",
            "Кеды высокие текстильные",
            "Слипоны мужские замша"
        ]
    );
    assert_eq!(
        amounts(&got),
        [1280.0, 2749.0, 999.0, 4120.0, 1050.0, 3300.0]
    );
}

#[test]
fn a_table_of_results_with_cents_apart() {
    // One row per item, the header row and the pager left out; `289<sup>00</sup> €` beside
    // an old price and the price without tax.
    let got = cards("results-table-et.html");
    assert_eq!(
        titles(&got),
        [
            "Jalgratas Kalev 26\" alumiiniumraam",
            "Rattakiiver täiskasvanutele, must",
            "Jalgrattalukk U-tüüpi 180 mm",
            "Laste jalgratas 16\" punane"
        ]
    );
    assert_eq!(amounts(&got), [289.0, 24.9, 12.9, 119.0]);
    assert_eq!(currencies(&got), ["EUR"; 4]);
}

#[test]
fn a_marketplace_list_with_its_summary_bar_and_a_carousel_inside() {
    // The result list also holds the "1-48 of over 3,000 results … Sort by" bar, a "Results"
    // heading, a carousel and the pager; cards show list, unit and other sellers' prices and
    // delivery fees.
    let got = cards("results-marketplace-en.html");
    assert_eq!(
        titles(&got),
        [
            "Stainless Steel Water Bottle, 32 oz, Vacuum Insulated",
            "Collapsible Silicone Water Bottle 20 oz for Travel",
            "Kids Water Bottle with Straw Lid, 14 oz, Leak Proof",
            "Glass Water Bottle with Bamboo Lid and Sleeve, 18 oz",
            "Motivational Water Bottle Half Gallon with Time Marker",
            "Sports Squeeze Bottle 24 oz, BPA Free, 2 Pack"
        ]
    );
    assert_eq!(amounts(&got), [24.95, 12.99, 15.49, 17.89, 21.99, 9.97]);
}

#[test]
fn a_list_with_empty_cells_kept_for_lazy_loading() {
    // Three loaded cards among twelve empty cells of the same class.
    let got = cards("results-lazy-ru.html");
    assert_eq!(
        titles(&got),
        [
            "Куртка зимняя мужская, размер 50",
            "Пуховик женский длинный",
            "Ботинки кожаные 42"
        ]
    );
    assert_eq!(amounts(&got), [3500.0, 6000.0, 2200.0]);
    assert_eq!(extract_page(&fixture("results-lazy-ru.html")).main, None);
}

#[test]
fn a_card_with_many_swatches_and_a_sold_out_card_without_price() {
    let got = cards("results-swatches-et.html");
    assert_eq!(
        titles(&got),
        [
            "Villane kampsun, hall",
            "Puuvillane T-särk",
            "Talvemüts, punane",
            "Linane kleit",
            "Fliisjakk lastele"
        ]
    );
    assert_eq!(got[3].listing.price, None);
    assert_eq!(got[1].listing.url.as_deref(), Some("/toode/7002"));
}

#[test]
fn a_long_title_in_japanese_is_the_cards_title() {
    // 175 characters of keywords (441 bytes in UTF-8) beside a review link and the shop's name.
    let got = cards("results-long-title-ja.html");
    assert_eq!(got.len(), 4);
    assert!(got[0]
        .listing
        .title
        .starts_with("【送料無料】 トートバッグ"));
    assert!(got[0].listing.title.chars().count() > 150);
    assert_eq!(
        got[0].listing.url.as_deref(),
        Some("https://item.example.jp/shop/801/")
    );
    assert_eq!(amounts(&got), [1980.0, 12800.0, 990.0, 1480.0]);
}

#[test]
fn a_card_with_its_variants_priced_is_one_card() {
    // Each card shows its picture and title beside a list of colours or sizes, each with its
    // own link and price: the list is part of the card, not a list of results.
    let got = cards("results-variants-ja.html");
    assert_eq!(
        titles(&got),
        [
            "ステンレス 水筒 500ml 保温 保冷",
            "子供用 水筒 ストロー付き 400ml",
            "直飲み ボトル 1リットル 大容量",
            "真空断熱 マグボトル 350ml 軽量"
        ]
    );
    assert_eq!(amounts(&got), [2480.0, 1780.0, 3200.0, 1980.0]);
    assert_eq!(got[2].listing.url.as_deref(), Some("/item/5103"));
}

#[test]
fn a_card_with_many_labels_among_plain_ones_is_still_a_card() {
    // Unclassed cards, one with fifteen labels: four times the others' elements, but its title
    // link and price sit where theirs do.
    let got = cards("results-uneven-ru.html");
    assert_eq!(got.len(), 5);
    assert_eq!(titles(&got)[2], "Сумка-тоут из хлопка");
    assert_eq!(amounts(&got), [4590.0, 3290.0, 1190.0, 990.0, 2450.0]);
    assert_eq!(currencies(&got), ["RUB"; 5]);
}

#[test]
fn cards_split_over_a_title_row_and_a_price_row() {
    // Classifieds in a table: each ad's picture and title in one row, its place and price in
    // the next; the pair is the card, anchored at the row with the title.
    let got = cards("results-split-rows-et.html");
    assert_eq!(
        titles(&got),
        [
            "Maastikuratas 29\", alumiiniumraam",
            "Laste jalgratas 16\", punane",
            "Maanteeratas, süsinikraam, Shimano 105",
            "Elektriline linnaratas"
        ]
    );
    assert_eq!(amounts(&got), [320.0, 45.0, 1150.0, 899.9]);
    assert_eq!(currencies(&got), ["EUR"; 4]);
}

#[test]
fn cards_split_over_a_term_and_its_description() {
    // A price list: each item's link in a `dt`, its price in the `dd` after it.
    let got = cards("results-dl-ru.html");
    assert_eq!(got.len(), 4);
    assert_eq!(titles(&got)[2], "Термопот электрический");
    assert_eq!(amounts(&got), [1990.0, 2450.0, 4790.0, 890.0]);
    assert_eq!(got[3].listing.url.as_deref(), Some("/goods/1204"));
}

#[test]
fn a_linked_picture_beside_a_name_in_plain_text() {
    // The picture's link has no text and an empty `alt`, the other link says only "详情": the
    // card is titled by its name element. Price filters above the list are no cards.
    let got = cards("results-plain-name-zh.html");
    assert_eq!(
        titles(&got),
        [
            "不锈钢保温杯 500ml 男女通用",
            "儿童吸管保温杯 卡通 350ml",
            "大容量保温壶 2L 家用",
            "便携焖烧杯 带勺"
        ]
    );
    assert_eq!(amounts(&got), [59.0, 45.9, 129.0, 79.0]);
    assert_eq!(got[0].listing.url.as_deref(), Some("/goods/66101.html"));
}

#[test]
fn a_list_under_a_heading_that_recommends_is_beside_the_results() {
    // The same template twice; the second list under "Sulle võib meeldida" (you may like).
    let got = cards("results-recommended-et.html");
    assert_eq!(
        titles(&got),
        [
            "Termos 0,5 l, roostevaba teras",
            "Termos 1 l, must",
            "Termoskruus kaanega",
            "Toidutermos 0,7 l"
        ]
    );
    assert_eq!(currencies(&got), ["EUR"; 4]);
}

#[test]
fn cards_laid_out_by_column() {
    // A row of pictures, a row of names and a row of prices, each card one column of them;
    // the last band only partly filled, one card sold out without a price.
    let got = cards("results-columns-ja.html");
    assert_eq!(
        titles(&got),
        [
            "萩焼 湯のみ 白釉",
            "常滑焼 急須 朱泥 300ml",
            "有田焼 夫婦湯のみ 桜",
            "益子焼 湯のみ 糠白",
            "信楽焼 急須 黒 450ml",
            "九谷焼 湯のみ 色絵",
            "波佐見焼 湯のみ 藍"
        ]
    );
    assert_eq!(
        amounts(&got[..6]),
        [1980.0, 6600.0, 4400.0, 1760.0, 5280.0, 3300.0]
    );
    assert!(got[6].listing.price.is_none());
    assert_eq!(currencies(&got[..6]), ["JPY"; 6]);
}

#[test]
fn classifieds_with_long_descriptions() {
    // Three of four ads print a description of over 1,200 characters; each is still a card
    // of the list, with its own title and price; the sort bar's price filter is none.
    let got = cards("results-long-ads-ru.html");
    assert_eq!(
        titles(&got),
        [
            "Диван угловой раскладной, серый",
            "Шкаф-купе двухдверный 180 см",
            "Стол обеденный дубовый, 6 персон",
            "Кресло-качалка плетёное"
        ]
    );
    assert_eq!(amounts(&got), [12500.0, 8000.0, 15900.0, 4300.0]);
    assert_eq!(currencies(&got), ["RUB"; 4]);
}

#[test]
fn cards_whose_prices_a_script_draws() {
    // Every card leaves its price's place empty for a script; the cards are still the page's
    // results, without a price, and the price filter's fields are none.
    let got = cards("results-script-prices-en.html");
    assert_eq!(
        titles(&got),
        [
            "Solar stake lights, pack of 4",
            "Festoon lights 10 m, warm white",
            "Outdoor wall lantern, black",
            "LED path bollard"
        ]
    );
    assert!(got.iter().all(|f| f.listing.price.is_none()));
}

use super::*;
use crate::extract::html::Html;

/// The listings of the result cards (not those beside them) of a page.
fn results(html: &str) -> Vec<Listing> {
    let html = Html::parse_document(html);
    let doc = Doc::new(&html);
    let page = Page::new(&doc);
    find(&page)
        .into_iter()
        .filter(|c| !c.beside)
        .map(|c| c.listing)
        .collect()
}

fn titles(html: &str) -> Vec<String> {
    results(html).into_iter().map(|l| l.title).collect()
}

#[test]
fn grid_rows_give_their_cards() {
    let card = |t: &str| {
        format!(
            r#"<div class="c"><a href="/p/{t}"><img src="{t}.jpg"></a><a href="/p/{t}">{t} bag</a><span>€ 9,99</span></div>"#
        )
    };
    let page = format!(
        r#"<nav><ul><li><a href="/">Home</a></li><li><a href="/x">Sale</a></li></ul></nav>
        <div class="row">{}{}</div><div class="row">{}{}</div>"#,
        card("red"),
        card("blue"),
        card("green"),
        card("black")
    );
    assert_eq!(
        titles(&page),
        ["red bag", "blue bag", "green bag", "black bag"]
    );
}

fn prices(html: &str) -> Vec<String> {
    results(html)
        .into_iter()
        .filter_map(|l| match l.price {
            Some(crate::listing::PriceInput::Text(t)) => Some(t),
            _ => None,
        })
        .collect()
}

#[test]
fn one_price_printed_twice_counts_once() {
    // Each price once for screen readers and once drawn, a list price, a unit price and
    // other sellers' offer: four amounts in six price elements.
    let card = |i: u32| {
        format!(
            r#"<div class="res"><h2><a href="/dp/{i}">Steel bottle {i}, 750 ml</a></h2>
            <span class="p"><span class="off">${i}.99</span><span aria-hidden="true">${i}.99</span></span>
            <span>($0.{i}/Count)</span>
            <span class="list"><span class="off">$4{i}.00</span><span aria-hidden="true">$4{i}.00</span></span>
            <div><a href="/offers/{i}">Other sellers</a> <span>$1{i}.50</span></div></div>"#
        )
    };
    let page = format!(
        r#"<div class="results"><div class="bar"><span>1-48 of over 3,000 results</span></div>{}{}{}</div>"#,
        card(1),
        card(2),
        card(3)
    );
    assert_eq!(
        titles(&page),
        [
            "Steel bottle 1, 750 ml",
            "Steel bottle 2, 750 ml",
            "Steel bottle 3, 750 ml"
        ]
    );
}

#[test]
fn a_card_that_is_one_link_is_titled_by_its_name() {
    let card = |i: u32| {
        format!(
            r#"<div class="tile"><a href="/p/{i}"><img src="/{i}.jpg" alt=""><span>Кроссовки модель {i}</span><span><ins>{i} 299 ₽</ins> <del>9 999 ₽</del></span></a></div>"#
        )
    };
    let page = format!(
        r#"<div class="grid">{}{}{}</div>"#,
        card(1),
        card(2),
        card(3)
    );
    assert_eq!(
        titles(&page),
        [
            "Кроссовки модель 1",
            "Кроссовки модель 2",
            "Кроссовки модель 3"
        ]
    );
    assert_eq!(prices(&page), ["1 299 ₽", "2 299 ₽", "3 299 ₽"]);
}

#[test]
fn the_price_named_current_is_the_cards_price() {
    // A list price the page does not cross out, then the price a buyer pays.
    let card = |i: u32| {
        format!(
            r#"<li class="item"><a href="/p/{i}">Carte graphique {i}</a><p class="prix-liste">1{i}99 €</p><span class="price-main">9{i}9 €</span></li>"#
        )
    };
    let page = format!(r#"<ul>{}{}{}</ul>"#, card(1), card(2), card(3));
    assert_eq!(prices(&page), ["919 €", "929 €", "939 €"]);
}

#[test]
fn a_price_named_element_may_label_its_amount() {
    // Labels and notes in any language beside the amount, the element named as a price.
    let page = r#"<div class="list">
        <div class="c"><a href="/p/1">Nahast käekott</a><div class="price">Hind: 1 299 €</div></div>
        <div class="c"><a href="/p/2">レザー トートバッグ</a><div class="price">2,980円 送料無料</div></div>
        <div class="c"><a href="/p/3">运动鞋 男款</a><div class="price">券后¥179</div></div>
        </div>"#;
    assert_eq!(
        titles(page),
        ["Nahast käekott", "レザー トートバッグ", "运动鞋 男款"]
    );
}

#[test]
fn a_price_per_piece_is_the_cards_price() {
    let card = |i: u32| {
        format!(
            r#"<div class="tile"><a href="/p/{i}"><img src="/{i}.jpg" alt=""></a><a href="/p/{i}">Саморезы по дереву 3,5×{i}5</a><span class="cost">{i} 280 ₽/шт</span></div>"#
        )
    };
    let page = format!(
        r#"<div class="catalog">{}{}{}</div>"#,
        card(1),
        card(2),
        card(3)
    );
    assert_eq!(prices(&page), ["1 280 ₽/шт", "2 280 ₽/шт", "3 280 ₽/шт"]);
}

#[test]
fn a_small_list_of_another_template_is_beside_the_results() {
    let card = |i: u32| {
        format!(
            r#"<div class="goods"><a href="/g/{i}"><img src="/{i}.jpg" alt=""></a><a href="/g/{i}">Чайник электрический {i}</a><span>{i} 990 ₽</span></div>"#
        )
    };
    let side = |i: u32| {
        format!(
            r#"<li><a href="/top/{i}"><img src="/t{i}.jpg" alt="">Хит продаж {i}</a><b>{i}99 ₽</b></li>"#
        )
    };
    let page = format!(
        r#"<div class="list">{}</div><div class="side"><ul>{}{}</ul></div>"#,
        (1..=8).map(card).collect::<String>(),
        side(1),
        side(2)
    );
    let got = titles(&page);
    assert_eq!(got.len(), 8);
    assert!(got.iter().all(|t| t.starts_with("Чайник")));
}

#[test]
fn navigation_without_prices_is_not_cards() {
    assert!(titles(r#"<ul><li><a href="/a">Alpha</a></li><li><a href="/b">Beta</a></li><li><a href="/c">Gamma</a></li></ul>"#).is_empty());
}

#[test]
fn a_price_range_reads_as_its_low_price() {
    let card = |i: u32, price: &str| {
        format!(
            r#"<li class="item"><a href="/item/{i}"><img src="{i}.jpg"></a>
            <a href="/item/{i}">革の財布 {i}</a><span>{price}</span></li>"#
        )
    };
    let page = format!(
        r#"<html lang="ja"><body><ul>{}{}{}</ul></body></html>"#,
        card(1, "¥1,980～"),
        card(2, "1,980〜2,480円"),
        card(3, "¥2,000 ~ ¥3,000")
    );
    let listings = results(&page);
    let amounts: Vec<Option<f64>> = listings
        .iter()
        .map(|l| l.price.as_ref().and_then(|p| p.amount()))
        .collect();
    assert_eq!(amounts, [Some(1980.0), Some(1980.0), Some(2000.0)]);
    assert!(listings
        .iter()
        .all(|l| l.currency.as_deref() == Some("JPY")));
}

#[test]
fn placeholder_cards_are_not_results() {
    let card = |class: &str, href: &str, title: &str| {
        format!(
            r#"<li class="{class}"><a href="{href}"><img src="x.jpg" alt=""></a>
            <a href="{href}"><span role="heading">{title}</span></a><span>$20.00</span></li>"#
        )
    };
    let page = format!(
        r#"<html><head><link rel="canonical" href="https://www.example.com/sch/?q=bag">
        <meta property="og:site_name" content="Example"></head><body><ul>{}{}{}{}{}{}</ul></body></html>"#,
        // The shop's own tile, titled with its name.
        card(
            "s-item",
            "https://www.example.com/itm/123456",
            "Shop on Example"
        ),
        // A skeleton kept while results load, and a tile leading to the home page.
        card("s-item s-item--skeleton", "/itm/0", "Loading item"),
        card("s-item", "https://www.example.com/", "Today's deals"),
        card("s-item", "/itm/1", "Red leather bag"),
        card("s-item", "/itm/2", "Blue canvas bag"),
        card("s-item", "/itm/3", "Example-branded tote bag")
    );
    assert_eq!(
        titles(&page),
        [
            "Red leather bag",
            "Blue canvas bag",
            "Example-branded tote bag"
        ]
    );
}

#[test]
fn columns_of_lists_are_cards() {
    // Rows drawn as lists: names in one, prices in the next, each column one card.
    let row = |cells: [String; 3]| format!("<ul class=\"row\">{}</ul>", cells.concat());
    let names = |b: u32| {
        row([0, 1, 2]
            .map(|i| format!(r#"<li><a href="/k/{b}{i}">Ваза керамическая {b}{i}</a></li>"#)))
    };
    let amounts = |b: u32| row([0, 1, 2].map(|i| format!("<li>{b}{i}90 ₽</li>")));
    let page = format!(
        r#"<div class="catalog">{}{}{}{}</div>"#,
        names(1),
        amounts(1),
        names(2),
        amounts(2)
    );
    let got = titles(&page);
    assert_eq!(got.len(), 6);
    assert_eq!(got[4], "Ваза керамическая 21");
    assert_eq!(prices(&page)[4], "2190 ₽");
}

#[test]
fn a_table_of_labels_and_values_is_no_cards() {
    // A product's facts: one column of labels, one of values with a brand link and prices.
    let page = r#"<table class="specs">
        <tr><th>Brand</th><td><a href="/brands/acme">Acme</a></td></tr>
        <tr><th>Price</th><td>$49.00</td></tr>
        <tr><th>Seller</th><td><a href="/sellers/9">Gadget Store</a></td></tr>
        <tr><th>Was</th><td>$59.00</td></tr>
        <tr><th>Model</th><td><a href="/models/x2">X2 Mini</a></td></tr>
        <tr><th>Member price</th><td>$45.00</td></tr></table>"#;
    assert!(titles(page).is_empty());
}

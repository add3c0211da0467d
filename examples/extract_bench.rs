//! Times extraction: a generated 1,000-card result page, and any saved pages given as
//! arguments. Prints the median of several runs, and how much of it is HTML parsing.
//!
//!     cargo run --release --example extract_bench [page.html …]

use std::time::{Duration, Instant};

use knockoff::extract::extract;

/// A result page of `n` cards in a common shape: image link, title link, price, old price,
/// shipping, rating, seller.
fn result_page(n: usize) -> String {
    let mut page = String::from(
        "<!doctype html><html lang=\"en-US\"><head><title>bags</title></head><body><header><nav>",
    );
    for i in 0..40 {
        page.push_str(&format!("<a href=\"/c/{i}\">Category {i}</a>"));
    }
    page.push_str("</nav></header><main><h1>Results for bags</h1><ul class=\"results\">");
    for i in 0..n {
        page.push_str(&format!(
            "<li class=\"s-item\"><div class=\"s-item__image\"><a href=\"/itm/{i}\"><img src=\"/img/{i}.jpg\" alt=\"Bag {i}\"></a></div>\
             <div class=\"s-item__info\"><a class=\"s-item__link\" href=\"/itm/{i}\"><h3 class=\"s-item__title\">Vintage leather bag model {i} with strap</h3></a>\
             <span class=\"s-item__price\">US ${}.{:02}</span> <span class=\"s-item__was\"><s>US $99.00</s></span>\
             <span class=\"s-item__shipping\">+$4.99 shipping</span><span class=\"stars\">4.5 out of 5 stars</span>\
             <span class=\"s-item__seller\">seller_{} (1,204)</span></div></li>",
            10 + i % 200,
            i % 100,
            i % 37
        ));
    }
    page.push_str("</ul></main><footer><a href=\"/help\">Help</a></footer></body></html>");
    page
}

/// The same results marked up as microdata products, with a JSON-LD `ItemList` of them.
fn structured_page(n: usize) -> String {
    let items: Vec<String> = (0..n)
        .map(|i| {
            format!(
                "{{\"@type\":\"ListItem\",\"item\":{{\"@type\":\"Product\",\"name\":\"Bag model {i}\",\"sku\":\"B-{i}\",\"offers\":{{\"price\":\"{}.00\",\"priceCurrency\":\"EUR\"}}}}}}",
                10 + i % 90
            )
        })
        .collect();
    let mut page = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"ItemList\",\"itemListElement\":[{}]}}</script></head><body><div class=\"grid\">",
        items.join(",")
    );
    for i in 0..n {
        page.push_str(&format!(
            "<div class=\"tile\" itemscope itemtype=\"https://schema.org/Product\"><a href=\"/p/{i}\"><img src=\"/{i}.jpg\" alt=\"\"></a>\
             <h2 itemprop=\"name\"><a href=\"/p/{i}\">Bag model {i}</a></h2>\
             <div itemprop=\"offers\" itemscope itemtype=\"https://schema.org/Offer\"><span itemprop=\"price\" content=\"{}.00\">{},00 €</span>\
             <meta itemprop=\"priceCurrency\" content=\"EUR\"></div></div>",
            10 + i % 90,
            10 + i % 90
        ));
    }
    page.push_str("</div></body></html>");
    page
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn time(name: &str, html: &str) {
    const RUNS: usize = 15;
    let parse = median(
        (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                drop(knockoff::extract::html::Html::parse_document(html));
                t.elapsed()
            })
            .collect(),
    );
    let mut found = 0;
    let total = median(
        (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                found = extract(html).len();
                t.elapsed()
            })
            .collect(),
    );
    println!(
        "{name:40} {:>9} bytes {found:>5} listings  {:>8.2} ms (parsing {:.2} ms)",
        html.len(),
        total.as_secs_f64() * 1e3,
        parse.as_secs_f64() * 1e3
    );
}

fn main() {
    time("generated: 1,000 result cards", &result_page(1000));
    time(
        "generated: 1,000 structured results",
        &structured_page(1000),
    );
    for path in std::env::args().skip(1) {
        match std::fs::read_to_string(&path) {
            Ok(html) => time(&path, &html),
            Err(e) => eprintln!("{path}: {e}"),
        }
    }
}

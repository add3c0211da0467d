//! Extraction never panics, gives the same answer twice, and only returns anchors that lead to
//! an element, whatever it is fed: arbitrary text, tag soup made of the pieces extraction looks
//! for, and fixture pages cut and spliced at random.

use knockoff::extract::extract_page;
use proptest::prelude::*;
use scraper::Html;

mod common;
use common::fixture;

const FIXTURES: &[&str] = &[
    "search-grid-de.html",
    "search-list-ru.html",
    "product-plain-en.html",
    "product-jsonld.html",
    "product-microdata-fr.html",
    "category-itemlist.html",
    "woocommerce-product.html",
    "marketplace-search-es-ar.html",
];

/// Pieces of pages extraction reacts to, including broken ones.
const PIECES: &[&str] = &[
    "<div>",
    "</div>",
    "<div class=\"product-card\">",
    "<li class=item>",
    "</li>",
    "<ul>",
    "<a href=\"/p/1\">",
    "<a href='#'>",
    "</a>",
    "<h1>",
    "</h1>",
    "<h3>",
    "Leather bag",
    "Кроссовки",
    "腕時計",
    "<span class=\"price\">",
    "<del>",
    "</del>",
    "</span>",
    "$12.99",
    "1.299,00 €",
    "¥8,980",
    "(€ 3,99 / kg)",
    "Rs 23,450",
    "0,00",
    "<img src=\"/i.jpg\" alt=\"x\">",
    "<script type=\"application/ld+json\">",
    "{\"@type\":\"Product\",\"name\":\"A\",\"offers\":{\"price\":\"",
    "\"}}",
    "{\"@graph\":[{\"@id\":\"#o\"},",
    "</script>",
    "<div itemscope itemtype=\"https://schema.org/Product\">",
    "<span itemprop=\"name\">",
    "<meta itemprop=\"price\" content=\"5\">",
    "<div itemprop=\"offers\" itemscope>",
    "<meta property=\"product:price:amount\" content=\"9.5\">",
    "<meta property=\"og:title\" content=\"T\">",
    "<table><tr><th>SKU</th><td>AB-12</td></tr></table>",
    "Brand: Acme",
    "Артикул: 123456",
    "In stock",
    "Ausverkauft",
    "<button>Add to cart</button>",
    "<input type=hidden name=sku value=X1>",
    "<knockoff-badge>",
    "</knockoff-badge>",
    "<template><li>hidden</li></template>",
    "<!--",
    "-->",
    "&amp;",
    "&#x",
    "\u{200f}",
    "<br>",
    "<div class=\"byline\">by ",
    "Visit the ",
    " Store",
    "\u{212a}",
    "İ",
    "ẞ",
    "ﬃ",
    "<p>",
    "<table>",
    "<tr>",
    "<td>",
    " ",
];

/// Extracts twice, checks the answers agree and every anchor leads to an element.
fn check(page: &str) {
    let first = extract_page(page);
    let second = extract_page(page);
    assert_eq!(first, second);
    if let Some(m) = first.main {
        assert!(m < first.found.len());
    }
    let html = Html::parse_document(page);
    for found in &first.found {
        let Some(anchor) = &found.anchor else {
            continue;
        };
        common::resolve(&html, anchor);
    }
}

/// The nearest character boundary at or before `at`.
fn boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_text(page in ".{0,600}") {
        check(&page);
    }

    #[test]
    fn tag_soup(pieces in prop::collection::vec(0..PIECES.len(), 0..120)) {
        let page: String = pieces.into_iter().map(|i| PIECES[i]).collect();
        check(&page);
    }

    #[test]
    fn cut_and_spliced_fixtures(
        which in 0..FIXTURES.len(),
        cut_at in 0.0f64..1.0,
        cut_len in 0usize..400,
        splice_at in 0.0f64..1.0,
        piece in 0..PIECES.len(),
    ) {
        let mut page = fixture(FIXTURES[which]);
        let start = boundary(&page, (cut_at * page.len() as f64) as usize);
        let end = boundary(&page, start + cut_len);
        page.replace_range(start..end, "");
        let at = boundary(&page, (splice_at * page.len() as f64) as usize);
        page.insert_str(at, PIECES[piece]);
        check(&page);
    }
}

//! What marks cards beside the results or in place of one: carousels and recommendation
//! blocks, skeletons kept while results load, the shop's own tile.

use crate::extract::dom::Doc;
use crate::extract::opengraph;
use crate::extract::page::Page;
use crate::extract::text;

/// Whether a group of cards sits in a carousel or a recommendation block ("Customers also
/// viewed", "Recently viewed"): by the class and id words of its ancestors, the names the
/// common slider libraries and shops give them, or ARIA's carousel description.
pub(super) fn in_carousel(doc: &Doc, at: usize) -> bool {
    const WORDS: &[&str] = &[
        "carousel",
        "slider",
        "slides",
        "slide",
        "swiper",
        "slick",
        "splide",
        "glide",
        "flickity",
        "owl",
        "recommend",
        "recommended",
        "recommendation",
        "recommendations",
        "recs",
        "upsell",
        "crosssell",
        "recently",
        "recent",
        "viewed",
        "history",
    ];
    doc.up(at, usize::MAX, |a| {
        doc.attr(a, "aria-roledescription")
            .is_some_and(|r| r.eq_ignore_ascii_case("carousel"))
            || ["class", "id"].iter().any(|k| {
                doc.attr(a, k)
                    .is_some_and(|v| text::name_words(v).any(|w| WORDS.contains(&w.as_str())))
            })
    })
    .is_some()
}

/// Whether a heading introduces recommendations rather than results ("You may also like",
/// "Customers also bought", "Вам может понравиться", "おすすめ商品", "猜你喜欢"), in the
/// languages of the shops extraction is measured on and their neighbours'.
pub(super) fn recommends(heading: &str) -> bool {
    const PHRASES: &[&str] = &[
        "you may also like",
        "you might also like",
        "you may like",
        "recommended for you",
        "recommended products",
        "customers also",
        "customers who",
        "similar items",
        "similar products",
        "related products",
        "related items",
        "recently viewed",
        "vous aimerez aussi",
        "vous aimerez peut-être",
        "das könnte dir auch gefallen",
        "das könnte ihnen auch gefallen",
        "ähnliche artikel",
        "ähnliche produkte",
        "también te puede interesar",
        "productos relacionados",
        "potrebbe piacerti",
        "вам может понравиться",
        "вам также может понравиться",
        "рекомендуем",
        "рекомендуемые",
        "похожие товары",
        "с этим товаром покупают",
        "вы смотрели",
        "недавно просмотренные",
        "sulle võib meeldida",
        "soovitame",
        "sarnased tooted",
        "seotud tooted",
        "viimati vaadatud",
        "おすすめ",
        "オススメ",
        "この商品を見た人",
        "この商品を買った人",
        "最近チェックした",
        "閲覧履歴",
        "関連商品",
        "猜你喜欢",
        "为你推荐",
        "為你推薦",
        "相关推荐",
        "看了又看",
        "最近浏览",
    ];
    let t = heading.to_lowercase();
    PHRASES.iter().any(|p| t.contains(p))
}

/// Whether a card stands in for a result rather than being one: a skeleton shown while
/// results load, named so by its class. (`aria-hidden` alone is no sign: shops set it on
/// visible cards too.)
pub(super) fn is_placeholder(doc: &Doc, at: usize) -> bool {
    const WORDS: &[&str] = &["skeleton", "placeholder", "ghost", "shimmer"];
    doc.attr(at, "class")
        .is_some_and(|v| text::name_words(v).any(|w| WORDS.contains(&w.as_str())))
}

/// The names a page gives its shop: `og:site_name`, and the name in its address
/// (`www.ebay.com` → `ebay`), in lower case.
pub(super) fn site_names(page: &Page) -> Vec<String> {
    let mut names: Vec<String> = opengraph::get(&page.metas, &["og:site_name"])
        .map(str::to_lowercase)
        .into_iter()
        .collect();
    if let Some(host) = page.host() {
        let labels: Vec<&str> = host.split('.').collect();
        // The label before the public suffix: `shop.example.co.uk` → `example`.
        let generic = |l: &str| l.len() <= 3 || matches!(l, "www" | "shop" | "store");
        if let Some(name) = labels.iter().rev().skip(1).find(|l| !generic(l)) {
            names.push(name.to_lowercase());
        }
    }
    names
}

/// Whether a card's title only names the shop ("eBay", "Shop on eBay"): the shop's own tile
/// among the results, no item.
pub(super) fn names_only_the_shop(title: &str, sites: &[String]) -> bool {
    let lower = title.to_lowercase();
    let words = lower.split_whitespace().count();
    sites.iter().any(|s| {
        lower == *s
            || words <= 3
                && words > s.split_whitespace().count()
                && lower.ends_with(&format!(" {s}"))
    })
}

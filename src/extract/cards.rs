//! Result cards on search and category pages: sibling elements of one tag that each hold a
//! titled link and a price. Counting prices and links per subtree with prefix sums over the
//! pre-order index keeps this linear in the page size whatever the layout (grid, list, table).

use std::collections::BTreeMap;

use crate::extract::dom::{Doc, CHROME, HIDDEN};
use crate::extract::opengraph;
use crate::extract::page::{Page, PriceEl};
use crate::extract::printed;
use crate::extract::text;
use crate::extract::vocab;
use crate::listing::Listing;
use crate::text_facts;

/// A card found on the page.
pub struct Card {
    /// The card element; for a card split over sibling elements, the one with its title's link.
    pub at: usize,
    /// The elements the card is made of: `at`'s subtree, or the run of siblings around it.
    pub elements: std::ops::Range<usize>,
    pub listing: Listing,
    /// In a carousel or recommendation block beside the results: not a result, but not the
    /// page's own product either.
    pub beside: bool,
}

/// Most different amounts one card shows: its price, an old price, a unit price, a member
/// price. Amounts, not price elements: shops print one price twice (once for screen readers,
/// once drawn; once for phones, once for desktops).
const MAX_PRICES: usize = 4;

/// Most characters one card holds; page sections with prices and links (a buy box, delivery
/// details) hold more. Counted in characters, so a card in Japanese gets as much as one in
/// English.
const MAX_TEXT: usize = 1200;

/// Whether an element holds at most [`MAX_TEXT`] characters (UTF-8 takes at most four bytes
/// for one, so most elements are told by their byte length alone).
fn short_enough(doc: &Doc, i: usize) -> bool {
    let bytes = doc.text_len(i);
    bytes <= MAX_TEXT || bytes <= MAX_TEXT * 4 && doc.text(i).chars().count() <= MAX_TEXT
}

/// Whether a group of cards sits in a carousel or a recommendation block ("Customers also
/// viewed", "Recently viewed"): by the class and id words of its ancestors, the names the
/// common slider libraries and shops give them, or ARIA's carousel description.
fn in_carousel(doc: &Doc, at: usize) -> bool {
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
fn recommends(heading: &str) -> bool {
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

/// Whether an element is a heading by tag, by role, or by the `h2`-style classes CSS frameworks
/// style as one.
fn is_heading(doc: &Doc, j: usize) -> bool {
    matches!(doc.tag(j), "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
        || doc.attr(j, "role") == Some("heading")
        || doc.attr(j, "class").is_some_and(|c| {
            c.split_whitespace()
                .any(|c| matches!(c, "h1" | "h2" | "h3" | "h4" | "h5" | "h6"))
        })
}

/// Whether an element is named as the item's title, not as a category's or a brand's
/// ("title-cat").
fn names_the_item(doc: &Doc, j: usize) -> bool {
    let names = doc.names(j);
    text::name_words(&names).any(|w| matches!(w.as_str(), "title" | "name"))
        && !text::name_words(&names)
            .any(|w| matches!(w.as_str(), "cat" | "category" | "brand" | "subtitle"))
}

/// Whether a card stands in for a result rather than being one: a skeleton shown while
/// results load, named so by its class. (`aria-hidden` alone is no sign: shops set it on
/// visible cards too.)
fn is_placeholder(doc: &Doc, at: usize) -> bool {
    const WORDS: &[&str] = &["skeleton", "placeholder", "ghost", "shimmer"];
    doc.attr(at, "class")
        .is_some_and(|v| text::name_words(v).any(|w| WORDS.contains(&w.as_str())))
}

/// Whether a link leads to a page of its own: not the shop's home page (where a placeholder
/// card links).
fn leads_somewhere(href: &str) -> bool {
    let href = href.trim();
    let query = href.split('#').next().unwrap_or("").split_once('?');
    !path_of(href).trim_matches('/').is_empty() || query.is_some_and(|(_, q)| !q.is_empty())
}

/// The names a page gives its shop: `og:site_name`, and the name in its address
/// (`www.ebay.com` → `ebay`), in lower case.
fn site_names(page: &Page) -> Vec<String> {
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
fn names_only_the_shop(title: &str, sites: &[String]) -> bool {
    let lower = title.to_lowercase();
    let words = lower.split_whitespace().count();
    sites.iter().any(|s| {
        lower == *s
            || words <= 3
                && words > s.split_whitespace().count()
                && lower.ends_with(&format!(" {s}"))
    })
}

/// Whether two elements come from one template: the same first class (modifiers such as
/// `item--sold` or `is-active` follow it), or no class at all.
fn same_template(doc: &Doc, a: usize, b: usize) -> bool {
    let first = |i: usize| {
        doc.attr(i, "class")
            .and_then(|c| c.split_whitespace().next())
    };
    first(a) == first(b)
}

/// The members of a sibling group made from the median member's template: about as large, of
/// its class, or with its title link and price as deep in the same elements. Result cards are
/// made from one template (one with twenty colour swatches or a long promotion is still one),
/// page sections that happen to be siblings are not.
fn alike<S: PartialEq>(doc: &Doc, members: Vec<usize>, shape: impl Fn(usize) -> S) -> Vec<usize> {
    let size = |m: usize| doc.els[m].end as usize - m;
    let mut by_size = members.clone();
    crate::sort::sort_by_key(&mut by_size, |&m| size(m));
    let median = by_size[by_size.len() / 2];
    // A class shared by three members or more is a template; two page columns may share one.
    let of_template = |m: usize| doc.attr(m, "class").is_some() && same_template(doc, m, median);
    let templated = members.iter().filter(|&&m| of_template(m)).count() >= 3;
    let median_shape = shape(median);
    let kept: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&m| {
            let (a, b) = (size(m), size(median));
            a * 3 >= b && a <= b * 3 || templated && of_template(m) || shape(m) == median_shape
        })
        .collect();
    if kept.len() * 5 >= members.len() * 3 {
        kept
    } else {
        Vec::new()
    }
}

/// Counts of marked elements per subtree, from prefix sums over document order.
struct Counts(Vec<u32>);

impl Counts {
    fn new(n: usize, marked: impl Iterator<Item = usize>) -> Self {
        let mut flags = vec![0u32; n + 1];
        for i in marked {
            flags[i + 1] += 1;
        }
        for i in 1..=n {
            flags[i] += flags[i - 1];
        }
        Counts(flags)
    }

    fn within(&self, doc: &Doc, i: usize) -> usize {
        (self.0[doc.els[i].end as usize] - self.0[i]) as usize
    }
}

/// The path of an address (`https://shop.example/s?k=bag` → `/s`, `/s?k=bag` → `/s`,
/// `?k=bag` → ``).
fn path_of(href: &str) -> &str {
    let rest = match href.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("", |at| &rest[at..]),
        None => href
            .strip_prefix("//")
            .map_or(href, |rest| rest.find('/').map_or("", |at| &rest[at..])),
    };
    rest.split(['?', '#']).next().unwrap_or("")
}

/// Whether a link leads to another page. A link to this very page with other parameters
/// (`?sort=price`, `/s?k=bag&page=2`) sorts, filters or turns the page of the results: no
/// item's.
fn leads_away(doc: &Doc, i: usize, this_page: &str) -> bool {
    if doc.tag(i) != "a" {
        return false;
    }
    let Some(href) = doc.attr(i, "href") else {
        return false;
    };
    let href = href.trim();
    !(href.is_empty()
        || href.starts_with(['#', '?'])
        || href.starts_with("javascript:")
        || !this_page.is_empty() && path_of(href) == this_page)
}

/// Whether a link leads to another page and has something to call the item by.
fn is_titled_link(doc: &Doc, i: usize, this_page: &str) -> bool {
    if !leads_away(doc, i, this_page) {
        return false;
    }
    let letters = doc.text(i).chars().filter(|c| c.is_alphabetic()).count();
    letters >= 3
        || doc.attr(i, "title").is_some_and(|t| !t.trim().is_empty())
        || doc
            .attr(i, "aria-label")
            .is_some_and(|t| !t.trim().is_empty())
        || doc
            .descendants(i)
            .any(|j| doc.tag(j) == "img" && doc.attr(j, "alt").is_some_and(|a| a.trim().len() > 2))
}

/// An element's text without what only screen readers get (`sr-only`, `visually-hidden`,
/// `hide-text` spans that repeat the item's name inside a "Quick view" link).
fn seen_text(doc: &Doc, i: usize) -> String {
    const SCREEN_READER: &[&str] = &[
        "sr-only",
        "screen-reader",
        "visually-hidden",
        "visuallyhidden",
        "hide-text",
        "a11y-hidden",
    ];
    let mut text = doc.text(i).to_string();
    for j in doc.descendants(i) {
        let classes = doc.attr(j, "class").unwrap_or("").to_ascii_lowercase();
        if SCREEN_READER.iter().any(|c| classes.contains(c)) {
            text = text.replacen(doc.text(j), "", 1);
        }
    }
    text
}

/// Every card on the page in document order, those in carousels beside the results marked.
pub fn find(page: &Page) -> Vec<Card> {
    let doc = page.doc;
    let n = doc.len();
    if n == 0 || page.prices.is_empty() {
        return Vec::new();
    }
    // A price not crossed out; one quoted per piece or per metre is a card's price when the
    // card shows no other ("1 280 ₽/шт", "12,90 €/tk").
    let prices = Counts::new(n, page.prices.iter().filter(|p| !p.struck).map(|p| p.at));
    let amounts: Vec<Option<f64>> = page
        .prices
        .iter()
        .map(|p| page.price_of(p).0.amount())
        .collect();
    // The different amounts printed from element `i` up to `end` (one element's subtree or a
    // run of siblings), up to one more than a card shows.
    let few_amounts = |i: usize, end: usize| {
        let first = page.prices.partition_point(|p| p.at < i);
        let mut seen: Vec<u64> = Vec::new();
        for (p, amount) in page.prices[first..].iter().zip(&amounts[first..]) {
            if p.at >= end {
                break;
            }
            let key = amount.map_or(u64::MAX - p.at as u64, f64::to_bits);
            if !seen.contains(&key) {
                seen.push(key);
                if seen.len() > MAX_PRICES {
                    return false;
                }
            }
        }
        true
    };
    let this_page = page.url().map_or("", path_of);
    let links = Counts::new(
        n,
        (page.body_start..n).filter(|&i| is_titled_link(doc, i, this_page)),
    );
    // A picture linked without a name (an empty `alt`) beside the item's name in plain text,
    // marked as a heading or a name, is a card too.
    let images = Counts::new(n, (page.body_start..n).filter(|&i| doc.tag(i) == "img"));
    let bare_links = Counts::new(
        n,
        (page.body_start..n).filter(|&i| leads_away(doc, i, this_page)),
    );
    let names = Counts::new(
        n,
        (page.body_start..n).filter(|&i| {
            (3..=MAX_TEXT * 4).contains(&doc.text_len(i))
                && !doc.has(i, HIDDEN)
                && (is_heading(doc, i) || names_the_item(doc, i))
        }),
    );
    let picture_links = Counts::new(
        n,
        (page.body_start..n).filter(|&i| {
            leads_away(doc, i, this_page)
                && !doc.has(i, HIDDEN)
                && doc.descendants(i).any(|j| doc.tag(j) == "img")
        }),
    );
    let linked = |i: usize| {
        links.within(doc, i) >= 1 || picture_links.within(doc, i) >= 1 && names.within(doc, i) >= 1
    };
    let qualifies = |i: usize| {
        prices.within(doc, i) >= 1
            && linked(i)
            && short_enough(doc, i)
            && few_amounts(i, doc.els[i].end as usize)
            && !doc.has(i, CHROME | HIDDEN)
            && !matches!(doc.tag(i), "html" | "body" | "head" | "main" | "form")
    };
    // The tags from a member down to its first link and to its first price: what
    // one template repeats however much else a card holds.
    let path_down = |from: usize, to: Option<usize>| {
        let mut tags = Vec::new();
        let mut at = to;
        while let Some(j) = at.filter(|&j| j != from) {
            tags.push(doc.tag(j));
            at = doc.parent(j);
        }
        tags
    };
    let shape = |m: usize| {
        let end = doc.els[m].end as usize;
        let link = doc
            .descendants(m)
            .find(|&j| bare_links.within(doc, j) >= 1 && leads_away(doc, j, this_page));
        let first = page.prices.partition_point(|p| p.at < m);
        let price = page.prices[first..]
            .iter()
            .take_while(|p| p.at < end)
            .find(|p| !p.struck)
            .map(|p| p.at);
        (path_down(m, link), path_down(m, price))
    };
    // Sibling groups of one tag whose members qualify.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for p in page.body_start..n {
        if prices.within(doc, p) < 2 {
            continue;
        }
        // Per tag: the qualifying children, and how many children have that tag.
        let mut by_tag: BTreeMap<&str, (Vec<usize>, usize)> = BTreeMap::new();
        for c in doc.children(p) {
            let entry = by_tag.entry(doc.tag(c)).or_default();
            entry.1 += 1;
            if qualifies(c) {
                entry.0.push(c);
            }
        }
        for (tag, (members, siblings)) in by_tag {
            if members.len() < 2 {
                continue;
            }
            // Empty cells of the cards' own template, kept for lazy loading, are not siblings
            // that count.
            let lazy = doc
                .children(p)
                .filter(|&c| {
                    doc.tag(c) == tag
                        && doc.text_len(c) == 0
                        && doc.attr(c, "class").is_some()
                        && members.iter().any(|&m| same_template(doc, c, m))
                })
                .count();
            let siblings = siblings - lazy;
            // Results fill their list; two page sections among forty siblings do not.
            let share = members.len() as f32 / siblings as f32;
            let members = alike(doc, members, shape);
            let accept = members.len() >= 3 && share >= 0.3
                || members.len() == 2 && share >= 0.5 && {
                    let (a, b) = (members[0], members[1]);
                    same_template(doc, a, b)
                        && [a, b]
                            .iter()
                            .all(|&m| doc.descendants(m).any(|j| doc.tag(j) == "img"))
                };
            if accept {
                groups.push(members);
            }
        }
    }
    // A member holding a group of its own is a card when it shows a picture and a titled link
    // outside that group (a book and its formats' prices, a shoe and its colours'); a row of
    // cards shows neither of its own. The inner group is then part of its card.
    let members = Counts::new(n, groups.iter().flatten().copied());
    let mut is_member = vec![false; n];
    for &m in groups.iter().flatten() {
        is_member[m] = true;
    }
    let mut holds_parts = vec![false; n];
    for &m in groups.iter().flatten() {
        if members.within(doc, m) == 1 {
            continue;
        }
        let (mut own_links, mut own_images) = (links.within(doc, m), images.within(doc, m));
        let mut j = m + 1;
        while j < doc.els[m].end as usize {
            if is_member[j] {
                own_links -= links.within(doc, j);
                own_images -= images.within(doc, j);
                j = doc.els[j].end as usize;
            } else {
                j += 1;
            }
        }
        holds_parts[m] = own_links >= 1 && own_images >= 1;
    }
    for g in &mut groups {
        g.retain(|&m| {
            doc.parent(m)
                .and_then(|p| doc.up(p, usize::MAX, |a| holds_parts[a]))
                .is_none()
        });
    }
    // Keep the innermost groups: rows of cards qualify too, but their members hold cards. A
    // few members holding a group of their own (a carousel among the results) leave the
    // others be.
    let members = Counts::new(n, groups.iter().flatten().copied());
    for g in &mut groups {
        let all = g.len();
        g.retain(|&m| members.within(doc, m) == 1);
        if g.len() < 2 || g.len() * 2 <= all {
            g.clear();
        }
    }
    groups.retain(|g| !g.is_empty());
    let template = |i: usize| {
        (
            doc.tag(i),
            doc.attr(i, "class")
                .and_then(|c| c.split_whitespace().next()),
        )
    };
    // A result that shows no price (sold out, price on request, a price the shop's script
    // draws) is still one of the list's cards when it is made from the cards' template: a
    // classed sibling with a picture and a titled link.
    let priced = Counts::new(n, page.prices.iter().map(|p| p.at));
    for g in &mut groups {
        let Some(parent) = doc.parent(g[0]) else {
            continue;
        };
        let t = template(g[0]);
        if t.1.is_none() || g.iter().any(|&m| template(m) != t) {
            continue;
        }
        let more: Vec<usize> = doc
            .children(parent)
            .filter(|&c| {
                template(c) == t
                    && !g.contains(&c)
                    && priced.within(doc, c) == 0
                    && links.within(doc, c) >= 1
                    && members.within(doc, c) == 0
                    && short_enough(doc, c)
                    && !doc.has(c, CHROME | HIDDEN)
                    && doc.descendants(c).any(|j| doc.tag(j) == "img")
            })
            .collect();
        g.extend(more);
    }
    // A promoted result shown alone in a list of its own is made from the results' template.
    let mut templates: Vec<_> = groups.iter().flatten().map(|&m| template(m)).collect();
    crate::sort::sort(&mut templates);
    templates.dedup();
    let mut cards: Vec<usize> = groups.iter().flatten().copied().collect();
    crate::sort::sort(&mut cards);
    let members = Counts::new(n, cards.iter().copied());
    let singles: Vec<usize> = (page.body_start..n)
        .filter(|&i| {
            let t = template(i);
            t.1.is_some()
                && templates.binary_search(&t).is_ok()
                && cards.binary_search(&i).is_err()
                && members.within(doc, i) == 0
                && qualifies(i)
                && doc
                    .up(i, usize::MAX, |a| cards.binary_search(&a).is_ok())
                    .is_none()
        })
        .collect();
    groups.extend(singles.into_iter().map(|i| vec![i]));
    // With no element holding a whole card, cards split over sibling elements: a title row
    // then a price row (`tr` pairs, `dt` and `dd`, two `div`s), each run of them one card, in
    // the largest list of such runs, each anchored at its element with the title's link.
    let runs: Vec<(usize, usize, usize)> = if groups.is_empty() {
        let whole = |c: usize| prices.within(doc, c) >= 1 && links.within(doc, c) >= 1;
        let signature = |c: usize| {
            let class = doc
                .attr(c, "class")
                .and_then(|c| c.split_whitespace().next());
            (doc.tag(c), class)
        };
        let runs_of = |p: usize| {
            let kids: Vec<usize> = doc.children(p).collect();
            let mut best: Vec<(usize, usize, usize)> = Vec::new();
            for k in 2..=3 {
                for offset in 0..k.min(kids.len()) {
                    let windows = kids[offset..].chunks_exact(k);
                    let Some(first) = windows.clone().next() else {
                        continue;
                    };
                    let shape: Vec<_> = first.iter().map(|&c| signature(c)).collect();
                    let runs: Vec<(usize, usize, usize)> = windows
                        .filter(|w| {
                            let (start, end) = (w[0], doc.els[w[k - 1]].end as usize);
                            let sum =
                                |c: &Counts| w.iter().map(|&m| c.within(doc, m)).sum::<usize>();
                            w.iter().map(|&c| signature(c)).eq(shape.iter().copied())
                                && !w.iter().any(|&c| whole(c))
                                && sum(&prices) >= 1
                                && sum(&links) >= 1
                                && w.iter()
                                    .map(|&c| doc.text(c).chars().count())
                                    .sum::<usize>()
                                    <= MAX_TEXT
                                && few_amounts(start, end)
                        })
                        .filter_map(|w| {
                            let end = doc.els[w[k - 1]].end as usize;
                            let titled = w.iter().find(|&&c| links.within(doc, c) >= 1);
                            titled.map(|&t| (t, w[0], end))
                        })
                        .collect();
                    if runs.len() >= 3
                        && runs.len() * k * 5 >= kids.len() * 3
                        && runs.len() > best.len()
                    {
                        best = runs;
                    }
                }
            }
            best
        };
        (page.body_start..n)
            .filter(|&p| prices.within(doc, p) >= 3 && !doc.has(p, CHROME | HIDDEN))
            .map(runs_of)
            .max_by_key(Vec::len)
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    // Carousels and recommendations beside the results are not results; a page of nothing but
    // carousels (a shop's home page) still shows its items.
    // A list under a heading that recommends ("You may also like", "Вам может понравиться")
    // is beside results at least as many: the last heading before the list, not one in a card.
    let mut member_at: Vec<usize> = groups.iter().flatten().copied().collect();
    member_at.sort_unstable();
    let in_card = |j: usize| {
        let k = member_at.partition_point(|&m| m <= j);
        k > 0 && doc.contains(member_at[k - 1], j)
    };
    let headings: Vec<usize> = (page.body_start..n)
        .filter(|&j| is_heading(doc, j))
        .collect();
    let recommended = |g: &[usize]| {
        let list = doc.parent(g[0]).unwrap_or(g[0]);
        headings[..headings.partition_point(|&h| h < list)]
            .iter()
            .rev()
            .find(|&&h| !in_card(h))
            .is_some_and(|&h| recommends(doc.text(h)))
    };
    let mut carousel: Vec<bool> = groups.iter().map(|g| in_carousel(doc, g[0])).collect();
    let recommendations: Vec<bool> = groups.iter().map(|g| recommended(g)).collect();
    let results: usize = groups
        .iter()
        .zip(carousel.iter().zip(&recommendations))
        .filter(|(_, (&c, &r))| !c && !r)
        .map(|(g, _)| g.len())
        .sum();
    for ((g, c), r) in groups.iter().zip(carousel.iter_mut()).zip(recommendations) {
        *c |= r && results >= g.len();
    }
    let only_carousels = carousel.iter().all(|&c| c);
    // The results are the template most cards share; a list of a template of its own a
    // quarter its size or less (a sidebar of best sellers, a block of ads) is beside them.
    let mut per_template: BTreeMap<_, usize> = BTreeMap::new();
    for (g, _) in groups.iter().zip(&carousel).filter(|(_, &c)| !c) {
        *per_template.entry(template(g[0])).or_default() += g.len();
    }
    if let Some(most) = per_template.values().max().copied() {
        for (g, c) in groups.iter().zip(carousel.iter_mut()) {
            let size = per_template.get(&template(g[0])).copied().unwrap_or(0);
            *c |= size * 4 <= most;
        }
    }
    let mut cards: Vec<(usize, usize, usize, bool)> = groups
        .iter()
        .zip(carousel)
        .flat_map(|(g, c)| {
            g.iter()
                .map(move |&at| (at, at, doc.els[at].end as usize, c && !only_carousels))
        })
        .chain(
            runs.into_iter()
                .map(|(at, start, end)| (at, start, end, false)),
        )
        .collect();
    crate::sort::sort(&mut cards);
    let sites = site_names(page);
    let cards: Vec<Card> = cards
        .into_iter()
        .filter(|&(at, _, _, _)| !is_placeholder(doc, at))
        .filter_map(|(at, start, end, beside)| {
            card(page, start, end, &sites).map(|listing| Card {
                at,
                elements: start..end,
                listing,
                beside,
            })
        })
        .collect();
    // One product shown several times (a block per variant, all leading to the same page) is
    // not a list of results; one product offered by several sellers is.
    let mut items: Vec<(&str, Option<&str>)> = cards
        .iter()
        .filter(|c| !c.beside)
        .map(|c| (c.listing.title.as_str(), c.listing.url.as_deref()))
        .collect();
    crate::sort::sort(&mut items);
    items.dedup();
    if items.len() == 1 && cards.iter().filter(|c| !c.beside).count() > 1 {
        return Vec::new();
    }
    cards
}

/// The listing one card shows: the elements from `at` up to `end`, one element's subtree or a
/// run of siblings.
fn card(page: &Page, at: usize, end: usize, sites: &[String]) -> Option<Listing> {
    let doc = page.doc;
    let inside = at + 1..end;
    let first = page.prices.partition_point(|p| p.at < at);
    let price_els: Vec<_> = page.prices[first..]
        .iter()
        .take_while(|p| p.at < end)
        .collect();
    // The price a buyer pays now: not an old or unit price, and named as the current one
    // (`price-main`, `sale-price`) over a second, unmarked one (a list price).
    let named_current = |p: &PriceEl| {
        doc.up(p.at, 2, |j| {
            (at..end).contains(&j) && printed::is_current_price_name(&doc.names(j))
        })
        .is_some()
    };
    let price = price_els
        .iter()
        .rev()
        .max_by_key(|p| (p.current(), named_current(p)));
    let is_price = |j: usize| {
        price_els
            .iter()
            .any(|p| doc.contains(j, p.at) || doc.contains(p.at, j))
    };
    let usable = |j: usize| {
        let t = doc.text(j);
        t.chars().filter(|c| c.is_alphabetic()).count() >= 3
            // In characters: a 150-character Japanese title takes 450 bytes.
            && (t.len() <= 400 || t.chars().count() <= 400)
            && !is_price(j)
            && !vocab::is_buy_label(t)
            && !vocab::is_result_summary(t)
    };
    // A card's title links to the item; a heading that links nowhere titles a section.
    let linked = |j: usize| {
        doc.up(j, 4, |a| doc.tag(a) == "a").is_some()
            || doc.descendants(j).any(|a| doc.tag(a) == "a")
    };
    let heading = inside
        .clone()
        .find(|&j| is_heading(doc, j) && usable(j) && linked(j));
    let named = || {
        inside
            .clone()
            .find(|&j| names_the_item(doc, j) && usable(j) && linked(j))
    };
    let this_page = page.url().map_or("", path_of);
    let links: Vec<usize> = inside
        .clone()
        .filter(|&j| is_titled_link(doc, j, this_page))
        .collect();
    // The longest link text that names something ("Details", "Quick view" do not, even with
    // the item's name added for screen readers), a descriptive one (two words or more)
    // before a single short word.
    let longest_link = || {
        links
            .iter()
            .copied()
            .filter(|&j| usable(j) && !vocab::is_generic_link(&seen_text(doc, j)))
            .max_by_key(|&j| {
                let t = doc.text(j);
                (
                    t.len() >= 12 || t.split_whitespace().count() >= 2,
                    t.len(),
                    std::cmp::Reverse(j),
                )
            })
    };
    // A heading or name block holding the title's link and more (a description, a rating)
    // gives the link's text.
    let title_el = heading.or_else(named).map(|t| {
        links
            .iter()
            .copied()
            .filter(|&l| l != t && doc.contains(t, l) && usable(l))
            .filter(|&l| !vocab::is_generic_link(&seen_text(doc, l)))
            .max_by_key(|&l| (doc.text_len(l), std::cmp::Reverse(l)))
            .unwrap_or(t)
    });
    // A card made of one link around everything (picture, name, price): the longest text
    // inside it that is no price and holds no block of its own (the name, not the name and
    // the rating around it).
    let text_block = || {
        let wrapped = |j: usize| links.iter().any(|&l| doc.contains(l, j) && is_price(l));
        let candidates: Vec<usize> = inside
            .clone()
            .filter(|&j| wrapped(j) && usable(j))
            .collect();
        candidates
            .iter()
            .copied()
            .filter(|&j| {
                !candidates
                    .iter()
                    .any(|&k| k != j && doc.contains(j, k) && text_facts::is_block(doc.tag(k)))
            })
            .max_by_key(|&j| (doc.text_len(j), std::cmp::Reverse(j)))
    };
    let title_el = title_el.or_else(longest_link).or_else(text_block);
    // A card whose links name nothing (a picture with an empty `alt`, "詳細") shows its name
    // in plain text, marked as a heading or a name (one in a hidden pop-up is not shown).
    let plain = || {
        inside.clone().find(|&j| {
            (is_heading(doc, j) || names_the_item(doc, j)) && !doc.has(j, HIDDEN) && usable(j)
        })
    };
    let title = match title_el {
        Some(j) => text::tidy(doc.text(j)),
        None => match links.iter().find_map(|&j| {
            doc.attr(j, "title")
                .or_else(|| doc.attr(j, "aria-label"))
                .or_else(|| {
                    doc.descendants(j)
                        .find(|&k| doc.tag(k) == "img")
                        .and_then(|k| doc.attr(k, "alt"))
                })
        }) {
            Some(t) => text::tidy(t),
            None => text::tidy(doc.text(plain()?)),
        },
    };
    if title.is_empty() || names_only_the_shop(&title, sites) {
        return None;
    }
    // The link around or inside the title, else the first one.
    let link = title_el
        .and_then(|t| {
            links
                .iter()
                .copied()
                .find(|&l| doc.contains(l, t) || doc.contains(t, l))
        })
        .or(links.first().copied())
        .or_else(|| inside.clone().find(|&j| leads_away(doc, j, this_page)));
    // A card is an item: its link leads to a page of its own.
    if link
        .and_then(|l| doc.attr(l, "href"))
        .is_some_and(|h| !leads_somewhere(h))
    {
        return None;
    }
    let (price, currency) = price.map(|p| page.price_of(p)).unzip();
    // The item's picture: an image inside a link before badges and icons outside one.
    let image_of = |j: usize| {
        // Lazy loaders keep a placeholder in `src` and the image in a data attribute.
        ["src", "data-src", "data-original", "data-lazy-src"]
            .iter()
            .filter_map(|a| doc.attr(j, a))
            .find(|s| !s.trim().is_empty() && !s.starts_with("data:"))
            .or_else(|| {
                doc.attr(j, "srcset")
                    .and_then(|s| s.split_whitespace().next())
            })
            .map(str::to_string)
    };
    let images: Vec<usize> = inside.clone().filter(|&j| doc.tag(j) == "img").collect();
    let image = images
        .iter()
        .find(|&&j| links.iter().any(|&l| doc.contains(l, j)))
        .or(images.first())
        .and_then(|&j| image_of(j));
    let brand = inside.clone().find_map(|j| {
        let names = doc.names(j);
        let t = doc.text(j);
        (text::name_words(&names).any(|w| w == "brand") && (2..=40).contains(&t.len()))
            .then(|| text::tidy(t))
    });
    let availability = inside
        .clone()
        .filter(|&j| doc.text_len(j) <= 40)
        .find_map(|j| vocab::availability_phrase(doc.text(j)));
    Some(Listing {
        title,
        price,
        currency: currency.flatten(),
        brand,
        url: link
            .and_then(|l| doc.attr(l, "href"))
            .map(|h| h.trim().to_string()),
        images: image.into_iter().collect(),
        availability: availability.map(str::to_string),
        ..Listing::default()
    })
}

#[cfg(test)]
mod tests {
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
}

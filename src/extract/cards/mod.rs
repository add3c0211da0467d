//! Result cards on search and category pages: sibling elements of one tag that each hold a
//! titled link and a price. Counting prices and links per subtree with prefix sums over the
//! pre-order index keeps this linear in the page size whatever the layout (grid, list, table).

use std::collections::BTreeMap;

use crate::extract::dom::{Doc, CHROME, HIDDEN};
use crate::extract::page::Page;
use crate::extract::printed;
use crate::extract::text;
use crate::listing::Listing;

mod beside;
mod columns;
mod listing;

use beside::{in_carousel, is_placeholder, recommends, site_names};
use listing::card;

/// A card found on the page.
pub struct Card {
    /// The card element; for a card split over several elements, the one with its title's link.
    pub at: usize,
    /// The elements whose subtrees make the card, in document order: `at` alone, a run of
    /// siblings around it, or the cells of one column of a table laid out by column.
    pub parts: Vec<usize>,
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

/// Most characters a card made from the cards' template holds (a classified with its
/// description); any element this long is taken for a card only then, since page sections
/// with prices and links (a product's buy box) are as long.
const MAX_LONG_TEXT: usize = 3000;

/// Whether an element holds at most [`MAX_TEXT`] characters (UTF-8 takes at most four bytes
/// for one, so most elements are told by their byte length alone).
fn short_enough(doc: &Doc, i: usize) -> bool {
    let bytes = doc.text_len(i);
    bytes <= MAX_TEXT || bytes <= MAX_TEXT * 4 && doc.text(i).chars().count() <= MAX_TEXT
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

/// Whether an element is the place of a price a script draws: named as a price, showing no
/// amount (empty, "—", "Loading"), no form control (a price filter's field).
fn is_price_slot(doc: &Doc, i: usize) -> bool {
    doc.text_len(i) <= 20
        && !doc.text(i).chars().any(|c| c.is_ascii_digit())
        && !matches!(
            doc.tag(i),
            "input" | "select" | "option" | "textarea" | "button" | "label" | "a" | "form"
        )
        && doc
            .attr(i, "class")
            .is_some_and(|_| printed::is_price_name(&doc.names(i)))
        && doc.up(i, usize::MAX, |a| doc.tag(a) == "form").is_none()
}

/// Every card on the page in document order, those in carousels beside the results marked.
pub fn find(page: &Page) -> Vec<Card> {
    let doc = page.doc;
    let n = doc.len();
    let slots: Vec<usize> = (page.body_start..n)
        .filter(|&i| is_price_slot(doc, i))
        .collect();
    if n == 0 || page.prices.is_empty() && slots.is_empty() {
        return Vec::new();
    }
    // A price not crossed out, or the empty place of one a script fills; one quoted per piece
    // or per metre is a card's price when the card shows no other ("1 280 ₽/шт", "12,90 €/tk").
    let prices = Counts::new(
        n,
        page.prices
            .iter()
            .filter(|p| !p.struck)
            .map(|p| p.at)
            .chain(slots),
    );
    let amounts: Vec<Option<f64>> = page
        .prices
        .iter()
        .map(|p| page.price_of(p).0.amount())
        .collect();
    // Whether the elements from each `i` up to its `end` (one element's subtree, a run of
    // siblings, the cells of a column) print at most as many different amounts as a card shows.
    let few_amounts_in = |spans: &[(usize, usize)]| {
        let mut seen: Vec<u64> = Vec::new();
        for &(i, end) in spans {
            let first = page.prices.partition_point(|p| p.at < i);
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
        }
        true
    };
    let few_amounts = |i: usize, end: usize| few_amounts_in(&[(i, end)]);
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
    // A card with a long text (a classified with its description) is one of the cards when
    // made from their template and holding none: a classed element with a picture, a titled
    // link and a price, up to [`MAX_LONG_TEXT`] characters.
    let long = |c: usize| {
        prices.within(doc, c) >= 1
            && doc.attr(c, "class").is_some()
            && images.within(doc, c) >= 1
            && members.within(doc, c) == 0
            && !short_enough(doc, c)
            && doc.text(c).chars().count() <= MAX_LONG_TEXT
            && linked(c)
            && few_amounts(c, doc.els[c].end as usize)
            && !doc.has(c, CHROME | HIDDEN)
    };
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
                    && (priced.within(doc, c) == 0
                        && links.within(doc, c) >= 1
                        && members.within(doc, c) == 0
                        && short_enough(doc, c)
                        && !doc.has(c, CHROME | HIDDEN)
                        && doc.descendants(c).any(|j| doc.tag(j) == "img")
                        || long(c))
            })
            .collect();
        g.extend(more);
    }
    // A list of long cards among short ones and no other card: three or more cards of one
    // template, half the list or more, at least one of them long.
    let mut long_groups = Vec::new();
    for p in page.body_start..n {
        if prices.within(doc, p) < 3 || members.within(doc, p) > 0 {
            continue;
        }
        let mut by_template: BTreeMap<_, (Vec<usize>, usize, bool)> = BTreeMap::new();
        for c in doc.children(p) {
            let entry = by_template.entry(template(c)).or_default();
            entry.1 += 1;
            let is_long = long(c);
            if is_long || qualifies(c) {
                entry.0.push(c);
                entry.2 |= is_long;
            }
        }
        long_groups.extend(
            by_template
                .into_values()
                .filter(|&(ref g, siblings, any_long)| {
                    any_long && g.len() >= 3 && g.len() * 2 >= siblings
                })
                .map(|(g, _, _)| g),
        );
    }
    groups.extend(long_groups);
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
    // Cards laid out by column (a row of pictures, a row of names, a row of prices): a member
    // of a group holding such cells is a band of them, not a card.
    let columns = columns::find(
        doc,
        page.body_start,
        &columns::Cells {
            links: |i| links.within(doc, i),
            prices: |i| prices.within(doc, i),
            few_amounts: few_amounts_in,
            max_text: MAX_TEXT,
        },
    );
    let cells = Counts::new(
        n,
        columns.iter().flat_map(|(_, parts)| parts.iter().copied()),
    );
    for g in &mut groups {
        g.retain(|&m| cells.within(doc, m) == 0);
    }
    groups.retain(|g| !g.is_empty());
    // With no element holding a whole card, cards split over sibling elements: a title row
    // then a price row (`tr` pairs, `dt` and `dd`, two `div`s), each run of them one card, in
    // the largest list of such runs, each anchored at its element with the title's link.
    let runs: Vec<(usize, usize, usize)> = if groups.is_empty() && columns.is_empty() {
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
    let siblings = |start: usize, end: usize| {
        std::iter::successors(Some(start), |&e| doc.next_sibling(e))
            .take_while(|&e| e < end)
            .collect()
    };
    let mut cards: Vec<(usize, Vec<usize>, bool)> = groups
        .iter()
        .zip(carousel)
        .flat_map(|(g, c)| {
            g.iter()
                .map(move |&at| (at, vec![at], c && !only_carousels))
        })
        .chain(
            runs.into_iter()
                .map(|(at, start, end)| (at, siblings(start, end), false)),
        )
        .chain(columns.into_iter().map(|(at, parts)| (at, parts, false)))
        .collect();
    crate::sort::sort(&mut cards);
    let sites = site_names(page);
    let cards: Vec<Card> = cards
        .into_iter()
        .filter(|(at, _, _)| !is_placeholder(doc, *at))
        .filter_map(|(at, parts, beside)| {
            card(page, &parts, &sites).map(|listing| Card {
                at,
                parts,
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

#[cfg(test)]
mod tests;

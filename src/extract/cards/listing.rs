//! The listing one card shows: its title, link, price, picture, brand and stock state, read
//! from the elements the card finder gives it.

use crate::extract::dom::{Doc, HIDDEN};
use crate::extract::page::{Page, PriceEl};
use crate::extract::printed;
use crate::extract::text;
use crate::extract::vocab;
use crate::listing::Listing;
use crate::text_facts;

use super::beside::names_only_the_shop;
use super::{is_heading, is_titled_link, leads_away, names_the_item, path_of};

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

/// Whether a link leads to a page of its own: not the shop's home page (where a placeholder
/// card links).
fn leads_somewhere(href: &str) -> bool {
    let href = href.trim();
    let query = href.split('#').next().unwrap_or("").split_once('?');
    !path_of(href).trim_matches('/').is_empty() || query.is_some_and(|(_, q)| !q.is_empty())
}

/// The listing one card shows: the subtrees of its `parts` (one element, a run of siblings,
/// the cells of a column), in document order.
pub(super) fn card(page: &Page, parts: &[usize], sites: &[String]) -> Option<Listing> {
    let doc = page.doc;
    // Every element of the card but its first part's own, in document order.
    let elements: Vec<usize> = parts
        .iter()
        .flat_map(|&p| (if p == parts[0] { p + 1 } else { p })..doc.els[p].end as usize)
        .collect();
    let inside = elements.iter().copied();
    let in_card = |j: usize| parts.iter().any(|&p| doc.contains(p, j));
    let price_els: Vec<&PriceEl> = parts
        .iter()
        .flat_map(|&p| {
            let first = page.prices.partition_point(|e| e.at < p);
            page.prices[first..]
                .iter()
                .take_while(move |e| e.at < doc.els[p].end as usize)
        })
        .collect();
    // The price a buyer pays now: not an old or unit price, and named as the current one
    // (`price-main`, `sale-price`) over a second, unmarked one (a list price).
    let named_current = |p: &PriceEl| {
        doc.up(p.at, 2, |j| {
            in_card(j) && printed::is_current_price_name(&doc.names(j))
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

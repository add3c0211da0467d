//! Cards laid out by column: a row of pictures, a row of names and a row of prices, each card
//! one column of them (old table layouts and some catalogue grids). No element holds a whole
//! card; the cells of one column across a band of rows do.

use crate::extract::dom::{Doc, CHROME, HIDDEN};

/// Most rows one band of cards spans (picture, name, a note, price).
const MAX_ROWS: usize = 4;

/// What telling a column's cells apart needs from the card finder.
pub(super) struct Cells<L, P, F> {
    /// Titled links within an element.
    pub links: L,
    /// Prices (not crossed out) within an element.
    pub prices: P,
    /// Whether the elements from each start up to its end print no more amounts than a card.
    pub few_amounts: F,
    /// Most characters one card holds.
    pub max_text: usize,
}

/// The cards laid out by column on the page: each as the cell with its title's link and every
/// cell of its column in the band, in document order. Rows are siblings of one tag with as
/// many cells each; a band is `k` consecutive rows (2 to [`MAX_ROWS`]) whose columns each show
/// a titled link and, in another cell, a price (a cell showing both is a card of its own, found
/// as one), made alike (see [`made_alike`]). The band height is the one that makes the most
/// cards of each run of rows, three or more.
pub(super) fn find<L, P, F>(
    doc: &Doc,
    from: usize,
    cells: &Cells<L, P, F>,
) -> Vec<(usize, Vec<usize>)>
where
    L: Fn(usize) -> usize,
    P: Fn(usize) -> usize,
    F: Fn(&[(usize, usize)]) -> bool,
{
    let mut out = Vec::new();
    for p in from..doc.len() {
        if (cells.prices)(p) < 2 || (cells.links)(p) < 2 || doc.has(p, CHROME | HIDDEN) {
            continue;
        }
        let rows: Vec<(usize, Vec<usize>)> = doc
            .children(p)
            .map(|r| (r, doc.children(r).collect()))
            .collect();
        // Runs of consecutive rows of one tag with as many cells each, two or more.
        let mut start = 0;
        while start < rows.len() {
            let width = rows[start].1.len();
            let tag = doc.tag(rows[start].0);
            let mut end = start + 1;
            while end < rows.len() && rows[end].1.len() == width && doc.tag(rows[end].0) == tag {
                end += 1;
            }
            if width >= 2 && end - start >= 2 {
                out.extend(best_bands(doc, &rows[start..end], width, cells));
            }
            start = end;
        }
    }
    out
}

/// The column cards of one run of rows with `width` cells each, at the band height and offset
/// that give the most, three or more.
fn best_bands<L, P, F>(
    doc: &Doc,
    rows: &[(usize, Vec<usize>)],
    width: usize,
    cells: &Cells<L, P, F>,
) -> Vec<(usize, Vec<usize>)>
where
    L: Fn(usize) -> usize,
    P: Fn(usize) -> usize,
    F: Fn(&[(usize, usize)]) -> bool,
{
    let mut best: Vec<(usize, Vec<usize>)> = Vec::new();
    for k in 2..=MAX_ROWS.min(rows.len()) {
        for offset in 0..k {
            let mut found = Vec::new();
            for band in rows[offset..].chunks_exact(k) {
                let columns: Vec<Column> = (0..width)
                    .map(|j| column(doc, band.iter().map(|(_, c)| c[j]), cells))
                    .collect();
                if made_alike(&columns) {
                    found.extend(columns.into_iter().filter_map(|c| match c {
                        Column::Card { at, parts, .. } => Some((at, parts)),
                        _ => None,
                    }));
                }
            }
            if found.len() > best.len() {
                best = found;
            }
        }
    }
    if best.len() >= 3 {
        best
    } else {
        Vec::new()
    }
}

/// Whether a band's columns are cards of one template: no column that is something else, two
/// or more with a price and at most half without one, every title in one row and every price
/// in one row.
fn made_alike(columns: &[Column]) -> bool {
    let mut titles = Vec::new();
    let mut prices = Vec::new();
    let mut shown = 0;
    for c in columns {
        match c {
            Column::Empty => {}
            Column::Other => return false,
            Column::Card {
                title_row,
                price_row,
                ..
            } => {
                shown += 1;
                titles.push(*title_row);
                prices.extend(*price_row);
            }
        }
    }
    prices.len() >= 2
        && prices.len() * 2 >= shown
        && titles.windows(2).all(|w| w[0] == w[1])
        && prices.windows(2).all(|w| w[0] == w[1])
}

/// What one column of a band shows.
enum Column {
    /// A card: the cell with its title's link, every cell of the column, the rows of its title
    /// and of its price (a sold-out card beside priced ones shows none).
    Card {
        at: usize,
        parts: Vec<usize>,
        title_row: usize,
        price_row: Option<usize>,
    },
    /// Nothing: no link and no price (the unfilled end of the last band).
    Empty,
    /// Something else: a price without a link, a cell that is a card of its own, too much.
    Other,
}

fn column<L, P, F>(doc: &Doc, parts: impl Iterator<Item = usize>, cells: &Cells<L, P, F>) -> Column
where
    L: Fn(usize) -> usize,
    P: Fn(usize) -> usize,
    F: Fn(&[(usize, usize)]) -> bool,
{
    let parts: Vec<usize> = parts.collect();
    let title_row = parts.iter().position(|&c| (cells.links)(c) >= 1);
    let price_row = parts.iter().position(|&c| (cells.prices)(c) >= 1);
    let Some(title_row) = title_row else {
        return match price_row {
            None => Column::Empty,
            Some(_) => Column::Other,
        };
    };
    let whole = parts
        .iter()
        .any(|&c| (cells.links)(c) >= 1 && (cells.prices)(c) >= 1);
    let spans: Vec<(usize, usize)> = parts
        .iter()
        .map(|&c| (c, doc.els[c].end as usize))
        .collect();
    if whole
        || parts.iter().any(|&c| doc.has(c, HIDDEN))
        || parts
            .iter()
            .map(|&c| doc.text(c).chars().count())
            .sum::<usize>()
            > cells.max_text
        || !(cells.few_amounts)(&spans)
    {
        return Column::Other;
    }
    Column::Card {
        at: parts[title_row],
        parts,
        title_row,
        price_row,
    }
}

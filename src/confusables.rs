//! Look-alikes of Latin letters and digits from Unicode's confusables data (UTS #39), kept in
//! `data/confusables.txt` to the lines whose target is one Latin letter or digit (combining marks
//! aside). `build.rs` compiles them into a sorted table, so the module carries about 1,500 pairs
//! rather than the whole data file.

/// The `(look-alike, Latin letter or digit)` pairs of the data file, sorted by look-alike.
///
/// A vertical stroke that UTS #39 maps to `l` reads as `I` when it is a capital letter: Cyrillic
/// `І` in `NІKE` stands for an I.
#[cfg(not(knockoff_table))]
pub fn parse(text: &str) -> Vec<(char, char)> {
    let hex = |s: &str| {
        u32::from_str_radix(s.trim(), 16)
            .ok()
            .and_then(char::from_u32)
    };
    let mut pairs: Vec<(char, char)> = text
        .lines()
        .filter_map(|line| {
            let mut cols = line.split('#').next()?.split(';');
            let source = hex(cols.next()?)?;
            let target: Vec<char> = cols.next()?.split_whitespace().filter_map(hex).collect();
            let mut letters = target.iter().filter(|c| c.is_ascii_alphanumeric());
            let (Some(&t), None) = (letters.next(), letters.next()) else {
                return None;
            };
            // Everything else in the target must be a combining mark (ø is o and a stroke).
            let marks = target
                .iter()
                .all(|&c| c == t || ('\u{0300}'..='\u{036F}').contains(&c));
            let t = if t == 'l' && source.is_uppercase() {
                'I'
            } else {
                t
            };
            (marks && !source.is_ascii()).then_some((source, t))
        })
        .collect();
    pairs.sort_unstable();
    pairs.dedup_by_key(|p| p.0);
    pairs
}

#[cfg(knockoff_table)]
static TABLE: &[(char, char)] = &include!(concat!(env!("OUT_DIR"), "/confusables.rs"));

/// The build script compiles the packs before the table exists; it reads the data file itself.
#[cfg(not(knockoff_table))]
fn table() -> &'static [(char, char)] {
    static TABLE: std::sync::OnceLock<Vec<(char, char)>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| parse(include_str!("../data/confusables.txt")))
}

#[cfg(knockoff_table)]
fn table() -> &'static [(char, char)] {
    TABLE
}

/// The Latin letter or digit that `c` passes for, if UTS #39 lists it as a look-alike of one.
pub fn latin(c: char) -> Option<char> {
    let t = table();
    t.binary_search_by_key(&c, |p| p.0).ok().map(|i| t[i].1)
}

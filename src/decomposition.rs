//! Each character's letters once Unicode's compatibility decomposition has split it and its
//! combining marks are dropped (`é` → `e`, `𝐆` → `G`, `ﬁ` → `fi`, a lone accent → nothing), and
//! whether the mapping styles the letter (full-width, mathematical, circled) rather than accents
//! it. That is all `normalize` takes from Unicode's decomposition data, so `build.rs` compiles it
//! from the `unicode-normalization` crate into about 4,300 runs of code points (35 KB) instead of
//! the WebAssembly module carrying the crate's tables (about 112 KB of hash tables).

/// Hangul syllables decompose to their jamo by arithmetic, so the table leaves out all 11,172.
const HANGUL: std::ops::RangeInclusive<u32> = 0xAC00..=0xD7A3;

/// A run's kind, in bits 21–22 of its data word.
mod kind {
    /// Every code point of the run folds to nothing (combining marks).
    pub const EMPTY: u32 = 0;
    /// Every code point of the run folds to the same letter (`À`…`Å` → `A`).
    pub const SAME: u32 = 1;
    /// Consecutive code points fold to consecutive letters (`𝐀`…`𝐙` → `A`…`Z`).
    pub const STEP: u32 = 2;
    /// One code point that folds to several letters, a slice of the pool.
    pub const POOL: u32 = 3;
}

/// The runs: `starts[i]` is a run's first code point; `data[i]` holds its target letter or pool
/// offset (bits 0–20), kind (21–22), styled (23) and length (24–31: code points, or pool bytes
/// for a pool run, which covers one code point). Code points in no run are their own letters.
struct Table {
    starts: &'static [u32],
    data: &'static [u32],
    pool: &'static str,
}

const STYLED: u32 = 1 << 23;

/// A character's letters, in order.
pub struct Letters {
    few: [char; 3],
    len: u8,
    next: u8,
    more: std::str::Chars<'static>,
    /// The compatibility mapping differs from the canonical one: a styled letter, not an
    /// accented one.
    pub styled: bool,
}

impl Letters {
    fn few(few: [char; 3], len: u8, styled: bool) -> Letters {
        Letters {
            few,
            len,
            next: 0,
            more: "".chars(),
            styled,
        }
    }
}

impl Iterator for Letters {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if self.next < self.len {
            self.next += 1;
            return Some(self.few[usize::from(self.next - 1)]);
        }
        self.more.next()
    }
}

/// The letters `c` folds to: its compatibility decomposition without combining marks.
pub fn letters(c: char) -> Letters {
    let cp = c as u32;
    if HANGUL.contains(&cp) {
        let s = cp - HANGUL.start();
        let jamo = |base: u32, n: u32| char::from_u32(base + n).unwrap_or(c);
        let (lead, vowel, tail) = (s / 588, s % 588 / 28, s % 28);
        let few = [jamo(0x1100, lead), jamo(0x1161, vowel), jamo(0x11A7, tail)];
        return Letters::few(few, if tail == 0 { 2 } else { 3 }, false);
    }
    let t = table();
    let i = t.starts.partition_point(|&s| s <= cp);
    if let Some((&start, &data)) = i.checked_sub(1).map(|i| (&t.starts[i], &t.data[i])) {
        let (value, kind, styled, len) = (
            data & 0x1F_FFFF,
            data >> 21 & 3,
            data & STYLED != 0,
            data >> 24,
        );
        let char_at = |n: u32| char::from_u32(n).unwrap_or(c);
        match kind {
            kind::POOL if cp == start => {
                let at = value as usize;
                let mut letters = Letters::few([c; 3], 0, styled);
                letters.more = t.pool[at..at + len as usize].chars();
                return letters;
            }
            kind::EMPTY if cp - start < len => return Letters::few([c; 3], 0, styled),
            kind::SAME if cp - start < len => return Letters::few([char_at(value); 3], 1, styled),
            kind::STEP if cp - start < len => {
                return Letters::few([char_at(value + cp - start); 3], 1, styled)
            }
            _ => {}
        }
    }
    Letters::few([c; 3], 1, false)
}

#[cfg(knockoff_table)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/decomposition.rs"));
}

#[cfg(knockoff_table)]
fn table() -> &'static Table {
    static TABLE: Table = Table {
        starts: &generated::STARTS,
        data: &generated::DATA,
        pool: generated::POOL,
    };
    &TABLE
}

/// The build script compiles the packs before the table exists; it builds the table itself.
#[cfg(not(knockoff_table))]
fn table() -> &'static Table {
    static TABLE: std::sync::OnceLock<Table> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let (starts, data, pool) = runs();
        Table {
            starts: Vec::leak(starts),
            data: Vec::leak(data),
            pool: String::leak(pool),
        }
    })
}

/// What `unicode-normalization` says `c` folds to: its compatibility decomposition without
/// combining marks, and whether that differs from its canonical decomposition.
#[cfg(any(test, not(knockoff_table)))]
fn reference(c: char) -> (Vec<char>, bool) {
    use unicode_normalization::char::{
        decompose_canonical, decompose_compatible, is_combining_mark,
    };
    let (mut canonical, mut compatible) = (Vec::new(), Vec::new());
    decompose_canonical(c, |d| canonical.push(d));
    decompose_compatible(c, |d| compatible.push(d));
    let styled = canonical != compatible;
    // Japanese's voicing marks (of `が`, `ぱ`) stay: they tell two letters apart.
    compatible.retain(|&d| !is_combining_mark(d) || ('\u{3099}'..='\u{309A}').contains(&d));
    (compatible, styled)
}

/// The table's runs over every code point, from `reference`: `(starts, data, pool)`.
#[cfg(not(knockoff_table))]
pub fn runs() -> (Vec<u32>, Vec<u32>, String) {
    let (mut starts, mut data, mut pool) = (Vec::<u32>::new(), Vec::<u32>::new(), String::new());
    // The run being extended: its start, kind, styled bit, first target and length.
    let mut open: Option<(u32, u32, u32, u32, u32)> = None;
    let mut close = |open: &mut Option<(u32, u32, u32, u32, u32)>| {
        if let Some((start, kind, styled, value, len)) = open.take() {
            starts.push(start);
            data.push(value | kind << 21 | styled | len << 24);
        }
    };
    for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
        let cp = c as u32;
        let (letters, styled) = reference(c);
        if HANGUL.contains(&cp) || (letters == [c] && !styled) {
            close(&mut open);
            continue;
        }
        let styled = if styled { STYLED } else { 0 };
        let (kind, value) = match letters[..] {
            [] => (kind::EMPTY, 0),
            [one] => (kind::SAME, one as u32),
            _ => (kind::POOL, 0),
        };
        if let Some((start, open_kind, open_styled, first, len)) = open.as_mut() {
            let extends = *start + *len == cp && *open_styled == styled && *len < 255;
            match (*open_kind, kind) {
                (kind::EMPTY, kind::EMPTY) if extends => {
                    *len += 1;
                    continue;
                }
                (kind::SAME, kind::SAME) if extends && value == *first => {
                    *len += 1;
                    continue;
                }
                (kind::SAME | kind::STEP, kind::SAME)
                    if extends
                        && value == *first + *len
                        && (*len == 1 || *open_kind == kind::STEP) =>
                {
                    *open_kind = kind::STEP;
                    *len += 1;
                    continue;
                }
                _ => {}
            }
        }
        close(&mut open);
        if kind == kind::POOL {
            let text: String = letters.iter().collect();
            open = Some((cp, kind, styled, pool.len() as u32, text.len() as u32));
            pool.push_str(&text);
            close(&mut open);
        } else {
            open = Some((cp, kind, styled, value, 1));
        }
    }
    close(&mut open);
    (starts, data, pool)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_folds_every_character_as_unicode_normalization_does() {
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            let letters = letters(c);
            let styled = letters.styled;
            assert_eq!((letters.collect::<Vec<_>>(), styled), reference(c), "{c:?}");
        }
    }

    #[test]
    fn folds_styled_accented_and_composed_letters() {
        let fold = |c| {
            let l = letters(c);
            let styled = l.styled;
            (l.collect::<String>(), styled)
        };
        assert_eq!(fold('é'), ("e".into(), false));
        assert_eq!(fold('𝐆'), ("G".into(), true));
        assert_eq!(fold('ﬁ'), ("fi".into(), true));
        assert_eq!(fold('\u{0301}'), ("".into(), false));
        assert_eq!(fold('が'), ("か\u{3099}".into(), false));
        assert_eq!(fold('롤'), ("\u{1105}\u{1169}\u{11AF}".into(), false));
        assert_eq!(fold('x'), ("x".into(), false));
    }
}

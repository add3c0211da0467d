//! Fixed lists of phrases (currency markers, condition and stock words, the prefilter's required
//! strings) searched in one pass with the matcher's automaton, so the WebAssembly modules carry
//! one Aho–Corasick implementation instead of also the `aho-corasick` crate's (25 KB gzipped).

use crate::matcher::automaton::Automaton;

/// A list of non-empty phrases, in any order and with repeats, as one automaton.
pub struct Phrases {
    automaton: Automaton,
    /// Where the list indices of each distinct phrase (in byte order, as the automaton numbers
    /// them) start in `indices`, and one more at the end.
    starts: Vec<u32>,
    /// The list's indices, by phrase and then in list order.
    indices: Vec<u32>,
}

impl Phrases {
    pub fn new<T: AsRef<[u8]>>(list: impl IntoIterator<Item = T>) -> Phrases {
        let list: Vec<T> = list.into_iter().collect();
        let text = |i: u32| list[i as usize].as_ref();
        let mut indices: Vec<u32> = (0..list.len() as u32).collect();
        crate::sort::sort_by(&mut indices, |&a, &b| text(a).cmp(text(b)));
        let mut starts = Vec::new();
        let mut coded = Vec::new();
        let mut previous: Option<&[u8]> = None;
        for (at, &i) in indices.iter().enumerate() {
            let t = text(i);
            debug_assert!(!t.is_empty(), "an empty phrase would match everywhere");
            if previous == Some(t) {
                continue;
            }
            let shared =
                previous.map_or(0, |p| p.iter().zip(t).take_while(|(a, b)| a == b).count());
            coded.push((shared, &t[shared..]));
            starts.push(at as u32);
            previous = Some(t);
        }
        starts.push(indices.len() as u32);
        Phrases {
            automaton: Automaton::new(coded.iter().copied(), coded.iter().map(|c| c.1.len()).sum()),
            starts,
            indices,
        }
    }

    /// Every occurrence of every phrase in `haystack`, overlapping ones included, as (index in
    /// the list, start, end): by end, at one end the longest first and a repeated phrase in list
    /// order, as `aho-corasick`'s overlapping search reports them.
    pub fn find_overlapping(&self, haystack: &[u8], mut found: impl FnMut(usize, usize, usize)) {
        self.automaton.find_overlapping(haystack, |t, start, end| {
            for &i in &self.indices[self.starts[t] as usize..self.starts[t + 1] as usize] {
                found(i as usize, start, end);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::AhoCorasick;

    /// The same matches in the same order as `aho-corasick`'s overlapping search, for lists in
    /// no order and with repeats.
    #[test]
    fn matches_like_aho_corasick() {
        let list = [
            "rs", "rs.", "$", "us$", "us $", "$", "€", "eur", "euro", "ro", "nuevo", "nuevo",
            "新品", "品", "kr", "kr.", "s",
        ];
        let ours = Phrases::new(list);
        let theirs = AhoCorasick::new(list).unwrap();
        for hay in [
            "us $12 or rs. 400 or 12 euro, nuevo nuevo",
            "新品未使用 kr. 99 $$ rss",
            "",
            "zzz",
        ] {
            let mut got = Vec::new();
            ours.find_overlapping(hay.as_bytes(), |i, s, e| got.push((i, s, e)));
            let want: Vec<_> = theirs
                .find_overlapping_iter(hay)
                .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
                .collect();
            assert_eq!(got, want, "{hay}");
        }
    }
}

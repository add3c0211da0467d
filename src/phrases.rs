//! Fixed lists of phrases (currency markers, condition and stock words, the prefilter's required
//! strings) searched in one pass. The lists are short (a few hundred phrases), so each is one
//! deterministic automaton with a full row of next states per state over the bytes the phrases
//! use: a byte of text is one table read, where the rule set's own automaton
//! (`matcher::automaton`, tens of thousands of states, kept small) walks failure links. These
//! passes run over every field twice or more, which made them a tenth of checking time.

/// No state yet: an entry of the table the trie has not set.
const NONE: u32 = u32::MAX;

/// A list of non-empty phrases, in any order and with repeats, as one automaton.
pub struct Phrases {
    /// Each byte's column in `next`: the bytes no phrase has share column 0.
    column: [u16; 256],
    columns: usize,
    /// The state after reading a byte: `next[state * columns + column]`; state 0 is the start.
    next: Vec<u32>,
    /// The distinct phrase each state completes, or [`NONE`].
    ends: Vec<u32>,
    /// The nearest state on each state's failure chain that completes a phrase, or [`NONE`]:
    /// the phrases a state completes are its own, then that state's, and so on.
    output: Vec<u32>,
    /// Each distinct phrase's length in bytes.
    len: Vec<u32>,
    /// Where the list indices of each distinct phrase (in byte order) start in `indices`, and
    /// one more at the end.
    starts: Vec<u32>,
    /// The list's indices, by phrase and then in list order.
    indices: Vec<u32>,
}

impl Phrases {
    pub fn new<T: AsRef<[u8]>>(list: impl IntoIterator<Item = T>) -> Phrases {
        let list: Vec<T> = list.into_iter().collect();
        Phrases::of(&list.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>())
    }

    /// [`Phrases::new`], one copy for every caller's list type.
    fn of(list: &[&[u8]]) -> Phrases {
        let text = |i: u32| list[i as usize];
        let mut indices: Vec<u32> = (0..list.len() as u32).collect();
        crate::sort::sort_by(&mut indices, |&a, &b| text(a).cmp(text(b)));
        let mut starts = Vec::new();
        let mut distinct: Vec<&[u8]> = Vec::new();
        for (at, &i) in indices.iter().enumerate() {
            let t = text(i);
            debug_assert!(!t.is_empty(), "an empty phrase would match everywhere");
            if distinct.last() == Some(&t) {
                continue;
            }
            distinct.push(t);
            starts.push(at as u32);
        }
        starts.push(indices.len() as u32);

        let mut column = [0u16; 256];
        let mut columns = 1;
        for &b in distinct.iter().flat_map(|t| t.iter()) {
            if column[usize::from(b)] == 0 {
                column[usize::from(b)] = columns as u16;
                columns += 1;
            }
        }
        // The trie, in the table: a state's children are its entries that are set.
        let mut next = vec![NONE; columns];
        let mut ends = vec![NONE];
        for (id, t) in distinct.iter().enumerate() {
            let mut s = 0;
            for &b in t.iter() {
                let at = s * columns + usize::from(column[usize::from(b)]);
                if next[at] == NONE {
                    next[at] = ends.len() as u32;
                    next.extend(std::iter::repeat_n(NONE, columns));
                    ends.push(NONE);
                }
                s = next[at] as usize;
            }
            ends[s] = id as u32;
        }
        // Breadth first, so a state's failure state (shallower) is complete before it: a
        // missing child is the failure state's next state, a child's failure state is the
        // failure state's next state on its byte.
        let states = ends.len();
        let mut fail = vec![0u32; states];
        let mut output = vec![NONE; states];
        let mut queue = vec![0u32];
        let mut head = 0;
        while let Some(&s) = queue.get(head) {
            head += 1;
            let s = s as usize;
            let f = fail[s] as usize;
            if s != 0 {
                output[s] = if ends[f] != NONE { f as u32 } else { output[f] };
            }
            for c in 0..columns {
                let at = s * columns + c;
                let t = next[at];
                if t == NONE {
                    next[at] = if s == 0 { 0 } else { next[f * columns + c] };
                } else {
                    fail[t as usize] = if s == 0 { 0 } else { next[f * columns + c] };
                    queue.push(t);
                }
            }
        }
        Phrases {
            column,
            columns,
            next,
            ends,
            output,
            len: distinct.iter().map(|t| t.len() as u32).collect(),
            starts,
            indices,
        }
    }

    /// The same automaton reading ASCII capitals as their small letters, for a list with no
    /// ASCII capital: the text is searched as if lower-cased, without a lower-cased copy.
    pub fn ignoring_ascii_case(mut self) -> Phrases {
        debug_assert!(self.column[usize::from(b'A')..=usize::from(b'Z')]
            .iter()
            .all(|&c| c == 0));
        for b in b'A'..=b'Z' {
            self.column[usize::from(b)] = self.column[usize::from(b.to_ascii_lowercase())];
        }
        self
    }

    /// Every occurrence of every phrase in `haystack`, overlapping ones included, as (index in
    /// the list, start, end): by end, at one end the longest first and a repeated phrase in list
    /// order, as `aho-corasick`'s overlapping search reports them.
    pub fn find_overlapping(&self, haystack: &[u8], mut found: impl FnMut(usize, usize, usize)) {
        let mut s = 0;
        for (i, &b) in haystack.iter().enumerate() {
            s = self.next[s * self.columns + usize::from(self.column[usize::from(b)])] as usize;
            let mut at = if self.ends[s] != NONE {
                s as u32
            } else {
                self.output[s]
            };
            while at != NONE {
                let t = self.ends[at as usize] as usize;
                at = self.output[at as usize];
                let end = i + 1;
                let start = end - self.len[t] as usize;
                for &k in &self.indices[self.starts[t] as usize..self.starts[t + 1] as usize] {
                    found(k as usize, start, end);
                }
            }
        }
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

    /// The same on random lists and texts over a few bytes, shared prefixes and suffixes, and
    /// multi-byte letters.
    #[test]
    fn matches_like_aho_corasick_on_random_lists() {
        use proptest::prelude::*;
        use proptest::test_runner::{Config, TestRunner};
        let piece = || proptest::sample::select(vec!["a", "b", "ab", "ba", " ", "é", "驰", "1"]);
        let phrase = proptest::collection::vec(piece(), 1..5).prop_map(|p| p.concat());
        let list = proptest::collection::vec(phrase, 1..12);
        let hay = proptest::collection::vec(piece(), 0..30).prop_map(|p| p.concat());
        TestRunner::new(Config::with_cases(300))
            .run(&(list, hay), |(list, hay)| {
                let mut got = Vec::new();
                Phrases::new(&list).find_overlapping(hay.as_bytes(), |i, s, e| got.push((i, s, e)));
                let want: Vec<_> = AhoCorasick::new(&list)
                    .unwrap()
                    .find_overlapping_iter(&hay)
                    .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
                    .collect();
                prop_assert_eq!(got, want);
                Ok(())
            })
            .unwrap();
    }
}

//! An Aho–Corasick automaton built in one pass from sorted, front-coded texts
//! (`crate::rules::texts`). Sorted input makes the trie's states come out in depth-first order
//! with every state's children in byte order, so the trie needs no search while it is built.
//! Failure and output links are worked out on first use and kept: a search visits a small part
//! of the bundled packs' 60,000 states, and building every link at start (a breadth-first pass)
//! was most of a checker's start-up.
//!
//! Matches are reported as `aho-corasick`'s overlapping search reports them: by end, and at one
//! end the longest first.

use std::sync::atomic::{AtomicU32, Ordering::Relaxed};

const ROOT: u32 = 0;
/// No state: the end of an output chain, or a state that completes no text.
const NONE: u32 = u32::MAX;
/// A link not worked out yet.
const UNSET: u32 = u32::MAX - 1;

pub struct Automaton {
    /// The root's transition for every byte (the root itself when it has none).
    root: Box<[u32; 256]>,
    /// Where each state's outgoing edges start in `labels` and `targets` (one more at the end).
    edges: Vec<u32>,
    labels: Vec<u8>,
    targets: Vec<u32>,
    /// Each state's parent and the byte that leads to it from there.
    parent: Vec<u32>,
    label: Vec<u8>,
    /// Failure links, [`UNSET`] until first needed (atomic: checkers on several threads share
    /// the bundled automaton; a link is the same whichever thread sets it).
    fail: Vec<AtomicU32>,
    /// The nearest state on the failure chain that completes a text, or [`NONE`]; [`UNSET`]
    /// until first needed.
    output: Vec<AtomicU32>,
    /// The text a state completes, or [`NONE`].
    text: Vec<u32>,
    depth: Vec<u32>,
}

impl Automaton {
    /// The automaton of texts given in byte order, each as (bytes shared with the one before,
    /// the rest), numbered in that order; `rest` is the rests' length together (one state each),
    /// so that no list grows while it is built.
    pub fn new<'a>(texts: impl Iterator<Item = (usize, &'a [u8])>, rest: usize) -> Automaton {
        fn with_root<T>(first: T, states: usize) -> Vec<T> {
            let mut list = Vec::with_capacity(states);
            list.push(first);
            list
        }
        let mut parent = with_root(ROOT, rest + 1);
        let mut label = with_root(0u8, rest + 1);
        let mut depth = with_root(0u32, rest + 1);
        let mut text = with_root(NONE, rest + 1);
        let mut path = vec![ROOT];
        for (id, (shared, rest)) in texts.enumerate() {
            path.truncate(shared.min(path.len() - 1) + 1);
            for &b in rest {
                let state = parent.len() as u32;
                parent.push(*path.last().expect("the root is always on the path"));
                label.push(b);
                depth.push(path.len() as u32);
                text.push(NONE);
                path.push(state);
            }
            text[*path.last().expect("the root is always on the path") as usize] = id as u32;
        }
        // Children grouped by parent; depth-first creation keeps each group in byte order.
        let states = parent.len();
        let mut edges = vec![0u32; states + 1];
        for &p in &parent[1..] {
            edges[p as usize + 1] += 1;
        }
        for i in 0..states {
            edges[i + 1] += edges[i];
        }
        let mut next = edges.clone();
        let mut labels = vec![0u8; states - 1];
        let mut targets = vec![0u32; states - 1];
        for s in 1..states {
            let p = parent[s] as usize;
            let at = next[p] as usize;
            next[p] += 1;
            labels[at] = label[s];
            targets[at] = s as u32;
        }
        let mut root = Box::new([ROOT; 256]);
        for e in edges[0] as usize..edges[1] as usize {
            root[labels[e] as usize] = targets[e];
        }
        let unset = |root_link| {
            let mut links: Vec<AtomicU32> = (0..states).map(|_| AtomicU32::new(UNSET)).collect();
            links[0] = AtomicU32::new(root_link);
            links
        };
        Automaton {
            root,
            edges,
            labels,
            targets,
            parent,
            label,
            fail: unset(ROOT),
            output: unset(NONE),
            text,
            depth,
        }
    }

    /// The failure link of `s`: the state of the longest proper suffix of its path that is a
    /// state too. Worked out with an explicit stack (a link needs its parent's and those on a
    /// failure chain, all shallower), so a long text cannot overflow the call stack.
    #[inline]
    fn fail(&self, s: u32) -> u32 {
        match self.fail[s as usize].load(Relaxed) {
            UNSET => self.set_fail(s),
            known => known,
        }
    }

    #[cold]
    #[inline(never)]
    fn set_fail(&self, s: u32) -> u32 {
        let mut pending = vec![s];
        'next: while let Some(&t) = pending.last() {
            let p = self.parent[t as usize];
            let link = if p == ROOT {
                ROOT
            } else {
                let b = self.label[t as usize];
                let mut x = self.fail[p as usize].load(Relaxed);
                if x == UNSET {
                    pending.push(p);
                    continue;
                }
                loop {
                    if x == ROOT {
                        break self.root[b as usize];
                    }
                    if let Some(c) = self.child(x, b) {
                        break c;
                    }
                    let up = self.fail[x as usize].load(Relaxed);
                    if up == UNSET {
                        pending.push(x);
                        continue 'next;
                    }
                    x = up;
                }
            };
            self.fail[t as usize].store(link, Relaxed);
            pending.pop();
        }
        self.fail[s as usize].load(Relaxed)
    }

    /// The nearest state on the failure chain of `s` that completes a text, or [`NONE`].
    #[inline]
    fn output(&self, s: u32) -> u32 {
        match self.output[s as usize].load(Relaxed) {
            UNSET => self.set_output(s),
            known => known,
        }
    }

    #[cold]
    #[inline(never)]
    fn set_output(&self, s: u32) -> u32 {
        // The chain up to a known link, then its links from the top down.
        let mut chain = vec![s];
        loop {
            let f = self.fail(*chain.last().expect("not empty"));
            if self.text[f as usize] != NONE || self.output[f as usize].load(Relaxed) != UNSET {
                break;
            }
            chain.push(f);
        }
        while let Some(t) = chain.pop() {
            let link = if self.parent[t as usize] == ROOT {
                NONE
            } else {
                let f = self.fail(t);
                if self.text[f as usize] != NONE {
                    f
                } else {
                    self.output[f as usize].load(Relaxed)
                }
            };
            self.output[t as usize].store(link, Relaxed);
        }
        self.output[s as usize].load(Relaxed)
    }

    /// The child of `s` (not the root) on `b`: most states have one or two children, a few
    /// near the root dozens.
    #[inline]
    fn child(&self, s: u32, b: u8) -> Option<u32> {
        let (from, to) = (
            self.edges[s as usize] as usize,
            self.edges[s as usize + 1] as usize,
        );
        let labels = &self.labels[from..to];
        let i = if labels.len() > 8 {
            labels.binary_search(&b).ok()?
        } else {
            labels.iter().position(|&l| l == b)?
        };
        Some(self.targets[from + i])
    }

    /// The state after reading `b` in state `s`. Inlined into the searches: out of line (as
    /// the compiler left it once links were worked out on first use), a search of the
    /// bundled texts took 7% more instructions.
    #[inline(always)]
    fn step(&self, mut s: u32, b: u8) -> u32 {
        loop {
            if s == ROOT {
                return self.root[b as usize];
            }
            if let Some(t) = self.child(s, b) {
                return t;
            }
            s = self.fail(s);
        }
    }

    /// The number of `text` among the automaton's texts, if it is one.
    pub fn number(&self, text: &[u8]) -> Option<usize> {
        let mut s = ROOT;
        for &b in text {
            s = if s == ROOT {
                Some(self.root[b as usize]).filter(|&t| t != ROOT)?
            } else {
                self.child(s, b)?
            };
        }
        Some(self.text[s as usize])
            .filter(|&n| n != NONE)
            .map(|n| n as usize)
    }

    /// Every occurrence of every text in `haystack`, overlapping ones included, as (text,
    /// start, end), by end and at one end longest first.
    pub fn find_overlapping(&self, haystack: &[u8], mut found: impl FnMut(usize, usize, usize)) {
        let mut s = ROOT;
        for (i, &b) in haystack.iter().enumerate() {
            s = self.step(s, b);
            let mut t = if self.text[s as usize] != NONE {
                s
            } else {
                self.output(s)
            };
            while t != NONE {
                let end = i + 1;
                found(
                    self.text[t as usize] as usize,
                    end - self.depth[t as usize] as usize,
                    end,
                );
                t = self.output(t);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};

    fn front_coded(sorted: &[&str]) -> Vec<(usize, Vec<u8>)> {
        let mut previous: &[u8] = &[];
        sorted
            .iter()
            .map(|t| {
                let t = t.as_bytes();
                let shared = previous.iter().zip(t).take_while(|(a, b)| a == b).count();
                previous = t;
                (shared, t[shared..].to_vec())
            })
            .collect()
    }

    /// The same matches in the same order as `aho-corasick`'s overlapping search.
    #[test]
    fn matches_like_aho_corasick() {
        let mut texts = vec![
            "he",
            "she",
            "his",
            "hers",
            "a",
            "ab",
            "abc",
            "bc",
            "c",
            "gucci",
            "gucci bag",
            "ucci",
            "古驰",
            "驰",
            "1:1",
            "1",
            "aaa",
            "aa",
        ];
        texts.sort_unstable();
        let coded = front_coded(&texts);
        let rest = coded.iter().map(|(_, r)| r.len()).sum();
        let ours = Automaton::new(coded.iter().map(|(s, r)| (*s, r.as_slice())), rest);
        let theirs = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&texts)
            .unwrap();
        for hay in [
            "ushers",
            "abcabc aaaa",
            "Gucci bag gucci bag guccigucci",
            "正品古驰包 1:1 11",
            "",
            "zzz",
        ] {
            let mut got = Vec::new();
            ours.find_overlapping(hay.as_bytes(), |t, s, e| got.push((t, s, e)));
            let want: Vec<_> = theirs
                .find_overlapping_iter(hay)
                .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
                .collect();
            assert_eq!(got, want, "{hay}");
        }
    }
}

//! The literals of a rule set in the form they are shipped and matched in: every distinct
//! normalized text once, sorted and front-coded (the bytes it shares with the text before it
//! are not repeated), with who uses it. `build.rs` writes this table for the bundled packs, so
//! loading them reads it instead of sorting, deduplicating and analysing 26,000 literals; the
//! automaton is then built from the sorted texts in one pass (`super::automaton`).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::normalize::spaced_script;
use crate::rules::ruleset::{CompiledPack, LiteralKind};

/// One use of a text: by which pack (its position in the packs the table was made from), as
/// what, with the disguise flags the pack's own spellings of it have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Owner {
    pub pack: u32,
    pub kind: LiteralKind,
    pub flags: u8,
}

/// Whether a text's first character needs a word boundary before it.
pub const BOUND_START: u8 = 1;
/// Whether a text's last character needs a word boundary after it.
pub const BOUND_END: u8 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Table {
    /// The distinct texts in byte order, each as the number of leading bytes it shares with the
    /// one before, its remaining length (both LEB128) and those bytes.
    pub coded: Vec<u8>,
    /// Where each text's owners start in `owners`, and one more entry for the end.
    pub owner_start: Vec<u32>,
    /// Each text's owners in the order of their packs, then of their first literal of it.
    pub owners: Vec<Owner>,
    /// Each text's [`BOUND_START`] and [`BOUND_END`].
    pub bounds: Vec<u8>,
    /// For each pack the table was made from, [`fingerprint`] of it.
    pub packs: Vec<u64>,
}

/// What of a pack the literal table depends on: its id and its literals, hashed (FNV-1a). A
/// pack with the fingerprint of a bundled one is matched with the bundled table.
pub fn fingerprint(pack: &CompiledPack) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    eat(pack.id.as_bytes());
    for lit in &pack.literals {
        eat(&[0xff]);
        eat(lit.text.as_bytes());
        let (tag, n) = match lit.kind {
            LiteralKind::Name => (0, 0),
            LiteralKind::Product => (1, 0),
            LiteralKind::Misspelling => (2, 0),
            LiteralKind::Lookalike => (3, 0),
            LiteralKind::Context => (4, 0),
            LiteralKind::Keyword(n) => (5, n),
            LiteralKind::Cue(n) => (6, n),
            LiteralKind::CueExcept(n) => (7, n),
            LiteralKind::Claim => (8, 0),
            LiteralKind::AccessoryBefore => (9, 0),
            LiteralKind::AccessoryWord => (10, 0),
        };
        let [a, b] = n.to_le_bytes();
        eat(&[0xfe, tag, a, b, lit.flags]);
    }
    h
}

fn leb128(out: &mut Vec<u8>, mut n: usize) {
    while n >= 0x80 {
        out.push((n as u8 & 0x7f) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

impl Table {
    /// The table of `packs`; an owner's `pack` is the pack's position in the iteration.
    pub fn new<'a>(packs: impl IntoIterator<Item = &'a CompiledPack>) -> Table {
        let mut index: HashMap<&str, usize> = HashMap::new();
        let mut texts: Vec<&str> = Vec::new();
        let mut owners: Vec<Vec<Owner>> = Vec::new();
        let mut prints = Vec::new();
        for (p, pack) in packs.into_iter().enumerate() {
            prints.push(fingerprint(pack));
            for lit in &pack.literals {
                let id = *index.entry(lit.text.as_str()).or_insert_with(|| {
                    texts.push(lit.text.as_str());
                    owners.push(Vec::new());
                    texts.len() - 1
                });
                let pack = p as u32;
                match owners[id]
                    .iter_mut()
                    .find(|o| o.pack == pack && o.kind == lit.kind)
                {
                    Some(o) => o.flags |= lit.flags,
                    None => owners[id].push(Owner {
                        pack,
                        kind: lit.kind,
                        flags: lit.flags,
                    }),
                }
            }
        }
        let mut order: Vec<usize> = (0..texts.len()).collect();
        order.sort_unstable_by_key(|&i| texts[i].as_bytes());
        let mut table = Table {
            coded: Vec::new(),
            owner_start: vec![0],
            owners: Vec::new(),
            bounds: Vec::new(),
            packs: prints,
        };
        let mut previous: &[u8] = &[];
        for i in order {
            let text = texts[i].as_bytes();
            let shared = previous
                .iter()
                .zip(text)
                .take_while(|(a, b)| a == b)
                .count();
            leb128(&mut table.coded, shared);
            leb128(&mut table.coded, text.len() - shared);
            table.coded.extend_from_slice(&text[shared..]);
            previous = text;
            table.owners.extend(&owners[i]);
            table.owner_start.push(table.owners.len() as u32);
            let bound = |c: Option<char>, flag| {
                if c.is_some_and(spaced_script) {
                    flag
                } else {
                    0
                }
            };
            table.bounds.push(
                bound(texts[i].chars().next(), BOUND_START)
                    | bound(texts[i].chars().next_back(), BOUND_END),
            );
        }
        table
    }

    /// The texts in order, each as (bytes shared with the one before, the rest).
    pub fn texts(&self) -> Texts<'_> {
        Texts { coded: &self.coded }
    }

    /// The owners of text `id`.
    pub fn owners(&self, id: usize) -> &[Owner] {
        &self.owners[self.owner_start[id] as usize..self.owner_start[id + 1] as usize]
    }

    /// Reads a table `build.rs` wrote (postcard).
    pub fn from_bytes(bytes: &[u8]) -> Result<Table, postcard::Error> {
        postcard::from_bytes(bytes)
    }
}

/// The front-coded texts of a [`Table`], in order.
pub struct Texts<'a> {
    coded: &'a [u8],
}

impl Texts<'_> {
    fn leb128(&mut self) -> usize {
        let mut n = 0;
        let mut shift = 0;
        while let Some((&b, rest)) = self.coded.split_first() {
            self.coded = rest;
            n |= usize::from(b & 0x7f) << shift;
            shift += 7;
            if b < 0x80 {
                break;
            }
        }
        n
    }
}

impl<'a> Iterator for Texts<'a> {
    type Item = (usize, &'a [u8]);
    fn next(&mut self) -> Option<(usize, &'a [u8])> {
        if self.coded.is_empty() {
            return None;
        }
        let shared = self.leb128();
        let len = self.leb128().min(self.coded.len());
        let (rest, after) = self.coded.split_at(len);
        self.coded = after;
        Some((shared, rest))
    }
}

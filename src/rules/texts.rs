//! A sorted list of distinct texts, front-coded: each text is written as the number of leading
//! bytes it shares with the text before it, its remaining length (both LEB128) and those bytes.
//! The compiled rule set stores every literal text once this way (the compact brands repeat
//! their sector's keywords hundreds of times), and the matcher builds its automaton straight
//! from it: sorted texts make the trie's states come out in order, with no search.

/// `sorted` (in byte order, no repeats) front-coded.
pub fn encode<'a>(sorted: impl IntoIterator<Item = &'a str>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut previous: &[u8] = &[];
    for text in sorted {
        let text = text.as_bytes();
        let shared = previous
            .iter()
            .zip(text)
            .take_while(|(a, b)| a == b)
            .count();
        leb128(&mut out, shared);
        leb128(&mut out, text.len() - shared);
        out.extend_from_slice(&text[shared..]);
        previous = text;
    }
    out
}

fn leb128(out: &mut Vec<u8>, mut n: usize) {
    while n >= 0x80 {
        out.push((n as u8 & 0x7f) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// The texts of a front-coded list in order, each as (bytes shared with the text before, the
/// rest). A damaged list ends early or gives a shared length past the text before; callers
/// that read untrusted bytes check that.
pub struct Coded<'a>(pub &'a [u8]);

impl Coded<'_> {
    fn leb128(&mut self) -> usize {
        let mut n: usize = 0;
        let mut shift = 0;
        while let Some((&b, rest)) = self.0.split_first() {
            self.0 = rest;
            if shift < usize::BITS {
                n |= usize::from(b & 0x7f) << shift;
            }
            shift += 7;
            if b < 0x80 {
                break;
            }
        }
        n
    }
}

impl<'a> Iterator for Coded<'a> {
    type Item = (usize, &'a [u8]);
    fn next(&mut self) -> Option<(usize, &'a [u8])> {
        if self.0.is_empty() {
            return None;
        }
        let shared = self.leb128();
        let len = self.leb128().min(self.0.len());
        let (rest, after) = self.0.split_at(len);
        self.0 = after;
        Some((shared, rest))
    }
}

/// The texts of a front-coded list, whole: one buffer and where each text ends in it. `None`
/// when the list is damaged (a shared length past the text before, or not UTF-8).
pub fn decode(coded: &[u8]) -> Option<(String, Vec<usize>)> {
    let mut buffer = Vec::with_capacity(coded.len() * 2);
    let mut ends = Vec::new();
    let mut previous = 0..0;
    for (shared, rest) in Coded(coded) {
        if shared > previous.len() {
            return None;
        }
        let start = buffer.len();
        buffer.extend_from_within(previous.start..previous.start + shared);
        buffer.extend_from_slice(rest);
        previous = start..buffer.len();
        ends.push(buffer.len());
    }
    let buffer = String::from_utf8(buffer).ok()?;
    if !ends.iter().all(|&end| buffer.is_char_boundary(end)) {
        return None;
    }
    Some((buffer, ends))
}

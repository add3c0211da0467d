//! Character references (`&eacute;`, `&#233;`, `&#xE9;`) as the standard's tokenizer reads them.

use super::entity_table::ENTITIES;

/// The characters of the named reference `name` (`eacute;`, or a legacy name without `;`).
fn named(name: &str) -> Option<&'static str> {
    let (mut lo, mut hi) = (0, ENTITIES.len());
    let bytes = ENTITIES.as_bytes();
    // A binary search over the entries' bytes: each probe backs up to its entry's start.
    while lo < hi {
        let mut start = (lo + hi) / 2;
        while start > lo && bytes[start - 1] != 0 {
            start -= 1;
        }
        let end = start + ENTITIES[start..].find('\0')?;
        let (key, value) = ENTITIES[start..end].split_once('\u{1}')?;
        match key.cmp(name) {
            std::cmp::Ordering::Equal => return Some(value),
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    None
}

/// Windows-1252's characters for the C1 controls a numeric reference names (`&#150;` is `–`).
const C1: [u16; 32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
];

/// Reads the reference at the start of `s` (just after `&`) into `out`; returns the bytes read,
/// 0 when it is no reference (the `&` is then text). In an attribute value, a legacy name
/// followed by `=` or a letter or digit is left as it is (`?a=1&copy=2`).
pub fn read(s: &str, in_attribute: bool, out: &mut String) -> usize {
    let b = s.as_bytes();
    if b.first() == Some(&b'#') {
        let hex = matches!(b.get(1), Some(b'x' | b'X'));
        let from = if hex { 2 } else { 1 };
        let digits = b[from..]
            .iter()
            .take_while(|c| {
                if hex {
                    c.is_ascii_hexdigit()
                } else {
                    c.is_ascii_digit()
                }
            })
            .count();
        if digits == 0 {
            return 0;
        }
        let mut n: u32 = 0;
        for &c in &b[from..from + digits] {
            let d = (c as char).to_digit(16).unwrap_or(0);
            n = n
                .saturating_mul(if hex { 16 } else { 10 })
                .saturating_add(d);
        }
        let mut used = from + digits;
        if b.get(used) == Some(&b';') {
            used += 1;
        }
        let c = match n {
            0x80..=0x9F => char::from_u32(C1[n as usize - 0x80] as u32),
            0 => None,
            _ => char::from_u32(n),
        };
        out.push(c.unwrap_or('\u{FFFD}'));
        return used;
    }
    let run = b
        .iter()
        .take(40)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if run == 0 {
        return 0;
    }
    let semicolon = b.get(run) == Some(&b';');
    if semicolon {
        if let Some(v) = named(&s[..=run]) {
            out.push_str(v);
            return run + 1;
        }
    }
    // The longest legacy name the run begins with.
    for len in (2..=run.min(6)).rev() {
        if let Some(v) = named(&s[..len]) {
            let next = b.get(len).copied().unwrap_or(0);
            if in_attribute && (next == b'=' || next.is_ascii_alphanumeric()) {
                return 0;
            }
            out.push_str(v);
            return len;
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(s: &str, attr: bool) -> String {
        let mut out = String::new();
        let n = read(s, attr, &mut out);
        out.push_str(&s[n..]);
        out
    }

    #[test]
    fn names_numbers_and_legacy_forms() {
        assert_eq!(decode("eacute;x", false), "éx");
        assert_eq!(decode("notit;", false), "¬it;");
        assert_eq!(decode("copy=2", true), "copy=2");
        assert_eq!(decode("copy 2", true), "© 2");
        assert_eq!(decode("#8364;", false), "€");
        assert_eq!(decode("#x20AC", false), "€");
        assert_eq!(decode("#150;", false), "–");
        assert_eq!(decode("#0;", false), "\u{FFFD}");
        assert_eq!(decode("#xD800;", false), "\u{FFFD}");
        assert_eq!(decode("nosuch;", false), "nosuch;");
        assert_eq!(decode("NewLine;", false), "\n");
        assert_eq!(decode("acE;", false), "\u{223E}\u{333}");
    }
}

//! Saved pages as text: UTF-8, or the single-byte Western encoding old shops still declare.

use std::borrow::Cow;

/// Windows-1252's characters for bytes 0x80–0x9F (the rest of the range is Latin-1); browsers
/// read `iso-8859-1` and `us-ascii` pages this way too.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// The page's text: as UTF-8 when it is valid UTF-8; as Windows-1252 when it is not and declares
/// a Western single-byte charset or none (a page that is not UTF-8 and says nothing is almost
/// always one); otherwise UTF-8 with the undecodable bytes replaced.
pub fn decode_html(bytes: &[u8]) -> Cow<'_, str> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Cow::Borrowed(text);
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let declared = head.find("charset=").map(|at| {
        head[at + 8..]
            .trim_start_matches(['"', '\''])
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .next()
            .unwrap_or("")
            .to_string()
    });
    let western = match declared.as_deref() {
        None => true,
        Some(c) => {
            c.starts_with("iso-8859-1") && c.len() == 10
                || matches!(
                    c,
                    "windows-1252" | "cp1252" | "latin1" | "us-ascii" | "ascii"
                )
                || c == "iso-8859-15"
        }
    };
    if !western {
        return String::from_utf8_lossy(bytes);
    }
    Cow::Owned(
        bytes
            .iter()
            .map(|&b| match b {
                0x80..=0x9f => CP1252_HIGH[usize::from(b - 0x80)],
                _ => char::from(b),
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_stays_and_western_pages_are_read_as_windows_1252() {
        assert_eq!(decode_html("Wärme € 5".as_bytes()), "Wärme € 5");
        let latin = b"<meta charset=\"iso-8859-1\"><p>W\xe4rme \x80 920,29</p>";
        assert_eq!(
            decode_html(latin),
            "<meta charset=\"iso-8859-1\"><p>Wärme € 920,29</p>"
        );
        assert_eq!(decode_html(b"<p>caf\xe9</p>"), "<p>café</p>");
        let sjis = b"<meta charset=\"shift_jis\"><p>\x83\x65</p>";
        assert!(decode_html(sjis).contains('\u{fffd}'));
    }
}

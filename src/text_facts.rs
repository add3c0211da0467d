//! Facts about page text that normalization, extraction and the browser glue must agree on:
//! which characters show nothing, and which elements break words apart or show no text. Each is
//! listed here once. The JavaScript surfaces read them from `www/shared/facts.js`, which
//! `tests/js_facts.rs` writes from these lists (`BLESS=1`) and fails on when it drifts, so the
//! content script reads a live page exactly as `extract` reads a saved one.

/// Characters that carry no visible text, as inclusive ranges: what sellers slip inside a brand
/// name to split it for filters while readers still see it whole, and what pages leave between
/// words. Every Unicode bidirectional control is here (a right-to-left override inside `Gucci`
/// hides it as well as a zero-width space does), with the other format characters and variation
/// selectors that render as nothing.
pub const INVISIBLE: &[(char, char)] = &[
    ('\u{00AD}', '\u{00AD}'), // soft hyphen
    ('\u{034F}', '\u{034F}'), // combining grapheme joiner
    ('\u{061C}', '\u{061C}'), // Arabic letter mark
    ('\u{180E}', '\u{180E}'), // Mongolian vowel separator
    ('\u{200B}', '\u{200F}'), // zero-width space, non-joiner, joiner; left-to-right, right-to-left marks
    ('\u{202A}', '\u{202E}'), // bidirectional embeddings, pop and overrides
    ('\u{2060}', '\u{2064}'), // word joiner, invisible operators
    ('\u{2066}', '\u{2069}'), // bidirectional isolates
    ('\u{FE00}', '\u{FE0F}'), // variation selectors
    ('\u{FEFF}', '\u{FEFF}'), // zero-width no-break space (byte-order mark)
];

/// Whether `c` carries no visible text (see [`INVISIBLE`]).
pub fn invisible(c: char) -> bool {
    c >= '\u{00AD}' && INVISIBLE.iter().any(|&(from, to)| (from..=to).contains(&c))
}

/// Elements whose start and end separate words, as a browser renders them: text on either side
/// of `<p>`, `<td>` or `<br>` never runs into one word, while inline elements (`span`, `b`, `a`)
/// join theirs.
pub const BLOCK_ELEMENTS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "button",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "img",
    "input",
    "label",
    "li",
    "main",
    "nav",
    "ol",
    "option",
    "p",
    "pre",
    "section",
    "select",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "ul",
];

/// Whether `tag` (lower case) separates words (see [`BLOCK_ELEMENTS`]).
pub fn is_block(tag: &str) -> bool {
    BLOCK_ELEMENTS.contains(&tag)
}

/// Elements whose text is code, styling or form state, never shown as page text.
pub const TEXTLESS_ELEMENTS: &[&str] = &[
    "iframe", "noscript", "object", "script", "style", "svg", "template", "textarea",
];

/// Whether `tag` (lower case) shows no text of its own (see [`TEXTLESS_ELEMENTS`]).
pub fn is_textless(tag: &str) -> bool {
    TEXTLESS_ELEMENTS.contains(&tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_controls_and_isolates_are_invisible() {
        for c in [
            '\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}', '\u{200B}', '\u{AD}',
        ] {
            assert!(invisible(c), "{:04X}", c as u32);
        }
        for c in ['a', ' ', '\u{2065}', '\u{2029}', 'é'] {
            assert!(!invisible(c), "{:04X}", c as u32);
        }
    }

    #[test]
    fn ranges_are_sorted_and_apart() {
        for w in INVISIBLE.windows(2) {
            assert!(w[0].0 <= w[0].1 && w[0].1 < w[1].0, "{w:?}");
        }
    }
}

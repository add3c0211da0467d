//! Properties that must hold for any input: no panics, evidence inside the field it names,
//! points adding up to the score, and the same verdict every time.

use knockoff::normalize::normalize;
use knockoff::{Checker, Listing, PriceInput};
use proptest::prelude::*;

/// Text mixing the scripts, disguises and punctuation the engine folds.
fn messy_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Gucci",
        "G U C C I",
        "Rоlex",
        "R0lex",
        "ＧＵＣＣＩ",
        "Gu\u{200B}cci",
        "replica",
        "1:1",
        "AAA",
        "古驰",
        "高仿",
        "реплика",
        "for",
        "iPhone 15",
        "case",
        " ",
        "  ",
        ".",
        "-",
        "$",
        "€",
        "12,99",
        "é",
        "\u{301}",
        "İ",
        "ß",
        "ﬁ",
        "™",
        "🙂",
        "\u{FEFF}",
        "'s",
        "WhatsApp +86 138 0013 8000",
        "официальный магазин",
        "Sumsung",
        "Chanell",
        "·",
        "—",
        "’",
    ]);
    prop::collection::vec(
        prop_oneof![pieces.prop_map(String::from), any::<String>()],
        0..12,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn normalized_bytes_map_inside_the_original(text in messy_text()) {
        let n = normalize(&text);
        let chars = text.chars().count();
        let mut last = 0;
        for (i, _) in n.text.char_indices() {
            let end = i + n.text[i..].chars().next().unwrap().len_utf8();
            let (from, to) = n.origin(i, end);
            prop_assert!(from < to && to <= chars, "{from}..{to} of {chars}");
            prop_assert!(from >= last || from + 1 >= last, "origins go forward");
            last = from;
        }
    }

    #[test]
    fn verdicts_are_consistent_and_explained(title in messy_text(), desc in messy_text(), price in messy_text()) {
        let checker = Checker::default();
        let listing = Listing {
            description: Some(desc),
            price: Some(PriceInput::Text(price)),
            ..Listing::titled(title)
        };
        let v = checker.check(&listing);
        prop_assert_eq!(&v, &checker.check(&listing), "same input, same verdict");
        prop_assert_eq!(v.reasons.iter().map(|r| r.points as u32).sum::<u32>(), v.score as u32);
        prop_assert!(v.score <= 100);
        for r in &v.reasons {
            let e = r.evidence.as_ref().expect("every reason shows its evidence");
            let field = listing.text(e.field).unwrap_or_default();
            let shown: String = field.chars().skip(e.start).take(e.end - e.start).collect();
            prop_assert_eq!(&shown, &e.text);
        }
    }
}

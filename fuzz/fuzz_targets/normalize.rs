//! Any text: normalizes, and every normalized byte range maps back inside the original text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let n = knockoff::normalize::normalize(text);
    let chars = text.chars().count();
    for i in 0..n.text.len() {
        let (from, to) = n.origin(i, i + 1);
        assert!(
            from <= to && to <= chars,
            "{from}..{to} outside {chars} chars"
        );
        let _ = n.flags(i, i + 1);
    }
});

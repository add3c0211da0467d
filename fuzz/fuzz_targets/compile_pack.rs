//! Any pack text: compiles or returns an error with a position inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Err(e) = knockoff::rules::compile_pack("fuzz.toml", text) {
        assert!(e.line >= 1 && e.line <= text.lines().count().max(1) + 1);
    }
});

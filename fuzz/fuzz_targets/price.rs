//! Any printed price: parses to a finite amount or to nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Some(m) = knockoff::price::parse_price(text) {
        assert!(m.amount.is_finite());
    }
});

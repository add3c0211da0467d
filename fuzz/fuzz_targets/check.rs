//! Any JSON line the CLI might read: parse it as a listing and check it. Must never panic.
#![no_main]

use std::sync::OnceLock;

use knockoff::{Checker, Listing};
use libfuzzer_sys::fuzz_target;

static CHECKER: OnceLock<Checker> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let checker = CHECKER.get_or_init(Checker::default);
    if let Ok(listing) = serde_json::from_slice::<Listing>(data) {
        let verdict = checker.check(&listing);
        assert!(verdict.score <= 100);
    }
    if let Ok(text) = std::str::from_utf8(data) {
        checker.check(&Listing::titled(text));
    }
});

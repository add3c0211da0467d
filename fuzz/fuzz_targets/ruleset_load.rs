//! Any `.knockoff` file: loads into a checker or returns an error; a loaded rule set checks a
//! listing without panicking. Inputs starting with an odd byte are taken as a payload and given a
//! valid header and checksum, so the fuzzer reaches the decoder instead of the checksum test.
#![no_main]

use knockoff::{Checker, Listing, Options};
use libfuzzer_sys::fuzz_target;

/// FNV-1a, as `RuleSet::to_bytes` writes it.
fn checksum(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

fn load(bytes: &[u8]) {
    if let Ok(checker) = Checker::from_bytes(bytes, Options::default()) {
        checker.check(&Listing::titled("Gucci belt replica, cheap AAA copy"));
    }
}

fuzz_target!(|data: &[u8]| {
    load(data);
    if let Some((&mode, payload)) = data.split_first() {
        if mode & 1 == 1 {
            let mut framed = knockoff::BUNDLED_RULES[..12].to_vec();
            framed.extend_from_slice(&checksum(payload).to_le_bytes());
            framed.extend_from_slice(payload);
            load(&framed);
        }
    }
});

//! Any HTML: extraction finishes without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|html: &str| {
    let _ = knockoff::extract(html);
});

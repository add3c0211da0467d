//! Any JSON-LD block: the page extracts without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|json: &str| {
    let html = format!(
        "<html><head><script type=\"application/ld+json\">{json}</script></head>\
         <body><h1>Item</h1></body></html>"
    );
    let _ = knockoff::extract_page(&html);
});

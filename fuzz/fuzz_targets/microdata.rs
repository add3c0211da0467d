//! Any markup inside a schema.org Product item: the page extracts without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|inner: &str| {
    let html = format!(
        "<html><body><div itemscope itemtype=\"https://schema.org/Product\">{inner}</div>\
         </body></html>"
    );
    let _ = knockoff::extract_page(&html);
});

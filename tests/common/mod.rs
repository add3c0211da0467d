//! Helpers shared by the extraction test suites.

use scraper::{ElementRef, Html};

/// A saved page from `tests/fixtures/pages/`.
pub fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/pages/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The element an anchor leads to, counted as the extension counts (`element.children`,
/// skipping `knockoff-badge`).
pub fn resolve<'a>(html: &'a Html, anchor: &[u32]) -> ElementRef<'a> {
    let mut at = html.root_element();
    for &i in anchor {
        at = at
            .child_elements()
            .filter(|c| c.value().name() != "knockoff-badge")
            .nth(i as usize)
            .unwrap_or_else(|| panic!("anchor {anchor:?} leaves the page"));
    }
    at
}

//! The JavaScript API in a real browser (headless Chromium through chromedriver):
//! `WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver cargo test --target
//! wasm32-unknown-unknown --no-default-features --test wasm_browser`.
#![cfg(target_family = "wasm")]

use js_sys::{Array, Reflect};
use knockoff::wasm::JsChecker;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = DOMParser)]
    type DomParser;
    #[wasm_bindgen(constructor, js_class = "DOMParser")]
    fn new() -> DomParser;
    #[wasm_bindgen(method, js_name = parseFromString)]
    fn parse_from_string(this: &DomParser, text: &str, mime: &str) -> JsValue;
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).expect("object")
}

const PAGE: &str = r#"<ul><li class="card"><h2>Gucci Dionysus small bag 1:1 mirror quality AAA</h2><span class="price">US $89.00</span></li>
<li class="card"><h2>G U C C I belt men leather gold buckle</h2><span class="price">US $25.00</span></li></ul>"#;

#[wasm_bindgen_test]
fn extract_reads_a_live_document_like_its_html() {
    // A document the browser parsed, as a content script or page would hand it over.
    let document = DomParser::new().parse_from_string(PAGE, "text/html");
    let html = get(&get(&document, "documentElement"), "outerHTML")
        .as_string()
        .unwrap();
    let checker = JsChecker::new(None).unwrap();
    let from_document = checker.extract(document).unwrap();
    let from_text = checker.extract(html.into()).unwrap();
    assert!(Array::is_array(&from_document));
    assert_eq!(
        js_sys::JSON::stringify(&from_document).unwrap(),
        js_sys::JSON::stringify(&from_text).unwrap()
    );
}

#[wasm_bindgen_test]
fn checks_in_the_browser_as_in_node() {
    let checker = JsChecker::new(None).unwrap();
    let listing = js_sys::JSON::parse(
        r#"{"title": "G U C C I belt men leather gold buckle", "price": "$25"}"#,
    )
    .unwrap();
    let verdict = checker.check(listing).unwrap();
    let native = knockoff::Checker::default().check(&knockoff::Listing {
        price: Some(knockoff::PriceInput::Text("$25".into())),
        ..knockoff::Listing::titled("G U C C I belt men leather gold buckle")
    });
    assert_eq!(
        String::from(js_sys::JSON::stringify(&verdict).unwrap()),
        serde_json::to_string(&native).unwrap()
    );
}

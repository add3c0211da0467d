//! The JavaScript API as seen from inside WebAssembly, run in Node by wasm-bindgen-test:
//! `cargo test --target wasm32-unknown-unknown --no-default-features --test wasm_node`.
#![cfg(target_family = "wasm")]

use js_sys::{Array, Reflect, JSON};
use knockoff::wasm::JsChecker;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn js(json: &str) -> JsValue {
    JSON::parse(json).expect("test JSON is valid")
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).expect("object")
}

fn stringify(value: &JsValue) -> String {
    JSON::stringify(value).expect("serializable").into()
}

#[wasm_bindgen_test]
fn verdict_has_the_cli_shape_and_keeps_the_id() {
    let checker = JsChecker::new(None).unwrap();
    let verdict = checker
        .check(js(r#"{"id": "sku-1", "title": "Gucci Dionysus small bag 1:1 mirror quality AAA", "price": "$89"}"#))
        .unwrap();
    let keys: Vec<String> = js_sys::Object::keys(verdict.unchecked_ref::<js_sys::Object>())
        .iter()
        .map(|k| k.as_string().unwrap())
        .collect();
    assert_eq!(keys, ["id", "level", "score", "brand", "reasons"]);
    assert_eq!(get(&verdict, "id").as_string().as_deref(), Some("sku-1"));
    // The same verdict the native engine gives, serialized the same way.
    let native = knockoff::Checker::default().check(&knockoff::Listing {
        id: Some("sku-1".into()),
        price: Some(knockoff::PriceInput::Text("$89".into())),
        ..knockoff::Listing::titled("Gucci Dionysus small bag 1:1 mirror quality AAA")
    });
    assert_eq!(stringify(&verdict), serde_json::to_string(&native).unwrap());
}

#[wasm_bindgen_test]
fn missing_brand_crosses_as_null_not_undefined() {
    let checker = JsChecker::new(None).unwrap();
    let verdict = checker
        .check(js(r#"{"title": "plain cotton t-shirt"}"#))
        .unwrap();
    assert!(get(&verdict, "brand").is_null());
    assert!(Array::is_array(&get(&verdict, "reasons")));
}

#[wasm_bindgen_test]
fn check_all_returns_verdicts_in_order() {
    let checker = JsChecker::new(None).unwrap();
    let verdicts = checker
        .check_all(js(
            r#"[{"id": 1, "title": "a"}, {"id": 2, "title": "b"}, {"id": 3, "title": "c"}]"#,
        ))
        .unwrap();
    let ids: Vec<f64> = Array::from(&verdicts)
        .iter()
        .map(|v| get(&v, "id").as_f64().unwrap())
        .collect();
    assert_eq!(ids, [1.0, 2.0, 3.0]);
}

#[wasm_bindgen_test]
fn options_are_camel_case_and_unknown_ones_are_refused() {
    let checker = JsChecker::new(Some(js(
        r#"{"sensitivity": 2, "disabledPacks": ["gucci"]}"#,
    )))
    .unwrap();
    let options = checker.options().unwrap();
    assert_eq!(
        stringify(&options),
        r#"{"sensitivity":2,"disabledPacks":["gucci"]}"#
    );
    let gucci = Array::from(&checker.packs().unwrap())
        .iter()
        .find(|p| get(p, "id").as_string().as_deref() == Some("gucci"))
        .expect("bundled gucci pack");
    assert_eq!(get(&gucci, "enabled").as_bool(), Some(false));
    let err = JsChecker::new(Some(js(r#"{"sensitivty": 2}"#)))
        .err()
        .expect("typo refused");
    assert!(err.is_instance_of::<js_sys::TypeError>());
}

#[wasm_bindgen_test]
fn set_options_changes_levels_without_a_new_checker() {
    let mut checker = JsChecker::new(None).unwrap();
    let listing = r#"{"title": "Gucci Horsebit 1955 shoulder bag", "price": "US $199.00"}"#;
    let before = checker.check(js(listing)).unwrap();
    checker
        .set_options(js(r#"{"disabledPacks": ["gucci"]}"#))
        .unwrap();
    let after = checker.check(js(listing)).unwrap();
    assert!(get(&after, "score").as_f64() <= get(&before, "score").as_f64());
    assert_eq!(
        Array::from(&get(&after, "reasons"))
            .iter()
            .filter(|r| get(r, "pack").as_string().as_deref() == Some("gucci"))
            .count(),
        0
    );
}

#[wasm_bindgen_test]
fn a_broken_pack_throws_an_error_with_its_position() {
    let mut checker = JsChecker::new(None).unwrap();
    let before = Array::from(&checker.packs().unwrap()).length();
    let err = checker
        .add_pack(
            "[pack]\nid = \"acme\"\nkind = 3\n",
            Some("acme.toml".into()),
        )
        .expect_err("kind must be a string");
    assert!(err.is_instance_of::<js_sys::Error>());
    assert_eq!(get(&err, "name").as_string().as_deref(), Some("RuleError"));
    assert_eq!(get(&err, "file").as_string().as_deref(), Some("acme.toml"));
    assert!(get(&err, "line").as_f64().unwrap() >= 1.0);
    assert!(get(&err, "column").as_f64().unwrap() >= 1.0);
    assert!(get(&err, "report")
        .as_string()
        .unwrap()
        .contains("acme.toml:"));
    assert_eq!(
        Array::from(&checker.packs().unwrap()).length(),
        before,
        "checker unchanged"
    );
}

#[wasm_bindgen_test]
fn an_added_pack_is_listed_and_its_examples_run() {
    let mut checker = JsChecker::new(None).unwrap();
    let toml = include_str!("../rules/gucci.toml").replace("id = \"gucci\"", "id = \"gucci-copy\"");
    let info = checker
        .add_pack(&toml, Some("gucci-copy.toml".into()))
        .unwrap();
    assert_eq!(get(&info, "id").as_string().as_deref(), Some("gucci-copy"));
    let results = Array::from(&checker.run_examples(Some("gucci-copy".into())).unwrap());
    assert!(results.length() > 0);
    for r in results.iter() {
        assert_eq!(get(&r, "pack").as_string().as_deref(), Some("gucci-copy"));
        assert!(get(&r, "pass").as_bool().is_some());
        assert!(get(&get(&r, "verdict"), "level").is_string());
    }
}

#[wasm_bindgen_test]
fn a_compiled_pack_crosses_to_another_checker_with_its_signer() {
    let mut compiler = JsChecker::new(None).unwrap();
    let toml = include_str!("../rules/gucci.toml").replace("id = \"gucci\"", "id = \"gucci-copy\"");
    compiler
        .add_pack(&toml, Some("gucci-copy.toml".into()))
        .unwrap();
    let bytes = compiler.compiled_pack("gucci-copy").expect("just added");
    let mut loaded = JsChecker::new(None).unwrap();
    let infos = Array::from(
        &loaded
            .add_compiled_pack(&bytes, Some("abcd1234".into()))
            .unwrap(),
    );
    assert_eq!(infos.length(), 1);
    assert_eq!(
        get(&infos.get(0), "id").as_string().as_deref(),
        Some("gucci-copy")
    );
    assert_eq!(
        get(&infos.get(0), "signer").as_string().as_deref(),
        Some("abcd1234")
    );
    let err = loaded.add_compiled_pack(&bytes[..8], None).unwrap_err();
    assert!(err.is_instance_of::<js_sys::Error>());
}

#[wasm_bindgen_test]
fn bad_listings_throw_type_errors_and_the_checker_survives() {
    let checker = JsChecker::new(None).unwrap();
    let err = checker
        .check(js(r#"{"title": "x", "colour": "red"}"#))
        .unwrap_err();
    assert!(err.is_instance_of::<js_sys::TypeError>());
    assert!(get(&err, "message").as_string().unwrap().contains("colour"));
    assert!(checker.check(JsValue::UNDEFINED).is_err());
    assert!(checker.check(js(r#"{"title": "x"}"#)).is_ok());
}

#[wasm_bindgen_test]
fn extract_takes_html_text_and_refuses_other_values() {
    let checker = JsChecker::new(None).unwrap();
    assert!(Array::is_array(
        &checker
            .extract("<html><body><p>hi</p></body></html>".into())
            .unwrap()
    ));
    assert!(checker.extract(JsValue::from(42)).is_err());
}

#[wasm_bindgen_test]
fn read_price_is_the_engines_reading_or_null() {
    let read = knockoff::wasm::read_price("US $1,299.00").unwrap();
    assert_eq!(stringify(&read), r#"{"amount":1299,"currency":"USD"}"#);
    // The native engine reads the same.
    let native = knockoff::price::parse_price("US $1,299.00").unwrap();
    assert_eq!(get(&read, "amount").as_f64(), Some(native.amount));
    assert!(knockoff::wasm::read_price("ask the seller")
        .unwrap()
        .is_null());
}

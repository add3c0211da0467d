//! The TypeScript interfaces of what JavaScript hands the engine (`Listing`, `CheckerOptions` in
//! `src/wasm_input.rs`) are written by hand; this test fails when their fields and the fields the
//! Rust serde types accept differ, so the two cannot drift.

use knockoff::engine::Options;
use knockoff::listing::Listing;
use serde::de::DeserializeOwned;

const TYPES: &str = include_str!("../src/wasm_input.rs");

/// The field names of `export interface {name} { … }` in the module's TypeScript text.
fn interface_fields(name: &str) -> Vec<String> {
    let start = TYPES
        .find(&format!("export interface {name} {{"))
        .unwrap_or_else(|| panic!("no interface {name} in src/wasm_input.rs"));
    let body = &TYPES[start..];
    let body = &body[body.find('{').unwrap() + 1..body.find("\n}").unwrap()];
    let mut fields: Vec<String> = body
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with("/*") && !l.starts_with('*'))
        .filter_map(|l| l.split_once(':'))
        .map(|(name, _)| name.trim_end_matches('?').to_string())
        .collect();
    fields.sort();
    fields
}

/// The field names a serde type accepts, as its own unknown-field error lists them.
fn serde_fields<T: DeserializeOwned>() -> Vec<String> {
    let err = serde_json::from_str::<T>(r#"{"\u0000": 0}"#)
        .err()
        .expect("the type refuses unknown fields")
        .to_string();
    let list = err
        .split_once(", expected ")
        .unwrap_or_else(|| panic!("unexpected error: {err}"))
        .1;
    let mut fields: Vec<String> = list
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    fields.sort();
    fields
}

#[test]
fn the_listing_interface_has_the_fields_rust_reads() {
    assert_eq!(interface_fields("Listing"), serde_fields::<Listing>());
}

#[test]
fn the_options_interface_has_the_fields_rust_reads() {
    assert_eq!(
        interface_fields("CheckerOptions"),
        serde_fields::<Options>()
    );
}

#[test]
fn blank_fields_count_as_not_given_on_every_surface() {
    let listing: Listing = serde_json::from_str(
        r#"{"title": null, "description": " ", "price": "", "brand": "Gucci", "sku": ""}"#,
    )
    .unwrap();
    assert_eq!(
        listing,
        Listing {
            brand: Some("Gucci".into()),
            ..Listing::default()
        }
    );
}

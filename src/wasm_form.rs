//! `validateListing`: the seller-onboarding form's entry point into the engine.
//!
//! A form validates on every pause in typing, so the call must be cheap: the checker (bundled
//! rule set decoded, automaton built) is made once per module instance and kept in a
//! thread-local. A call with different options re-options that same checker
//! ([`Checker::set_options`] recompiles nothing), so whatever options a page passes, the rule set
//! is compiled exactly once.
//!
//! Values cross as JSON-compatible objects (serde-wasm-bindgen's JSON-compatible serializer), so
//! the result has exactly the shape `knockoff::validate` serializes to natively.

use std::cell::RefCell;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::engine::{Checker, Options};
use crate::listing::{Listing, PriceInput};
use crate::validate::validate;

#[wasm_bindgen(typescript_custom_section)]
const FORM_TYPES: &'static str = r#"
/** The fields of a listing being written in a form. Empty strings count as not given. */
export interface ListingFields {
  title?: string | null;
  description?: string | null;
  /** A number, or the text the seller typed ("25", "US $25.00", "1.299,00 €"). */
  price?: number | string | null;
  /** ISO 4217 code ("USD", "EUR") or a symbol; read together with the price. */
  currency?: string | null;
  brand?: string | null;
  /** The seller's or store's name. */
  seller?: string | null;
  category?: string | null;
  url?: string | null;
  sku?: string | null;
  gtin?: string | null;
}

/** How `validateListing` scores. */
export interface ValidateOptions {
  /** 1 is the default; 2 halves the score needed for each level, 0.5 doubles it. */
  sensitivity?: number;
  /** Ids of packs to leave out. */
  disabledPacks?: string[];
}

/** One problem in one field: the words that caused it and why. */
export interface ValidationIssue {
  field: "title" | "description" | "brand" | "seller" | "category" | "price" | "currency";
  /** Why, in words a seller understands. */
  message: string;
  /** The words: offsets in Unicode code points (not UTF-16 units) into the field's text. */
  start: number;
  end: number;
  rule: string;
  pack: string;
  /** Score points this issue added; the points of all issues add up to the score. */
  points: number;
}

export interface Validation {
  level: "low" | "medium" | "high";
  /** 0–100. */
  score: number;
  /** The canonical brand the listing claims or imitates. */
  brand: string | null;
  /** Strongest first. */
  issues: ValidationIssue[];
}
"#;

thread_local! {
    /// The one checker of this module instance, made on first use.
    static CHECKER: RefCell<Option<Checker>> = const { RefCell::new(None) };
}

/// Validates a listing being written in a form: its level, score, claimed brand, and one issue
/// per reason, each pointing at the words of the field that caused it.
///
/// Throws a `TypeError` on unknown or misspelt fields or options, or values of the wrong type.
#[wasm_bindgen(js_name = validateListing, unchecked_return_type = "Validation")]
pub fn validate_listing(
    #[wasm_bindgen(unchecked_param_type = "ListingFields")] fields: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let listing = form_listing(from_js(fields, "fields", LISTING_KEYS)?);
    let options: Options = match options {
        Some(v) if !v.is_undefined() && !v.is_null() => from_js(v, "options", OPTIONS_KEYS)?,
        _ => Options::default(),
    };
    let validation = CHECKER.with(|cell| {
        let mut cell = cell.borrow_mut();
        let checker = cell.get_or_insert_with(|| Checker::new(options.clone()));
        if *checker.options() != options {
            checker.set_options(options);
        }
        validate(checker, &listing)
    });
    validation
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(JsValue::from)
}

/// A form sends every field, filled or not: an empty or blank one means "not given".
fn form_listing(mut listing: Listing) -> Listing {
    fn given(field: &mut Option<String>) {
        if field.as_deref().is_some_and(|t| t.trim().is_empty()) {
            *field = None;
        }
    }
    for field in [
        &mut listing.description,
        &mut listing.currency,
        &mut listing.brand,
        &mut listing.seller,
        &mut listing.url,
        &mut listing.category,
        &mut listing.sku,
        &mut listing.gtin,
        &mut listing.availability,
    ] {
        given(field);
    }
    if matches!(&listing.price, Some(PriceInput::Text(t)) if t.trim().is_empty()) {
        listing.price = None;
    }
    listing
}

/// The keys `Listing` and `Options` take. serde-wasm-bindgen reads only the keys a struct
/// declares, so `deny_unknown_fields` never fires; a misspelt field ("titel") is caught here.
const LISTING_KEYS: &[&str] = &[
    "id",
    "title",
    "description",
    "price",
    "currency",
    "brand",
    "seller",
    "url",
    "category",
    "images",
    "sku",
    "gtin",
    "availability",
];
const OPTIONS_KEYS: &[&str] = &["sensitivity", "disabledPacks"];

fn from_js<T: serde::de::DeserializeOwned>(
    value: JsValue,
    what: &str,
    keys: &[&str],
) -> Result<T, JsValue> {
    let type_error = |message: String| -> JsValue { js_sys::TypeError::new(&message).into() };
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(type_error(format!("invalid {what}: expected an object")));
    }
    for key in js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !keys.contains(&key.as_str()) {
            return Err(type_error(format!(
                "invalid {what}: unknown field `{key}`, expected one of {}",
                keys.join(", ")
            )));
        }
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| {
        let e = e.to_string();
        type_error(format!(
            "invalid {what}: {}",
            e.strip_prefix("Error: ").unwrap_or(&e)
        ))
    })
}

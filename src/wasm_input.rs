//! The one WebAssembly boundary: how a listing and options cross from JavaScript into the engine,
//! how results cross back, and the one shape of every error thrown.
//!
//! Input is read the way the CLI reads a JSON line (through its JSON text, with the serde types of
//! [`Listing`] and [`Options`]), so every surface accepts and rejects exactly the same input:
//! unknown fields (`deny_unknown_fields`), number forms, `null`s, and the form's leniency (blank
//! fields count as not given), which lives in those serde types. The TypeScript interfaces below
//! are written by hand (the serde types are the contract, not Rust types wasm-bindgen could
//! describe); `tests/wasm_types.rs` fails when their fields and the Rust fields differ.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::engine::Options;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** How a Checker and `validateListing` score. */
export interface CheckerOptions {
  /** 1 is the default; 2 halves the score needed for each level, 0.5 doubles it. */
  sensitivity?: number;
  /** Ids of packs to leave out. */
  disabledPacks?: string[];
}

/** The options `validateListing` takes: a Checker's. */
export type ValidateOptions = CheckerOptions;

/**
 * One product listing. Only `title` is needed; every other field sharpens the verdict. A blank
 * text field or price counts as not given, so a form can send every field, filled or not.
 */
export interface Listing {
  id?: string | number | null;
  title: string;
  description?: string | null;
  /** A number, or the text a shop prints ("US $1,299.00", "1.299,00 €", "¥1299"). */
  price?: number | string | null;
  /** ISO 4217 code ("USD", "EUR") or a symbol; read together with the price. */
  currency?: string | null;
  brand?: string | null;
  /** The seller's or store's name. */
  seller?: string | null;
  url?: string | null;
  category?: string | null;
  images?: string[];
  sku?: string | null;
  gtin?: string | null;
  availability?: string | null;
}

/** A listing being written in a form: any field may still be missing or empty. */
export type ListingFields = Partial<Omit<Listing, "title">> & { title?: string | null };

/**
 * Every error the module throws is an `Error` with a `name` saying what went wrong: `TypeError`
 * (input that is not a listing or options; `message` names the field), `RuleError` (a pack that
 * does not compile; where, below) or `SignatureError` (a signature or feed that does not hold).
 */
export interface RuleError extends Error {
  name: "RuleError";
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in characters. */
  column: number;
  /** The id of the rule the problem is in, when there is one. */
  rule: string | null;
  /** The problem shown like a compiler does: location, source line and a caret. */
  report: string;
}

/**
 * What `addSignedPack` and the feed calls throw when a signature does not hold: malformed, made
 * by a key not in the trusted list, by a trusted key not allowed to sign this pack id, or the
 * text changed.
 */
export interface SignatureError extends Error {
  name: "SignatureError";
}
"#;

/// Options from JavaScript: `undefined` or `null` means the defaults.
pub(crate) fn options_from(value: Option<JsValue>) -> Result<Options, JsValue> {
    match value {
        Some(v) if !v.is_undefined() && !v.is_null() => from_js(v, "options"),
        _ => Ok(Options::default()),
    }
}

/// Any serde value from JavaScript, through its JSON text as the CLI reads a line ([`Listing`],
/// `Vec<Listing>`, [`Options`]). Throws a `TypeError` saying which argument and field is wrong.
pub(crate) fn from_js<T: serde::de::DeserializeOwned>(
    value: JsValue,
    what: &str,
) -> Result<T, JsValue> {
    let invalid = |e: &dyn std::fmt::Display| -> JsValue {
        js_sys::TypeError::new(&format!("invalid {what}: {e}")).into()
    };
    let text = js_sys::JSON::stringify(&value)
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| invalid(&"expected a JSON-serializable value"))?;
    serde_json::from_str(&text).map_err(|e| invalid(&e))
}

/// A result for JavaScript, as JSON-compatible values (`null` stays `null`, maps become objects),
/// so `JSON.stringify` of it equals the CLI's line.
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(JsValue::from)
}

/// An `Error` named `name` carrying `fields` (where the problem is), the one shape of errors the
/// module throws besides input `TypeError`s.
#[cfg(any(feature = "packs", feature = "trust"))]
pub(crate) fn error(name: &str, message: &str, fields: &[(&str, JsValue)]) -> JsValue {
    let err = js_sys::Error::new(message);
    err.set_name(name);
    for (key, value) in fields {
        // Setting a property on a fresh plain Error object cannot fail.
        let _ = js_sys::Reflect::set(&err, &(*key).into(), value);
    }
    err.into()
}

/// A `SignatureError`: a signed pack, key or feed that does not hold.
#[cfg(feature = "trust")]
pub(crate) fn signature_error(message: &str) -> JsValue {
    error("SignatureError", message, &[])
}

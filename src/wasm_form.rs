//! `validateListing`: the seller-onboarding form's entry point into the engine.
//!
//! A form validates on every pause in typing, so the call must be cheap: the checker (bundled
//! rule set decoded, automaton built) is made once per module instance and kept in a
//! thread-local. A call with different options re-options that same checker
//! ([`Checker::set_options`] recompiles nothing), so whatever options a page passes, the rule set
//! is compiled exactly once.
//!
//! The listing and options are read, and the result returned, through [`crate::wasm_input`], as
//! `Checker` reads them: the same fields, the same errors.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::engine::Checker;
use crate::listing::Listing;
use crate::validate::validate;
use crate::wasm_input::{from_js, options_from, to_js};

#[wasm_bindgen(typescript_custom_section)]
const FORM_TYPES: &'static str = r#"
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
    let listing: Listing = from_js(fields, "fields")?;
    let options = options_from(options)?;
    let validation = CHECKER.with(|cell| {
        let mut cell = cell.borrow_mut();
        let checker = cell.get_or_insert_with(|| Checker::new(options.clone()));
        if *checker.options() != options {
            checker.set_options(options);
        }
        validate(checker, &listing)
    });
    to_js(&validation)
}

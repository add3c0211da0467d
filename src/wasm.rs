//! The JavaScript face of the engine: a thin wasm-bindgen layer over [`crate::Checker`].
//!
//! Listings and options cross in, results back and errors out through [`crate::wasm_input`], the
//! one boundary every entry point shares; the TypeScript interfaces of what comes back are below.

use wasm_bindgen::prelude::*;

use crate::engine;
#[cfg(feature = "trust")]
use crate::engine::SignedPackError;
use crate::listing::Listing;
#[cfg(any(feature = "packs", feature = "trust"))]
use crate::rules::RuleError;
#[cfg(feature = "trust")]
use crate::trust::TrustedKeys;
#[cfg(any(feature = "packs", feature = "trust"))]
use crate::wasm_input::error;
#[cfg(feature = "trust")]
use crate::wasm_input::signature_error;
use crate::wasm_input::{from_js, options_from, to_js};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** Risk level, from least to most worrying. */
export type Level = "low" | "medium" | "high";

export type Field = "title" | "description" | "brand" | "seller" | "category" | "price" | "currency";

/** The words a rule matched: `start`/`end` count Unicode code points into the field's text. */
export interface Evidence {
  field: Field;
  start: number;
  end: number;
  text: string;
}

export interface Reason {
  rule: string;
  pack: string;
  message: string;
  /** How strongly this finding alone suggests a counterfeit (0–100). */
  weight: number;
  /** Score points this reason contributed; the points of all reasons add up to the score. */
  points: number;
  evidence?: Evidence;
}

export interface Verdict {
  id?: string | number;
  level: Level;
  /** 0–100. */
  score: number;
  /** The canonical brand the listing claims or imitates. */
  brand: string | null;
  reasons: Reason[];
  /** Present (true) when a text field was longer than the engine reads and only its start was checked. */
  clipped?: boolean;
}

export interface PackInfo {
  id: string;
  name: string;
  kind: string;
  version: string;
  description: string;
  brand: string | null;
  examples: number;
  enabled: boolean;
  /** Id of the key whose signature was verified when the pack was added (`addSignedPack`). */
  signer: string | null;
}

/** One pack example run: what it expected and what it got. */
export interface ExampleResult {
  pack: string;
  file: string;
  /** The line of the example in the pack's file. */
  line: number;
  title: string;
  expect: Level;
  verdict: Verdict;
  pass: boolean;
}

/** A price as read: the amount and, when printed, its ISO 4217 currency. */
export interface Money {
  amount: number;
  currency: string | null;
}

/** A listing found on a page, with the path of element-child indices to its element. */
export interface Found {
  listing: Listing;
  source: "jsonld" | "microdata" | "opengraph" | "card" | "product";
  anchor: number[] | null;
}

"#;

/// A printed price as the engine reads it (`"US $1,299.00"` → `{ amount: 1299, currency: "USD" }`),
/// or `null`: evidence exports show both, so a reader can see what the price rules compared.
#[wasm_bindgen(js_name = readPrice, unchecked_return_type = "Money | null")]
pub fn read_price(text: &str) -> Result<JsValue, JsValue> {
    to_js(&crate::price::parse_price(text))
}

#[wasm_bindgen(start)]
fn start() {
    // Without it a panic shows only as "unreachable executed"; with it the console says why.
    console_error_panic_hook::set_once();
}

/// Checks listings against the bundled rule packs plus any added at run time.
///
/// Build one and keep it: compiling the rule set is the expensive part, checking is cheap.
#[wasm_bindgen(js_name = Checker)]
pub struct JsChecker {
    inner: engine::Checker,
}

#[wasm_bindgen(js_class = Checker)]
impl JsChecker {
    /// A checker with the bundled packs. Throws a TypeError on unknown or mistyped options.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_optional_param_type = "CheckerOptions")] options: Option<JsValue>,
    ) -> Result<JsChecker, JsValue> {
        Ok(JsChecker {
            inner: engine::Checker::new(options_from(options)?),
        })
    }

    /// The verdict for one listing.
    #[wasm_bindgen(unchecked_return_type = "Verdict")]
    pub fn check(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Listing")] listing: JsValue,
    ) -> Result<JsValue, JsValue> {
        let listing: Listing = from_js(listing, "listing")?;
        to_js(&self.inner.check(&listing))
    }

    /// Verdicts for many listings in one call, in order: one crossing instead of one per listing.
    #[wasm_bindgen(js_name = checkAll, unchecked_return_type = "Verdict[]")]
    pub fn check_all(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Listing[]")] listings: JsValue,
    ) -> Result<JsValue, JsValue> {
        let listings: Vec<Listing> = from_js(listings, "listings")?;
        to_js(&self.inner.check_all(&listings))
    }

    /// The listings found on a page, given as HTML text or as a `Document`.
    #[cfg(feature = "extract")]
    #[wasm_bindgen(unchecked_return_type = "Found[]")]
    pub fn extract(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | Document")] page: JsValue,
    ) -> Result<JsValue, JsValue> {
        to_js(&crate::extract::extract(&page_html(&page)?))
    }

    /// Adds a pack from its TOML text, replacing a pack with the same id, and returns its
    /// description. On error the checker is unchanged and a `RuleError` is thrown.
    #[cfg(feature = "packs")]
    #[wasm_bindgen(js_name = addPack, unchecked_return_type = "PackInfo")]
    pub fn add_pack(
        &mut self,
        toml: &str,
        #[wasm_bindgen(js_name = "fileName")] file_name: Option<String>,
    ) -> Result<JsValue, JsValue> {
        let file = file_name.as_deref().unwrap_or("pack.toml");
        match self.inner.add_pack(file, toml) {
            Ok(info) => to_js(&info),
            Err(e) => Err(rule_error(&e)),
        }
    }

    /// Adds a pack only when `signature` (the text of its `.sig` file) is a valid Ed25519
    /// signature of exactly `toml` by a key in `trustedKeys` (one key a line: hex, then the pack
    /// ids it may sign) allowed to sign this pack's id. Throws `RuleError` or `SignatureError`;
    /// on error the checker is unchanged.
    #[cfg(feature = "trust")]
    #[wasm_bindgen(js_name = addSignedPack, unchecked_return_type = "PackInfo")]
    pub fn add_signed_pack(
        &mut self,
        toml: &str,
        signature: &str,
        #[wasm_bindgen(js_name = "trustedKeys")] trusted_keys: &str,
        #[wasm_bindgen(js_name = "fileName")] file_name: Option<String>,
    ) -> Result<JsValue, JsValue> {
        let trusted = TrustedKeys::parse(trusted_keys).map_err(|e| signature_error(&e))?;
        let file = file_name.as_deref().unwrap_or("pack.toml");
        match self.inner.add_signed_pack(file, toml, signature, &trusted) {
            Ok(info) => to_js(&info),
            Err(SignedPackError::Rule(e)) => Err(rule_error(&e)),
            Err(SignedPackError::Signature(e)) => Err(signature_error(&e.to_string())),
        }
    }

    /// The compiled form of the pack with id `packId` (`undefined` when there is none), for
    /// `addCompiledPack` in a module without the pack compiler.
    #[cfg(feature = "packs")]
    #[wasm_bindgen(js_name = compiledPack)]
    pub fn compiled_pack(
        &self,
        #[wasm_bindgen(js_name = "packId")] pack_id: &str,
    ) -> Option<Vec<u8>> {
        self.inner.compiled_pack(pack_id)
    }

    /// Adds a pack from its compiled form (`compiledPack` of the checker that compiled and, when
    /// signed, verified it; `signer` the key id it reported), replacing a pack with the same id.
    /// Throws an `Error` when the bytes are not a rule set this module reads (another version).
    #[cfg(feature = "compiled")]
    #[wasm_bindgen(js_name = addCompiledPack, unchecked_return_type = "PackInfo[]")]
    pub fn add_compiled_pack(
        &mut self,
        bytes: &[u8],
        signer: Option<String>,
    ) -> Result<JsValue, JsValue> {
        match self.inner.add_compiled(bytes, signer.as_deref()) {
            Ok(infos) => to_js(&infos),
            Err(e) => Err(js_sys::Error::new(&format!("compiled pack: {e}")).into()),
        }
    }

    /// Every pack, bundled and added, in load order.
    #[wasm_bindgen(unchecked_return_type = "PackInfo[]")]
    pub fn packs(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.packs())
    }

    /// Runs the examples of every enabled pack, or of one pack by id: the pack's own tests.
    #[cfg(feature = "packs")]
    #[wasm_bindgen(js_name = runExamples, unchecked_return_type = "ExampleResult[]")]
    pub fn run_examples(
        &self,
        #[wasm_bindgen(js_name = "packId")] pack_id: Option<String>,
    ) -> Result<JsValue, JsValue> {
        to_js(&self.inner.run_examples(pack_id.as_deref()))
    }

    /// Changes sensitivity and disabled packs without recompiling the rule set.
    #[wasm_bindgen(js_name = setOptions)]
    pub fn set_options(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "CheckerOptions")] options: JsValue,
    ) -> Result<(), JsValue> {
        self.inner.set_options(from_js(options, "options")?);
        Ok(())
    }

    /// The options in force.
    #[wasm_bindgen(unchecked_return_type = "Required<CheckerOptions>")]
    pub fn options(&self) -> Result<JsValue, JsValue> {
        to_js(self.inner.options())
    }
}

/// The HTML of a page: the string itself, or a document's `documentElement.outerHTML`.
#[cfg(feature = "extract")]
fn page_html(page: &JsValue) -> Result<String, JsValue> {
    if let Some(html) = page.as_string() {
        return Ok(html);
    }
    let root = js_sys::Reflect::get(page, &"documentElement".into()).unwrap_or(JsValue::UNDEFINED);
    js_sys::Reflect::get(&root, &"outerHTML".into())
        .ok()
        .and_then(|h| h.as_string())
        .ok_or_else(|| js_sys::TypeError::new("extract takes HTML text or a Document").into())
}

/// A `RuleError` carrying where the pack is wrong, so editors can mark the line.
#[cfg(any(feature = "packs", feature = "trust"))]
fn rule_error(e: &RuleError) -> JsValue {
    error(
        "RuleError",
        &e.message,
        &[
            ("file", e.file.as_str().into()),
            ("line", (e.line as u32).into()),
            ("column", (e.column as u32).into()),
            (
                "rule",
                e.rule.as_deref().map_or(JsValue::NULL, JsValue::from),
            ),
            ("report", e.to_string().into()),
        ],
    )
}

//! knockoff: counterfeit-risk checks for product listings.
//!
//! Brand-authored rule packs ([`rules`]) compile into one rule set; a [`Checker`] holds it and
//! turns each [`Listing`] into a [`Verdict`] with a level, a 0–100 score and the reasons behind
//! every point. The same code runs natively (CLI, tests, benchmarks) and as WebAssembly.
//!
//! ```
//! use knockoff::{Checker, Level, Listing, PriceInput};
//! let checker = Checker::default();
//! let listing = Listing {
//!     price: Some(PriceInput::Text("US $25".into())),
//!     ..Listing::titled("G U C C I belt, men, gold buckle")
//! };
//! let verdict = checker.check(&listing);
//! assert_eq!(verdict.level, Level::High);
//! assert_eq!(verdict.brand.as_deref(), Some("Gucci"));
//! ```

mod assess;
mod confusables;
mod decomposition;
pub mod engine;
#[cfg(feature = "extract")]
pub mod extract;
mod fuzzy;
pub mod listing;
mod matcher;
pub mod normalize;
mod phrases;
mod prefilter;
pub mod price;
pub mod rules;
pub mod score;
mod sort;
pub mod text_facts;
#[cfg(feature = "trust")]
pub mod trust;
pub mod validate;
pub mod verdict;
#[cfg(target_family = "wasm")]
pub mod wasm;
#[cfg(all(target_family = "wasm", feature = "trust"))]
mod wasm_feed;
#[cfg(target_family = "wasm")]
mod wasm_form;
#[cfg(target_family = "wasm")]
mod wasm_input;

#[cfg(feature = "trust")]
pub use engine::SignedPackError;
pub use engine::{Checker, ExampleResult, Options, PackInfo};
#[cfg(feature = "extract")]
pub use extract::{extract, extract_page, Extraction, Found, Source};
pub use listing::{Field, Listing, PriceInput};
pub use rules::{RuleError, RuleSet};
pub use validate::{validate, Issue, Validation};
pub use verdict::{Evidence, Level, Reason, Verdict};

/// The bundled packs of `rules/`, compiled by `build.rs`; in WebAssembly or without the `packs`
/// feature, without their examples.
pub static BUNDLED_RULES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundled.knockoff"));

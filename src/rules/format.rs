//! The rule-pack format: what a brand (or a theme) writes in `rules/*.toml`.
//!
//! Field names here are the TOML keys; `rules/README.md` documents each with examples and
//! `rules/pack.schema.json` gives editors completion. Unknown keys are errors, so a typo is
//! reported at its line instead of silently ignored.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackFile {
    pub pack: PackHeader,
    pub brand: Option<BrandSection>,
    pub rates: Option<RatesSection>,
    #[serde(default)]
    pub sellers: Option<SellersSection>,
    #[serde(default, rename = "category")]
    pub categories: Vec<CategorySection>,
    #[serde(default, rename = "cue")]
    pub cues: Vec<CueSection>,
    #[serde(default, rename = "pattern")]
    pub patterns: Vec<PatternSection>,
    pub claims: Option<ClaimsSection>,
    pub accessories: Option<AccessoriesSection>,
    #[serde(default, rename = "example")]
    pub examples: Vec<ExampleSection>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackHeader {
    pub id: Spanned<String>,
    pub name: String,
    pub kind: Spanned<String>,
    pub version: String,
    #[serde(default)]
    pub description: String,
}

/// The brand a pack protects and every way it is written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BrandSection {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Product lines that name the brand by themselves (Submariner, Speedmaster, Neverfull).
    #[serde(default)]
    pub products: Vec<String>,
    /// Misspellings sellers use to dodge filters (Guchi, Sumsung).
    #[serde(default)]
    pub misspellings: Vec<String>,
    /// Real words that resemble the brand but are not it (Nikon for Nike).
    #[serde(default)]
    pub lookalikes: Vec<String>,
    /// A bare mention is the brand only when a context word is present (Apple, Coach, Mars).
    #[serde(default)]
    pub needs_context: bool,
    /// Words that confirm a mention of a `needs_context` brand; category keywords count too.
    #[serde(default)]
    pub context: Vec<String>,
    /// Style-code and reference formats that name the brand by themselves (Nike's `DD1391-100`,
    /// Rolex's `126610LN`): regular expressions over the normalized text (lower case, `-` read
    /// as a space).
    #[serde(default)]
    pub codes: Vec<Spanned<String>>,
    /// Let one-letter misspellings of names of six or more letters count without context.
    #[serde(default = "yes")]
    pub fuzzy: bool,
}

fn yes() -> bool {
    true
}

/// Exchange rates: units of each currency per one unit of `base`, as of `date`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RatesSection {
    pub date: String,
    pub base: String,
    pub per_base: BTreeMap<String, f64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SellersSection {
    #[serde(default)]
    pub authorized: Vec<String>,
}

/// A product category: the words that place a listing in it (none: every listing of the brand
/// no other category claims) and the lowest price a genuine item sells for (new or used), per
/// currency; `stocked`, the lowest price of a genuine new one, applies when the listing states the
/// item new or stocks it in several colours or sizes; `retail`, the ordinary retail price, holds a
/// product line to what it sells for (a Jordan 4 is not a Dunk). A `specific` category (a product line such
/// as the Jordan 4, or kids' sizes) sets the floor by itself: broader categories matching the same
/// title (sneakers) do not lower it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategorySection {
    pub id: Spanned<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub floor: BTreeMap<String, Spanned<f64>>,
    #[serde(default)]
    pub stocked: BTreeMap<String, Spanned<f64>>,
    #[serde(default)]
    pub retail: BTreeMap<String, Spanned<f64>>,
    #[serde(default)]
    pub specific: bool,
}

/// Literal phrases that signal a counterfeit, matched on normalized text.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CueSection {
    pub id: Spanned<String>,
    pub phrases: Vec<Spanned<String>>,
    /// Weight when no brand is mentioned.
    pub weight: Spanned<u8>,
    /// Weight when the listing also names a brand; defaults to `weight`.
    pub with_brand: Option<Spanned<u8>>,
    pub message: String,
    #[serde(default)]
    pub lang: Option<String>,
    /// Honest phrases containing a cue phrase, which cancel it: "replica jersey" (the fan
    /// version of a licensed football kit), "高仿真" (lifelike).
    #[serde(default)]
    pub except: Vec<String>,
}

/// A regular expression over the original text: contact details, identifiers, serials.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatternSection {
    pub id: Spanned<String>,
    pub regex: Spanned<String>,
    /// When set, the rule fires only if capture group 1 does NOT match this expression.
    pub valid: Option<Spanned<String>>,
    /// When `"luhn"`, the rule fires only if capture group 1 fails the Luhn check (IMEI).
    pub check: Option<Spanned<String>>,
    pub weight: Spanned<u8>,
    pub with_brand: Option<Spanned<u8>>,
    pub message: String,
    /// Fields to scan; title and description by default.
    #[serde(default)]
    pub fields: Vec<Spanned<String>>,
    /// The match says what the item is, like a cue: left out when negated or about the item's
    /// box or papers ("papers copy").
    #[serde(default)]
    pub describes_item: bool,
}

/// "Official store" wording, which only authorized sellers may use.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimsSection {
    pub phrases: Vec<String>,
    pub weight: Spanned<u8>,
    pub message: String,
    /// Weight when the seller's own name carries the brand without being authorized.
    pub seller_name_weight: Spanned<u8>,
    pub seller_name_message: String,
}

/// Words that mark a listing as an accessory for a branded product ("case for iPhone"):
/// the brand is then a reference, not a claim, and its price floors do not apply.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccessoriesSection {
    /// Words right before a brand that make it a reference: "for", "compatible with", "für".
    pub before: Vec<String>,
    /// Words that make the listing an accessory: "case", "strap", "charger".
    pub words: Vec<String>,
}

/// An example listing and the level it must get; `knockoff rules test` runs them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExampleSection {
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub price: Option<toml::Value>,
    #[serde(default)]
    pub currency: Option<String>,
    #[serde(default)]
    pub seller: Option<String>,
    #[serde(default)]
    pub brand: Option<String>,
    #[serde(default)]
    pub category: Option<String>,
    pub expect: Spanned<String>,
    #[serde(default)]
    pub note: Option<String>,
}

//! The public face of the engine: a [`Checker`] holds a compiled rule set and options.

use serde::{Deserialize, Serialize};

use crate::listing::Listing;
use crate::rules::{compile_pack, RuleError, RuleSet};
use crate::verdict::{Level, Verdict};

/// How the checker scores. Field names are camelCase in JSON, as the JavaScript API takes them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct Options {
    /// 1.0 is the documented default; 2.0 halves the score needed for each level, 0.5 doubles it.
    pub sensitivity: f32,
    /// Ids of packs to leave out.
    pub disabled_packs: Vec<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options { sensitivity: 1.0, disabled_packs: Vec::new() }
    }
}

/// A pack as `packs()` lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PackInfo {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub version: String,
    pub description: String,
    pub brand: Option<String>,
    pub examples: usize,
    pub enabled: bool,
}

/// One pack example run: what it expected and what it got.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExampleResult {
    pub pack: String,
    pub file: String,
    pub line: usize,
    pub title: String,
    pub expect: Level,
    pub verdict: Verdict,
    pub pass: bool,
}

/// Checks listings against a compiled rule set. Build it once and reuse it: compiling the rule
/// set is the expensive part, checking a listing is cheap.
pub struct Checker {
    rules: RuleSet,
    options: Options,
}

impl Default for Checker {
    fn default() -> Self {
        Checker::new(Options::default())
    }
}

impl Checker {
    /// A checker with the bundled packs.
    pub fn new(options: Options) -> Self {
        let rules = RuleSet::from_bytes(crate::BUNDLED_RULES).expect("bundled rules were compiled by this build");
        Checker { rules, options }
    }

    /// Adds (or replaces, by id) a pack from its TOML text.
    pub fn add_pack(&mut self, file: &str, text: &str) -> Result<PackInfo, RuleError> {
        let pack = compile_pack(file, text)?;
        self.rules.packs.retain(|p| p.id != pack.id);
        self.rules.packs.push(pack);
        Ok(self.packs().pop().expect("just added"))
    }

    pub fn packs(&self) -> Vec<PackInfo> {
        self.rules
            .packs
            .iter()
            .map(|p| PackInfo {
                id: p.id.clone(),
                name: p.name.clone(),
                kind: format!("{:?}", p.kind).to_lowercase(),
                version: p.version.clone(),
                description: p.description.clone(),
                brand: p.brand.as_ref().map(|b| b.name.clone()),
                examples: p.examples.len(),
                enabled: !self.options.disabled_packs.contains(&p.id),
            })
            .collect()
    }

    pub fn check(&self, listing: &Listing) -> Verdict {
        Verdict { id: listing.id.clone(), level: Level::Low, score: 0, brand: None, reasons: Vec::new() }
    }
}

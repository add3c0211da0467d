//! The public face of the engine: a [`Checker`] holds a compiled rule set and options.

use std::collections::BTreeMap;
#[cfg(feature = "trust")]
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::assess::assess;
use crate::listing::Listing;
use crate::matcher::Matcher;
use crate::rules::{compile_pack, CompiledPack, LoadError, RuleError, RuleSet};
use crate::score;
#[cfg(feature = "trust")]
use crate::trust::{KeyError, Signature, TrustedKeys};
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
        Options {
            sensitivity: 1.0,
            disabled_packs: Vec::new(),
        }
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
    /// The id of the key whose signature was checked when the pack was added; `None` for the
    /// bundled packs and packs added unsigned.
    pub signer: Option<String>,
}

/// The most bytes of one text field the engine reads. Real listings' fields are a few kilobytes;
/// the bound keeps one hostile listing (a 400 KB title of one repeated brand) from stalling a
/// badge pipeline or a form. A longer field is read up to here and the verdict says so
/// ([`Verdict::clipped`]).
pub const MAX_FIELD_BYTES: usize = 32 * 1024;

/// The listing with every text field cut to [`MAX_FIELD_BYTES`] (on a character boundary), or
/// `None` when no field is that long.
fn clip(listing: &Listing) -> Option<Listing> {
    let long = |text: &Option<String>| text.as_ref().is_some_and(|t| t.len() > MAX_FIELD_BYTES);
    if listing.title.len() <= MAX_FIELD_BYTES
        && ![
            &listing.description,
            &listing.brand,
            &listing.seller,
            &listing.category,
        ]
        .into_iter()
        .any(long)
    {
        return None;
    }
    let mut clipped = listing.clone();
    let optional = [
        &mut clipped.description,
        &mut clipped.brand,
        &mut clipped.seller,
        &mut clipped.category,
    ];
    for text in optional.into_iter().flatten().chain([&mut clipped.title]) {
        let mut end = MAX_FIELD_BYTES.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
    Some(clipped)
}

/// Why a signed pack was not added: it does not compile, or its signature does not hold.
#[cfg(feature = "trust")]
#[derive(Debug, Clone, PartialEq)]
pub enum SignedPackError {
    Rule(RuleError),
    Signature(KeyError),
}

#[cfg(feature = "trust")]
impl fmt::Display for SignedPackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SignedPackError::Rule(e) => e.fmt(f),
            SignedPackError::Signature(e) => e.fmt(f),
        }
    }
}

#[cfg(feature = "trust")]
impl std::error::Error for SignedPackError {}

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
    matcher: Matcher,
    options: Options,
    /// Per pack, in rule-set order: not switched off by `options.disabled_packs`.
    enabled: Vec<bool>,
    /// Pack id → id of the key that signed it, for packs added with a verified signature.
    signers: BTreeMap<String, String>,
}

impl Default for Checker {
    fn default() -> Self {
        Checker::new(Options::default())
    }
}

impl Checker {
    /// A checker with the bundled packs.
    pub fn new(options: Options) -> Self {
        // Not `expect`: the error's `Debug` would stay in the WebAssembly modules (as in
        // matcher.rs and normalize.rs).
        let rules = RuleSet::from_bytes(crate::BUNDLED_RULES)
            .unwrap_or_else(|_| panic!("bundled rules were compiled by this build"));
        Checker::with_rules(rules, options)
    }

    /// A checker over a given rule set, for example one read back from `knockoff rules compile`.
    pub fn with_rules(rules: RuleSet, options: Options) -> Self {
        let matcher = Matcher::new(&rules);
        let mut checker = Checker {
            rules,
            matcher,
            options,
            enabled: Vec::new(),
            signers: BTreeMap::new(),
        };
        checker.refresh_enabled();
        checker
    }

    /// A checker over compiled rule-set bytes.
    pub fn from_bytes(bytes: &[u8], options: Options) -> Result<Self, LoadError> {
        Ok(Checker::with_rules(RuleSet::from_bytes(bytes)?, options))
    }

    fn refresh_enabled(&mut self) {
        self.enabled = self
            .rules
            .packs
            .iter()
            .map(|p| !self.options.disabled_packs.contains(&p.id))
            .collect();
    }

    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Changes sensitivity and disabled packs without recompiling anything.
    pub fn set_options(&mut self, options: Options) {
        self.options = options;
        self.refresh_enabled();
    }

    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// Adds a pack from its TOML text, replacing a pack with the same id. On error the checker
    /// is unchanged: a broken pack never disables the others.
    pub fn add_pack(&mut self, file: &str, text: &str) -> Result<PackInfo, RuleError> {
        let pack = compile_pack(file, text)?;
        self.signers.remove(&pack.id);
        Ok(self.install(pack))
    }

    /// Adds a pack only when `signature` is a valid signature of its exact text by a key that
    /// `trusted` allows to sign its id. On any error the checker is unchanged.
    #[cfg(feature = "trust")]
    pub fn add_signed_pack(
        &mut self,
        file: &str,
        text: &str,
        signature: &str,
        trusted: &TrustedKeys,
    ) -> Result<PackInfo, SignedPackError> {
        let pack = compile_pack(file, text).map_err(SignedPackError::Rule)?;
        let signature = Signature::parse(signature).map_err(SignedPackError::Signature)?;
        let signer = trusted
            .verify(text.as_bytes(), &signature, &[&pack.id])
            .map_err(SignedPackError::Signature)?;
        self.signers.insert(pack.id.clone(), signer.id());
        Ok(self.install(pack))
    }

    /// One pack's compiled form (a rule set holding only it), for a checker that has no pack
    /// compiler, such as the extension's main WebAssembly module, to load with
    /// [`Checker::add_compiled`].
    pub fn compiled_pack(&self, id: &str) -> Option<Vec<u8>> {
        let pack = self.rules.packs.iter().find(|p| p.id == id)?;
        Some(
            RuleSet {
                packs: vec![pack.clone()],
            }
            .to_bytes(),
        )
    }

    /// Adds the packs of compiled rule-set bytes, replacing packs with their ids. `signer` is the
    /// key id that the checker which verified and compiled them reported; the bytes carry no
    /// signature of their own, so they must come from the caller's own store.
    pub fn add_compiled(
        &mut self,
        bytes: &[u8],
        signer: Option<&str>,
    ) -> Result<Vec<PackInfo>, LoadError> {
        let rules = RuleSet::from_bytes(bytes)?;
        Ok(rules
            .packs
            .into_iter()
            .map(|pack| {
                match signer {
                    Some(key) => self.signers.insert(pack.id.clone(), key.to_string()),
                    None => self.signers.remove(&pack.id),
                };
                self.install(pack)
            })
            .collect())
    }

    /// Puts a compiled pack in place of the one with its id (or last) and rebuilds the matcher.
    fn install(&mut self, pack: CompiledPack) -> PackInfo {
        let id = pack.id.clone();
        match self.rules.packs.iter_mut().find(|p| p.id == id) {
            Some(existing) => *existing = pack,
            None => self.rules.packs.push(pack),
        }
        self.matcher = Matcher::new(&self.rules);
        self.refresh_enabled();
        self.packs()
            .into_iter()
            .find(|p| p.id == id)
            .expect("just added")
    }

    pub fn packs(&self) -> Vec<PackInfo> {
        self.rules
            .packs
            .iter()
            .zip(&self.enabled)
            .map(|(p, &enabled)| PackInfo {
                id: p.id.clone(),
                name: p.name.clone(),
                kind: format!("{:?}", p.kind).to_lowercase(),
                version: p.version.clone(),
                description: p.description.clone(),
                brand: p.brand.as_ref().map(|b| b.name.clone()),
                examples: p.examples.len(),
                enabled,
                signer: self.signers.get(&p.id).cloned(),
            })
            .collect()
    }

    /// The verdict for one listing. Same listing, same options, same verdict.
    pub fn check(&self, listing: &Listing) -> Verdict {
        let clipped = clip(listing);
        let read = clipped.as_ref().unwrap_or(listing);
        let (brand, mut reasons) = assess(&self.rules, &self.matcher, &self.enabled, read);
        let score = score::combine(&mut reasons);
        Verdict {
            id: listing.id.clone(),
            level: score::level(score, self.options.sensitivity),
            score,
            brand,
            reasons,
            clipped: clipped.is_some(),
        }
    }

    pub fn check_all(&self, listings: &[Listing]) -> Vec<Verdict> {
        listings.iter().map(|l| self.check(l)).collect()
    }

    /// Runs the examples of every enabled pack, or of one pack by id.
    pub fn run_examples(&self, pack: Option<&str>) -> Vec<ExampleResult> {
        self.rules
            .packs
            .iter()
            .zip(&self.enabled)
            .filter(|(p, &on)| on && pack.is_none_or(|id| p.id == id))
            .flat_map(|(p, _)| {
                p.examples.iter().map(move |e| {
                    let verdict = self.check(&e.listing());
                    ExampleResult {
                        pack: p.id.clone(),
                        file: p.file.clone(),
                        line: e.line,
                        title: e.title.clone(),
                        expect: e.expect,
                        pass: verdict.level == e.expect,
                        verdict,
                    }
                })
            })
            .collect()
    }
}

//! The compiled rule set: packs checked, patterns normalized, ready to match. It serializes to a
//! versioned, checksummed byte blob so the bundled packs are compiled once, at build time.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::listing::{Field, Listing, PriceInput};
use crate::prefilter::Analysis;
use crate::verdict::Level;

/// Every pack the engine knows, in load order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RuleSet {
    pub packs: Vec<CompiledPack>,
}

/// A pack's place in its rule set: what hits, mentions and findings point back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PackId(usize);

impl PackId {
    /// The position in `RuleSet::packs` and in per-pack lists kept in the same order.
    pub fn index(self) -> usize {
        self.0
    }
}

impl std::ops::Index<PackId> for RuleSet {
    type Output = CompiledPack;
    fn index(&self, id: PackId) -> &CompiledPack {
        &self.packs[id.0]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PackKind {
    Brand,
    Generic,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompiledPack {
    pub id: String,
    pub name: String,
    pub kind: PackKind,
    pub version: String,
    pub description: String,
    /// The file the pack came from, for error messages and `packs()`.
    pub file: String,
    pub brand: Option<Brand>,
    pub rates: Option<Rates>,
    pub literals: Vec<Literal>,
    /// Each of `literals`' number among the bundled rule set's texts, when the pack was read
    /// from the bundled bytes (empty otherwise): the matcher then looks up no text.
    #[serde(skip)]
    pub(super) bundled_texts: Vec<u32>,
    /// The prefilter's analysis of each of [`CompiledPack::expressions`], when the pack was read
    /// from the bundled bytes (empty otherwise: the matcher then works it out).
    #[serde(skip)]
    pub(super) analyses: Vec<Analysis>,
    pub cues: Vec<Rule>,
    pub patterns: Vec<Pattern>,
    pub claims: Option<Claims>,
    pub examples: Vec<Example>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Brand {
    pub name: String,
    pub needs_context: bool,
    /// Normalized single-word names of six or more letters whose misspellings count without
    /// context (`fuzzy` on).
    pub fuzzy: Vec<String>,
    /// Normalized authorized seller names.
    pub authorized: Vec<String>,
    pub categories: Vec<Category>,
    /// Regular expressions over normalized text whose matches name the brand (style codes).
    pub codes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Category {
    pub id: String,
    /// No keywords: the brand's category for listings no other category claims.
    pub any: bool,
    /// Lowest genuine price per ISO 4217 currency.
    pub floors: Vec<(String, f64)>,
    /// Lowest genuine price of a new item, for items stated new or stocked in several colours
    /// or sizes.
    pub stocked: Vec<(String, f64)>,
    /// Ordinary retail price: a line's new ones sell near it, and a bare listing of a line that
    /// holds its value far below it is a copy's price.
    pub retail: Vec<(String, f64)>,
    /// A product line or kind whose floor broader categories do not lower (a Jordan 4 is not a
    /// Nike sock).
    pub specific: bool,
}

/// Units of each currency per one unit of `base`, as of `date`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rates {
    pub date: String,
    pub base: String,
    pub per_base: Vec<(String, f64)>,
}

impl Rates {
    fn rate(&self, currency: &str) -> Option<f64> {
        if currency == self.base {
            return Some(1.0);
        }
        self.per_base
            .iter()
            .find(|(c, _)| c == currency)
            .map(|(_, r)| *r)
    }

    /// Converts `amount` from one currency to another, when both are in the table.
    pub fn convert(&self, amount: f64, from: &str, to: &str) -> Option<f64> {
        Some(amount / self.rate(from)? * self.rate(to)?)
    }
}

/// A normalized literal and what a match of it means.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Literal {
    /// Borrowed from the bundled rule set's texts, decoded once per process, when the pack was
    /// read from the bundled bytes: 26,703 literals then allocate nothing at load.
    pub text: Cow<'static, str>,
    pub kind: LiteralKind,
    /// Disguise flags the pack's own spelling already has (`M·A·C` is spaced on purpose), which
    /// are therefore not a disguise when a listing writes it that way.
    pub flags: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LiteralKind {
    /// The brand's name or an alias (including native-script names).
    Name,
    /// A product line that names the brand by itself.
    Product,
    /// A known misspelling used to dodge filters.
    Misspelling,
    /// A real word that looks like the brand but is not it.
    Lookalike,
    /// A word confirming a `needs_context` brand.
    Context,
    /// A keyword of category `n` of the brand.
    Keyword(u16),
    /// A phrase of cue `n`.
    Cue(u16),
    /// An honest phrase that cancels cue `n` where it contains it.
    CueExcept(u16),
    /// An "official store" claim.
    Claim,
    /// A word that makes a following brand a reference ("for", "compatible with").
    AccessoryBefore,
    /// A word that makes the listing an accessory ("case", "strap").
    AccessoryWord,
}

/// A weighted rule with its message; `{text}` and `{brand}` in the message are filled in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rule {
    pub id: String,
    pub weight: u8,
    pub with_brand: u8,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pattern {
    pub rule: Rule,
    pub regex: String,
    pub valid: Option<String>,
    pub luhn: bool,
    pub fields: Vec<Field>,
    /// Checked like a cue: negated or about the box or papers, it does not count.
    pub describes_item: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claims {
    pub claim: Rule,
    pub seller_name: Rule,
}

/// An example listing from a pack. Stored field by field, not as a [`Listing`], because the
/// byte format cannot hold `Listing`'s free-form `id` and number-or-text `price`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Example {
    pub title: String,
    pub description: Option<String>,
    pub price: Option<String>,
    pub amount: Option<f64>,
    pub currency: Option<String>,
    pub seller: Option<String>,
    pub brand: Option<String>,
    pub category: Option<String>,
    pub expect: Level,
    pub note: Option<String>,
    /// Line of the example's `expect` key in the pack file.
    pub line: usize,
}

impl Example {
    pub fn listing(&self) -> Listing {
        let price = match (&self.price, self.amount) {
            (Some(text), _) => Some(PriceInput::Text(text.clone())),
            (None, Some(n)) => Some(PriceInput::Number(n)),
            _ => None,
        };
        Listing {
            title: self.title.clone(),
            description: self.description.clone(),
            price,
            currency: self.currency.clone(),
            seller: self.seller.clone(),
            brand: self.brand.clone(),
            category: self.category.clone(),
            ..Listing::default()
        }
    }
}

const MAGIC: &[u8; 8] = b"KNOCKOFF";
/// Bump whenever the serialized shape changes: old blobs are then refused, never misread.
const FORMAT_VERSION: u32 = 11;

/// A rule set as serialized: every literal text once, and the packs' literals as references to
/// them (26,000 literals of the bundled packs are 9,000 texts). `texts` comes first so the
/// matcher can read it alone ([`literal_texts`]).
#[derive(Serialize, Deserialize)]
struct Wire<'a> {
    /// Every distinct literal text, sorted, front-coded (`super::texts`), read in place.
    texts: &'a [u8],
    /// Every pack's literals in order, by column (text numbers, kinds, flags): gzip packs a
    /// column of like values a fifth smaller than literal after literal. Each text number is
    /// written as its step from the one before (a pack's keywords are mostly in sorted order,
    /// so steps are small: 21.6 to 17.6 KB gzipped for the bundled packs).
    steps: Vec<i32>,
    kinds: Vec<LiteralKind>,
    flags: Vec<u8>,
    /// How many of `literals` each pack has.
    counts: Vec<u32>,
    /// The prefilter's analysis of every pack's expressions in order, read for the bundled bytes
    /// only: other bytes, which could hold any analysis, have theirs worked out again.
    analyses: Vec<Analysis>,
    /// The packs, with their `literals` left empty.
    packs: Vec<CompiledPack>,
}

/// The front-coded literal texts of the bundled rule set's bytes, read in place without the
/// rest (and without the checksum: this build wrote the bytes).
pub(crate) fn literal_texts(bytes: &[u8]) -> Result<&[u8], LoadError> {
    postcard::take_from_bytes::<&[u8]>(bytes.get(20..).ok_or(LoadError::NotARuleSet)?)
        .map(|(texts, _)| texts)
        .map_err(|e| LoadError::Corrupt(e.to_string()))
}

impl CompiledPack {
    /// Each literal's number among the bundled rule set's texts, in `literals`' order, when
    /// the pack came from the bundled bytes and its literals are as read.
    pub(crate) fn bundled_texts(&self) -> Option<&[u32]> {
        Some(self.bundled_texts.as_slice())
            .filter(|n| !n.is_empty() && n.len() == self.literals.len())
    }

    /// The expressions the matcher runs: each pattern's, then each style code.
    pub(crate) fn expressions(&self) -> impl Iterator<Item = &str> {
        let codes = self.brand.iter().flat_map(|b| &b.codes);
        let patterns = self.patterns.iter().map(|p| &p.regex);
        patterns.chain(codes).map(String::as_str)
    }

    /// The prefilter's analysis of each of [`CompiledPack::expressions`], when the pack came
    /// from the bundled bytes.
    pub(crate) fn analyses(&self) -> Option<&[Analysis]> {
        Some(self.analyses.as_slice()).filter(|a| a.len() == self.expressions().count())
    }
}

/// The bundled rule set's literal texts and where each ends, decoded once per process.
static BUNDLED_TEXTS: OnceLock<(String, Vec<usize>)> = OnceLock::new();

/// Text `i` of decoded texts.
fn nth<'a>(buffer: &'a str, ends: &[usize], i: u32) -> Option<&'a str> {
    let i = i as usize;
    let end = *ends.get(i)?;
    let start = if i == 0 { 0 } else { ends[i - 1] };
    Some(&buffer[start..end])
}

/// The checked payload of compiled rule-set bytes. The bundled bytes, which this build wrote,
/// are not summed again (2 million instructions at every start).
fn payload(bytes: &[u8], bundled: bool) -> Result<&[u8], LoadError> {
    if bytes.len() < 20 || &bytes[..8] != MAGIC {
        return Err(LoadError::NotARuleSet);
    }
    let found = u32::from_le_bytes(bytes[8..12].try_into().expect("4 bytes"));
    if found != FORMAT_VERSION {
        return Err(LoadError::Version {
            found,
            expected: FORMAT_VERSION,
        });
    }
    let sum = u64::from_le_bytes(bytes[12..20].try_into().expect("8 bytes"));
    if !bundled && checksum(&bytes[20..]) != sum {
        return Err(LoadError::Checksum);
    }
    Ok(&bytes[20..])
}

/// Why compiled bytes could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    NotARuleSet,
    Version { found: u32, expected: u32 },
    Checksum,
    Corrupt(String),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::NotARuleSet => f.write_str("not a compiled knockoff rule set"),
            LoadError::Version { found, expected } => write!(
                f,
                "rule set format {found}, this build reads {expected}: recompile the packs"
            ),
            LoadError::Checksum => f.write_str("rule set checksum mismatch: the file is damaged"),
            LoadError::Corrupt(e) => write!(f, "rule set is corrupt: {e}"),
        }
    }
}

impl std::error::Error for LoadError {}

/// FNV-1a, enough to catch a damaged or truncated blob.
fn checksum(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

impl RuleSet {
    /// Every pack with its id, in load order.
    pub fn ids(&self) -> impl Iterator<Item = (PackId, &CompiledPack)> {
        self.packs.iter().enumerate().map(|(i, p)| (PackId(i), p))
    }

    /// Serializes as magic, format version, checksum, then the postcard payload ([`Wire`]).
    pub fn to_bytes(&self) -> Vec<u8> {
        let literals = || self.packs.iter().flat_map(|p| &p.literals);
        let texts: BTreeSet<&str> = literals().map(|l| l.text.as_ref()).collect();
        let number: HashMap<&str, u32> = texts.iter().zip(0..).map(|(&t, i)| (t, i)).collect();
        let wire = Wire {
            texts: &super::texts::encode(texts.iter().copied()),
            steps: literals()
                .scan(0, |previous, l| {
                    let n = number[l.text.as_ref()] as i32;
                    let step = n - *previous;
                    *previous = n;
                    Some(step)
                })
                .collect(),
            kinds: literals().map(|l| l.kind).collect(),
            flags: literals().map(|l| l.flags).collect(),
            counts: self.packs.iter().map(|p| p.literals.len() as u32).collect(),
            analyses: self
                .packs
                .iter()
                .flat_map(|p| p.expressions())
                .map(Analysis::of)
                .collect(),
            packs: self
                .packs
                .iter()
                .map(|p| CompiledPack {
                    literals: Vec::new(),
                    ..p.clone()
                })
                .collect(),
        };
        let payload = postcard::to_allocvec(&wire).expect("rule sets always serialize");
        let mut out = Vec::with_capacity(payload.len() + 20);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&checksum(&payload).to_le_bytes());
        out.extend_from_slice(&payload);
        out
    }

    /// Decodes compiled bytes. The bundled bytes were checked when this build compiled them,
    /// so only others are checked here ([`RuleSet::check_references`]), their expressions
    /// compiled to refuse a bad one.
    pub fn from_bytes(bytes: &[u8]) -> Result<RuleSet, LoadError> {
        let bundled = bytes == crate::BUNDLED_RULES;
        let wire: Wire = postcard::from_bytes(payload(bytes, bundled)?)
            .map_err(|e| LoadError::Corrupt(e.to_string()))?;
        let corrupt = |what: &str| LoadError::Corrupt(what.to_string());
        let owned = match bundled {
            true => None,
            false => Some(
                super::texts::decode(wire.texts).ok_or_else(|| corrupt("damaged literal texts"))?,
            ),
        };
        let text = |i: u32| -> Option<Cow<'static, str>> {
            match &owned {
                Some((buffer, ends)) => nth(buffer, ends, i).map(|t| Cow::Owned(t.to_string())),
                None => {
                    let (buffer, ends) = BUNDLED_TEXTS.get_or_init(|| {
                        super::texts::decode(wire.texts).expect("checked by this build")
                    });
                    nth(buffer, ends, i).map(Cow::Borrowed)
                }
            }
        };
        // A number out of range (a damaged step) refers to no text and is refused below.
        let numbers: Vec<u32> = wire
            .steps
            .iter()
            .scan(0u32, |n, &step| {
                *n = n.wrapping_add_signed(step);
                Some(*n)
            })
            .collect();
        if wire.counts.len() != wire.packs.len()
            || wire.counts.iter().map(|&n| n as usize).sum::<usize>() != numbers.len()
            || wire.kinds.len() != numbers.len()
            || wire.flags.len() != numbers.len()
        {
            return Err(corrupt("literal counts do not match the packs"));
        }
        let mut literals = numbers.iter().copied().zip(wire.kinds).zip(wire.flags);
        let mut packs = wire.packs;
        let mut numbers = numbers.iter();
        let mut analyses = wire.analyses.into_iter();
        for (pack, &count) in packs.iter_mut().zip(&wire.counts) {
            if bundled {
                pack.bundled_texts = numbers.by_ref().take(count as usize).copied().collect();
                pack.analyses = analyses.by_ref().take(pack.expressions().count()).collect();
            }
            pack.literals = literals
                .by_ref()
                .take(count as usize)
                .map(|((i, kind), flags)| {
                    Some(Literal {
                        text: text(i)?,
                        kind,
                        flags,
                    })
                })
                .collect::<Option<_>>()
                .ok_or_else(|| corrupt("a literal refers to no text"))?;
        }
        let rules = RuleSet { packs };
        if !bundled {
            rules.check_references().map_err(LoadError::Corrupt)?;
        }
        Ok(rules)
    }

    /// What the engine takes for granted of a compiled pack, which a damaged or hostile file that
    /// still decodes may break: literals are not empty, brand literals come with a brand,
    /// indices point inside their lists, claim literals come with claims, and expressions
    /// compile. The bundled bytes were checked when this build compiled their packs.
    fn check_references(&self) -> Result<(), String> {
        for pack in &self.packs {
            let broken = |what: &str| Err(format!("pack '{}': {what}", pack.id));
            let cues = pack.cues.len();
            let categories = pack.brand.as_ref().map_or(0, |b| b.categories.len());
            for lit in &pack.literals {
                let fits = match lit.kind {
                    LiteralKind::Name | LiteralKind::Product | LiteralKind::Misspelling => {
                        pack.brand.is_some()
                    }
                    LiteralKind::Keyword(c) => (c as usize) < categories,
                    LiteralKind::Cue(i) | LiteralKind::CueExcept(i) => (i as usize) < cues,
                    LiteralKind::Claim => pack.claims.is_some(),
                    _ => true,
                } && !lit.text.is_empty();
                if !fits {
                    return broken(&format!("literal '{}' refers to nothing", lit.text));
                }
            }
            let codes = pack.brand.iter().flat_map(|b| &b.codes);
            let patterns = pack
                .patterns
                .iter()
                .flat_map(|p| std::iter::once(&p.regex).chain(&p.valid));
            for regex in codes.chain(patterns) {
                if let Err(e) = regex_lite::Regex::new(regex) {
                    return broken(&format!("expression '{regex}': {e}"));
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_give_back_the_same_rule_set() {
        let mut set = RuleSet::default();
        for file in [
            "rules/brands/goods.toml",
            "rules/nike.toml",
            "rules/generic.toml",
        ] {
            let text = std::fs::read_to_string(file).expect("bundled pack");
            set.packs
                .extend(crate::rules::compile_file(file, &text).expect("compiles"));
        }
        let keywords = |set: &RuleSet| {
            let all = set.packs.iter().flat_map(|p| &p.literals);
            all.filter(|l| matches!(l.kind, LiteralKind::Keyword(_)))
                .count()
        };
        assert!(keywords(&set) > 100);
        assert_eq!(RuleSet::from_bytes(&set.to_bytes()), Ok(set));
    }

    /// The bundled bytes skip compiling expressions (this build checked them); any other bytes
    /// with a bad one are refused.
    #[test]
    fn a_bad_expression_is_refused_outside_the_bundled_set() {
        let text = std::fs::read_to_string("rules/generic.toml").expect("bundled pack");
        let mut set = RuleSet::default();
        set.packs
            .extend(crate::rules::compile_file("generic.toml", &text).expect("compiles"));
        set.packs[0].patterns[0].regex = "(unclosed".to_string();
        let refused = RuleSet::from_bytes(&set.to_bytes());
        assert!(
            matches!(&refused, Err(LoadError::Corrupt(e)) if e.contains("(unclosed")),
            "{refused:?}"
        );
        let bundled = RuleSet::from_bytes(crate::BUNDLED_RULES).unwrap();
        assert!(bundled.packs.iter().all(|p| p.bundled_texts().is_some()));
        assert!(set.packs[0].bundled_texts().is_none());
        assert!(set.packs[0].analyses().is_none());
    }

    /// Loading the bundled bytes skips the reference checks: what this build compiled passes them.
    #[test]
    fn the_bundled_set_passes_the_reference_checks() {
        let bundled = RuleSet::from_bytes(crate::BUNDLED_RULES).unwrap();
        assert_eq!(bundled.check_references(), Ok(()));
    }

    /// Damaged texts are refused, never misread: a shared length past the text before, a
    /// character cut, a list cut short.
    #[test]
    fn damaged_texts_are_refused() {
        let good = crate::rules::texts::encode(["ab", "abc", "é"]);
        assert_eq!(
            crate::rules::texts::decode(&good),
            Some(("ababcé".to_string(), vec![2, 5, 7]))
        );
        let mut past = good.clone();
        past[2] = 9; // the second text shares 9 bytes with "ab"
        assert_eq!(crate::rules::texts::decode(&past), None);
        let cut = &good[..good.len() - 1]; // the last byte of "é" missing
        assert_eq!(crate::rules::texts::decode(cut), None);
    }

    /// The analyses the bundled bytes carry are each pack's expressions' own, in order.
    #[test]
    fn the_bundled_analyses_are_those_of_the_expressions() {
        let bundled = RuleSet::from_bytes(crate::BUNDLED_RULES).unwrap();
        let mut expressions = 0;
        for pack in &bundled.packs {
            let fresh: Vec<Analysis> = pack.expressions().map(Analysis::of).collect();
            assert_eq!(pack.analyses(), Some(fresh.as_slice()), "{}", pack.id);
            expressions += fresh.len();
        }
        assert!(expressions > 40, "{expressions}");
    }
}

//! The compact form for the long tail of brands: one sector file (`rules/brands/*.toml`) holds
//! the category words its brands share and, per brand, only names, product lines, style codes and
//! prices. Each entry becomes an ordinary [`PackFile`], with generated examples, and compiles like
//! any pack; `rules/README.md` documents the form.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::compile::compile_parsed;
use super::error::RuleError;
use super::format::{
    BrandSection, CategorySection, ExampleSection, PackFile, PackHeader, SellersSection,
};
use super::ruleset::CompiledPack;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SectorFile {
    sector: Sector,
    #[serde(default)]
    category: BTreeMap<String, SectorCategory>,
    #[serde(default)]
    brand: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Sector {
    name: String,
    version: String,
}

/// Words that place a listing in a price class every brand of the sector prices on its own.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SectorCategory {
    keywords: Vec<String>,
    /// A finer kind of a broader class ("hoodie" within "top"): a brand that does not price it
    /// keeps its words in the broader class, so splitting a class loses no brand's floor.
    #[serde(default)]
    within: Option<Spanned<String>>,
}

/// US dollar prices of one price class: the cheapest a genuine used item sells for (0: none),
/// the cheapest a genuine new one sells for (outlet and sale included), and an ordinary retail
/// price (the category's `retail`, which the generated examples use too).
type Prices = Spanned<[f64; 3]>;

/// One brand: what `[brand]` of a pack says, its authorized sellers, and prices per sector
/// category (`any`: every listing no other category places) and per product line.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    id: Spanned<String>,
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    products: Vec<String>,
    #[serde(default)]
    misspellings: Vec<String>,
    #[serde(default)]
    lookalikes: Vec<String>,
    #[serde(default)]
    needs_context: bool,
    #[serde(default)]
    context: Vec<String>,
    /// One-letter misspellings counting alone: off unless asked for, since among hundreds of
    /// long-tail names many are a letter away from a common word ("dining" and Li-Ning).
    #[serde(default)]
    fuzzy: bool,
    #[serde(default)]
    codes: Vec<Spanned<String>>,
    #[serde(default)]
    sellers: Vec<String>,
    #[serde(default)]
    prices: BTreeMap<String, Prices>,
    /// Product lines with a price class of their own; each names the brand by itself.
    #[serde(default)]
    lines: BTreeMap<String, Prices>,
}

/// Compiles every brand of a sector file into its own pack.
pub fn compile_sector(file: &str, text: &str) -> Result<Vec<CompiledPack>, RuleError> {
    let parsed: SectorFile = toml::from_str(text).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        RuleError::at(file, text, at, None, e.message().trim_end().to_string())
    })?;
    let sector = &parsed.sector;
    for c in parsed.category.values() {
        if let Some(w) = c.within.as_ref().filter(|w| {
            parsed
                .category
                .get(w.get_ref())
                .is_none_or(|p| p.within.is_some())
        }) {
            return Err(RuleError::at(
                file,
                text,
                w.span().start,
                Some(w.get_ref()),
                "`within` names a broader [category] of this sector, itself within none",
            ));
        }
    }
    parsed
        .brand
        .into_iter()
        .map(|entry| {
            let pack = pack_of(file, text, sector, &parsed.category, entry)?;
            compile_parsed(file, text, pack)
        })
        .collect()
}

/// Whether `text` is a sector file rather than a single pack: it has a `[sector]` table.
pub fn is_sector(text: &str) -> bool {
    text.parse::<toml::Table>()
        .is_ok_and(|t| t.contains_key("sector"))
}

/// USD amounts as a floor table; a zero means none.
fn usd(amount: f64, span: &std::ops::Range<usize>) -> BTreeMap<String, Spanned<f64>> {
    if amount == 0.0 {
        BTreeMap::new()
    } else {
        BTreeMap::from([("USD".to_string(), Spanned::new(span.clone(), amount))])
    }
}

/// A word for the id of a product line's category: "Yeezy 350" → "line-yeezy-350".
fn line_id(name: &str) -> String {
    let mut id = String::from("line");
    for word in name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        id.push('-');
        id.push_str(&word.to_ascii_lowercase());
    }
    id
}

fn pack_of(
    file: &str,
    text: &str,
    sector: &Sector,
    shared: &BTreeMap<String, SectorCategory>,
    e: Entry,
) -> Result<PackFile, RuleError> {
    let mut categories = Vec::new();
    let mut examples = Vec::new();
    let mut class = |id: String, keywords: Vec<String>, title: String, p: &Prices, line: bool| {
        let [used, new, retail] = *p.get_ref();
        let span = p.span();
        if new <= 0.0 || retail < new || used > new {
            return Err(RuleError::at(
                file,
                text,
                span.start,
                Some(&id),
                "prices are [used floor (0: none), new floor, retail], each at most the next",
            ));
        }
        let example = |title: String, price: f64, expect: &str, note: String| ExampleSection {
            title,
            description: None,
            price: Some(toml::Value::Float(price)),
            currency: Some("USD".to_string()),
            seller: None,
            brand: None,
            category: None,
            expect: Spanned::new(span.clone(), expect.to_string()),
            note: Some(note),
        };
        examples.push(example(
            title.clone(),
            retail,
            "low",
            format!("generated: {id} at its retail price USD {retail}"),
        ));
        // A fifth of the new floor, offered in stock: the new floor applies and the price alone
        // weighs 75.
        let cheap = (new / 5.0).floor().max(1.0);
        examples.push(example(
            format!("{title} (6 colours)"),
            cheap,
            "high",
            format!("generated: {id} in stock at USD {cheap}, under a quarter of the new floor {new}: 75"),
        ));
        categories.push(CategorySection {
            id: Spanned::new(span.clone(), id),
            keywords,
            floor: usd(used, &span),
            stocked: usd(new, &span),
            retail: usd(retail, &span),
            specific: line,
        });
        Ok(())
    };
    for (key, prices) in &e.prices {
        if key == "any" {
            if e.needs_context {
                return Err(RuleError::at(
                    file,
                    text,
                    prices.span().start,
                    Some(key),
                    "a brand whose name is also a word has no `any` price class: name its categories",
                ));
            }
            class(key.clone(), Vec::new(), e.name.clone(), prices, false)?;
            continue;
        }
        let Some(c) = shared.get(key) else {
            return Err(RuleError::at(
                file,
                text,
                prices.span().start,
                Some(key),
                format!("`{key}` is not a [category.{key}] of this sector, nor `any`"),
            ));
        };
        let first = c.keywords.first().cloned().unwrap_or_default();
        // The finer kinds this brand does not price stay in this class.
        let mut keywords = c.keywords.clone();
        for (kind, finer) in shared {
            if finer.within.as_ref().is_some_and(|w| w.get_ref() == key)
                && !e.prices.contains_key(kind)
            {
                keywords.extend(finer.keywords.iter().cloned());
            }
        }
        class(
            key.clone(),
            keywords,
            format!("{} {first}", e.name),
            prices,
            false,
        )?;
    }
    for (line, prices) in &e.lines {
        // The line alone names the brand: its examples leave the brand word out. A line sets the
        // floor by itself: "Foam Runner shoes" is held to the Foam Runner's prices.
        class(
            line_id(line),
            vec![line.clone()],
            line.clone(),
            prices,
            true,
        )?;
    }
    let mut products = e.products;
    products.extend(e.lines.into_keys());
    let mut context = e.context;
    if e.needs_context {
        context.extend(products.iter().cloned());
    }
    Ok(PackFile {
        pack: PackHeader {
            id: e.id.clone(),
            name: e.name.clone(),
            kind: Spanned::new(e.id.span(), "brand".to_string()),
            version: sector.version.clone(),
            description: format!(
                "{} ({}): names, lines, style codes and price floors.",
                e.name, sector.name
            ),
        },
        brand: Some(BrandSection {
            name: e.name,
            aliases: e.aliases,
            products,
            misspellings: e.misspellings,
            lookalikes: e.lookalikes,
            needs_context: e.needs_context,
            context,
            codes: e.codes,
            fuzzy: e.fuzzy,
        }),
        rates: None,
        sellers: Some(SellersSection {
            authorized: e.sellers,
        }),
        categories,
        cues: Vec::new(),
        patterns: Vec::new(),
        claims: None,
        accessories: None,
        examples,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECTOR: &str = r#"
[sector]
name = "Test"
version = "1"

[category.hoodie]
keywords = ["hoodie", "sweatshirt"]

[[brand]]
id = "acme"
name = "Acme Wear"
codes = ['\bac\d{4}\b']
prices = { hoodie = [20, 60, 150] }
lines = { "Road Runner" = [40, 90, 200] }
"#;

    #[test]
    fn each_entry_is_a_pack_with_generated_examples() {
        assert!(is_sector(SECTOR));
        let packs = compile_sector("s.toml", SECTOR).unwrap();
        assert_eq!(packs.len(), 1);
        let p = &packs[0];
        let brand = p.brand.as_ref().unwrap();
        let ids: Vec<&str> = brand.categories.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["hoodie", "line-road-runner"]);
        assert_eq!(brand.categories[0].floors, [("USD".to_string(), 20.0)]);
        assert_eq!(brand.categories[0].stocked, [("USD".to_string(), 60.0)]);
        assert_eq!(brand.codes, [r"\bac\d{4}\b"]);
        let titles: Vec<&str> = p.examples.iter().map(|x| x.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Acme Wear hoodie",
                "Acme Wear hoodie (6 colours)",
                "Road Runner",
                "Road Runner (6 colours)"
            ]
        );
        assert_eq!(p.examples[1].amount, Some(12.0));
    }

    #[test]
    fn an_unknown_category_or_disordered_prices_is_an_error_at_its_line() {
        let unknown = SECTOR.replace("hoodie = [", "jacket = [");
        let e = compile_sector("s.toml", &unknown).unwrap_err().to_string();
        assert!(e.contains("s.toml:13:") && e.contains("jacket"), "{e}");
        let disordered = SECTOR.replace("[20, 60, 150]", "[80, 60, 150]");
        let e = compile_sector("s.toml", &disordered)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("s.toml:13:") && e.contains("each at most"),
            "{e}"
        );
        assert!(!is_sector("[pack]\nid = \"x\""));
    }

    #[test]
    fn a_finer_kind_stays_in_its_broader_class_unless_priced() {
        let text = r#"
[sector]
name = "Test"
version = "1"

[category.top]
keywords = ["tee"]

[category.hoodie]
within = "top"
keywords = ["hoodie"]

[[brand]]
id = "plain"
name = "Plain"
prices = { top = [0, 20, 50] }

[[brand]]
id = "fine"
name = "Fine"
prices = { top = [0, 20, 50], hoodie = [0, 40, 120] }
"#;
        let parsed: SectorFile = toml::from_str(text).unwrap();
        let words = |entry: Entry| -> Vec<(String, Vec<String>)> {
            let pack = pack_of("s.toml", text, &parsed.sector, &parsed.category, entry).unwrap();
            let c = pack.categories.into_iter();
            c.map(|c| (c.id.into_inner(), c.keywords)).collect()
        };
        let mut brands = toml::from_str::<SectorFile>(text)
            .unwrap()
            .brand
            .into_iter();
        let (plain, fine) = (brands.next().unwrap(), brands.next().unwrap());
        assert_eq!(
            words(plain),
            [("top".into(), vec!["tee".into(), "hoodie".into()])]
        );
        assert_eq!(
            words(fine),
            [
                ("hoodie".into(), vec!["hoodie".to_string()]),
                ("top".into(), vec!["tee".into()])
            ]
        );
        let unknown = text.replace("within = \"top\"", "within = \"knit\"");
        let e = compile_sector("s.toml", &unknown).unwrap_err().to_string();
        assert!(e.contains("s.toml:10:") && e.contains("within"), "{e}");
    }
}

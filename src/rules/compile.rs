//! Pack text → [`CompiledPack`]: parses the TOML, checks every value a parser cannot (ids,
//! weights, regular expressions, currencies, levels) and normalizes every literal with the same
//! function the listings go through.

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;

use toml::Spanned;

use super::error::RuleError;
use super::format::{CueSection, PackFile, PatternSection};
use super::ruleset::{
    Brand, Category, Claims, CompiledPack, Example, Literal, LiteralKind, PackKind, Pattern, Rates,
    Rule,
};
use crate::listing::Field;
use crate::normalize::normalize;
use crate::verdict::Level;

/// Compiles one pack. `file` names it in errors.
pub fn compile_pack(file: &str, text: &str) -> Result<CompiledPack, RuleError> {
    let parsed: PackFile = toml::from_str(text).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        RuleError::at(file, text, at, None, e.message().trim_end().to_string())
    })?;
    compile_parsed(file, text, parsed)
}

/// Compiles a pack already read from `text` (a pack file, or a compact entry of a sector file,
/// whose spans point into that file).
pub(super) fn compile_parsed(
    file: &str,
    text: &str,
    parsed: PackFile,
) -> Result<CompiledPack, RuleError> {
    Compiler {
        file,
        text,
        ids: HashSet::new(),
    }
    .pack(parsed)
}

/// The regular English plural of a one-word lower-case keyword ("belt" → "belts", "watch" →
/// "watches"; a hyphenated one is one word, "t-shirt" → "t-shirts"), so category names such as
/// "Belts" or "T-Shirts" place a listing without every pack listing both.
fn english_plural(word: &str) -> Option<String> {
    let last = word.rsplit('-').next().unwrap_or(word);
    if !word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        || last.len() < 3
        || word.ends_with('s')
    {
        return None;
    }
    let consonant_y =
        word.ends_with('y') && !word[..word.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    Some(
        if ["ch", "sh", "x", "z"].iter().any(|e| word.ends_with(e)) {
            format!("{word}es")
        } else if consonant_y {
            format!("{}ies", &word[..word.len() - 1])
        } else {
            format!("{word}s")
        },
    )
}

struct Compiler<'a> {
    file: &'a str,
    text: &'a str,
    ids: HashSet<String>,
}

impl Compiler<'_> {
    /// A table of price floors, checked: ISO 4217 codes and amounts above zero.
    fn floors(
        &self,
        table: &BTreeMap<String, Spanned<f64>>,
        cid: &str,
    ) -> Result<Vec<(String, f64)>, RuleError> {
        let mut floors = Vec::new();
        for (currency, amount) in table {
            if currency.len() != 3 || !currency.chars().all(|c| c.is_ascii_uppercase()) {
                return Err(self.error(
                    amount.span(),
                    Some(cid),
                    format!("`{currency}` is not an ISO 4217 code such as USD"),
                ));
            }
            if *amount.get_ref() <= 0.0 {
                return Err(self.error(
                    amount.span(),
                    Some(cid),
                    "a price floor must be above zero",
                ));
            }
            floors.push((currency.clone(), *amount.get_ref()));
        }
        Ok(floors)
    }

    fn error(
        &self,
        span: Range<usize>,
        rule: Option<&str>,
        message: impl Into<String>,
    ) -> RuleError {
        RuleError::at(self.file, self.text, span.start, rule, message)
    }

    fn id(&mut self, id: &Spanned<String>) -> Result<String, RuleError> {
        let value = id.get_ref();
        let ok = !value.is_empty()
            && value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !ok {
            return Err(self.error(
                id.span(),
                Some(value),
                "ids use lower-case letters, digits and '-'",
            ));
        }
        if !self.ids.insert(value.clone()) {
            return Err(self.error(
                id.span(),
                Some(value),
                format!("the id `{value}` is used twice in this pack"),
            ));
        }
        Ok(value.clone())
    }

    fn weight(&self, w: &Spanned<u8>, rule: &str) -> Result<u8, RuleError> {
        if *w.get_ref() > 100 {
            return Err(self.error(w.span(), Some(rule), "weights run from 0 to 100"));
        }
        Ok(*w.get_ref())
    }

    fn rule(
        &mut self,
        id: &Spanned<String>,
        weight: &Spanned<u8>,
        with_brand: &Option<Spanned<u8>>,
        message: &str,
    ) -> Result<Rule, RuleError> {
        let id = self.id(id)?;
        let weight_value = self.weight(weight, &id)?;
        let with_brand = match with_brand {
            Some(w) => self.weight(w, &id)?,
            None => weight_value,
        };
        Ok(Rule {
            id,
            weight: weight_value,
            with_brand,
            message: message.to_string(),
        })
    }

    fn pack(mut self, p: PackFile) -> Result<CompiledPack, RuleError> {
        let id = self.id(&p.pack.id)?;
        let kind = match p.pack.kind.get_ref().as_str() {
            "brand" => PackKind::Brand,
            "generic" => PackKind::Generic,
            other => {
                return Err(self.error(
                    p.pack.kind.span(),
                    None,
                    format!("kind is \"brand\" or \"generic\", not \"{other}\""),
                ))
            }
        };
        if kind == PackKind::Brand && p.brand.is_none() {
            return Err(self.error(
                p.pack.kind.span(),
                None,
                "a brand pack needs a [brand] section",
            ));
        }
        let mut literals = Vec::new();
        let mut push = |text: &str, kind: LiteralKind| {
            let norm = normalize(text);
            if !norm.text.is_empty() {
                let flags = norm.flags(0, norm.text.len());
                literals.push(Literal {
                    text: norm.text.into(),
                    kind,
                    flags,
                });
            }
        };

        let mut brand = None;
        if let Some(b) = &p.brand {
            let mut names = vec![b.name.clone()];
            names.extend(b.aliases.iter().cloned());
            for name in &names {
                push(name, LiteralKind::Name);
                // "Louis Vuitton" is also written "LouisVuitton".
                if name.contains(' ') {
                    push(&name.replace(' ', ""), LiteralKind::Name);
                }
            }
            b.products
                .iter()
                .for_each(|w| push(w, LiteralKind::Product));
            for w in &b.misspellings {
                let norm = normalize(w).text;
                if names.iter().any(|n| normalize(n).text == norm) {
                    return Err(self.error(
                        p.pack.id.span(),
                        None,
                        format!("the misspelling `{w}` reads as the brand's own name once normalized; remove it"),
                    ));
                }
                push(w, LiteralKind::Misspelling);
            }
            b.lookalikes
                .iter()
                .for_each(|w| push(w, LiteralKind::Lookalike));
            b.context.iter().for_each(|w| push(w, LiteralKind::Context));
            let fuzzy = if b.fuzzy {
                names
                    .iter()
                    .map(|n| normalize(n).text)
                    .filter(|n| {
                        n.chars().count() >= 6 && n.chars().all(|c| c.is_ascii_alphabetic())
                    })
                    .collect()
            } else {
                Vec::new()
            };
            let mut categories = Vec::new();
            for (i, c) in p.categories.iter().enumerate() {
                let cid = self.id(&c.id)?;
                for k in &c.keywords {
                    push(k, LiteralKind::Keyword(i as u16));
                    if let Some(plural) = english_plural(&k.to_lowercase()) {
                        push(&plural, LiteralKind::Keyword(i as u16));
                    }
                }
                let floors = self.floors(&c.floor, &cid)?;
                let stocked = self.floors(&c.stocked, &cid)?;
                let retail = self.floors(&c.retail, &cid)?;
                categories.push(Category {
                    id: cid,
                    any: c.keywords.is_empty(),
                    floors,
                    stocked,
                    retail,
                    specific: c.specific,
                });
            }
            let authorized = p
                .sellers
                .as_ref()
                .map(|s| s.authorized.iter().map(|n| normalize(n).text).collect())
                .unwrap_or_default();
            let mut codes = Vec::new();
            for code in &b.codes {
                regex_lite::Regex::new(code.get_ref()).map_err(|e| {
                    self.error(
                        code.span(),
                        None,
                        format!("invalid regular expression: {e}"),
                    )
                })?;
                codes.push(code.get_ref().clone());
            }
            brand = Some(Brand {
                codes,
                name: b.name.clone(),
                needs_context: b.needs_context,
                fuzzy,
                authorized,
                categories,
            });
        } else if let Some(c) = p.categories.first() {
            return Err(self.error(
                c.id.span(),
                Some(c.id.get_ref()),
                "categories belong to a brand pack",
            ));
        }

        let mut cues = Vec::new();
        for (i, cue) in p.cues.iter().enumerate() {
            cues.push(self.cue(cue)?);
            for phrase in &cue.phrases {
                if normalize(phrase.get_ref()).text.is_empty() {
                    return Err(self.error(
                        phrase.span(),
                        Some(cue.id.get_ref()),
                        "this phrase is empty once normalized",
                    ));
                }
                push(phrase.get_ref(), LiteralKind::Cue(i as u16));
            }
            for phrase in &cue.except {
                push(phrase, LiteralKind::CueExcept(i as u16));
            }
        }
        let patterns = p
            .patterns
            .iter()
            .map(|pat| self.pattern(pat))
            .collect::<Result<Vec<_>, _>>()?;
        let claims = match &p.claims {
            Some(c) => {
                c.phrases.iter().for_each(|w| push(w, LiteralKind::Claim));
                let claim_id = Spanned::new(c.weight.span(), "official-claim".to_string());
                let seller_id =
                    Spanned::new(c.seller_name_weight.span(), "seller-name".to_string());
                Some(Claims {
                    claim: self.rule(&claim_id, &c.weight, &None, &c.message)?,
                    seller_name: self.rule(
                        &seller_id,
                        &c.seller_name_weight,
                        &None,
                        &c.seller_name_message,
                    )?,
                })
            }
            None => None,
        };
        if let Some(a) = &p.accessories {
            a.before
                .iter()
                .for_each(|w| push(w, LiteralKind::AccessoryBefore));
            a.words
                .iter()
                .for_each(|w| push(w, LiteralKind::AccessoryWord));
        }
        let rates = match p.rates {
            Some(r) => Some(Rates {
                date: r.date,
                base: r.base,
                per_base: r.per_base.into_iter().collect(),
            }),
            None => None,
        };
        let examples = p
            .examples
            .iter()
            .map(|e| {
                let expect = Level::parse(e.expect.get_ref()).ok_or_else(|| {
                    self.error(
                        e.expect.span(),
                        None,
                        "expect is \"low\", \"medium\" or \"high\"",
                    )
                })?;
                let (price, amount) = match &e.price {
                    Some(toml::Value::String(s)) => (Some(s.clone()), None),
                    Some(toml::Value::Integer(n)) => (None, Some(*n as f64)),
                    Some(toml::Value::Float(n)) => (None, Some(*n)),
                    Some(_) => {
                        return Err(self.error(
                            e.expect.span(),
                            None,
                            "an example's price is a number or a string",
                        ))
                    }
                    None => (None, None),
                };
                Ok(Example {
                    title: e.title.clone(),
                    description: e.description.clone(),
                    price,
                    amount,
                    currency: e.currency.clone(),
                    seller: e.seller.clone(),
                    brand: e.brand.clone(),
                    category: e.category.clone(),
                    expect,
                    note: e.note.clone(),
                    line: RuleError::at(self.file, self.text, e.expect.span().start, None, "").line,
                })
            })
            .collect::<Result<Vec<_>, RuleError>>()?;

        Ok(CompiledPack {
            id,
            name: p.pack.name,
            kind,
            version: p.pack.version,
            description: p.pack.description,
            file: self.file.to_string(),
            brand,
            rates,
            literals,
            bundled_texts: Vec::new(),
            analyses: Vec::new(),
            cues,
            patterns,
            claims,
            examples,
        })
    }

    fn cue(&mut self, c: &CueSection) -> Result<Rule, RuleError> {
        if c.phrases.is_empty() {
            return Err(self.error(
                c.id.span(),
                Some(c.id.get_ref()),
                "a cue needs at least one phrase",
            ));
        }
        self.rule(&c.id, &c.weight, &c.with_brand, &c.message)
    }

    fn pattern(&mut self, p: &PatternSection) -> Result<Pattern, RuleError> {
        let rule = self.rule(&p.id, &p.weight, &p.with_brand, &p.message)?;
        let check_regex = |r: &Spanned<String>| {
            regex_lite::Regex::new(r.get_ref())
                .map(|re| re.captures_len())
                .map_err(|e| {
                    self.error(
                        r.span(),
                        Some(&rule.id),
                        format!("invalid regular expression: {e}"),
                    )
                })
        };
        let groups = check_regex(&p.regex)?;
        if let Some(v) = &p.valid {
            check_regex(v)?;
        }
        let luhn = match &p.check {
            None => false,
            Some(c) if c.get_ref() == "luhn" => true,
            Some(c) => {
                return Err(self.error(c.span(), Some(&rule.id), "the only check is \"luhn\""))
            }
        };
        if (luhn || p.valid.is_some()) && groups < 2 {
            return Err(self.error(
                p.regex.span(),
                Some(&rule.id),
                "`valid` and `check` test capture group 1: add a group",
            ));
        }
        let mut fields = Vec::new();
        for f in &p.fields {
            let field = Field::TEXT
                .into_iter()
                .find(|x| x.name() == f.get_ref())
                .ok_or_else(|| {
                    self.error(
                        f.span(),
                        Some(&rule.id),
                        "fields are title, description, brand, seller, category",
                    )
                })?;
            fields.push(field);
        }
        if fields.is_empty() {
            fields = vec![Field::Title, Field::Description];
        }
        Ok(Pattern {
            rule,
            regex: p.regex.get_ref().clone(),
            valid: p.valid.as_ref().map(|v| v.get_ref().clone()),
            luhn,
            fields,
            describes_item: p.describes_item,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::english_plural;

    #[test]
    fn plurals_of_category_words() {
        assert_eq!(english_plural("belt").as_deref(), Some("belts"));
        assert_eq!(english_plural("watch").as_deref(), Some("watches"));
        assert_eq!(english_plural("battery").as_deref(), Some("batteries"));
        assert_eq!(english_plural("tray").as_deref(), Some("trays"));
        assert_eq!(english_plural("shoes"), None);
        assert_eq!(english_plural("Gürtel"), None);
        assert_eq!(english_plural("card holder"), None);
        assert_eq!(english_plural("t-shirt").as_deref(), Some("t-shirts"));
    }
}

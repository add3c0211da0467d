//! Listing validation for seller-onboarding forms: the verdict recast as per-field issues, so a
//! form can put each message under the field whose words caused it.

use serde::Serialize;

use crate::engine::Checker;
use crate::listing::{Field, Listing};
use crate::verdict::Level;

/// One problem in one field: the words (character offsets into the field's text) and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Issue {
    pub field: Field,
    pub message: String,
    pub start: usize,
    pub end: usize,
    pub rule: String,
    pub pack: String,
    /// Score points this issue added.
    pub points: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Validation {
    pub level: Level,
    pub score: u8,
    pub brand: Option<String>,
    /// Strongest first.
    pub issues: Vec<Issue>,
}

/// Validates a listing being written in a form. Every reason of the verdict carries the field
/// and words it rests on, so each becomes exactly one issue.
pub fn validate(checker: &Checker, listing: &Listing) -> Validation {
    let verdict = checker.check(listing);
    let issues = verdict
        .reasons
        .into_iter()
        .map(|r| {
            let (field, start, end) = r
                .evidence
                .map_or((Field::Title, 0, 0), |e| (e.field, e.start, e.end));
            Issue {
                field,
                message: r.message,
                start,
                end,
                rule: r.rule,
                pack: r.pack,
                points: r.points,
            }
        })
        .collect();
    Validation {
        level: verdict.level,
        score: verdict.score,
        brand: verdict.brand,
        issues,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::listing::PriceInput;

    #[test]
    fn issues_point_at_field_words() {
        let checker = Checker::default();
        let listing = Listing {
            price: Some(PriceInput::Text("$25".into())),
            ..Listing::titled("Men's G U C C I belt")
        };
        let v = validate(&checker, &listing);
        assert_eq!(v.level, Level::High);
        let name = v
            .issues
            .iter()
            .find(|i| i.rule == "disguised-name")
            .expect("disguise found");
        assert_eq!((name.field, name.start, name.end), (Field::Title, 6, 15));
        let price = v
            .issues
            .iter()
            .find(|i| i.rule == "price-below-floor")
            .expect("price found");
        assert_eq!((price.field, price.start, price.end), (Field::Price, 0, 3));
    }

    #[test]
    fn honest_listing_has_no_issues() {
        let v = validate(
            &Checker::default(),
            &Listing::titled("Oak dining table, seats six"),
        );
        assert_eq!((v.level, v.score, v.issues.len()), (Level::Low, 0, 0));
    }
}

//! What the engine says about a listing, and why.

use serde::{Deserialize, Serialize};

use crate::listing::Field;

/// Risk level, ordered from least to most worrying.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Low,
    Medium,
    High,
}

impl Level {
    /// Every level, least worrying first.
    pub const ALL: [Level; 3] = [Level::Low, Level::Medium, Level::High];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Low => "low",
            Level::Medium => "medium",
            Level::High => "high",
        }
    }

    /// The words every surface shows the level in.
    pub fn label(self) -> &'static str {
        match self {
            Level::Low => "Low risk",
            Level::Medium => "Medium risk",
            Level::High => "High risk",
        }
    }

    /// A shape per level, rising in alarm, so the level reads without its colour. No tick for
    /// low: a listing without warning signs is not thereby vouched for as genuine.
    pub fn symbol(self) -> &'static str {
        match self {
            Level::Low => "●",
            Level::Medium => "◆",
            Level::High => "▲",
        }
    }

    pub fn parse(text: &str) -> Option<Level> {
        match text.trim().to_ascii_lowercase().as_str() {
            "low" => Some(Level::Low),
            "medium" => Some(Level::Medium),
            "high" => Some(Level::High),
            _ => None,
        }
    }
}

impl std::fmt::Display for Level {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The words in a listing field that a rule matched. `start` and `end` count characters
/// (Unicode scalar values) into the field's original text, so every surface can highlight them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub field: Field,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// One finding: which rule of which pack, what it means, how many score points it added.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    pub rule: String,
    pub pack: String,
    pub message: String,
    /// The rule's weight: how strongly this finding alone suggests a counterfeit (0–100).
    pub weight: u8,
    /// Score points this reason contributed; the points of all reasons add up to the score.
    pub points: u8,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
}

/// The engine's answer for one listing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<serde_json::Value>,
    pub level: Level,
    pub score: u8,
    /// The canonical brand the listing claims or imitates.
    pub brand: Option<String>,
    pub reasons: Vec<Reason>,
    /// Whether a text field was longer than the engine reads (`MAX_FIELD_BYTES`) and only its
    /// start was checked. Present only when true.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub clipped: bool,
}

//! The replica trade's wording and genuine dealers' wording, on listings written for these tests
//! (`tests/wording/`, see its README): darknet sellers' counterfeit listings, Chinese and agent
//! vocabulary, a brand's goods stocked in many colourways under a quality tier, a replica
//! seller's album titles that name a model or style code without the brand word, replica
//! spreadsheets' terse rows, and the honest side of the same words (watch dealers' box, papers
//! and replacement parts; Under Armour's "UA"; official retros; escrow for a genuine watch;
//! resale marketplaces' worn, graded and authenticated goods).
//!
//! `cargo test --release --test wording -- --nocapture` prints each set's rates and every
//! listing on the wrong side of its bar.

use std::path::PathBuf;

use knockoff::{Checker, Level, Listing, Verdict};

/// One set of listings and what it must reach.
struct Bar {
    file: &'static str,
    /// Counterfeit sets: the least share rated medium or high. Honest sets: `None`.
    min_flagged: Option<f64>,
    /// Honest sets: the most shares rated medium-or-high and high.
    max_flagged: f64,
    max_high: f64,
    /// The least share whose verdict names a brand (album titles carry no brand word).
    min_branded: f64,
}

const BARS: [Bar; 8] = [
    Bar {
        file: "darknet.jsonl",
        min_flagged: Some(0.95),
        max_flagged: 1.0,
        max_high: 1.0,
        min_branded: 0.0,
    },
    Bar {
        file: "trade-zh.jsonl",
        min_flagged: Some(0.95),
        max_flagged: 1.0,
        max_high: 1.0,
        min_branded: 0.0,
    },
    Bar {
        file: "stock-tiers.jsonl",
        min_flagged: Some(0.95),
        max_flagged: 1.0,
        max_high: 1.0,
        min_branded: 0.0,
    },
    Bar {
        file: "album.jsonl",
        min_flagged: None,
        max_flagged: 1.0,
        max_high: 1.0,
        min_branded: 0.95,
    },
    Bar {
        file: "dealer-watches.jsonl",
        min_flagged: None,
        max_flagged: 0.03,
        max_high: 0.0,
        min_branded: 0.0,
    },
    Bar {
        file: "honest-trade.jsonl",
        min_flagged: None,
        max_flagged: 0.03,
        max_high: 0.0,
        min_branded: 0.0,
    },
    Bar {
        file: "resale.jsonl",
        min_flagged: None,
        max_flagged: 0.03,
        max_high: 0.0,
        min_branded: 0.0,
    },
    Bar {
        file: "spreadsheet.jsonl",
        min_flagged: Some(0.8),
        max_flagged: 1.0,
        max_high: 1.0,
        min_branded: 0.0,
    },
];

fn load(file: &str) -> Vec<Listing> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("wording")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(n, l)| {
            serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("{file}:{}: not a Listing: {e}", n + 1))
        })
        .collect()
}

fn line(listing: &Listing, v: &Verdict) -> String {
    let reasons: Vec<String> = v
        .reasons
        .iter()
        .map(|r| {
            let text = r.evidence.as_ref().map_or("", |e| e.text.as_str());
            format!("{} +{} “{text}”", r.rule, r.points)
        })
        .collect();
    format!(
        "  {} {:>3} brand={} | {} | {}",
        v.level,
        v.score,
        v.brand.as_deref().unwrap_or("-"),
        listing.title,
        reasons.join(", ")
    )
}

#[test]
fn wording_sets_meet_their_bars() {
    let checker = Checker::default();
    let mut failures = Vec::new();
    for bar in &BARS {
        let listings = load(bar.file);
        assert!(listings.len() >= 30, "{}: too few listings", bar.file);
        let verdicts: Vec<Verdict> = listings.iter().map(|l| checker.check(l)).collect();
        let n = listings.len() as f64;
        let share =
            |f: &dyn Fn(&Verdict) -> bool| verdicts.iter().filter(|v| f(v)).count() as f64 / n;
        let flagged = share(&|v| v.level >= Level::Medium);
        let high = share(&|v| v.level == Level::High);
        let branded = share(&|v| v.brand.is_some());
        println!(
            "{:22} {:3} listings: medium+ {:5.1}%, high {:5.1}%, brand named {:5.1}%",
            bar.file,
            listings.len(),
            100.0 * flagged,
            100.0 * high,
            100.0 * branded
        );
        let wrong: Vec<String> = listings
            .iter()
            .zip(&verdicts)
            .filter(|(_, v)| match bar.min_flagged {
                Some(_) => v.level == Level::Low,
                None if bar.min_branded > 0.0 => v.brand.is_none(),
                None => v.level >= Level::Medium,
            })
            .map(|(l, v)| line(l, v))
            .collect();
        for w in &wrong {
            println!("{w}");
        }
        if bar.min_flagged.is_some_and(|min| flagged < min)
            || flagged > bar.max_flagged
            || high > bar.max_high
            || branded < bar.min_branded
        {
            failures.push(bar.file);
        }
    }
    assert!(failures.is_empty(), "bars missed: {failures:?}");
}

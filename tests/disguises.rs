//! Measures how the engine sees through disguised brand names, on the sets in `tests/disguises/`
//! (made by `scripts/gen-disguises.py` from dnstwist, Unicode's confusables and SpamAssassin's
//! letter classes; see `tests/disguises/README.md`), and that honest titles keep their brand.
//!
//! `cargo test --release --test disguises -- --nocapture` prints the rates by kind and the
//! first misses of each kind; `DISGUISE_SHOW=20` shows more.

use std::collections::BTreeMap;
use std::path::PathBuf;

use knockoff::{Checker, Listing};

/// The bars, by the kind's family (the part of its label before `/`).
const BARS: [(&str, f64); 4] = [
    ("typo", 0.90),
    ("confusable", 0.99),
    ("spam", 0.95),
    ("mask", 0.95),
];

/// Honest titles given a brand other than their own (or any, when they claim none).
const HONEST_MAX_WRONG: f64 = 0.005;

fn read(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("disguises")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `(first column, second column, title)` of a tab-separated set, comments left out.
fn rows(text: &str) -> Vec<Vec<&str>> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
        .collect()
}

fn show() -> usize {
    std::env::var("DISGUISE_SHOW")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3)
}

#[test]
fn disguised_names_are_seen_through() {
    let checker = Checker::default();
    let text = read("disguised.tsv");
    // kind → (caught, total, misses)
    let mut by_kind: BTreeMap<&str, (usize, usize, Vec<String>)> = BTreeMap::new();
    for row in rows(&text) {
        let [kind, brand, title] = row[..] else {
            panic!("not kind, brand, title: {row:?}");
        };
        let verdict = checker.check(&Listing::titled(title));
        let e = by_kind.entry(kind).or_default();
        e.1 += 1;
        if verdict.brand.as_deref() == Some(brand) {
            e.0 += 1;
        } else {
            e.2.push(format!("{title}  →  {:?}", verdict.brand));
        }
    }
    let mut families: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    println!("{:<24} {:>7} {:>6}", "kind", "caught", "rate");
    for (kind, (caught, total, misses)) in &by_kind {
        println!(
            "{kind:<24} {caught:>3}/{total:<3} {:>5.1}%",
            100.0 * *caught as f64 / *total as f64
        );
        for m in misses.iter().take(show()) {
            println!("    miss: {m}");
        }
        let f = families.entry(kind.split('/').next().unwrap()).or_default();
        f.0 += caught;
        f.1 += total;
    }
    let mut failed = Vec::new();
    for (family, bar) in BARS {
        let (caught, total) = families[family];
        let rate = caught as f64 / total as f64;
        println!(
            "{family:<24} {caught:>4}/{total:<4} {:>5.1}%  (bar {:.0}%)",
            100.0 * rate,
            100.0 * bar
        );
        if rate < bar {
            failed.push(format!(
                "{family} {:.1}% < {:.0}%",
                100.0 * rate,
                100.0 * bar
            ));
        }
    }
    assert!(failed.is_empty(), "below the bar: {failed:?}");
}

#[test]
fn honest_titles_keep_their_own_brand() {
    let checker = Checker::default();
    let text = read("honest.tsv");
    let rows = rows(&text);
    let mut wrong = Vec::new();
    for row in &rows {
        let [expected, title] = row[..] else {
            panic!("not brand, title: {row:?}");
        };
        let expected = (expected != "-").then_some(expected);
        let verdict = checker.check(&Listing::titled(title));
        if verdict.brand.as_deref() != expected {
            wrong.push(format!("{title}  →  {:?}", verdict.brand));
        }
    }
    let rate = wrong.len() as f64 / rows.len() as f64;
    println!(
        "honest titles given a wrong brand: {}/{} = {:.1}%",
        wrong.len(),
        rows.len(),
        100.0 * rate
    );
    for w in &wrong {
        println!("    wrong: {w}");
    }
    assert!(rate <= HONEST_MAX_WRONG, "{wrong:#?}");
}

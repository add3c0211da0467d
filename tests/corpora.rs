//! Measures the engine on the evaluation corpora in `tests/corpora/` (made by
//! `scripts/gen-corpora.py`; see `tests/corpora/README.md`).
//!
//! The bars: of the honest listings at most 0.5 % may be rated high and at most 3 % medium or
//! high; of the counterfeit listings at least 90 % must be rated medium or high.
//!
//! `cargo test --release --test corpora -- --nocapture` prints the rates, breakdowns by class,
//! language, brand and signal, and the first misses of each kind with their verdicts.
//! `CORPUS_SHOW=40` shows more misses.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::path::PathBuf;

use knockoff::{Checker, Level, Listing, Verdict};

const HONEST_MAX_HIGH: f64 = 0.005;
const HONEST_MAX_FLAGGED: f64 = 0.03;
const COUNTERFEIT_MIN_FLAGGED: f64 = 0.90;
const MIN_LISTINGS: usize = 1200;

/// What a corpus line's id says about it.
///
/// Honest ids read `h-00042/<class>/<lang>`; counterfeit ids `c-00042/<brand>/<lang>/<signals>`,
/// signals joined by `+`.
#[derive(Debug, Clone)]
struct Label {
    id: String,
    /// Honest: the kind of listing (branded-used, accessory, risky-word…). Counterfeit: the brand.
    group: String,
    lang: String,
    signals: Vec<String>,
}

struct Entry {
    label: Label,
    listing: Listing,
}

fn corpus_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("corpora")
        .join(name)
}

fn load(name: &str) -> Vec<Entry> {
    let path = corpus_path(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(n, line)| {
            let listing: Listing = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{name}:{}: not a Listing: {e}", n + 1));
            let label = label(&listing)
                .unwrap_or_else(|| panic!("{name}:{}: id is not a corpus label", n + 1));
            Entry { label, listing }
        })
        .collect()
}

fn label(listing: &Listing) -> Option<Label> {
    let id = listing.id.as_ref()?.as_str()?.to_string();
    let parts: Vec<&str> = id.split('/').collect();
    match parts.as_slice() {
        [n, class, lang] if n.starts_with("h-") => Some(Label {
            id: id.clone(),
            group: class.to_string(),
            lang: lang.to_string(),
            signals: Vec::new(),
        }),
        [n, brand, lang, signals] if n.starts_with("c-") => Some(Label {
            id: id.clone(),
            group: brand.to_string(),
            lang: lang.to_string(),
            signals: signals.split('+').map(str::to_string).collect(),
        }),
        _ => None,
    }
}

fn flagged(v: &Verdict) -> bool {
    v.level >= Level::Medium
}

fn pct(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// Zero-width and other invisible characters, shown so a reader can see them.
fn visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}') {
            let _ = write!(out, "<U+{:04X}>", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

fn shorten(text: &str, max: usize) -> String {
    let text = visible(text);
    if text.chars().count() <= max {
        text
    } else {
        format!("{}…", text.chars().take(max).collect::<String>())
    }
}

fn describe(entry: &Entry, verdict: &Verdict) -> String {
    let reasons: Vec<String> = verdict
        .reasons
        .iter()
        .map(|r| match &r.evidence {
            Some(e) => format!(
                "{}/{} +{} [{}:{:?}]",
                r.pack,
                r.rule,
                r.points,
                e.field.name(),
                visible(&e.text)
            ),
            None => format!("{}/{} +{}", r.pack, r.rule, r.points),
        })
        .collect();
    let mut line = format!(
        "  {}  {} {:>3}  brand={}\n      title: {}",
        entry.label.id,
        verdict.level,
        verdict.score,
        verdict.brand.as_deref().unwrap_or("-"),
        shorten(&entry.listing.title, 160),
    );
    if let Some(price) = &entry.listing.price {
        let price = match price {
            knockoff::PriceInput::Number(n) => n.to_string(),
            knockoff::PriceInput::Text(t) => t.clone(),
        };
        let _ = write!(
            line,
            "\n      price: {price} {}",
            entry.listing.currency.as_deref().unwrap_or("")
        );
    }
    if let Some(seller) = &entry.listing.seller {
        let _ = write!(line, "  seller: {}", shorten(seller, 40));
    }
    if let Some(desc) = &entry.listing.description {
        let _ = write!(line, "\n      description: {}", shorten(desc, 140));
    }
    let _ = write!(
        line,
        "\n      reasons: {}",
        if reasons.is_empty() {
            "(none)".to_string()
        } else {
            reasons.join("; ")
        }
    );
    line
}

/// Tally of listings and of those the engine got wrong, per key.
#[derive(Default)]
struct Tally {
    total: usize,
    medium: usize,
    high: usize,
}

impl Tally {
    fn add(&mut self, level: Level) {
        self.total += 1;
        match level {
            Level::Low => {}
            Level::Medium => self.medium += 1,
            Level::High => self.high += 1,
        }
    }
    fn flagged(&self) -> usize {
        self.medium + self.high
    }
}

/// Counts one verdict under `key`.
fn count(tallies: &mut BTreeMap<String, Tally>, key: &str, level: Level) {
    tallies.entry(key.to_string()).or_default().add(level);
}

fn table(title: &str, rows: &BTreeMap<String, Tally>, honest: bool) -> String {
    let mut rows: Vec<(&String, &Tally)> = rows.iter().collect();
    // Worst first: most wrongly flagged (honest) or most missed (counterfeit).
    if honest {
        rows.sort_by(|a, b| {
            pct(b.1.flagged(), b.1.total)
                .total_cmp(&pct(a.1.flagged(), a.1.total))
                .then(a.0.cmp(b.0))
        });
    } else {
        rows.sort_by(|a, b| {
            pct(a.1.flagged(), a.1.total)
                .total_cmp(&pct(b.1.flagged(), b.1.total))
                .then(a.0.cmp(b.0))
        });
    }
    let mut out = format!("  {title}\n");
    for (key, t) in rows {
        if honest {
            let _ = writeln!(
                out,
                "    {key:<22} {:>5}  medium {:>4}  high {:>4}  flagged {:>6.2}%",
                t.total,
                t.medium,
                t.high,
                100.0 * pct(t.flagged(), t.total)
            );
        } else {
            let _ = writeln!(
                out,
                "    {key:<22} {:>5}  caught {:>5}  missed {:>4}  caught {:>6.2}%",
                t.total,
                t.flagged(),
                t.total - t.flagged(),
                100.0 * pct(t.flagged(), t.total)
            );
        }
    }
    out
}

fn show_count() -> usize {
    std::env::var("CORPUS_SHOW")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(15)
}

#[test]
fn corpora_are_well_formed() {
    let honest = load("honest.jsonl");
    let counterfeit = load("counterfeit.jsonl");
    assert!(
        honest.len() >= MIN_LISTINGS,
        "honest corpus has {} listings",
        honest.len()
    );
    assert!(
        counterfeit.len() >= MIN_LISTINGS,
        "counterfeit corpus has {} listings",
        counterfeit.len()
    );

    let mut ids = HashSet::new();
    let mut titles = HashSet::new();
    for entry in honest.iter().chain(&counterfeit) {
        assert!(
            ids.insert(entry.label.id.clone()),
            "duplicate id {}",
            entry.label.id
        );
        let key = entry
            .listing
            .title
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        assert!(
            titles.insert(key),
            "duplicate title in {}: {}",
            entry.label.id,
            entry.listing.title
        );
        assert!(
            !entry.listing.title.trim().is_empty(),
            "{} has no title",
            entry.label.id
        );
    }

    let honest_langs: HashSet<&str> = honest.iter().map(|e| e.label.lang.as_str()).collect();
    assert!(
        honest_langs.len() >= 11,
        "honest languages: {honest_langs:?}"
    );
    let honest_classes: HashSet<&str> = honest.iter().map(|e| e.label.group.as_str()).collect();
    for class in [
        "branded-new",
        "branded-used",
        "accessory",
        "brand-word",
        "risky-word",
        "classified",
        "generic",
        "multipack",
        "refurbished",
        "book",
    ] {
        assert!(honest_classes.contains(class), "no honest {class} listings");
    }
    let brands: HashSet<&str> = counterfeit.iter().map(|e| e.label.group.as_str()).collect();
    assert!(
        brands.len() >= 25,
        "counterfeit corpus covers {} brands",
        brands.len()
    );
    assert!(
        counterfeit.iter().all(|e| !e.label.signals.is_empty()),
        "a counterfeit listing without signals"
    );
}

#[test]
fn engine_meets_the_corpus_bars() {
    let checker = Checker::default();
    let honest = load("honest.jsonl");
    let counterfeit = load("counterfeit.jsonl");
    let show = show_count();
    let mut report = String::new();

    // Honest listings: how many does the engine wrongly flag?
    let verdicts: Vec<Verdict> = honest.iter().map(|e| checker.check(&e.listing)).collect();
    let mut by_class: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_lang: BTreeMap<String, Tally> = BTreeMap::new();
    let mut all = Tally::default();
    for (entry, verdict) in honest.iter().zip(&verdicts) {
        all.add(verdict.level);
        count(&mut by_class, &entry.label.group, verdict.level);
        count(&mut by_lang, &entry.label.lang, verdict.level);
    }
    let honest_high = pct(all.high, all.total);
    let honest_flagged = pct(all.flagged(), all.total);
    let _ = writeln!(
        report,
        "\nHONEST ({} listings): high {} = {:.2}% (bar ≤ {:.1}%), medium-or-high {} = {:.2}% (bar ≤ {:.1}%)",
        all.total,
        all.high,
        100.0 * honest_high,
        100.0 * HONEST_MAX_HIGH,
        all.flagged(),
        100.0 * honest_flagged,
        100.0 * HONEST_MAX_FLAGGED
    );
    report.push_str(&table("by class", &by_class, true));
    report.push_str(&table("by language", &by_lang, true));
    let mut misses: Vec<(&Entry, &Verdict)> = honest
        .iter()
        .zip(&verdicts)
        .filter(|(_, v)| flagged(v))
        .collect();
    misses.sort_by_key(|(_, v)| std::cmp::Reverse(v.level));
    let _ = writeln!(
        report,
        "  first {} wrongly flagged (high first):",
        show.min(misses.len())
    );
    for (entry, verdict) in misses.iter().take(show) {
        let _ = writeln!(report, "{}", describe(entry, verdict));
    }

    // Counterfeit listings: how many does the engine catch?
    let verdicts: Vec<Verdict> = counterfeit
        .iter()
        .map(|e| checker.check(&e.listing))
        .collect();
    let mut by_brand: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_signal: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_count: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_lang: BTreeMap<String, Tally> = BTreeMap::new();
    let mut single: BTreeMap<String, Tally> = BTreeMap::new();
    let mut all = Tally::default();
    for (entry, verdict) in counterfeit.iter().zip(&verdicts) {
        all.add(verdict.level);
        count(&mut by_brand, &entry.label.group, verdict.level);
        count(&mut by_lang, &entry.label.lang, verdict.level);
        count(
            &mut by_count,
            &format!("{} signal(s)", entry.label.signals.len()),
            verdict.level,
        );
        for signal in &entry.label.signals {
            count(&mut by_signal, signal, verdict.level);
        }
        if entry.label.signals.len() == 1 {
            count(&mut single, &entry.label.signals[0], verdict.level);
        }
    }
    let caught = pct(all.flagged(), all.total);
    let _ = writeln!(
        report,
        "\nCOUNTERFEIT ({} listings): medium-or-high {} = {:.2}% (bar ≥ {:.0}%), high {} = {:.2}%, missed {}",
        all.total,
        all.flagged(),
        100.0 * caught,
        100.0 * COUNTERFEIT_MIN_FLAGGED,
        all.high,
        100.0 * pct(all.high, all.total),
        all.total - all.flagged()
    );
    report.push_str(&table("by brand", &by_brand, false));
    report.push_str(&table(
        "by signal (a listing counts once for each signal it carries)",
        &by_signal,
        false,
    ));
    report.push_str(&table(
        "listings with a single signal, by that signal",
        &single,
        false,
    ));
    report.push_str(&table("by number of signals", &by_count, false));
    report.push_str(&table("by language", &by_lang, false));
    let misses: Vec<(&Entry, &Verdict)> = counterfeit
        .iter()
        .zip(&verdicts)
        .filter(|(_, v)| !flagged(v))
        .collect();
    let _ = writeln!(report, "  first {} missed:", show.min(misses.len()));
    for (entry, verdict) in misses.iter().take(show) {
        let _ = writeln!(report, "{}", describe(entry, verdict));
    }
    eprintln!("{report}");

    let mut failures = Vec::new();
    if honest_high > HONEST_MAX_HIGH {
        failures.push(format!(
            "honest high {:.2}% > {:.1}%",
            100.0 * honest_high,
            100.0 * HONEST_MAX_HIGH
        ));
    }
    if honest_flagged > HONEST_MAX_FLAGGED {
        failures.push(format!(
            "honest medium-or-high {:.2}% > {:.1}%",
            100.0 * honest_flagged,
            100.0 * HONEST_MAX_FLAGGED
        ));
    }
    if caught < COUNTERFEIT_MIN_FLAGGED {
        failures.push(format!(
            "counterfeit medium-or-high {:.2}% < {:.0}%",
            100.0 * caught,
            100.0 * COUNTERFEIT_MIN_FLAGGED
        ));
    }
    assert!(
        failures.is_empty(),
        "corpus bars not met: {} (run with --nocapture for the breakdown)",
        failures.join("; ")
    );
}

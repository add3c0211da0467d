//! Prints the bundled compiled rule set as JSON: names, cue phrases, expressions, price floors
//! and weights, for `benches/baseline.mjs`, the JavaScript baseline that is built from the same
//! rules knockoff runs.
//!
//!     cargo run --example export_rules > target/rules.json

fn main() {
    let rules = knockoff::RuleSet::from_bytes(knockoff::BUNDLED_RULES)
        .expect("bundled rules were compiled by this build");
    println!(
        "{}",
        serde_json::to_string(&rules).expect("rule sets serialize")
    );
}

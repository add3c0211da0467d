//! `knockoff extract`: the listings found in saved pages, as JSON Lines.

use std::path::Path;
use std::process::ExitCode;

use knockoff::Checker;
use serde_json::json;

use super::input;
use super::packs::checker;
use super::{ExtractArgs, Result};

pub fn run(args: ExtractArgs) -> Result<ExitCode> {
    let checker = if args.check {
        Some(checker(&args.engine)?)
    } else {
        None
    };
    // Like grep or cat: a page that cannot be read is reported and the others are still read;
    // the exit status says some failed.
    let mut failed = 0usize;
    for page in &args.pages {
        match input::read_page(page) {
            Ok(html) => print_listings(page, &html, checker.as_ref())?,
            Err(why) => {
                eprintln!("knockoff: {why}");
                failed += 1;
            }
        }
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Prints one JSON line per listing found on a page (a note on stderr when there are none).
fn print_listings(page: &Path, html: &str, checker: Option<&Checker>) -> Result<()> {
    let extraction = knockoff::extract_page(html);
    if extraction.found.is_empty() {
        eprintln!("knockoff: no listings found in {}", page.display());
    }
    for (i, found) in extraction.found.iter().enumerate() {
        let mut obj = json!({ "page": page.display().to_string(), "found": found });
        if let Some(money) = knockoff::price::listing_money(&found.listing) {
            // The price read once here, so consumers need no parser of their own; the
            // printed text stays in `found.listing.price`.
            obj["price"] = json!({ "amount": money.amount, "currency": money.currency });
        }
        if extraction.main == Some(i) {
            // The product a product page is about, as opposed to related items around it.
            obj["main"] = json!(true);
        }
        if let Some(c) = checker {
            obj["verdict"] = serde_json::to_value(c.check(&found.listing))?;
        }
        println!("{obj}");
    }
    Ok(())
}

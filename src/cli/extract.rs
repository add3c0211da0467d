//! `knockoff extract`: the listings found in saved pages, as JSON Lines.

use std::process::ExitCode;

use serde_json::json;

use super::packs::checker;
use super::{ExtractArgs, Result};

pub fn run(args: ExtractArgs) -> Result<ExitCode> {
    let checker = if args.check {
        Some(checker(&args.engine)?)
    } else {
        None
    };
    for page in &args.pages {
        let bytes =
            std::fs::read(page).map_err(|e| format!("cannot read {}: {e}", page.display()))?;
        let html = knockoff::extract::decode_html(&bytes);
        let extraction = knockoff::extract_page(&html);
        for (i, found) in extraction.found.iter().enumerate() {
            let verdict = checker.as_ref().map(|c| c.check(&found.listing));
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
            if let Some(v) = verdict {
                obj["verdict"] = serde_json::to_value(v)?;
            }
            println!("{obj}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

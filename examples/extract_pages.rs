//! Runs extraction over pages given as JSON lines `{"key": …, "html": …}` on stdin and prints
//! one JSON line per page: `{"key", "listings", "main", "amount", "ms"}`. `main` indexes the
//! page's own product in `listings`; `amount` is that product's price as the engine reads it.
//! `scripts/eval-extraction.py` drives it.

use std::io::{self, BufRead, Write};
use std::time::Instant;

use knockoff::extract::extract_page;
use knockoff::listing::PriceInput;
use knockoff::price::parse_price;

fn main() -> io::Result<()> {
    let stdin = io::stdin();
    let mut out = io::BufWriter::new(io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let page: serde_json::Value = serde_json::from_str(&line).map_err(io::Error::other)?;
        let html = page["html"].as_str().unwrap_or("");
        let started = Instant::now();
        let found = extract_page(html);
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        let amount = found
            .main
            .and_then(|m| found.found[m].listing.price.as_ref())
            .and_then(|p| match p {
                PriceInput::Number(n) => Some(*n),
                PriceInput::Text(t) => parse_price(t).map(|m| m.amount),
            });
        let record = serde_json::json!({
            "key": page["key"],
            "listings": found.found,
            "main": found.main,
            "amount": amount.map(|a| a.to_string()),
            "ms": ms,
        });
        writeln!(out, "{record}")?;
    }
    out.flush()
}

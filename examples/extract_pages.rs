//! Runs extraction over pages given as JSON lines `{"key": …, "hex": …}` (the saved bytes, read
//! as `knockoff extract` reads a file) on stdin and prints
//! one JSON line per page: `{"key", "listings", "main", "amount", "currency", "ms"}`. `main`
//! indexes the page's own product in `listings`; `amount` and `currency` are that product's
//! price as `knockoff extract` prints it.
//! `scripts/eval-extraction.py` drives it.

use std::io::{self, BufRead, Write};
use std::time::Instant;

use knockoff::extract::{decode_html, extract_page};
use knockoff::price::listing_money;

fn main() -> io::Result<()> {
    let stdin = io::stdin();
    let mut out = io::BufWriter::new(io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let page: serde_json::Value = serde_json::from_str(&line).map_err(io::Error::other)?;
        let hex = page["hex"].as_str().unwrap_or("").as_bytes();
        let bytes: Vec<u8> = hex
            .chunks(2)
            .filter_map(|pair| u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok())
            .collect();
        let started = Instant::now();
        let found = extract_page(&decode_html(&bytes));
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        let money = found
            .main
            .and_then(|m| listing_money(&found.found[m].listing));
        let record = serde_json::json!({
            "key": page["key"],
            "listings": found.found,
            "main": found.main,
            "amount": money.as_ref().map(|m| m.amount.to_string()),
            "currency": money.and_then(|m| m.currency),
            "ms": ms,
        });
        writeln!(out, "{record}")?;
    }
    out.flush()
}

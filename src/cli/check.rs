//! `knockoff check`: JSON Lines of listings in, one verdict per line out, in order.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use indicatif::{ProgressBar, ProgressStyle};
use knockoff::{Listing, Verdict};
use serde_json::{json, Value};

use super::input;
use super::packs::checker;
use super::table::Table;
use super::{CheckArgs, Format, Result};

/// What one input line became: a verdict, or the reason it could not be read.
enum Outcome {
    Verdict(Verdict),
    Error {
        line: usize,
        id: Option<Value>,
        error: String,
    },
}

/// Reads a line's listing; on failure keeps the `id` when the line is JSON with one.
fn parse(line: &[u8]) -> std::result::Result<Listing, (Option<Value>, String)> {
    let text =
        std::str::from_utf8(line).map_err(|_| (None, "line is not valid UTF-8".to_string()))?;
    serde_json::from_str::<Listing>(text).map_err(|e| {
        let id = serde_json::from_str::<Value>(text)
            .ok()
            .and_then(|v| v.get("id").cloned());
        (id, format!("not a listing: {e}"))
    })
}

pub fn run(args: CheckArgs) -> Result<ExitCode> {
    let checker = checker(&args.engine)?;
    let mut input = match &args.file {
        Some(path) => input::open(path)?,
        None => input::stdin()?,
    };
    let progress = ProgressBar::new_spinner();
    progress.set_style(
        ProgressStyle::with_template("{spinner} {pos} listings checked ({per_sec})")
            .expect("valid template"),
    );
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut table = matches!(args.format, Format::Table).then(Table::new);

    let mut buf = Vec::new();
    let mut number = 0usize;
    loop {
        buf.clear();
        let read = input
            .read_until(b'\n', &mut buf)
            .map_err(|e| format!("reading input: {e}"))?;
        if read == 0 {
            break;
        }
        number += 1;
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let outcome = match parse(&buf) {
            Ok(listing) => Outcome::Verdict(checker.check(&listing)),
            Err((id, error)) => Outcome::Error {
                line: number,
                id,
                error,
            },
        };
        match (&mut table, outcome) {
            (Some(t), Outcome::Verdict(v)) => t.push_verdict(number, &v),
            (Some(t), Outcome::Error { line, error, .. }) => t.push_error(line, &error),
            (None, Outcome::Verdict(v)) => {
                serde_json::to_writer(&mut out, &v)?;
                out.write_all(b"\n")?;
            }
            (None, Outcome::Error { line, id, error }) => {
                let mut obj = json!({ "line": line, "error": error });
                if let Some(id) = id {
                    obj["id"] = id;
                }
                serde_json::to_writer(&mut out, &obj)?;
                out.write_all(b"\n")?;
            }
        }
        progress.inc(1);
    }
    progress.finish_and_clear();
    if let Some(t) = table {
        t.write(&mut out)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

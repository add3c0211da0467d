//! `knockoff check`: JSON Lines of listings in, one verdict per line out, in order.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use indicatif::{ProgressBar, ProgressStyle};
use knockoff::{Checker, Listing, Verdict};
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

/// The most lines, and bytes, read and checked as one batch: memory stays bounded whatever the
/// input's size, and each batch is split among the worker threads.
const BATCH_LINES: usize = 4096;
const BATCH_BYTES: usize = 16 << 20;

/// A batch of non-blank input lines with their 1-based line numbers.
type Batch = Vec<(usize, Vec<u8>)>;

/// Reads the next batch; empty at the end of the input.
fn read_batch(input: &mut dyn BufRead, number: &mut usize) -> Result<Batch> {
    let mut batch = Batch::new();
    let mut bytes = 0;
    while batch.len() < BATCH_LINES && bytes < BATCH_BYTES {
        let mut line = Vec::new();
        let read = input
            .read_until(b'\n', &mut line)
            .map_err(|e| format!("reading input: {e}"))?;
        if read == 0 {
            break;
        }
        *number += 1;
        if !line.iter().all(u8::is_ascii_whitespace) {
            bytes += line.len();
            batch.push((*number, line));
        }
    }
    Ok(batch)
}

fn outcome(checker: &Checker, line: usize, text: &[u8]) -> Outcome {
    match parse(text) {
        Ok(listing) => Outcome::Verdict(checker.check(&listing)),
        Err((id, error)) => Outcome::Error { line, id, error },
    }
}

/// Checks a batch on `jobs` threads, each taking one contiguous share, so the outcomes come
/// back in input order.
fn check_batch(checker: &Checker, batch: &Batch, jobs: usize) -> Vec<Outcome> {
    if jobs <= 1 || batch.len() < 2 {
        return batch.iter().map(|(n, l)| outcome(checker, *n, l)).collect();
    }
    let share = batch.len().div_ceil(jobs);
    std::thread::scope(|scope| {
        let workers: Vec<_> = batch
            .chunks(share)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|(n, l)| outcome(checker, *n, l))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("a checking thread panicked"))
            .collect()
    })
}

pub fn run(args: CheckArgs) -> Result<ExitCode> {
    let checker = checker(&args.engine)?;
    let jobs = match args.jobs {
        Some(0) => return Err("--jobs must be at least 1".into()),
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, usize::from),
    };
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

    let mut number = 0usize;
    loop {
        let batch = read_batch(&mut input, &mut number)?;
        if batch.is_empty() {
            break;
        }
        let outcomes = check_batch(&checker, &batch, jobs);
        for ((line, _), outcome) in batch.iter().zip(outcomes) {
            match (&mut table, outcome) {
                (Some(t), Outcome::Verdict(v)) => t.push_verdict(*line, &v),
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
        }
        progress.inc(batch.len() as u64);
    }
    progress.finish_and_clear();
    if let Some(t) = table {
        t.write(&mut out)?;
    }
    out.flush()?;
    // The process ends next: freeing the checker's tables one by one (9M instructions, a tenth
    // of start-up) would be work for nothing.
    std::mem::forget(checker);
    Ok(ExitCode::SUCCESS)
}

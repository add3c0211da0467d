//! The `knockoff` command-line tool: check listings, extract them from pages, and lint, test
//! and compile rule packs.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("knockoff: {e}");
            ExitCode::from(2)
        }
    }
}

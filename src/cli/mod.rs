//! Command-line arguments and dispatch.

mod check;
mod extract;
mod input;
mod packs;
mod table;
mod trust;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(name = "knockoff", version, about = "Counterfeit-risk checks for product listings", long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check listings: JSON Lines in (FILE or stdin), one verdict per line out, same order.
    Check(CheckArgs),
    /// Find the listings in saved HTML pages and print them as JSON Lines (a product page's own
    /// product is marked `"main": true`).
    Extract(ExtractArgs),
    /// Work with rule packs.
    #[command(subcommand)]
    Rules(RulesCommand),
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// One JSON object per line.
    Json,
    /// An aligned table for people.
    Table,
}

/// Which packs to use and how to score, shared by the commands that check.
#[derive(Args)]
struct EngineArgs {
    /// Extra packs: .toml files, directories of them, or a compiled rule set (.knockoff).
    /// A pack with the id of a bundled one replaces it.
    #[arg(long = "rules", value_name = "PATH")]
    rules: Vec<PathBuf>,
    /// Leave out the bundled packs.
    #[arg(long)]
    no_bundled: bool,
    /// Switch off a pack by id (repeatable).
    #[arg(long = "disable", value_name = "PACK")]
    disable: Vec<String>,
    /// Accept `--rules` files only when `FILE.sig` is a valid signature by one of these keys,
    /// trusted for every pack id in the file (a key list: hex key, then the pack ids it may sign).
    #[arg(long, value_name = "FILE")]
    trusted_keys: Option<PathBuf>,
    /// Add the packs installed from a feed (the state file `knockoff rules update` keeps).
    #[arg(long, value_name = "STATE")]
    feed: Option<PathBuf>,
    /// Scale the level thresholds: 2 flags twice as readily, 0.5 half as readily.
    #[arg(long, default_value_t = 1.0)]
    sensitivity: f32,
}

#[derive(Args)]
struct CheckArgs {
    /// JSON Lines of listings, plain or gzipped; stdin when absent.
    file: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Worker threads (default: one per core). Output stays in input order.
    #[arg(long, short, value_name = "N")]
    jobs: Option<usize>,
    #[command(flatten)]
    engine: EngineArgs,
}

#[derive(Args)]
struct ExtractArgs {
    /// Saved HTML pages, plain or gzipped (`page.html.gz`).
    #[arg(required = true)]
    pages: Vec<PathBuf>,
    /// Also check each listing and include its verdict.
    #[arg(long)]
    check: bool,
    #[command(flatten)]
    engine: EngineArgs,
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Check that packs parse and compile; errors show file, line, column and rule.
    Lint {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Run the packs' examples against the engine (with the bundled packs unless --only).
    Test {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Use only the given packs, not the bundled ones.
        #[arg(long)]
        only: bool,
        /// Print every example, not only failures.
        #[arg(long, short)]
        verbose: bool,
    },
    /// Compile packs into one rule-set file for `--rules`.
    Compile {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Where to write the compiled rule set.
        #[arg(long, short, default_value = "rules.knockoff")]
        output: PathBuf,
    },
    /// Make an Ed25519 key pair: the secret key at PATH, the public key at PATH.pub.
    Keygen {
        path: PathBuf,
        /// Replace existing key files.
        #[arg(long)]
        force: bool,
    },
    /// Sign files (packs, compiled rule sets, feed indexes): writes FILE.sig beside each.
    Sign {
        /// The secret key.
        #[arg(long, value_name = "PATH")]
        key: PathBuf,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Check that FILE.sig is a valid signature of FILE by a public key; exit 0 only if all are.
    Verify {
        /// The public key (PATH.pub from keygen).
        #[arg(long, value_name = "PATH")]
        key: PathBuf,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Write a signed feed index (DIR/index.json and .sig) for the signed packs in DIR.
    Publish {
        dir: PathBuf,
        /// The feed's secret key, whose public half consumers pin.
        #[arg(long, value_name = "PATH")]
        key: PathBuf,
        /// Which brand key may sign which pack ids (hex key, then pack ids, one key a line).
        #[arg(long, value_name = "FILE")]
        signers: PathBuf,
    },
    /// Apply a feed published in DIR: verify the index and every pack, refuse tampering,
    /// wrong signers, rollbacks and replays, keep the last good packs in the state file.
    Update {
        dir: PathBuf,
        /// The feed's public key, pinned.
        #[arg(long, value_name = "PATH")]
        key: PathBuf,
        /// Where the installed packs and the last index applied are kept.
        #[arg(long, value_name = "FILE", default_value = "knockoff-feed.json")]
        state: PathBuf,
    },
    /// List the packs the engine would use.
    List {
        #[command(flatten)]
        engine: EngineArgs,
    },
}

pub type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Check(a) => check::run(a),
        Command::Extract(a) => extract::run(a),
        Command::Rules(RulesCommand::Lint { paths }) => packs::lint(&paths),
        Command::Rules(RulesCommand::Test {
            paths,
            only,
            verbose,
        }) => packs::test(&paths, only, verbose),
        Command::Rules(RulesCommand::Compile { paths, output }) => packs::compile(&paths, &output),
        Command::Rules(RulesCommand::List { engine }) => packs::list(&engine),
        Command::Rules(RulesCommand::Keygen { path, force }) => trust::keygen(&path, force),
        Command::Rules(RulesCommand::Sign { key, files }) => trust::sign(&key, &files),
        Command::Rules(RulesCommand::Verify { key, files }) => trust::verify(&key, &files),
        Command::Rules(RulesCommand::Publish { dir, key, signers }) => {
            trust::publish(&dir, &key, &signers)
        }
        Command::Rules(RulesCommand::Update { dir, key, state }) => {
            trust::update(&dir, &key, &state)
        }
    }
}

//! `knockoff rules …`: loading pack files, lint, test, compile, list.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use knockoff::trust::{Feed, TrustedKeys};
use knockoff::{rules, Checker, Options, RuleError, RuleSet};

use super::{trust, EngineArgs, Result};

/// Expands directories into their `.toml` files, sorted, then those of their subdirectories
/// (`rules/brands/`); files pass through.
fn pack_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let (mut dirs, mut files): (Vec<PathBuf>, Vec<PathBuf>) = std::fs::read_dir(p)
                .map_err(|e| format!("{}: {e}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.is_dir() || f.extension().is_some_and(|x| x == "toml"))
                .partition(|f| f.is_dir());
            files.sort();
            dirs.sort();
            out.extend(files);
            out.extend(pack_files(&dirs)?);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

/// Compiles every pack, collecting all errors rather than stopping at the first.
fn compile_all(paths: &[PathBuf]) -> Result<(Vec<rules::CompiledPack>, Vec<RuleError>)> {
    compile_trusted(paths, None)
}

/// Like [`compile_all`], but with keys every pack file must be signed by one trusted for it.
fn compile_trusted(
    paths: &[PathBuf],
    trusted: Option<&TrustedKeys>,
) -> Result<(Vec<rules::CompiledPack>, Vec<RuleError>)> {
    let mut packs = Vec::new();
    let mut errors = Vec::new();
    for file in pack_files(paths)? {
        let bytes = match trusted {
            Some(keys) => trust::verified_bytes(&file, keys)?,
            None => std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?,
        };
        let text =
            String::from_utf8(bytes).map_err(|_| format!("{}: not UTF-8 text", file.display()))?;
        match rules::compile_file(&file.display().to_string(), &text) {
            Ok(p) => packs.extend(p),
            Err(e) => errors.push(e),
        }
    }
    Ok((packs, errors))
}

fn report(errors: &[RuleError]) {
    for e in errors {
        eprintln!("{e}\n");
    }
}

pub fn lint(paths: &[PathBuf]) -> Result<ExitCode> {
    let (packs, errors) = compile_all(paths)?;
    for p in &packs {
        let rules =
            p.cues.len() + p.patterns.len() + p.brand.as_ref().map_or(0, |b| b.categories.len());
        println!(
            "ok    {} ({}: {} rules, {} examples)",
            p.file,
            p.id,
            rules,
            p.examples.len()
        );
    }
    report(&errors);
    println!("{} packs ok, {} with errors", packs.len(), errors.len());
    Ok(if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

pub fn test(paths: &[PathBuf], only: bool, verbose: bool) -> Result<ExitCode> {
    let (packs, errors) = compile_all(paths)?;
    report(&errors);
    let ids: Vec<String> = packs.iter().map(|p| p.id.clone()).collect();
    let mut set = if only {
        RuleSet::default()
    } else {
        RuleSet::from_bytes(knockoff::BUNDLED_RULES)?
    };
    for p in packs {
        set.packs.retain(|q| q.id != p.id);
        set.packs.push(p);
    }
    let checker = Checker::with_rules(set, Options::default());
    let (mut passed, mut failed) = (0, 0);
    for id in &ids {
        for r in checker.run_examples(Some(id)) {
            let shown = format!(
                "{}:{}  expect {:<6} got {:<6} {:>3}  {}",
                r.file, r.line, r.expect, r.verdict.level, r.verdict.score, r.title
            );
            if r.pass {
                passed += 1;
                if verbose {
                    println!("PASS  {shown}");
                }
            } else {
                failed += 1;
                println!("FAIL  {shown}");
                for reason in &r.verdict.reasons {
                    println!(
                        "        +{:<3} {}/{}: {}",
                        reason.points, reason.pack, reason.rule, reason.message
                    );
                }
            }
        }
    }
    println!("{passed} passed, {failed} failed");
    Ok(if failed == 0 && errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

pub fn compile(paths: &[PathBuf], output: &Path) -> Result<ExitCode> {
    let (packs, errors) = compile_all(paths)?;
    if !errors.is_empty() {
        report(&errors);
        return Ok(ExitCode::FAILURE);
    }
    let count = packs.len();
    let bytes = RuleSet { packs }.to_bytes();
    std::fs::write(output, &bytes).map_err(|e| format!("{}: {e}", output.display()))?;
    eprintln!(
        "compiled {count} packs into {} ({} bytes)",
        output.display(),
        bytes.len()
    );
    Ok(ExitCode::SUCCESS)
}

pub fn list(engine: &EngineArgs) -> Result<ExitCode> {
    let checker = checker(engine)?;
    for p in checker.packs() {
        let state = if p.enabled { "on " } else { "off" };
        println!(
            "{state}  {:<16} {:<8} {:<12} {} examples  {}",
            p.id, p.kind, p.version, p.examples, p.name
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The checker the engine arguments ask for: bundled packs (unless `--no-bundled`), then the
/// `--rules` packs or compiled rule sets, then options.
pub fn checker(args: &EngineArgs) -> Result<Checker> {
    let options = Options {
        sensitivity: args.sensitivity,
        disabled_packs: args.disable.clone(),
    };
    let mut set = if args.no_bundled {
        RuleSet::default()
    } else {
        RuleSet::from_bytes(knockoff::BUNDLED_RULES)?
    };
    let (compiled, sources): (Vec<PathBuf>, Vec<PathBuf>) = args
        .rules
        .iter()
        .cloned()
        .partition(|p| p.extension().is_some_and(|x| x == "knockoff"));
    let trusted = args
        .trusted_keys
        .as_deref()
        .map(trust::trusted_keys)
        .transpose()?;
    let mut incoming = Vec::new();
    if let Some(state) = &args.feed {
        let bytes = std::fs::read(state).map_err(|e| format!("{}: {e}", state.display()))?;
        let feed: Feed = serde_json::from_slice(&bytes)
            .map_err(|e| format!("{}: not a feed state file: {e}", state.display()))?;
        incoming.extend(feed.packs());
    }
    for file in compiled {
        let bytes = match &trusted {
            Some(keys) => trust::verified_bytes(&file, keys)?,
            None => std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?,
        };
        incoming.extend(
            RuleSet::from_bytes(&bytes)
                .map_err(|e| format!("{}: {e}", file.display()))?
                .packs,
        );
    }
    // A broken pack is reported and left out; the others still run.
    let (packs, errors) = compile_trusted(&sources, trusted.as_ref())?;
    report(&errors);
    incoming.extend(packs);
    for p in incoming {
        set.packs.retain(|q| q.id != p.id);
        set.packs.push(p);
    }
    Ok(Checker::with_rules(set, options))
}

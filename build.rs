//! Compiles the bundled packs in `rules/` at build time, so the engine embeds ready bytes and
//! never parses TOML at start-up. A broken pack fails the build with its file, line and column.

// The build script shares the rule compiler's source with the library; parts of those modules
// that only the library calls are unused here.
#![allow(dead_code, unused_imports)]

#[path = "src/matcher/automaton.rs"]
mod automaton;
#[path = "src/confusables.rs"]
mod confusables;
#[path = "src/decomposition.rs"]
mod decomposition;
#[path = "src/listing.rs"]
mod listing;
/// Where `phrases` finds the automaton in the library.
mod matcher {
    pub(crate) use super::automaton;
}
#[path = "src/normalize.rs"]
mod normalize;
#[path = "src/phrases.rs"]
mod phrases;
#[path = "src/prefilter/mod.rs"]
mod prefilter;
#[path = "src/rules/mod.rs"]
mod rules;
#[path = "src/sort.rs"]
mod sort;
#[path = "src/text_facts.rs"]
mod text_facts;
#[path = "src/verdict.rs"]
mod verdict;

use std::path::Path;

/// What `rules::ruleset` tells the bundled bytes by: the build script is what makes them.
static BUNDLED_RULES: &[u8] = &[];

fn main() {
    println!("cargo:rerun-if-changed=rules");
    println!("cargo:rerun-if-changed=data/confusables.txt");
    println!("cargo:rustc-cfg=knockoff_table");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let text = std::fs::read_to_string("data/confusables.txt").expect("data/confusables.txt");
    let pairs: Vec<String> = confusables::parse(&text)
        .iter()
        .map(|(s, t)| format!("({s:?}, {t:?})"))
        .collect();
    std::fs::write(
        Path::new(&out_dir).join("confusables.rs"),
        format!("[{}]", pairs.join(", ")),
    )
    .expect("OUT_DIR is writable");
    let (starts, data, pool) = decomposition::runs();
    std::fs::write(
        Path::new(&out_dir).join("decomposition.rs"),
        format!(
            "pub static STARTS: [u32; {n}] = {starts:?};\npub static DATA: [u32; {n}] = {data:?};\npub static POOL: &str = {pool:?};\n",
            n = starts.len()
        ),
    )
    .expect("OUT_DIR is writable");
    // Brand packs first, then the sector files of compact entries in rules/brands/.
    let mut paths = Vec::new();
    for dir in ["rules", "rules/brands"] {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .expect("rules/ and rules/brands/ exist")
            .map(|e| e.expect("readable rules/ entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect();
        files.sort();
        paths.extend(files);
    }
    let mut set = rules::RuleSet::default();
    for path in &paths {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(path).expect("pack is UTF-8 text");
        match rules::compile_file(&path.display().to_string(), &text) {
            Ok(packs) => set.packs.extend(packs),
            Err(e) => panic!("bundled rule pack does not compile:\n{e}"),
        }
    }
    // The packs' examples are their tests (`knockoff rules test`, run natively): a third of the
    // compiled bytes, which no WebAssembly module runs (the rule editor runs the examples of the
    // pack it compiles from TOML), nor a build without `packs`.
    let wasm =
        std::env::var("CARGO_CFG_TARGET_FAMILY").is_ok_and(|f| f.split(',').any(|f| f == "wasm"));
    if wasm || std::env::var_os("CARGO_FEATURE_PACKS").is_none() {
        for pack in &mut set.packs {
            pack.examples.clear();
        }
    }
    let out = Path::new(&out_dir).join("bundled.knockoff");
    std::fs::write(out, set.to_bytes()).expect("OUT_DIR is writable");
}

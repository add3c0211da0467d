//! Golden tests for rule-pack errors: each `tests/rule-errors/N.toml` must fail to compile with
//! exactly the message in `N.out` (file, line, column, rule, source line and caret).
//! Run with `BLESS=1` to rewrite the `.out` files after an intended change.

use std::path::Path;

#[test]
fn rule_errors_match_golden_files() {
    let dir = Path::new("tests/rule-errors");
    let mut inputs: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 8, "golden inputs are missing");
    let bless = std::env::var_os("BLESS").is_some();
    let mut mismatches = Vec::new();
    for input in inputs {
        let text = std::fs::read_to_string(&input).unwrap();
        let name = input.file_name().unwrap().to_string_lossy().to_string();
        let err =
            knockoff::rules::compile_pack(&name, &text).expect_err("golden input must not compile");
        let shown = format!("{err}\n");
        let golden = input.with_extension("out");
        if bless {
            std::fs::write(&golden, &shown).unwrap();
        } else if std::fs::read_to_string(&golden).ok().as_deref() != Some(shown.as_str()) {
            mismatches.push(format!("{}:\n{shown}", golden.display()));
        }
    }
    assert!(
        mismatches.is_empty(),
        "errors differ from golden files:\n{}",
        mismatches.join("\n")
    );
}

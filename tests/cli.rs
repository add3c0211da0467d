//! The `knockoff` binary as a user runs it: input order, ids, malformed lines, exit codes.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn knockoff(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_knockoff"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// The path of a saved-page fixture, as a user would pass it.
fn page_fixture(name: &str) -> String {
    format!("{}/tests/fixtures/pages/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

#[test]
fn check_keeps_order_ids_and_bad_lines() {
    let input = concat!(
        r#"{"id": "a", "title": "G U C C I belt", "price": "$20"}"#,
        "\n",
        r#"{"id": 2, "title": "not closed"#,
        "\n",
        "\u{FF}\u{FE} not json\n",
        r#"{"id": "c", "title": "Oak dining table", "price": 300}"#,
        "\n",
        r#"{"id": "d", "nope": 1, "title": "x"}"#,
        "\n",
    );
    let out = knockoff(&["check"], input);
    assert!(out.status.success());
    let v = lines(&out);
    assert_eq!(v.len(), 5, "one output line per input line");
    assert_eq!(v[0]["id"], "a");
    assert_eq!(v[0]["level"], "high");
    assert_eq!(v[0]["brand"], "Gucci");
    assert_eq!(v[1]["line"], 2);
    assert!(v[1]["error"].as_str().unwrap().contains("not a listing"));
    assert_eq!(v[2]["line"], 3);
    assert_eq!(v[3]["id"], "c");
    assert_eq!(v[3]["level"], "low");
    assert_eq!(v[4]["id"], "d", "the id of a rejected listing is echoed");
    assert!(v[4]["error"].as_str().unwrap().contains("nope"));
    assert!(out.stderr.is_empty() || !String::from_utf8_lossy(&out.stderr).contains('{'));
}

#[test]
fn check_reads_a_file_and_fails_only_when_it_cannot() {
    let scratch = ScratchDir::new("cli");
    let dir = &scratch.0;
    let file = dir.join("in.jsonl");
    std::fs::write(&file, "{\"title\": \"Oak table\"}\n").unwrap();
    let out = knockoff(&["check", file.to_str().unwrap()], "");
    assert!(out.status.success());
    assert_eq!(lines(&out).len(), 1);
    let missing = knockoff(&["check", dir.join("missing.jsonl").to_str().unwrap()], "");
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read"));
}

#[test]
fn table_format_is_for_people() {
    let out = knockoff(
        &["check", "--format", "table"],
        "{\"title\": \"G.U.C.C.I wallet\", \"price\": 15}\n",
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("LINE"));
    assert!(text.contains("HIGH") && text.contains("Gucci"), "{text}");
}

#[test]
fn lint_reports_file_line_column() {
    let out = knockoff(
        &[
            "rules",
            "lint",
            "tests/rule-errors/03-weight-range.toml",
            "rules/",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("03-weight-range.toml:10:10 (rule `replica`)"),
        "{err}"
    );
    let ok = String::from_utf8_lossy(&out.stdout);
    assert!(
        ok.contains("ok    rules/gucci.toml"),
        "the other packs are still checked: {ok}"
    );
}

#[test]
fn rules_test_fails_on_a_wrong_example() {
    let scratch = ScratchDir::new("rules");
    let dir = &scratch.0;
    let pack = dir.join("acme.toml");
    std::fs::write(
        &pack,
        "[pack]\nid = \"acme\"\nname = \"Acme\"\nkind = \"brand\"\nversion = \"1\"\n[brand]\nname = \"Acmeware\"\n\
         [[example]]\ntitle = \"Acmeware anvil\"\nexpect = \"low\"\n[[example]]\ntitle = \"Acmeware anvil\"\nexpect = \"high\"\n",
    )
    .unwrap();
    let out = knockoff(&["rules", "test", pack.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("FAIL") && text.contains("acme.toml:13"),
        "{text}"
    );
    assert!(text.contains("1 passed, 1 failed"), "{text}");
}

#[test]
fn compiled_rule_sets_load_back() {
    let scratch = ScratchDir::new("compile");
    let dir = &scratch.0;
    let out_file = dir.join("set.knockoff");
    let out = knockoff(
        &[
            "rules",
            "compile",
            "rules/",
            "-o",
            out_file.to_str().unwrap(),
        ],
        "",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let check = knockoff(
        &[
            "check",
            "--no-bundled",
            "--rules",
            out_file.to_str().unwrap(),
        ],
        "{\"title\": \"G U C C I belt\", \"price\": 20}\n",
    );
    assert_eq!(lines(&check)[0]["level"], "high");
    let empty = knockoff(
        &["check", "--no-bundled"],
        "{\"title\": \"G U C C I belt\", \"price\": 20}\n",
    );
    assert_eq!(lines(&empty)[0]["level"], "low");
}

#[test]
fn extract_marks_the_main_product_and_checks_it() {
    let page = &page_fixture("product-jsonld.html");
    let out = knockoff(&["extract", "--check", page], "");
    assert!(out.status.success());
    let found = lines(&out);
    assert!(!found.is_empty());
    let main: Vec<_> = found.iter().filter(|f| f["main"] == true).collect();
    assert_eq!(main.len(), 1, "one product page, one main product");
    assert!(found.iter().all(|f| f["verdict"]["level"].is_string()));
    assert_eq!(main[0]["page"], page.as_str());
}

/// A scratch file under the target directory, removed when dropped.
struct Scratch(std::path::PathBuf);

impl Scratch {
    fn new(name: &str, bytes: &[u8]) -> Scratch {
        let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
        let path = dir.join(format!("{}-{name}", std::process::id()));
        std::fs::write(&path, bytes).unwrap();
        Scratch(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// A scratch directory under the target directory, removed with its files when dropped.
struct ScratchDir(std::path::PathBuf);

impl ScratchDir {
    fn new(name: &str) -> ScratchDir {
        let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
        let path = dir.join(format!("{}-{name}", std::process::id()));
        std::fs::create_dir_all(&path).unwrap();
        ScratchDir(path)
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

#[test]
fn extract_reads_gzipped_pages_like_plain_ones() {
    let fixture = &page_fixture("product-jsonld.html");
    let html = std::fs::read(fixture).unwrap();
    let gz = Scratch::new("product.html.gz", &gzip(&html));
    let plain = knockoff(&["extract", fixture], "");
    let zipped = knockoff(&["extract", gz.path()], "");
    assert!(
        zipped.status.success(),
        "{}",
        String::from_utf8_lossy(&zipped.stderr)
    );
    let listings = |out: &Output| -> Vec<serde_json::Value> {
        lines(out).into_iter().map(|l| l["found"].clone()).collect()
    };
    assert!(!listings(&plain).is_empty());
    assert_eq!(listings(&zipped), listings(&plain));
}

#[test]
fn extract_names_each_page_it_cannot_read_and_goes_on() {
    let good = &page_fixture("product-jsonld.html");
    let html = std::fs::read(good).unwrap();
    let whole = gzip(&html);
    let truncated = Scratch::new("cut.html.gz", &whole[..whole.len() / 2]);
    let binary = Scratch::new("photo.jpg", b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01");
    let missing = "/nonexistent/page.html";
    let out = knockoff(
        &["extract", truncated.path(), binary.path(), missing, good],
        "",
    );
    assert_eq!(out.status.code(), Some(1), "failure is not silent");
    let stderr = String::from_utf8_lossy(&out.stderr);
    for name in [truncated.path(), binary.path(), missing] {
        assert!(stderr.contains(name), "{name} named in: {stderr}");
    }
    assert!(stderr.contains("binary data"), "{stderr}");
    assert!(
        lines(&out).iter().all(|l| l["page"] == good.as_str()) && !lines(&out).is_empty(),
        "the readable page is still extracted"
    );
}

#[test]
fn check_reads_gzipped_json_lines_from_a_file_and_from_stdin() {
    let input = "{\"id\": 1, \"title\": \"G U C C I belt\", \"price\": \"$20\"}\n{\"id\": 2, \"title\": \"Oak table\"}\n";
    let gz = Scratch::new("listings.jsonl.gz", &gzip(input.as_bytes()));
    let from_file = knockoff(&["check", gz.path()], "");
    assert!(from_file.status.success());
    let v = lines(&from_file);
    assert_eq!(v.len(), 2);
    assert_eq!(
        (v[0]["id"].clone(), v[0]["level"].clone()),
        (1.into(), "high".into())
    );
    assert_eq!(v[1]["id"], 2);

    let mut child = Command::new(env!("CARGO_BIN_EXE_knockoff"))
        .arg("check")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(&gzip(input.as_bytes()))
        .unwrap();
    let from_stdin = child.wait_with_output().unwrap();
    assert_eq!(lines(&from_stdin), v);
}

#[test]
fn check_fails_loudly_on_a_broken_gzip_file() {
    let whole = gzip(&b"{\"title\": \"Oak table\"}\n".repeat(2000));
    let cut = Scratch::new("cut.jsonl.gz", &whole[..whole.len() / 2]);
    let out = knockoff(&["check", cut.path()], "");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("reading input"));
}

#[test]
fn extract_prints_each_price_as_an_amount_with_its_currency() {
    let page = &page_fixture("search-screen-reader-fr.html");
    let out = knockoff(&["extract", page], "");
    assert!(out.status.success());
    let found = lines(&out);
    let prices: Vec<_> = found
        .iter()
        .map(|f| {
            (
                f["price"]["amount"].as_f64(),
                f["price"]["currency"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        prices,
        [
            (Some(899.9), Some("EUR")),
            (Some(549.0), Some("EUR")),
            (Some(1299.0), Some("EUR"))
        ]
    );
    assert_eq!(found[2]["found"]["listing"]["price"], "1 299,00€");
}

#[test]
fn jobs_split_the_work_and_keep_input_order() {
    let mut input = String::new();
    for i in 0..300 {
        match i % 7 {
            0 => input.push_str(&format!(
                "{{\"id\": {i}, \"title\": \"G U C C I belt\", \"price\": 20}}\n"
            )),
            3 => input.push_str("{broken\n\n"),
            _ => input.push_str(&format!("{{\"id\": {i}, \"title\": \"Oak table {i}\"}}\n")),
        }
    }
    let one = knockoff(&["check", "--jobs", "1"], &input);
    let three = knockoff(&["check", "--jobs", "3"], &input);
    assert!(one.status.success() && three.status.success());
    assert_eq!(lines(&one).len(), 300, "one answer per non-blank line");
    assert_eq!(one.stdout, three.stdout, "same lines in the same order");
    let zero = knockoff(&["check", "--jobs", "0"], &input);
    assert!(!zero.status.success());
    assert!(String::from_utf8_lossy(&zero.stderr).contains("--jobs"));
}
